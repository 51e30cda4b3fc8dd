/**
 * name-variant: two mentions resolved to the same person whose given names differ beyond
 * transliteration ("Rustam Petrov" against "Rusłan Pietrow"). Spellings the registry lists for
 * the person, transliterations one edit apart, and short forms (Steve/Steven) stay silent.
 * Parameters: `maxDistance` (edits tolerated between given-name keys, default 1). Never agrees:
 * the same name twice is not news.
 */
import levenshtein from "fast-levenshtein";
import type { Claim } from "../../types.js";
import type { CompareResult } from "../rule-api.js";
import { modalityQualifiers } from "./shared.js";

export interface NameVariantOptions {
  maxDistance?: number;
}

export function nameVariant(a: Claim, b: Claim, o: NameVariantOptions, knownGiven: (entity: string, key: string) => boolean): CompareResult | undefined {
  const na = a.name;
  const nb = b.name;
  if (!na || !nb || na.entity !== nb.entity) return undefined;
  const ka = na.givenKey;
  const kb = nb.givenKey;
  if (ka === kb || ka.startsWith(kb) || kb.startsWith(ka)) return undefined;
  if (levenshtein.get(ka, kb) <= (o.maxDistance ?? 1)) return undefined;
  if (knownGiven(na.entity, ka) && knownGiven(na.entity, kb)) return undefined;
  return {
    verdict: "conflict",
    qualifiers: modalityQualifiers(a, b).filter((q) => q !== "plan-vs-event"),
    values: [`${na.given} ${na.surname}`, `${nb.given} ${nb.surname}`],
  };
}
