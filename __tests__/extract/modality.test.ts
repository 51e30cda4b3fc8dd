/**
 * The modality of travel claims in one-sentence articles: a condition before or after the verb
 * makes the claim conditional (with the condition's words), a future verb a plan, and an "if"
 * that does not open the sentence ("asked if", "if asked" in an earlier sentence) changes nothing.
 */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";

function travel(lang: string, text: string): Array<{ modality: string; condition?: string }> {
  return claimsOf(lang, text)
    .filter((c) => c.kind === "travel")
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
