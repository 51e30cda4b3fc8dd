/**
 * Patterns assembled from lexicon parts at the call site ("<locative> the $"), compiled once.
 * Only for non-global patterns: they keep no state between uses, so sharing them is safe.
 */
const compiled = new Map<string, RegExp>();

export function cachedRegExp(source: string, flags: string): RegExp {
  if (flags.includes("g") || flags.includes("y")) throw new Error("cachedRegExp: stateful flags cannot be shared");
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(source, flags);
    compiled.set(key, re);
  }
  return re;
}
