/**
 * Hedges around numbers ("about two hours", "ponad 100 osób") and the interval each produces.
 *
 * ONE table, {@link HEDGES}, says for every hedge phrase in every language which interval it
 * gives around a number n and which TIMEX3 `mod` it maps to. Bounds are factors of n:
 *
 * | id        | mod           | interval                 | en                                   | pl                                  |
 * |-----------|---------------|--------------------------|--------------------------------------|-------------------------------------|
 * | exact     | (none)        | [n, n]                   | exactly, precisely, a full           | dokładnie, równo, pełne             |
 * | approx    | APPROX        | [0.875n, 1.125n] (±12.5%)| about, around, roughly, some, ...    | około, ok., mniej więcej, rzędu ... |
 * | nearly    | LESS_THAN     | [0.85n, n]  (n included) | nearly, almost, close to             | prawie, niemal, blisko, niespełna   |
 * | moreThan  | MORE_THAN     | (n, 1.5n]                | more than, over, above, in excess of | ponad, przeszło, powyżej, więcej niż|
 * | justOver  | MORE_THAN     | (n, 1.15n]               | just over, a little more than        | nieco ponad, nieco więcej niż       |
 * | atLeast   | EQUAL_OR_MORE | [n, 1.5n]                | at least, no fewer than, ... or more | co najmniej, przynajmniej, ...      |
 * | lessThan  | LESS_THAN     | [0.5n, n)                | less than, under, fewer than, below  | mniej niż, poniżej, niecałe         |
 * | justUnder | LESS_THAN     | [0.85n, n)               | just under, a little less than       | nieco mniej niż, trochę mniej niż   |
 * | upTo      | EQUAL_OR_LESS | [0.5n, n]                | up to, at most, no more than         | do, co najwyżej, maksymalnie        |
 * | asManyAs  | EQUAL_OR_LESS | [0.85n, n]               | as many as                           | aż                                  |
 *
 * Why these numbers: a round figure in news is itself rounded, so "about" gets a symmetric
 * eighth either way, which makes "about two hours" (105–135 min) overlap "more than two hours"
 * (121–180 min). "Almost n" includes n, so "almost five hours" is compatible with a plain
 * "five hours". An open bound ("more than n") moves by the caller's smallest step (one minute
 * for durations, one for counts). The 1.5n / 0.5n outer bounds are a judgement that nobody
 * says "more than two hours" of a four-hour meeting; callers comparing counts that are truly
 * unbounded ("at least 20 dead") pass `openEnded: true` and get `Number.MAX_SAFE_INTEGER`
 * (JSON-safe) or 0 on that side.
 */

import type { TimexMod } from "./time/types.js";

/** Identifier of a hedge family in {@link HEDGES}. */
export type HedgeId =
  | "exact"
  | "approx"
  | "nearly"
  | "moreThan"
  | "justOver"
  | "atLeast"
  | "lessThan"
  | "justUnder"
  | "upTo"
  | "asManyAs";

/** One hedge family: its interval around n, its TIMEX3 mod, and its phrases per language. */
export interface HedgeSpec {
  id: HedgeId;
  mod?: TimexMod;
  /** Lower and upper bound as factors of n. */
  lo: number;
  hi: number;
  /** The bound excludes its value (moved by one step). */
  loOpen?: boolean;
  hiOpen?: boolean;
  /** The side that is really unbounded; used when the caller asks for `openEnded`. */
  unbounded?: "min" | "max";
  /** Phrases written before the number, per language (lower case). */
  before: Record<string, string[]>;
  /** Phrases written after the number and its unit ("two hours or so"). */
  after?: Record<string, string[]>;
}

