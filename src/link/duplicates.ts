/**
 * Independent sources: near-duplicate articles (one agency text republished under other ids,
 * perhaps with a headline or a line changed) are one source, not corroboration. Each body gets a
 * MinHash signature over its word 5-shingles while it is extracted (bodies are not kept after
 * that); grouping is locality-sensitive hashing on bands of the signature, comparing a document
 * only with the first document of each group it shares a band with, so it stays linear in the
 * corpus however many copies a story has.
 *
 * Pure: no I/O, no clock.
 */

/** Number of hash functions of a signature. */
export const SIGNATURE_SIZE = 64;
/** Rows per band (SIGNATURE_SIZE / BAND_ROWS bands): at 4 rows, pairs of Jaccard 0.8 share a band with probability > 0.999. */
const BAND_ROWS = 4;
/** Words per shingle. */
const SHINGLE = 5;
/** Below this many words a text is too short to call a copy (two briefs may share a stock sentence). */
const MIN_WORDS = 40;
/** Estimated Jaccard similarity of the shingle sets at and above which two texts are copies. */
export const DEFAULT_THRESHOLD = 0.8;

/** One salt per hash function, fixed so signatures are the same on every thread and run. */
const SALTS = (() => {
  const out = new Uint32Array(SIGNATURE_SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    x = mix(x + 0x6d2b79f5 + i);
    out[i] = x;
  }
  return out;
})();

/** A 32-bit finaliser (MurmurHash3's): every input bit moves every output bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The MinHash signature of a text's word 5-shingles (case-folded words; punctuation and spacing
 * ignored), or undefined for a text too short to be judged a copy. Linear in the text, with one
 * hash per shingle: one-permutation hashing (the top six bits of a shingle's hash pick one of 64
 * bins, each keeping its smallest hash), and an empty bin borrows the next filled one's value,
 * marked with the distance, so short texts still compare bin by bin.
 */
export function textSignature(text: string): Uint32Array | undefined {
  const ring = new Uint32Array(SHINGLE);
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const filled = new Uint8Array(SIGNATURE_SIZE);
  let words = 0;
  let word = 0x811c9dc5;
  let inWord = false;
  const end = text.length;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 32;
    // Letters and digits of any script make words; lower-cased ASCII, and other letters as they are (copies share their case anyway, mostly).
    const isWord = (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f) && code !== 0xfeff);
    if (isWord) {
      const lower = code >= 65 && code <= 90 ? code + 32 : code;
      word = Math.imul(word ^ lower, 0x01000193);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    inWord = false;
    ring[words % SHINGLE] = word >>> 0;
    word = 0x811c9dc5;
    words++;
    if (words < SHINGLE) continue;
    let h = 0x12345678;
    for (let k = words - SHINGLE; k < words; k++) h = mix(h ^ ring[k % SHINGLE]!);
    const bin = h >>> 26;
    const value = mix(h ^ SALTS[bin]!);
    filled[bin] = 1;
    if (value < signature[bin]!) signature[bin] = value;
  }
  if (words < MIN_WORDS) return undefined;
  // Densify: an empty bin takes the next filled bin's value (circularly), marked with the distance.
  for (let b = 0; b < SIGNATURE_SIZE; b++) {
    if (filled[b]) continue;
    for (let d = 1; d < SIGNATURE_SIZE; d++) {
      const from = (b + d) % SIGNATURE_SIZE;
      if (filled[from]) {
        signature[b] = mix(signature[from]! ^ SALTS[d]!);
        break;
      }
    }
  }
  return signature;
}

/** The share of hash functions on which two signatures agree: an estimate of the Jaccard similarity of their shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

import type { Claim, DuplicateGroup } from "../types.js";

export type { DuplicateGroup };

/** Distinct texts kept per LSH bucket (see groupDuplicates). */
const MAX_BUCKET = 8;

/**
 * Groups documents whose texts are copies of each other. Each document is compared only with the
 * first document of the groups it shares a band with (a copy joins the group of the first text it
 * copies), so a story republished a thousand times costs a thousand comparisons, not half a million.
 * Documents without a signature are never grouped. Groups come in input order.
 */
