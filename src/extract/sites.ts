/**
 * The site of an incident below its town: a district ("the X area of Y", "w dzielnicy
 * mieszkaniowej X"), a named part of a building ("the X Gallery", "Galeria X-a"), an
 * impact point named by a common noun with the kind of ground it is ("crashed into a field", "uderzył
 * w budynek mieszkalny": open ground, a building, a campus), and a seat ("seat 14C", "miejsce 14C").
 * The words are the language's (`sites` in src/lang/*.ts); the names are the article's capitalised
 * words, kept as a folded key so that spellings meet (a name in two words or one) and Polish case
 * endings still match ("Galerii X-a" and "the X Gallery" share their first letters).
 */
import type { SiteLexicon } from "../lang/lexicon.js";
import type { SiteValue } from "../types.js";
import type { Sentence } from "../text/sentences.js";
import { fold } from "../text/fold.js";

/** A site found in a sentence, in body offsets. */
export interface SiteHit {
  site: SiteValue;
  start: number;
  end: number;
  /** Named sites (districts, parts of buildings) say where an incident was even in a sentence without its trigger word. */
  named: boolean;
}

/** A site lexicon's patterns, compiled once. */
export interface CompiledSites {
  /** Any site noun: a sentence holding none has no site (a prefilter, and what makes a sentence worth reading). */
  cue: RegExp;
  districtFirst: RegExp;
  districtAfter: RegExp;
  partFirst: RegExp | undefined;
  partAfter: RegExp;
  parts: Array<{ cls: string; re: RegExp }>;
  points: Array<{ cls: string; key: string; re: RegExp }>;
  impactBefore: RegExp;
  seat: RegExp;
  nearAfter: RegExp;
  originBefore: RegExp;
}

/** One capitalised name word ("Xa", "D’Xa", "Xa-Yb"). */
const WORD = "\\p{Lu}[\\p{L}’'-]*";
/** A name of one to three capitalised words. */
const NAME = `${WORD}(?: ${WORD}){0,2}`;
/** A capitalised name right at the start of a text. */
const LANDMARK_NAME = new RegExp(`^${NAME}`, "u");
/** Capitalised words that open a sentence or a phrase but name nothing. */
const NOT_NAMES = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|in|at|on|near|w|we|na|ta|ten|to|jego|jej|ich|tej|tym)$/iu;

const cache = new WeakMap<SiteLexicon, CompiledSites>();

/** Compiles (and caches) a language's site patterns. */
export function compileSites(lex: SiteLexicon): CompiledSites {
  const hit = cache.get(lex);
  if (hit) return hit;
  const partNouns = lex.parts.map(([, p]) => `(?:${p})`).join("|");
  const pointNouns = lex.points.map(([, , p]) => `(?:${p})`).join("|");
  const compiled: CompiledSites = {
    cue: new RegExp(`(?<![\\p{L}])(?:${lex.district}|${partNouns}|${pointNouns}|${lex.seat})(?![\\p{L}])`, "giu"),
    // "the X area (of Y)": the name, then the district noun, in lower case.
    districtFirst: new RegExp(`(?<![\\p{L}])(${NAME})\\s+(?:${lex.district})(?![\\p{L}])`, "giu"),
    // "w dzielnicy (mieszkaniowej) X". Not in a language that puts the name first, where "the
    // area of X" is mostly the town itself.
    districtAfter: new RegExp(`(?<![\\p{L}])(?:${lex.district})(?:\\s+(?:${lex.districtModifiers}))*\\s+(${NAME})`, "giu"),
    partFirst: lex.partNameFirst ? new RegExp(`(?<![\\p{L}])(${NAME})\\s+(${partNouns})(?![\\p{L}])`, "giu") : undefined,
    partAfter: new RegExp(`(?<![\\p{L}])(${partNouns})\\s+(?:(?:${lex.partLinks})\\s*)?(${NAME})`, "giu"),
    parts: lex.parts.map(([cls, p]) => ({ cls, re: new RegExp(`^(?:${p})$`, "iu") })),
    points: lex.points.map(([cls, key, p]) => ({ cls, key, re: new RegExp(`(?<![\\p{L}])(?:${p})(?![\\p{L}])`, "giu") })),
    impactBefore: new RegExp(`(?<![\\p{L}])(?:${lex.impact})\\s+(?:(?:${lex.impactGap})\\s+)*(?:[\\p{L}\\d’'-]+\\s+){0,3}$`, "iu"),
    seat: new RegExp(`(?<![\\p{L}])(?:${lex.seat})\\s+(\\d{1,2}[A-K])(?![\\p{L}\\d])`, "giu"),
    nearAfter: new RegExp(`^,?\\s+(?:${lex.near})\\s+(?:the\\s+)?`, "iu"),
    // Up to two words between ("from the nearby X area", "z pobliskiego osiedla").
    originBefore: new RegExp(`(?<![\\p{L}])(?:${lex.origin})\\s+(?:[\\p{L}’'-]+\\s+){0,2}$`, "iu"),
  };
  cache.set(lex, compiled);
  return compiled;
}