/** The hedge table. See the module comment for the reasoning behind each interval. */
export const HEDGES: readonly HedgeSpec[] = [
  {
    id: "exact",
    lo: 1,
    hi: 1,
    before: {
      en: ["exactly", "precisely", "a full", "fully", "a whole"],
      pl: ["dokładnie", "równo", "pełne", "pełnych", "pełną", "pełny", "całe", "całych", "całą", "cały"],
    },
  },
  {
    id: "approx",
    mod: "APPROX",
    lo: 0.875,
    hi: 1.125,
    before: {
      en: ["about", "around", "roughly", "approximately", "approx.", "some", "circa", "ca.", "an estimated", "estimated", "some estimated", "an approximate"],
      pl: ["około", "ok.", "mniej więcej", "circa", "ca.", "rzędu", "jakieś", "jakichś", "w przybliżeniu", "szacunkowo"],
    },
    after: { en: ["or so", "or thereabouts"], pl: ["z hakiem"] },
  },
  {
    id: "nearly",
    mod: "LESS_THAN",
    lo: 0.85,
    hi: 1,
    before: {
      en: ["nearly", "almost", "close to", "closer to", "getting on for", "the better part of"],
      pl: ["prawie", "niemal", "niemalże", "prawie że", "blisko", "niespełna", "bez mała"],
    },
  },
  {
    id: "moreThan",
    mod: "MORE_THAN",
    lo: 1,
    hi: 1.5,
    loOpen: true,
    unbounded: "max",
    before: {
      en: ["more than", "over", "above", "in excess of", "upwards of", "well over", "longer than", "greater than", "beyond"],
      pl: ["ponad", "przeszło", "powyżej", "więcej niż", "dłużej niż", "grubo ponad", "dobrze ponad", "z górą"],
    },
  },
  {
    id: "justOver",
    mod: "MORE_THAN",
    lo: 1,
    hi: 1.15,
    loOpen: true,
    before: {
      en: ["just over", "a little over", "a little more than", "slightly more than", "slightly over", "just above", "just more than", "a bit more than", "a bit over"],
      pl: ["nieco ponad", "nieco więcej niż", "trochę ponad", "trochę więcej niż", "niewiele ponad", "niewiele więcej niż", "tuż ponad", "lekko ponad"],
    },
    after: { en: [], pl: ["z okładem", "z kawałkiem"] },
  },
  {
    id: "atLeast",
    mod: "EQUAL_OR_MORE",
    lo: 1,
    hi: 1.5,
    unbounded: "max",
    before: {
      en: ["at least", "no fewer than", "no less than", "not less than", "not fewer than", "a minimum of", "at a minimum"],
      pl: ["co najmniej", "przynajmniej", "nie mniej niż", "minimum", "conajmniej"],
    },
    after: { en: ["or more", "and more", "or longer", "plus"], pl: ["lub więcej", "albo więcej", "i więcej", "lub dłużej"] },
  },
  {
    id: "lessThan",
    mod: "LESS_THAN",
    lo: 0.5,
    hi: 1,
    hiOpen: true,
    unbounded: "min",
    before: {
      en: ["less than", "under", "fewer than", "below", "shorter than", "not even"],
      pl: ["mniej niż", "poniżej", "niecałe", "niecały", "niecałych", "niecałą", "niecała", "krócej niż", "nawet nie"],
    },
  },
  {
    id: "justUnder",
    mod: "LESS_THAN",
    lo: 0.85,
    hi: 1,
    hiOpen: true,
    before: {
      en: ["just under", "a little less than", "slightly less than", "slightly under", "just below", "just short of", "a little under", "a bit less than", "a bit under"],
      pl: ["nieco mniej niż", "trochę mniej niż", "niewiele mniej niż", "tuż poniżej", "nieco poniżej"],
    },
  },
  {
    id: "upTo",
    mod: "EQUAL_OR_LESS",
    lo: 0.5,
    hi: 1,
    unbounded: "min",
    before: {
      en: ["up to", "no more than", "at most", "a maximum of", "not more than", "at the most", "no longer than"],
      pl: ["do", "maksymalnie", "co najwyżej", "nie więcej niż", "najwyżej", "aż do", "maksimum", "nie dłużej niż"],
    },
    after: { en: ["or less", "or fewer", "at most", "max"], pl: ["lub mniej", "albo mniej", "maksymalnie"] },
  },
  {
    id: "asManyAs",
    mod: "EQUAL_OR_LESS",
    lo: 0.85,
    hi: 1,
    before: { en: ["as many as", "as much as", "as long as"], pl: ["aż"] },
  },
];

const BY_ID = new Map<HedgeId, HedgeSpec>(HEDGES.map((h) => [h.id, h]));

/**
 * The side a hedge leaves open in logic, whatever interval it is given for comparison: "at least
 * 12" is not contradicted by 19, nor "up to 20" by 5.
 */
export function openSide(hedge: string | undefined): "max" | "min" | undefined {
  return hedge === undefined ? undefined : BY_ID.get(hedge as HedgeId)?.unbounded;
}

