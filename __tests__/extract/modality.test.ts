/**
 * The modality of travel claims in one-sentence articles: a condition before or after the verb
 * makes the claim conditional (with the condition's words), a future verb a plan, and an "if"
 * that does not open the sentence ("asked if", "if asked" in an earlier sentence) changes nothing.
 */
import { describe, it, expect } from "@jest/globals";
import { loadRuleSet } from "../../src/load/rules.js";
import { fromFields } from "../../src/load/articles.js";
import { buildRegistry } from "../../src/pipeline.js";
import { extractClaims } from "../../src/extract/index.js";

const { entities } = await loadRuleSet();
const registry = buildRegistry(entities);

function travel(lang: string, text: string): Array<{ modality: string; condition?: string }> {
  const loaded = fromFields({ id: "t", published: "2026-01-20", lang }, text, "t.md", "t");
  if (!("article" in loaded)) throw new Error(loaded.problem.message);
  return extractClaims(loaded.article, registry)
    .claims.filter((c) => c.kind === "travel")
    .map((c) => (c.condition ? { modality: c.modality, condition: c.condition } : { modality: c.modality }));
}

describe("travel modality", () => {
  it.each([
    ["en", "If the documents are ready, Zelensky will travel to Davos on Thursday.", { modality: "conditional", condition: "the documents are ready" }],
    ["en", "“If the talks succeed, Zelensky will travel to Davos on Thursday.”", { modality: "conditional", condition: "the talks succeed" }],
    ["en", "Zelensky will travel to Davos on Thursday only if the documents are ready.", { modality: "conditional", condition: "the documents are ready" }],
    ["pl", "Jeżeli dokumenty będą gotowe, Zełenski pojedzie do Davos w czwartek.", { modality: "conditional", condition: "dokumenty będą gotowe" }],
    ["en", "Zelensky will travel to Davos on Thursday.", { modality: "planned" }],
    ["pl", "Zełenski pojedzie do Davos w czwartek.", { modality: "planned" }],
    ["en", "Officials asked if Zelensky travelled to Davos on Monday.", { modality: "reported" }],
    ["en", "Zelensky, if asked, rarely comments. He will travel to Davos on Thursday.", { modality: "planned" }],
  ])("%s: %s", (lang, text, expected) => {
    expect(travel(lang, text)).toEqual([expected]);
  });
});
