/**
 * Claims that say the same thing: an article that mentions one meeting a thousand times gives a
 * thousand claims with the same values, and pairing each with each was quadratic in the article
 * (a 500 KB article ran out of memory). Rules compare values, not wording, so one claim per set
 * of equal values stands for the others when pairs are made; the others stay in the report's
 * claims. The first claim of each set (in extraction order) is kept, so its quote is the one shown.
 */
import type { Claim } from "../types.js";

/** Fields that hold wording or identity, not a value a rule compares. */
const WORDING = new Set(["id", "evidence", "text"]);

function valueKey(c: Claim): string {
  return JSON.stringify(c, (key, value: unknown) => (WORDING.has(key) ? undefined : value));
}

/** The claims with one claim per set of equal values (the first), in order; the same array when all differ. */
export function distinctClaims(claims: Claim[]): Claim[] {
  if (claims.length < 2) return claims;
  const seen = new Set<string>();
  const out: Claim[] = [];
  for (const c of claims) {
    const key = valueKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out.length === claims.length ? claims : out;
}