/** Options for {@link hedgeInterval}. */
export interface HedgeIntervalOptions {
  /** Report a truly unbounded side as 0 / `Number.MAX_SAFE_INTEGER` instead of the 0.5n / 1.5n judgement. */
  openEnded?: boolean;
  /** Smallest unit of the quantity; an open bound moves by it (default 1: one minute, one person). */
  step?: number;
}

/** The interval a hedge gives around n, plus its TIMEX3 mod; see {@link HEDGES}. */
export function hedgeInterval(
  hedge: HedgeId,
  n: number,
  opts: HedgeIntervalOptions = {},
): { min: number; max: number; mod?: TimexMod } {
  const spec = BY_ID.get(hedge);
  if (!spec) return { min: n, max: n };
  const step = opts.step ?? 1;
  let min = spec.loOpen ? n * spec.lo + step : n * spec.lo;
  let max = spec.hiOpen ? n * spec.hi - step : n * spec.hi;
  if (opts.openEnded && spec.unbounded === "max") max = Number.MAX_SAFE_INTEGER;
  if (opts.openEnded && spec.unbounded === "min") min = 0;
  // Very small numbers with an open bound ("less than 1 hour" in hours) must not invert.
  if (max < min) max = min;
  min = round(min);
  max = round(max);
  return spec.mod ? { min, max, mod: spec.mod } : { min, max };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Hedge phrases of a language with their ids, longest first (for lexicon compilers). */
export function hedgePhrases(lang: string, position: "before" | "after" = "before"): Array<{ phrase: string; hedge: HedgeId }> {
  const out: Array<{ phrase: string; hedge: HedgeId }> = [];
  for (const spec of HEDGES) {
    const phrases = position === "before" ? spec.before[lang] : spec.after?.[lang];
    for (const phrase of phrases ?? []) out.push({ phrase, hedge: spec.id });
  }
  return out.sort((a, b) => b.phrase.length - a.phrase.length);
}

const beforeRe = new Map<string, RegExp>();
const afterRe = new Map<string, RegExp>();

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

function hedgeRegex(lang: string, position: "before" | "after"): RegExp {
  const cache = position === "before" ? beforeRe : afterRe;
  let re = cache.get(lang);
  if (re) return re;
  const phrases = hedgePhrases(lang, position).map((p) => escapeRegex(p.phrase));
  const alt = phrases.length > 0 ? phrases.join("|") : "(?!)";
  // A phrase ending in "." (an abbreviation) must not need a word boundary after it.
  re =
    position === "before"
      ? new RegExp(`(?<![\\p{L}\\p{N}])(${alt})\\s*$`, "iu")
      : new RegExp(`^\\s*(${alt})(?![\\p{L}\\p{N}])`, "iu");
  cache.set(lang, re);
  return re;
}

function lookup(lang: string, phrase: string, position: "before" | "after"): HedgeId | undefined {
  const key = phrase.toLowerCase().replace(/\s+/g, " ");
  return hedgePhrases(lang, position).find((p) => p.phrase === key)?.hedge;
}

/**
 * Finds a hedge phrase that ends right before a number (whitespace allowed in between):
 * `findHedgeBefore("met for more than two hours", 17, "en")` → `{ hedge: "moreThan", start: 8, text: "more than" }`.
 */
export function findHedgeBefore(
  text: string,
  numberStart: number,
  lang: string,
): { hedge: HedgeId; start: number; text: string } | undefined {
  const from = Math.max(0, numberStart - 48);
  const window = text.slice(from, numberStart);
  const m = hedgeRegex(lang, "before").exec(window);
  if (!m || m[1] === undefined) return undefined;
  const hedge = lookup(lang, m[1], "before");
  if (!hedge) return undefined;
  return { hedge, start: from + m.index, text: m[1] };
}

/** Finds a hedge phrase right after a quantity ("two hours or so"): offset is where the quantity ends. */
export function findHedgeAfter(
  text: string,
  quantityEnd: number,
  lang: string,
): { hedge: HedgeId; end: number; text: string } | undefined {
  const window = text.slice(quantityEnd, quantityEnd + 32);
  const m = hedgeRegex(lang, "after").exec(window);
  if (!m || m[1] === undefined) return undefined;
  const hedge = lookup(lang, m[1], "after");
  if (!hedge) return undefined;
  return { hedge, end: quantityEnd + m[0].length, text: m[1] };
}