const districtOfCache = new WeakMap<SiteLexicon, RegExp | undefined>();

/**
 * In a language that names a district before its noun, the words "the X area of " that stand
 * between a locative and the town they name ("crashed near the X area of Y"): the town is still
 * where it happened.
 */
export function districtOfBefore(lex: SiteLexicon): RegExp | undefined {
  if (districtOfCache.has(lex)) return districtOfCache.get(lex);
  const re = lex.districtNameFirst ? new RegExp(`(?:the\\s+)?(?:${WORD}\\s+){1,3}(?:${lex.district})\\s+of\\s+$`, "u") : undefined;
  districtOfCache.set(lex, re);
  return re;
}

/** The folded letters of a name, its key ("Xa Yb" → "xayb"). */
export function siteKey(name: string): string {
  return fold(name).replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Whether two site keys name one place: equal, or sharing all but a case ending or a translated
 * ending (a name and its Polish genitive, or its translation): a common start of at least five
 * letters that leaves at most two letters of the shorter key.
 */
export function sameSiteName(a: string, b: string): boolean {
  if (a === b) return true;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 5 && n >= Math.min(a.length, b.length) - 2;
}

/** Whether a capitalised phrase names something (not "The", not a place the gazetteer knows as a town). */
function isName(name: string): boolean {
  const first = name.split(" ")[0]!;
  return !NOT_NAMES.test(first) && /\p{Ll}/u.test(name);
}

/**
 * The sites of a sentence. `taken` says whether a span is already a place of the registry or the
 * gazetteer (a town is the incident's location, not a district of it).
 */
export function findSites(s: Sentence, lex: SiteLexicon, taken: (start: number, end: number) => boolean): SiteHit[] {
  const c = compileSites(lex);
  c.cue.lastIndex = 0;
  if (!c.cue.test(s.text)) return [];
  const out: SiteHit[] = [];
  const covered = (start: number, end: number) => out.some((h) => h.start < end && start < h.end);
  const add = (h: SiteHit) => {
    if (!covered(h.start, h.end)) out.push(h);
  };
  const text = s.text;
  // Districts ("the X area", "w dzielnicy X") and named parts of buildings ("the X
  // Gallery", "Galerii X-a", "the Gallery of X"). The nouns match in any case, so the
  // name is cut to its capitalised words next to the noun.
  const named = (m: RegExpMatchArray, nameFirst: boolean, kind: "district" | "part") => {
    const whole = m[0];
    const nounText = nameFirst ? m[2] ?? whole.slice(m[1]!.length).trim() : m[1]!;
    const words = (nameFirst ? m[1]! : m[kind === "part" ? 2 : 1]!).split(" ");
    const caps: string[] = [];
    if (nameFirst) for (let i = words.length - 1; i >= 0 && /^\p{Lu}/u.test(words[i]!); i--) caps.unshift(words[i]!);
    else for (let i = 0; i < words.length && /^\p{Lu}/u.test(words[i]!); i++) caps.push(words[i]!);
    const name = caps.join(" ");
    if (!name || !isName(name)) return;
    const base = s.start + m.index!;
    const nameAt = nameFirst ? base + whole.indexOf(nounText) - name.length - 1 : base + whole.lastIndexOf(name);
    if (nameAt < base || taken(nameAt, nameAt + name.length)) return;
    const start = nameFirst ? nameAt : base;
    const end = nameFirst ? base + whole.length : nameAt + name.length;
    // "two men from the X area": where someone comes from, not where it happened (but "stolen from the X Gallery" is).
    if (kind === "district" && c.originBefore.test(text.slice(Math.max(0, start - s.start - 30), start - s.start))) return;
    let site: SiteValue;
    if (kind === "district") {
      // "X District Council": a capitalised district noun after the name is an institution's name.
      if (nameFirst && /^\p{Lu}/u.test(nounText)) return;
      site = { kind, key: siteKey(name), text: text.slice(start - s.start, end - s.start) };
    } else {
      // A part's noun belongs to its proper name, so it is capitalised ("the X Gallery", not "the X gallery shop").
      const cls = /^\p{Lu}/u.test(nounText) ? c.parts.find((p) => p.re.test(nounText))?.cls : undefined;
      if (!cls) return;
      site = { kind, class: cls, key: siteKey(name), text: text.slice(start - s.start, end - s.start) };
    }
    add({ site, start, end, named: true });
  };
  if (lex.districtNameFirst) for (const m of text.matchAll(c.districtFirst)) named(m, true, "district");
  else for (const m of text.matchAll(c.districtAfter)) named(m, false, "district");
  if (c.partFirst) for (const m of text.matchAll(c.partFirst)) named(m, true, "part");
  for (const m of text.matchAll(c.partAfter)) named(m, false, "part");
  // Seats: "seat 14C", "miejscu 14C".
  for (const m of text.matchAll(c.seat)) {
    const seat = m[1]!;
    if (!/[A-K]$/u.test(seat)) continue;
    add({ site: { kind: "seat", key: seat.toLowerCase(), text: m[0] }, start: s.start + m.index, end: s.start + m.index + m[0].length, named: false });
  }
  // Impact points named by common nouns, right after a word of impact or place ("into a field", "w hostel").
  const points: Array<{ cls: string; key: string; start: number; end: number }> = [];
  for (const p of c.points) {
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      const start = m.index;
      const end = start + m[0].length;
      // A longer phrase listed first ("residential building") holds its head ("building").
      if (points.some((q) => q.start <= start && end <= q.end)) continue;
      points.push({ cls: p.cls, key: p.key, start, end });
    }
  }
  points.sort((a, b) => a.start - b.start);
  for (const p of points) {
    const after = text.slice(p.end, p.end + 40);
    // "the college's hostel", "a college hostel": the first noun modifies the next one, the head.
    if (/^[’']s?(?![\p{L}])/u.test(after)) continue;
    if (points.some((q) => q !== p && q.start > p.end && /^\s*$/u.test(text.slice(p.end, q.start)))) continue;
    // Part of a name ("Field Marshal", "BJ Medical College") is not a common noun.
    if (/^\p{Lu}/u.test(text.slice(p.start, p.end)) && p.start > 0 && !/[.!?:;"“„]\s*$/u.test(text.slice(0, p.start))) continue;
    if (!c.impactBefore.test(text.slice(Math.max(0, p.start - 60), p.start))) continue;
    if (covered(s.start + p.start, s.start + p.end)) continue;
    const site: SiteValue = { kind: "point", class: p.cls, key: p.key, text: text.slice(p.start, p.end) };
    const near = c.nearAfter.exec(after);
    // The landmark: a capitalised name ("near X"), else one word ("w pobliżu lotniska").
    const landmark = near ? (LANDMARK_NAME.exec(after.slice(near[0].length)) ?? /^[\p{L}’'-]+/u.exec(after.slice(near[0].length))) : null;
    if (landmark) site.near = landmark[0];
    out.push({ site, start: s.start + p.start, end: s.start + p.end, named: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
