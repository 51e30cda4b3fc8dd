/**
 * Compiles a {@link TimeLexicon} into one phrase trie over tokens (built once per language and
 * cached). Matching a token costs one `Map.get` when it starts no phrase, so the scan stays
 * linear in the text.
 */

import { hedgePhrases, type HedgeId } from "../hedges.js";
import { numberStartWords } from "../numbers.js";
import { timeLexicon } from "./lexicon/index.js";
import type { ClockHedge, PartMod, PartOfDay, RefValue, Season, TimeLexicon, UnitForm, ZoneSpec } from "./lexicon/types.js";
import { tokenize, type Tokens } from "./tokenize.js";

type Flag =
  | "spanPast" | "spanFuture" | "vaguePast" | "vagueFuture" | "ago" | "agoBefore" | "futureBefore" | "futureAfter"
  | "later" | "earlier" | "of" | "setQ" | "setPer" | "times" | "durBefore" | "yearCtx" | "yearSuffix" | "yearPrefix"
  | "decadeSuffix" | "decadeNoun" | "centuryNoun" | "ordSuffix" | "quarterNoun" | "halfNoun" | "clockBefore"
  | "clockAfter" | "joiner" | "prep" | "indef" | "def" | "longSuffix" | "ageSuffix" | "since"
  | "dirFuture" | "dirPast" | "opener" | "numWord" | "rangeFrom" | "rangeTo" | "rangeAnd" | "hyphenHalf"
  | "offsetAfter" | "offsetBefore" | "yearWeak" | "pointBefore";

/** One lexicon entry matched at a token. `cat` tells which table it came from. */
export type Hit =
  | { cat: "month"; v: number; amb: boolean; abbr: boolean }
  | { cat: "weekday"; v: number }
  | { cat: "weekdayPl"; v: number }
  | { cat: "season"; v: Season; amb: boolean }
  | { cat: "pod"; v: PartOfDay }
  | { cat: "podAlone"; v: PartOfDay }
  | { cat: "relDay"; v: number }
  | { cat: "relDayPart"; v: [number, PartOfDay] }
  | { cat: "anaDay"; v: number }
  | { cat: "deictic"; v: number }
  | { cat: "anaphoric"; v: number }
  | { cat: "unit"; v: UnitForm }
  | { cat: "subPeriod"; v: "earlier" | "later" }
  | { cat: "partMod"; v: PartMod }
  | { cat: "ref"; v: RefValue }
  | { cat: "setWord"; v: string }
  | { cat: "freq"; v: number }
  | { cat: "decadeWord"; v: number }
  | { cat: "ordinal"; v: number }
  | { cat: "holiday"; v: { month: number; day: number } | { easter: number } }
  | { cat: "clockWord"; v: [number, number] }
  | { cat: "meridiem"; v: "am" | "pm" }
  | { cat: "clockHedge"; v: ClockHedge }
  | { cat: "tz"; v: ZoneSpec }
  | { cat: "hedge"; v: HedgeId }
  | { cat: "postHedge"; v: HedgeId }
  | { cat: Flag };

export type Cat = Hit["cat"];
export type HitOf<C extends Cat> = (C extends Flag ? { cat: C } : Extract<Hit, { cat: C }>) & { end: number };

/** A hit as stored in the trie: uniform shape (monomorphic for V8), `len` tokens long. */
interface StoredHit {
  cat: Cat;
  v: unknown;
  amb: boolean;
  abbr: boolean;
  len: number;
}

export interface TrieNode {
  next?: Map<string, TrieNode>;
  hits?: StoredHit[];
}

/** A token trie: phrases are token sequences. */
export class PhraseTrie {
  private readonly root = new Map<string, TrieNode>();

  add(phrase: string, hit: Hit): void {
    const words = tokenize(phrase.toLowerCase()).w;
    if (words.length === 0) return;
    let map = this.root;
    let node: TrieNode | undefined;
    for (const w of words) {
      node = map.get(w);
      if (!node) {
        node = {};
        map.set(w, node);
      }
      map = node.next ??= new Map();
    }
    const h = hit as { cat: Cat; v?: unknown; amb?: boolean; abbr?: boolean };
    if (node) (node.hits ??= []).push({ cat: h.cat, v: h.v, amb: h.amb ?? false, abbr: h.abbr ?? false, len: words.length });
  }

  /** The node of phrases starting with this word, if any. */
  first(word: string): TrieNode | undefined {
    return this.root.get(word);
  }

  /** Whether some phrase starts with this word. */
  starts(word: string): boolean {
    return this.root.has(word);
  }

