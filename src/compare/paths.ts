/** Dotted-path access into claims, shared by the engine and the kinds. */
import type { Claim } from "../types.js";

/** Reads `a.b.c` from a claim; undefined when any step is missing. */
export function getPath(claim: Claim, path: string): unknown {
  let value: unknown = claim;
  for (const part of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Whether a claim states a field in its own sentence (rather than inheriting it from the article's frame). */
export function ownsField(claim: Claim, field: string): boolean {
  const top = field.split(".")[0]!;
  return getPath(claim, field) !== undefined && !(claim.inherited ?? []).includes(top);
}