export function groupDuplicates(docs: ReadonlyArray<{ id: string; signature?: Uint32Array | undefined }>, threshold = DEFAULT_THRESHOLD): DuplicateGroup[] {
  const buckets = new Map<string, number[]>();
  const groups: Array<{ doc: number; copies: number[]; similarity: number }> = [];
  const groupOf = new Map<number, number>();
  const bands = SIGNATURE_SIZE / BAND_ROWS;
  docs.forEach((d, i) => {
    const sig = d.signature;
    if (!sig) return;
    const keys: string[] = [];
    for (let band = 0; band < bands; band++) {
      let key = `${band}`;
      for (let r = band * BAND_ROWS; r < (band + 1) * BAND_ROWS; r++) key += `:${sig[r]!}`;
      keys.push(key);
    }
    const seen = new Set<number>();
    for (const key of keys) {
      for (const first of buckets.get(key) ?? []) {
        if (seen.has(first)) continue;
        seen.add(first);
        const s = similarity(sig, docs[first]!.signature!);
        if (s < threshold) continue;
        let g = groupOf.get(first);
        if (g === undefined) {
          g = groups.length;
          groups.push({ doc: first, copies: [], similarity: 1 });
          groupOf.set(first, g);
        }
        const group = groups[g]!;
        group.copies.push(i);
        group.similarity = Math.min(group.similarity, s);
        return;
      }
    }
    // Not a copy of any first text: it may be the first of its own group. A band that many distinct
    // texts share is boilerplate, not a sign of copying; a full bucket takes no more, so each text is
    // compared with a bounded number of others and grouping stays linear.
    for (const key of keys) {
      let list = buckets.get(key);
      if (!list) buckets.set(key, (list = []));
      if (list.length < MAX_BUCKET) list.push(i);
    }
  });
  return groups.map((g) => ({ doc: docs[g.doc]!.id, copies: g.copies.map((i) => docs[i]!.id), similarity: Math.round(g.similarity * 100) / 100 }));
}

/**
 * What a claim states, as text: its kind and the words it was read from. A copy's claim read from
 * a sentence its first text also has states nothing new, even when its values differ because the
 * copy gives another publication date (or none) to anchor "on Tuesday" to.
 */
function statedKey(c: Claim): string {
  return `${c.kind}\u0000${c.evidence.quote.replace(/\s+/g, " ").trim()}`;
}

/**
 * The claims one source makes, for linking: a copy's claims read from a sentence its group's
 * first text also has are left out (a wire story republished a thousand times links as one article), and what
 * an edited copy adds (a line changed, a figure updated) stays, to be compared with other sources.
 * `sameSource` tells whether two documents are of one group, so pairs between them can be skipped.
 */
export function sourceClaims(claims: Claim[], groups: ReadonlyArray<DuplicateGroup>): { claims: Claim[]; sameSource: (x: string, y: string) => boolean } {
  if (!groups.length) return { claims, sameSource: () => false };
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => {
    groupOf.set(g.doc, i);
    for (const id of g.copies) groupOf.set(id, i);
  });
  const firstDocs = new Set(groups.map((g) => g.doc));
  const stated = new Set<string>();
  for (const c of claims) if (firstDocs.has(c.doc)) stated.add(`${groupOf.get(c.doc)!}\u0000${statedKey(c)}`);
  const kept = claims.filter((c) => {
    const g = groupOf.get(c.doc);
    return g === undefined || firstDocs.has(c.doc) || !stated.has(`${g}\u0000${statedKey(c)}`);
  });
  const sameSource = (x: string, y: string) => {
    if (x === y) return false;
    const g = groupOf.get(x);
    return g !== undefined && g === groupOf.get(y);
  };
  return { claims: kept, sameSource };
}

/** The ids of every copy (not the kept document) of the groups. */
export function copyIds(groups: ReadonlyArray<DuplicateGroup>): Set<string> {
  const out = new Set<string>();
  for (const g of groups) for (const id of g.copies) out.add(id);
  return out;
}