  /** All stored hits of phrases starting at token i (whose first node is given); longest first. */
  match(t: Tokens, i: number, first: TrieNode): StoredHit[] | undefined {
    let node: TrieNode = first;
    let out: StoredHit[] | undefined;
    let j = i + 1;
    for (;;) {
      if (node.hits) out = out ? node.hits.concat(out) : node.hits;
      if (!node.next || j >= t.n) break;
      const nx: TrieNode | undefined = node.next.get(t.w[j]);
      if (!nx) break;
      node = nx;
      j++;
    }
    return out;
  }
}

/** A compiled lexicon: the trie plus quick sets. */
export interface CompiledLexicon {
  lex: TimeLexicon;
  lang: string;
  trie: PhraseTrie;
  /** Compound duration adjectives ("pięciogodzinny"), when the language has them. */
  compound?: RegExp;
  /** First characters of compound prefixes (cheap pre-check before the regex). */
  compoundFirst: Set<number>;
  /** Word-level sets used by the direction heuristic. */
  pastExceptions: Set<string>;
}

const cache = new Map<string, CompiledLexicon>();

function addAll<T>(trie: PhraseTrie, table: Record<string, T>, make: (v: T, key: string) => Hit): void {
  for (const [k, v] of Object.entries(table)) trie.add(k, make(v, k));
}

function addFlags(trie: PhraseTrie, words: readonly string[], cat: Flag): void {
  for (const w of words) trie.add(w, { cat });
}

