/** Dotted-path access into claims, shared by the engine and the kinds. */
import type { Claim } from "../types.js";

/** Paths come from rule files and are read for every pair: each is split once. */
const splitPaths = new Map<string, string[]>();

function parts(path: string): string[] {
  let split = splitPaths.get(path);
  if (!split) {
    split = path.split(".");
    splitPaths.set(path, split);
  }
  return split;
}

/** Reads `a.b.c` from a claim; undefined when any step is missing. */
export function getPath(claim: Claim, path: string): unknown {
  let value: unknown = claim;
  for (const part of parts(path)) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Whether a claim states a field in its own sentence (rather than inheriting it from the article's frame). */
export function ownsField(claim: Claim, field: string): boolean {
  return getPath(claim, field) !== undefined && !(claim.inherited?.includes(parts(field)[0]!) ?? false);
}
