/** Claims of a one-off article with the built-in registry, for table-driven extraction tests. */
import { loadRuleSet } from "../../src/load/rules.js";
import { fromFields } from "../../src/load/articles.js";
import { buildRegistry } from "../../src/pipeline.js";
import { extractClaims } from "../../src/extract/index.js";
import type { Claim } from "../../src/types.js";

const registry = buildRegistry((await loadRuleSet()).entities);

/** The claims of an article with this body, published 2026-01-20 (a Tuesday) in `lang`. */
export function claimsOf(lang: string, body: string): Claim[] {
  const loaded = fromFields({ id: "t", published: "2026-01-20", lang }, body, "t.md", "t");
  if (!("article" in loaded)) throw new Error(loaded.problem.message);
  return extractClaims(loaded.article, registry).claims;
}