/** Compiles (once) the lexicon of a language. */
export function compileLexicon(lang: string): CompiledLexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const lex = timeLexicon(lang);
  const trie = new PhraseTrie();
  const amb = new Set(lex.ambiguousMonths);
  addAll(trie, lex.months, (v, k) => ({ cat: "month", v, amb: amb.has(k), abbr: false }));
  addAll(trie, lex.monthAbbreviations, (v) => ({ cat: "month", v, amb: true, abbr: true }));
  addAll(trie, lex.weekdays, (v) => ({ cat: "weekday", v }));
  addAll(trie, lex.weekdaysPlural, (v) => ({ cat: "weekdayPl", v }));
  const ambSeason = new Set(lex.ambiguousSeasons);
  addAll(trie, lex.seasons, (v, k) => ({ cat: "season", v, amb: ambSeason.has(k) }));
  addAll(trie, lex.partsOfDay, (v) => ({ cat: "pod", v }));
  addAll(trie, lex.partsOfDayStandalone, (v) => ({ cat: "podAlone", v }));
  addAll(trie, lex.relativeDays, (v) => ({ cat: "relDay", v }));
  addAll(trie, lex.relativeDayParts, (v) => ({ cat: "relDayPart", v }));
  addAll(trie, lex.anaphoricDays, (v) => ({ cat: "anaDay", v }));
  addAll(trie, lex.deictic, (v) => ({ cat: "deictic", v }));
  addAll(trie, lex.anaphoric, (v) => ({ cat: "anaphoric", v }));
  addAll(trie, lex.units, (v) => ({ cat: "unit", v }));
  addAll(trie, lex.subPeriod, (v) => ({ cat: "subPeriod", v }));
  addAll(trie, lex.partModifiers, (v) => ({ cat: "partMod", v }));
  addAll(trie, lex.refs, (v) => ({ cat: "ref", v }));
  addAll(trie, lex.setWords, (v) => ({ cat: "setWord", v }));
  addAll(trie, lex.frequencyWords, (v) => ({ cat: "freq", v }));
  addAll(trie, lex.decadeWords, (v) => ({ cat: "decadeWord", v }));
  addAll(trie, lex.ordinals, (v) => ({ cat: "ordinal", v }));
  addAll(trie, lex.holidays, (v) => ({ cat: "holiday", v }));
  addAll(trie, lex.clockWords, (v) => ({ cat: "clockWord", v }));
  addAll(trie, lex.meridiem, (v) => ({ cat: "meridiem", v }));
  for (const { phrase, hedge } of hedgePhrases(lang, "before")) trie.add(phrase, { cat: "hedge", v: hedge });
  for (const { phrase, hedge } of hedgePhrases(lang, "after")) trie.add(phrase, { cat: "postHedge", v: hedge });
  addFlags(trie, lex.spanPast, "spanPast");
  addFlags(trie, lex.spanFuture, "spanFuture");
  addFlags(trie, lex.vaguePast, "vaguePast");
  addFlags(trie, lex.vagueFuture, "vagueFuture");
  addFlags(trie, lex.ago, "ago");
  addFlags(trie, lex.agoBefore, "agoBefore");
  addFlags(trie, lex.futureBefore, "futureBefore");
  addFlags(trie, lex.futureAfter, "futureAfter");
  addFlags(trie, lex.later, "later");
  addFlags(trie, lex.earlier, "earlier");
  addFlags(trie, lex.of, "of");
  addFlags(trie, lex.setQuantifiers, "setQ");
  addFlags(trie, lex.setPer, "setPer");
  addFlags(trie, lex.times, "times");
  addFlags(trie, lex.durationBefore, "durBefore");
  addFlags(trie, lex.yearContext, "yearCtx");
  addFlags(trie, lex.weakYearContext, "yearWeak");
  addFlags(trie, lex.pointBefore, "pointBefore");
  addFlags(trie, lex.yearSuffixes, "yearSuffix");
  addFlags(trie, lex.yearPrefixes, "yearPrefix");
  addFlags(trie, lex.decadeSuffixes, "decadeSuffix");
  addFlags(trie, lex.decadeNouns, "decadeNoun");
  addFlags(trie, lex.centuryNouns, "centuryNoun");
  addFlags(trie, lex.ordinalSuffixes, "ordSuffix");
  addFlags(trie, lex.quarterNouns, "quarterNoun");
  addFlags(trie, lex.halfNouns, "halfNoun");
  addFlags(trie, lex.clockBefore, "clockBefore");
  addAll(trie, lex.clockHedges, (v) => ({ cat: "clockHedge", v }));
  addFlags(trie, lex.clockAfter, "clockAfter");
  addAll(trie, lex.timeZones, (v) => ({ cat: "tz", v }));
  addFlags(trie, lex.rangeFrom, "rangeFrom");
  addFlags(trie, lex.rangeTo, "rangeTo");
  addFlags(trie, lex.rangeAnd, "rangeAnd");
  addFlags(trie, lex.hyphenHalf, "hyphenHalf");
  addFlags(trie, lex.offsetAfter, "offsetAfter");
  addFlags(trie, lex.offsetBefore, "offsetBefore");
  addFlags(trie, lex.dayTimeJoiners, "joiner");
  addFlags(trie, lex.prepositions, "prep");
  addFlags(trie, lex.indefinite, "indef");
  addFlags(trie, lex.definite, "def");
  addFlags(trie, lex.longSuffix, "longSuffix");
  addFlags(trie, lex.ageSuffix, "ageSuffix");
  addFlags(trie, lex.direction.sincePrepositions, "since");
  addFlags(trie, lex.direction.future, "dirFuture");
  addFlags(trie, lex.direction.past, "dirPast");
  addFlags(trie, lex.direction.clauseOpeners, "opener");
  // Number words only need to be seen by the scanner's pre-filter.
  for (const w of numberStartWords(lang)) trie.add(w, { cat: "numWord" });
  let compound: RegExp | undefined;
  if (lex.compoundDurations) {
    const esc = (xs: string[]): string => xs.sort((a, b) => b.length - a.length).join("|");
    const cd = lex.compoundDurations;
    compound = new RegExp(`^(${esc(Object.keys(cd.prefixes))})?(${esc(Object.keys(cd.stems))})(?:${esc([...cd.endings])})$`, "u");
  }
  const out: CompiledLexicon = {
    lex,
    lang,
    trie,
    compound,
    compoundFirst: new Set(Object.keys(lex.compoundDurations?.prefixes ?? {}).map((p) => p.charCodeAt(0))),
    pastExceptions: new Set(lex.direction.pastExceptions),
  };
  cache.set(lang, out);
  return out;
}

/** Size of the match cache window (a power of two); lookups stay within a few dozen tokens. */
const WINDOW = 128;

/** Per-text view: first trie node of every token, and trie matches cached for a sliding window. */
export class Matcher {
  private readonly memoIdx = new Int32Array(WINDOW).fill(-1);
  private readonly memo: Array<StoredHit[] | undefined> = new Array(WINDOW);
  /** First trie node per token (one map look-up per token, done once). */
  private readonly firstNode: Array<TrieNode | undefined>;

  constructor(
    readonly t: Tokens,
    readonly c: CompiledLexicon,
  ) {
    this.firstNode = new Array(t.n);
    for (let i = 0; i < t.n; i++) this.firstNode[i] = c.trie.first(t.w[i]);
  }

  /** Whether some lexicon phrase starts at token i. */
  starts(i: number): boolean {
    return this.firstNode[i] !== undefined;
  }

  private stored(i: number): StoredHit[] | undefined {
    if (i < 0 || i >= this.t.n) return undefined;
    const first = this.firstNode[i];
    if (!first) return undefined;
    const slot = i & (WINDOW - 1);
    if (this.memoIdx[slot] === i) return this.memo[slot];
    const m = this.c.trie.match(this.t, i, first);
    this.memoIdx[slot] = i;
    this.memo[slot] = m;
    return m;
  }

  /** All lexicon hits starting at token i, longest first. */
  hits(i: number): Array<Hit & { end: number }> | undefined {
    const hs = this.stored(i);
    return hs?.map((h) => make(h, i) as Hit & { end: number });
  }

  /**
   * Whether an expression can start at token i: a word that is an expression on its own
   * ("Tuesday", "yesterday", "two"), or a prefix ("the", "in", "last", "about") followed by a
   * number or another lexicon word. Prunes the parser calls on most function words.
   */
  canStart(i: number): boolean {
    const hs = this.stored(i);
    if (!hs) return false;
    for (const h of hs) {
      const role = ROLE[h.cat];
      if (role === 2) return true;
      if (role === 1) {
        let k = i + h.len;
        if (this.t.w[k] === "-") k++;
        if (k < this.t.n && (this.t.k[k] === 1 || this.firstNode[k] !== undefined)) return true;
      }
    }
    return false;
  }

  /** Whether any hit starts at token i (no allocation). */
  any(i: number): boolean {
    return this.stored(i) !== undefined;
  }

  /** Whether a hit of a category starts at token i, returning its end (0 when none). */
  endOf(i: number, cat: Cat): number {
    const hs = this.stored(i);
    if (hs) for (const h of hs) if (h.cat === cat) return i + h.len;
    return 0;
  }

  /** The longest hit of a category starting at token i. */
  at<C extends Cat>(i: number, cat: C): HitOf<C> | undefined {
    const hs = this.stored(i);
    if (!hs) return undefined;
    for (const h of hs) if (h.cat === cat) return make(h, i) as unknown as HitOf<C>;
    return undefined;
  }

  /** A hit of a category that ends exactly at token i (looks back up to four tokens). */
  endsAt<C extends Cat>(i: number, cat: C): HitOf<C> | undefined {
    for (let s = i - 1; s >= 0 && s >= i - 4; s--) {
      const hs = this.stored(s);
      if (!hs) continue;
      for (const h of hs) if (h.cat === cat && s + h.len === i) return make(h, s) as unknown as HitOf<C>;
    }
    return undefined;
  }
}

/** 2: can be an expression by itself; 1: only introduces one; 0: context only. */
const ROLE: Record<Cat, 0 | 1 | 2> = {
  month: 2, weekday: 2, weekdayPl: 2, season: 2, pod: 0, podAlone: 2, relDay: 2, relDayPart: 2, anaDay: 2,
  deictic: 1, anaphoric: 1, unit: 2, subPeriod: 1, partMod: 1, ref: 2, setWord: 2, freq: 2, decadeWord: 2,
  ordinal: 1, holiday: 2, clockWord: 2, meridiem: 0, hedge: 1, postHedge: 0, spanPast: 1, spanFuture: 1,
  vaguePast: 1, vagueFuture: 1, ago: 0, agoBefore: 1, futureBefore: 1, futureAfter: 0, later: 0, earlier: 0,
  of: 0, setQ: 1, setPer: 0, times: 0, durBefore: 0, yearCtx: 0, yearSuffix: 0, yearPrefix: 1, decadeSuffix: 0,
  decadeNoun: 1, centuryNoun: 0, ordSuffix: 0, quarterNoun: 0, halfNoun: 0, clockBefore: 1, clockAfter: 0, tz: 0,
  joiner: 0, prep: 0, indef: 1, def: 1, longSuffix: 0, ageSuffix: 0, since: 0, dirFuture: 0, dirPast: 0,
  opener: 0, clockHedge: 1, numWord: 2, rangeFrom: 1, rangeTo: 0, rangeAnd: 0, hyphenHalf: 0, offsetAfter: 0,
  offsetBefore: 0, yearWeak: 0, pointBefore: 0,
};

/** A hit with its absolute end; one fixed object shape. */
function make(h: StoredHit, i: number): { cat: Cat; v: unknown; amb: boolean; abbr: boolean; end: number } {
  return { cat: h.cat, v: h.v, amb: h.amb, abbr: h.abbr, end: i + h.len };
}
