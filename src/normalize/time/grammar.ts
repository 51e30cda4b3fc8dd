/**
 * The time grammar: finds time expressions in a token stream and says what they mean, before
 * anchoring (./resolve.ts does that). Every word comes from the compiled lexicon; the code only
 * knows constructions: "<day> <month> [<year>]", "<deictic> <unit>", "<number> <unit> <ago>",
 * "<hedge> <number> <unit>", "<modifier> [of] <date>", "<day> [<part of day>] [<clock>]", ...
 *
 * Parsers take a token index and return the longest construction starting there; the scanner
 * (./index.ts) keeps the longest candidate at each position and jumps past it, so the whole scan
 * is linear in the number of tokens.
 */

import type { HedgeId } from "../hedges.js";
import { readAndHalf, readNumber, type NumberRead } from "../numbers.js";
import type { Matcher } from "./compile.js";
import type { ClockHedge, PartMod, PartOfDay, RefValue, Season, TimeUnit, ZoneSpec } from "./lexicon/types.js";
import { TokKind, type Tokens } from "./tokenize.js";

/** What a date or time is relative to, before anchoring. */
export type Anchor =
  /** Explicit calendar fields; a missing year is chosen by tense. `d2` ends a day range. */
  | { k: "abs"; y?: number; m?: number; d?: number; d2?: number }
  | { k: "week"; y: number; w: number; d?: number }
  | { k: "dow"; dow: number; rel?: number }
  | { k: "month"; m: number; rel: number }
  | { k: "relday"; off: number }
  | { k: "anaday"; off: number }
  /** `n` units from the reference date (or from the last date mentioned when `ana`). `vague` → PAST/FUTURE_REF. */
  | { k: "rel"; unit: TimeUnit; off: number; ana?: boolean; vague?: boolean }
  | { k: "season"; s: Season; y?: number; rel?: number }
  | { k: "quarter"; q: number; y?: number; rel?: number }
  | { k: "half"; h: number; y?: number; rel?: number }
  /** `d` is the decade number (199 for the 1990s); `dd` a two-digit decade whose century is guessed. */
  | { k: "decade"; d?: number; dd?: number }
  | { k: "century"; c: number }
  | { k: "holiday"; month?: number; day?: number; easter?: number; y?: number }
  /** The day in context: the last day mentioned in the paragraph, else the reference date. */
  | { k: "ctxday" };

export interface DateSem {
  kind: "date";
  a: Anchor;
  pod?: PartOfDay;
  clock?: [number, number];
  mod?: PartMod | "APPROX" | "BEFORE" | "AFTER" | "ON_OR_BEFORE" | "ON_OR_AFTER";
  sub?: "earlier" | "later";
  /** The hedge on a clock time ("around 12:30", "shortly after 3 am"). */
  clockHedge?: ClockHedge;
  /** The time zone named after a clock time. */
  zone?: ZoneSpec;
  /** The weekday written next to an explicit date ("Sunday, April 28"), ISO 1..7. */
  dow?: number;
  /** The clock time was a word ("noon"): a hedge on it is wider. */
  clockWord?: boolean;
}

export interface DurSem {
  kind: "dur";
  parts: Array<[number, TimeUnit]>;
  vague?: [number, number];
  /** Plural without a count ("for years"): the unit of `PX<unit>`. */
  unspecified?: TimeUnit;
  hedge?: HedgeId;
  /** A range of counts of the first part's unit ("24–48 hours", "od 24 do 48 godzin"). */
  range?: [number, number];
  /** The event an offset counts from ("five minutes after take-off"): character span of its words. */
  anchor?: { rel: "after" | "before"; start: number; end: number };
}

export interface SetSem {
  kind: "set";
  value: string;
  freq?: string;
  quant?: string;
}

export interface RefSem {
  kind: "ref";
  v: RefValue;
}

export type Sem = DateSem | DurSem | SetSem | RefSem;

/** A candidate expression over tokens [s, e). */
export interface Cand {
  s: number;
  e: number;
  sem: Sem;
  /** Token whose clause decides the tense (for "in two weeks"). */
  dirTok?: number;
}

/** A clock time read at a token. `word`: written as a word ("noon", "w południe"). */
interface ClockRead {
  e: number;
  h: number;
  m: number;
  hedge?: ClockHedge;
  zone?: ZoneSpec;
  word?: boolean;
}

interface Head {
  s?: number;
  e: number;
  a: Anchor;
  dow?: number;
  pod?: PartOfDay;
  clock?: [number, number];
  sub?: "earlier" | "later";
  mod?: DateSem["mod"];
}

interface Quantity {
  n?: number;
  vague?: [number, number];
  unit: TimeUnit;
  plural: boolean;
  e: number;
  /** A count was written (digits, words, article). */
  counted: boolean;
  /** The count is only an indefinite article ("a day", "an hour"). */
  article?: boolean;
}

const ROMAN = new Map<string, number>(
  ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii"].map(
    (r, idx) => [r, idx + 1],
  ),
);

const CURRENCY = new Set(["$", "€", "£", "¥", "#", "№", "§"]);

/** Does the anchor name one day (so a part of day or a clock time can attach)? */
function dayLevel(a: Anchor): boolean {
  return (
    a.k === "dow" || a.k === "relday" || a.k === "anaday" || a.k === "holiday" ||
    (a.k === "abs" && a.d !== undefined && a.m !== undefined) || (a.k === "week" && a.d !== undefined) ||
    (a.k === "rel" && a.unit === "D" && !a.vague)
  );
}

export class Grammar {
  readonly t: Tokens;
  readonly lang: string;

  constructor(
    readonly m: Matcher,
    /** Tense of the clause at a token (for "in two weeks": a date when future). */
    private readonly isFuture: (tok: number) => boolean,
  ) {
    this.t = m.t;
    this.lang = m.c.lang;
  }

  // ---- token helpers -------------------------------------------------------------------

  private w(i: number): string {
    return i >= 0 && i < this.t.n ? this.t.w[i] : "";
  }

  private isNum(i: number): boolean {
    return i >= 0 && i < this.t.n && this.t.k[i] === TokKind.Num;
  }

  private isWord(i: number): boolean {
    return i >= 0 && i < this.t.n && (this.t.k[i] === TokKind.Word || this.t.k[i] === TokKind.Abbr);
  }

  /** Tokens i and i+1 touch (no space). */
  private glued(i: number): boolean {
    return i >= 0 && i + 1 < this.t.n && this.t.e[i] === this.t.s[i + 1];
  }

  private punct(i: number, ch: string): boolean {
    return i >= 0 && i < this.t.n && this.t.k[i] === TokKind.Punct && this.t.w[i] === ch;
  }

  private isHyphen(i: number): boolean {
    return this.punct(i, "-") || this.punct(i, "‑") || this.punct(i, "–");
  }

  /** A capitalised name is required (English month and weekday names). */
  private nameOk(i: number): boolean {
    return !this.m.c.lex.capitalizedNames || this.t.cap[i] === 1;
  }

  /** Integer value of a plain digit token, else NaN. */
  private int(i: number, maxDigits = 4): number {
    if (!this.isNum(i)) return NaN;
    const w = this.t.w[i];
    if (w.length > maxDigits || !/^\d+$/.test(w)) return NaN;
    return Number(w);
  }

  private roman(i: number): number {
    if (!this.isWord(i) || !this.t.cap[i]) return NaN;
    const v = ROMAN.get(this.t.w[i]);
    if (v === undefined) return NaN;
    // Roman numerals are written in capitals; "i" is also a Polish conjunction.
    const orig = this.t.text.slice(this.t.s[i], this.t.e[i]);
    return orig === orig.toUpperCase() ? v : NaN;
  }

  /** Skips an ordinal suffix glued to a number ("22nd", "22-go", "22."). Returns the next index. */
  private ordSuffix(i: number): number {
    const j = i + 1;
    if (j < this.t.n && this.glued(i)) {
      const os = this.m.at(j, "ordSuffix");
      if (os && this.isWord(j)) return os.end;
      if (this.isHyphen(j) && this.glued(j)) {
        const os2 = this.m.at(j + 1, "ordSuffix");
        if (os2) return os2.end;
      }
    }
    return j;
  }

  /** Reads a 4-digit year (1000–2999) at i, with its suffix ("r.", "roku"). */
  private yearAt(i: number): { y: number; e: number } | undefined {
    const y = this.int(i, 4);
    if (!(y >= 1000 && y <= 2999) || this.t.w[i].length !== 4) return undefined;
    let e = i + 1;
    const suf = this.m.at(e, "yearSuffix");
    if (suf) e = suf.end;
    return { y, e };
  }

  // ---- scanner entry -------------------------------------------------------------------

  /** The longest expression starting at token i. */
  parseAt(i: number): Cand | undefined {
    let best: Cand | undefined;
    const consider = (c: Cand | undefined): void => {
      if (c && c.e > c.s && (!best || c.e > best.e)) best = c;
    };
    consider(this.date(i));
    consider(this.clockFirst(i));
    consider(this.duration(i));
    consider(this.spanDuration(i));
    consider(this.set(i));
    consider(this.ref(i));
    consider(this.podAlone(i));
    return best;
  }

  /** Whether a token could start an expression at all (cheap filter for the scanner). */
  mayStart(i: number): boolean {
    const k = this.t.k[i];
    if (k === TokKind.Num || k === TokKind.IsoDuration || k === TokKind.IsoWeek) return true;
    if (k === TokKind.Punct) return false;
    const w = this.t.w[i];
    if (w.length === 1 && this.glued(i) && this.isNum(i + 1)) return true;
    if (this.t.cap[i] && ROMAN.has(w)) return true;
    if (this.m.canStart(i)) return true;
    const cp = this.m.c.compound;
    return cp !== undefined && w.length > 5 && this.m.c.compoundFirst.has(w.charCodeAt(0)) && cp.test(w);
  }

  // ---- dates ---------------------------------------------------------------------------

  private date(i: number): Cand | undefined {
    let j = i;
    let mod: DateSem["mod"];
    const pm = this.m.at(j, "partMod");
    if (pm) {
      mod = pm.v;
      j = pm.end;
      if (this.isHyphen(j) && this.glued(j - 1)) j++;
      const of = this.m.at(j, "of");
      if (of) j = of.end;
      const prep = this.m.at(j, "prep");
      if (prep && !this.m.at(j, "deictic")) {
        const alt = this.head(prep.end, true);
        if (alt) return this.finish(i, alt, mod);
      }
      const h = this.head(j, true);
      return h ? this.finish(i, h, mod) : undefined;
    }
    let hedge: HedgeId | undefined;
    const hh = this.m.at(j, "hedge");
    if (hh) {
      // "more than a decade ago": a hedge on an "ago" date.
      const off = this.offset(hh.end);
      if (off) {
        hedge = hh.v;
        const m = hedgeToAgoMod(hedge, off.a);
        return this.finish(i, off, m);
      }
    }
    const h = this.head(j, false);
    if (!h) return undefined;
    return this.finish(i, h, h.mod);
  }

  private finish(i: number, h: Head, mod: DateSem["mod"]): Cand {
    let e = h.e;
    let dow = h.dow;
    // "April 28 (Monday)", "28 kwietnia (poniedziałek)": the weekday in brackets after the date.
    if (dow === undefined && h.a.k === "abs" && h.a.d !== undefined && h.a.m !== undefined && this.punct(e, "(")) {
      const wh = this.m.at(e + 1, "weekday");
      if (wh && this.nameOk(e + 1) && this.punct(wh.end, ")")) {
        dow = wh.v;
        e = wh.end + 1;
      }
    }
    let pod = h.pod;
    let clock = h.clock;
    if (dayLevel(h.a) && !clock && !pod) {
      const p = this.m.at(e, "pod") ?? (this.punct(e, ",") ? this.m.at(e + 1, "pod") : undefined);
      if (p) {
        pod = p.v;
        e = p.end;
      }
    }
    let hedge: ClockHedge | undefined;
    let zone: ZoneSpec | undefined;
    let word = false;
    // A time on the next line starts an entry of its own ("Oct. 19\n\n9 a.m.: the museum opens").
    if (dayLevel(h.a) && !clock && e < this.t.n && !this.t.text.slice(this.t.e[e - 1], this.t.s[e]).includes("\n")) {
      const k = e;
      const c = this.clockAt(k) ?? (this.m.at(k, "joiner") ? this.clockAt(this.m.at(k, "joiner")?.end ?? k) : undefined);
      if (c) {
        clock = [c.h, c.m];
        e = c.e;
        hedge = c.hedge;
        zone = c.zone;
        word = c.word === true;
        if (c.hedge && !mod) mod = clockMod(c.hedge);
      }
    }
    const sem: DateSem = { kind: "date", a: h.a };
    if (hedge) sem.clockHedge = hedge;
    if (zone) sem.zone = zone;
    if (word) sem.clockWord = true;
    if (dow !== undefined) sem.dow = dow;
    if (pod) sem.pod = pod;
    if (clock) sem.clock = clock;
    if (mod) sem.mod = mod;
    if (h.sub) sem.sub = h.sub;
    return { s: h.s !== undefined && h.s < i ? h.s : i, e, sem };
  }

  /** Every date head starting at j; the longest wins. */
  private head(j: number, afterMod: boolean): Head | undefined {
    if (j >= this.t.n) return undefined;
    let best: Head | undefined;
    const consider = (h: Head | undefined): void => {
      if (h && (!best || h.e > best.e)) best = h;
    };
    const k = this.t.k[j];
    if (k === TokKind.IsoWeek) consider(this.isoWeek(j));
    if (k === TokKind.Num) {
      consider(this.numericDate(j));
      consider(this.dayMonth(j));
      consider(this.year(j, afterMod));
      consider(this.decadeDigits(j));
      consider(this.ordinalPeriod(j));
      consider(this.offset(j));
    } else if (k !== TokKind.Punct) {
      const hs = this.m.any(j);
      if (hs) {
        consider(this.monthFirst(j, afterMod));
        consider(this.weekday(j));
        consider(this.deicticHead(j));
        consider(this.anaphoricHead(j));
        consider(this.simpleDay(j));
        consider(this.season(j, afterMod));
        consider(this.ordinalPeriod(j));
        consider(this.decadeWords(j));
        consider(this.holiday(j));
        consider(this.offset(j));
        consider(this.subPeriodHead(j));
        consider(this.yearWithPrefix(j));
        if (afterMod) consider(this.plainUnit(j));
        const def = this.m.at(j, "def");
        if (def) {
          const inner = this.head(def.end, afterMod) ?? this.dayOfMonth(def.end);
          // "the 1990s", "the first quarter", "the summer of 2012", "the 22nd" keep their article; "the May 5 vote" does not.
          const ak = inner?.a.k;
          if (inner && (ak === "decade" || ak === "century" || ak === "quarter" || ak === "half" || ak === "season" || ak === "holiday" || ak === "rel" || ak === "anaday" || (ak === "abs" && inner.a.k === "abs" && inner.a.d !== undefined && this.ordSuffix(def.end) > def.end + 1))) {
            consider({ ...inner, s: j });
          }
        }
      }
      consider(this.quarterCode(j));
      if (!hs) consider(this.ordinalPeriod(j));
    }
    return best;
  }

  private isoWeek(j: number): Head | undefined {
    const m = /^(\d{4})-w(\d{2})(?:-(\d))?$/.exec(this.t.w[j]);
    if (!m) return undefined;
    const w = Number(m[2]);
    if (w < 1 || w > 53) return undefined;
    const a: Anchor = { k: "week", y: Number(m[1]), w };
    if (m[3] !== undefined) a.d = Number(m[3]);
    return { e: j + 1, a };
  }

  private numericDate(j: number): Head | undefined {
    const w = this.t.w[j];
    let y: number;
    let mo: number;
    let d: number | undefined;
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(w);
    if (m) {
      y = Number(m[1]);
      mo = Number(m[2]);
      d = Number(m[3]);
    } else if ((m = /^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})$/.exec(w))) {
      let a = Number(m[1]);
      let b = Number(m[3]);
      const mdy = m[2] === "/" && this.m.c.lex.slashDateOrder === "MDY";
      if ((mdy && a <= 12) || b > 12) [a, b] = [b, a];
      d = a;
      mo = b;
      y = Number(m[4]);
      if (m[4].length === 2) y += y < 50 ? 2000 : 1900;
    } else if ((m = /^(\d{4})-(\d{2})$/.exec(w))) {
      y = Number(m[1]);
      mo = Number(m[2]);
    } else return undefined;
    if (mo < 1 || mo > 12 || (d !== undefined && (d < 1 || d > 31))) return undefined;
    let e = j + 1;
    const suf = this.m.at(e, "yearSuffix");
    if (suf) e = suf.end;
    const a: Anchor = { k: "abs", y, m: mo };
    if (d !== undefined) a.d = d;
    return { e, a };
  }

  /** "22 January [2026]", "22nd of January", "22 stycznia 2026 r.", "20-22 stycznia". */
  private dayMonth(j: number): Head | undefined {
    const w = this.t.w[j];
    let d: number;
    let d2: number | undefined;
    const range = /^(\d{1,2})-(\d{1,2})$/.exec(w);
    if (range) {
      d = Number(range[1]);
      d2 = Number(range[2]);
      if (d2 <= d || d2 > 31) return undefined;
    } else {
      if (!/^\d{1,2}$/.test(w)) return undefined;
      d = Number(w);
    }
    if (d < 1 || d > 31) return undefined;
    let k = this.ordSuffix(j);
    if (k === j + 1 && this.punct(k, ".") && this.glued(j)) k++;
    const of = this.m.at(k, "of");
    if (of) k = of.end;
    const mh = this.m.at(k, "month");
    if (!mh || !this.nameOk(k)) return undefined;
    k = mh.end;
    if (mh.abbr && this.punct(k, ".") && this.glued(k - 1)) k++;
    const a: Anchor = { k: "abs", m: mh.v, d };
    if (d2 !== undefined) a.d2 = d2;
    let e = k;
    const yk = this.punct(k, ",") ? k + 1 : k;
    const yr = this.yearAt(yk);
    if (yr) {
      a.y = yr.y;
      e = yr.e;
    }
    return { e, a };
  }

  /** "the 22nd [of January [2026]]": a day number with an ordinal suffix, after the article. */
  private dayOfMonth(j: number): Head | undefined {
    const d = this.int(j, 2);
    if (!(d >= 1 && d <= 31)) return undefined;
    const k = this.ordSuffix(j);
    if (k === j + 1) return undefined;
    const dm = this.dayMonth(j);
    if (dm) return dm;
    return { e: k, a: { k: "abs", d } };
  }

  /** "January 22[, 2026]", "Jan. 22", "December 2025", "grudnia 2025 r.", "in December". */
  private monthFirst(j: number, afterMod: boolean): Head | undefined {
    const mh = this.m.at(j, "month");
    if (!mh || !this.nameOk(j)) return undefined;
    let k = mh.end;
    if (mh.abbr && this.punct(k, ".") && this.glued(k - 1)) k++;
    // Day after the month.
    const d = this.int(k, 2);
    if (d >= 1 && d <= 31 && !this.punct(k + 1, ":")) {
      let e = this.ordSuffix(k);
      const a: Anchor = { k: "abs", m: mh.v, d };
      const yk = this.punct(e, ",") ? e + 1 : e;
      const yr = this.yearAt(yk);
      if (yr) {
        a.y = yr.y;
        e = yr.e;
      }
      return { e, a };
    }
    // Year after the month.
    let yk = k;
    if (this.punct(yk, ",")) yk++;
    const of = this.m.at(yk, "of");
    if (of) yk = of.end;
    const yr = this.yearAt(yk);
    if (yr) return { e: yr.e, a: { k: "abs", y: yr.y, m: mh.v } };
    // A month alone: ambiguous forms ("May", "March") need a date preposition or modifier.
    if (mh.abbr) return undefined;
    if (mh.amb && !afterMod && !this.m.endsAt(j, "prep") && !this.m.endsAt(j, "yearCtx")) return undefined;
    return { e: k, a: { k: "abs", m: mh.v } };
  }

  private weekday(j: number): Head | undefined {
    const wh = this.m.at(j, "weekday");
    if (!wh || !this.nameOk(j)) return undefined;
    let k = wh.end;
    if (this.punct(k, ",")) k++;
    // "Tuesday, January 20[, 2026]" / "wtorek, 20 stycznia": the explicit date wins.
    const dated = this.isNum(k) ? this.dayMonth(k) : this.monthFirst(k, false);
    if (dated && dated.a.k === "abs" && dated.a.d !== undefined) return { e: dated.e, a: dated.a, dow: wh.v };
    return { e: wh.end, a: { k: "dow", dow: wh.v } };
  }

  /** "last Friday", "this week", "next December", "last summer", "w zeszłym tygodniu", "roku ubiegłego". */
  private deicticHead(j: number): Head | undefined {
    const dh = this.m.at(j, "deictic");
    if (dh) {
      const k = dh.end;
      const wh = this.m.at(k, "weekday");
      if (wh && this.nameOk(k)) return { e: wh.end, a: { k: "dow", dow: wh.v, rel: dh.v } };
      const mh = this.m.at(k, "month");
      if (mh && !mh.abbr && this.nameOk(k)) return { e: mh.end, a: { k: "month", m: mh.v, rel: dh.v } };
      const sh = this.m.at(k, "season");
      if (sh) return { e: sh.end, a: { k: "season", s: sh.v, rel: dh.v } };
      const ph = this.m.at(k, "pod");
      if (ph) return { e: ph.end, a: { k: "relday", off: dh.v < 0 ? -1 : dh.v > 0 ? 1 : 0 }, pod: ph.v };
      const uh = this.m.at(k, "unit");
      if (uh && !uh.v.plural) return this.unitHead(uh.end, uh.v.unit, dh.v, false);
    }
    // Post-posed adjective: "w roku ubiegłym", "tygodnia bieżącego".
    const uh = this.m.at(j, "unit");
    if (uh && !uh.v.plural) {
      const d2 = this.m.at(uh.end, "deictic");
      if (d2 && !this.m.at(uh.end, "unit")) return this.unitHead(d2.end, uh.v.unit, d2.v, false);
    }
    return undefined;
  }

  private unitHead(e: number, unit: TimeUnit, off: number, ana: boolean): Head | undefined {
    if (unit === "S" || unit === "MI" || unit === "H") return undefined;
    if (unit === "D") return { e, a: { k: "anaday", off } };
    return { e, a: { k: "rel", unit, off, ana } };
  }

  private anaphoricHead(j: number): Head | undefined {
    const ah = this.m.at(j, "anaphoric");
    if (!ah) return undefined;
    const uh = this.m.at(ah.end, "unit");
    if (uh && !uh.v.plural) return this.unitHead(uh.end, uh.v.unit, ah.v, true);
    return undefined;
  }

  private simpleDay(j: number): Head | undefined {
    let best: Head | undefined;
    const rd = this.m.at(j, "relDay");
    if (rd) best = { e: rd.end, a: { k: "relday", off: rd.v } };
    const rp = this.m.at(j, "relDayPart");
    if (rp && (!best || rp.end > best.e)) best = { e: rp.end, a: { k: "relday", off: rp.v[0] }, pod: rp.v[1] };
    const ad = this.m.at(j, "anaDay");
    if (ad && (!best || ad.end > best.e)) {
      // "the day of the attack" names an unknown day, not the last one mentioned.
      if (!this.m.at(ad.end, "of")) best = { e: ad.end, a: { k: "anaday", off: ad.v } };
    }
    return best;
  }

  private season(j: number, afterMod: boolean): Head | undefined {
    const sh = this.m.at(j, "season");
    if (!sh) return undefined;
    let k = sh.end;
    const of = this.m.at(k, "of");
    const yr = this.yearAt(of ? of.end : k);
    if (yr) return { e: yr.e, a: { k: "season", s: sh.v, y: yr.y } };
    if (sh.amb && !afterMod && !this.m.endsAt(j, "def")) return undefined;
    return { e: k, a: { k: "season", s: sh.v } };
  }

  /** "the first quarter [of 2026]", "3rd quarter", "III kwartale 2025 r.", "pierwszej połowie roku", "21st century". */
  private ordinalPeriod(j: number): Head | undefined {
    let n = NaN;
    let k = j;
    const oh = this.m.at(j, "ordinal");
    if (oh) {
      n = oh.v;
      k = oh.end;
    } else if (this.isNum(j) && /^\d{1,2}$/.test(this.t.w[j])) {
      const after = this.ordSuffix(j);
      if (after === j + 1) return undefined;
      n = Number(this.t.w[j]);
      k = after;
    } else {
      n = this.roman(j);
      k = j + 1;
    }
    if (!(n >= 1)) return undefined;
    if (this.isHyphen(k) && this.glued(k - 1)) k++;
    if (this.m.at(k, "centuryNoun")) {
      const cn = this.m.at(k, "centuryNoun");
      if (!cn || n > 22 || (!oh && this.roman(j) >= 1 && n < 10)) return undefined;
      return { e: cn.end, a: { k: "century", c: n - 1 } };
    }
    const qn = this.m.at(k, "quarterNoun");
    const hn = qn ? undefined : this.m.at(k, "halfNoun");
    if (!qn && !hn) return undefined;
    if (qn && n > 4) return undefined;
    if (hn && n > 2) return undefined;
    const e = (qn ?? hn)?.end ?? k;
    const tail = this.periodYear(e);
    const a: Anchor = qn ? { k: "quarter", q: n } : { k: "half", h: n };
    if (tail.y !== undefined) a.y = tail.y;
    if (tail.rel !== undefined) a.rel = tail.rel;
    return { e: tail.e, a };
  }

  /** "Q1 2026", "H2". */
  private quarterCode(j: number): Head | undefined {
    const w = this.t.w[j];
    if ((w !== "q" && w !== "h") || !this.glued(j) || !this.t.cap[j]) return undefined;
    const n = this.int(j + 1, 1);
    if (!(n >= 1 && n <= (w === "q" ? 4 : 2))) return undefined;
    const tail = this.periodYear(j + 2);
    const a: Anchor = w === "q" ? { k: "quarter", q: n } : { k: "half", h: n };
    if (tail.y !== undefined) a.y = tail.y;
    if (tail.rel !== undefined) a.rel = tail.rel;
    return { e: tail.e, a };
  }

  /** What follows a quarter or half: "of 2026", "2026 r.", "of this year", "roku" (this year). */
  private periodYear(e: number): { e: number; y?: number; rel?: number } {
    let k = e;
    const of = this.m.at(k, "of");
    if (of) k = of.end;
    const yr = this.yearAt(k);
    if (yr) return { e: yr.e, y: yr.y };
    const def = this.m.at(k, "def");
    const dk = def ? def.end : k;
    const dh = this.m.at(dk, "deictic");
    if (dh) {
      const uh = this.m.at(dh.end, "unit");
      if (uh && uh.v.unit === "Y") return { e: uh.end, rel: dh.v };
    }
    const uh = this.m.at(dk, "unit");
    if (uh && uh.v.unit === "Y" && !uh.v.plural) {
      const d2 = this.m.at(uh.end, "deictic");
      if (d2) return { e: d2.end, rel: d2.v };
      return { e: uh.end, rel: 0 };
    }
    return { e };
  }

  /** "1990s", "the '90s", "lata 90.", "latach 90-tych". */
  private decadeDigits(j: number): Head | undefined {
    const w = this.t.w[j];
    if (!/^\d{2}(?:\d{2})?$/.test(w)) return undefined;
    const v = Number(w);
    if (v % 10 !== 0) return undefined;
    const k = j + 1;
    if (!this.glued(j) || !this.m.at(k, "decadeSuffix")) return undefined;
    if (w.length === 4) return { e: k + 1, a: { k: "decade", d: v / 10 } };
    return { e: k + 1, a: { k: "decade", dd: v } };
  }

  private decadeWords(j: number): Head | undefined {
    const dn = this.m.at(j, "decadeNoun");
    if (dn) {
      const k = dn.end;
      const dw = this.m.at(k, "decadeWord");
      if (dw) return { e: dw.end, a: { k: "decade", dd: dw.v } };
      const w = this.w(k);
      if (this.isNum(k) && /^\d{2}(?:\d{2})?$/.test(w) && Number(w) % 10 === 0) {
        let e = this.ordSuffix(k);
        if (e === k + 1 && this.punct(e, ".") && this.glued(k)) e++;
        const v = Number(w);
        // "lata 2010" would be a year list; a decade needs "lata 90." or a 4-digit multiple of ten.
        if (w.length === 2 && e === k + 1 && !this.punct(e, ".")) return undefined;
        return { e, a: w.length === 4 ? { k: "decade", d: v / 10 } : { k: "decade", dd: v } };
      }
      return undefined;
    }
    const dw = this.m.at(j, "decadeWord");
    if (dw && this.m.endsAt(j, "def")) return { e: dw.end, a: { k: "decade", dd: dw.v } };
    return undefined;
  }

  private holiday(j: number): Head | undefined {
    const hh = this.m.at(j, "holiday");
    if (!hh || !this.nameOk(j)) return undefined;
    const a: Anchor = "easter" in hh.v ? { k: "holiday", easter: hh.v.easter } : { k: "holiday", month: hh.v.month, day: hh.v.day };
    const yr = this.yearAt(hh.end);
    if (yr) {
      a.y = yr.y;
      return { e: yr.e, a };
    }
    return { e: hh.end, a };
  }

  /** A bare 4-digit year, when the context says it is one ("in 2010", "2010 r.", "Geneva 2026"). */
  private year(j: number, afterMod: boolean): Head | undefined {
    const yr = this.yearAt(j);
    if (!yr) return undefined;
    const y = yr.y;
    const t = this.t;
    const prev = j - 1;
    if (prev >= 0) {
      if (CURRENCY.has(t.w[prev]) || (t.k[prev] === TokKind.Num && !/\n/.test(t.text.slice(t.e[prev], t.s[j])))) return undefined;
    }
    const next = j + 1;
    if (this.punct(next, "%") || (this.isNum(next) && /^\d{3}$/.test(t.w[next]))) return undefined;
    // "1000 za 1000", "200 for 200": an exchange of equal counts.
    if (this.isWord(next) && this.isNum(next + 1) && t.w[next + 1] === t.w[j]) return undefined;
    if (this.isWord(prev) && this.isNum(prev - 1) && t.w[prev - 1] === t.w[j]) return undefined;
    const suffix = yr.e > j + 1;
    if (afterMod || suffix) return { e: yr.e, a: { k: "abs", y } };
    const nextLowerWord = this.isWord(next) && !t.cap[next];
    const ctx = this.m.endsAt(j, "yearCtx") ?? this.m.endsAt(j, "prep");
    if (ctx) {
      // "around 2010 people": a hedge before and a noun after make it a count.
      if (nextLowerWord && (this.m.endsAt(j, "hedge") || this.m.endsAt(j, "yearWeak")) && !this.m.at(next, "yearCtx")) return undefined;
      if (nextLowerWord && this.m.at(next, "unit")) return undefined;
      return { e: yr.e, a: { k: "abs", y } };
    }
    if (y < 1900 || y > 2099) return undefined;
    if (this.m.endsAt(j, "hedge")) return undefined;
    if (!nextLowerWord) return { e: yr.e, a: { k: "abs", y } };
    // "Geneva 2026 has become": a name followed by a year.
    // "… Geneva 2026 has become": a name (not the first word of a sentence) followed by a year.
    if (prev > 0 && t.cap[prev] && t.k[prev] === TokKind.Word && !this.m.at(next, "unit") && !this.m.at(prev, "def")) {
      const sentenceStart = t.k[prev - 1] === TokKind.Punct && /[.!?:"“”]/.test(t.w[prev - 1]);
      if (!sentenceStart) return { e: yr.e, a: { k: "abs", y } };
    }
    return undefined;
  }

  /** "rok 2010", "the year 2010", "roku 2026". */
  private yearWithPrefix(j: number): Head | undefined {
    const yp = this.m.at(j, "yearPrefix");
    if (!yp) return undefined;
    const yr = this.yearAt(yp.end);
    return yr ? { e: yr.e, a: { k: "abs", y: yr.y } } : undefined;
  }

  /** "two days ago", "a year ago", "dwa dni temu", "przed tygodniem", "in two weeks", "za tydzień", "a week later". */
  private offset(j: number): Head | undefined {
    const ab = this.m.at(j, "agoBefore");
    if (ab) {
      const q = this.quantity(ab.end, true, false);
      if (q && !this.m.at(q.e, "ago")) return this.offsetHead(q, -1, false, q.e);
    }
    const fb = this.m.at(j, "futureBefore");
    if (fb) {
      const q = this.quantity(fb.end, true, false);
      // English "in two weeks" is a date only in a clause about the future ("the first time in ten years" is not).
      // A preposition that also introduces durations ("in") makes a date only in a future clause.
      if (q && q.counted && (this.m.at(j, "durBefore") === undefined || this.isFuture(j))) {
        if (!this.m.at(q.e, "ago") && !this.m.at(q.e, "later") && !this.m.at(q.e, "earlier")) return this.offsetHead(q, 1, false, q.e);
      }
    }
    const q = this.quantity(j, true, false);
    if (!q) return undefined;
    const ago = this.m.at(q.e, "ago");
    if (ago) return this.offsetHead(q, -1, false, ago.end);
    const fa = this.m.at(q.e, "futureAfter");
    if (fa) return this.offsetHead(q, 1, false, fa.end);
    if (q.counted || this.m.c.lex.indefinite.length === 0) {
      const later = this.m.at(q.e, "later");
      if (later) return this.offsetHead(q, 1, true, later.end);
      const earlier = this.m.at(q.e, "earlier");
      // "two days before" but not "two days before the vote" (a date relative to an event).
      if (earlier && !this.isWord(earlier.end)) return this.offsetHead(q, -1, true, earlier.end);
      if (earlier && this.m.c.lex.lang !== "en") return this.offsetHead(q, -1, true, earlier.end);
    }
    return undefined;
  }

  private offsetHead(q: Quantity, sign: number, ana: boolean, e: number): Head | undefined {
    if (q.vague || q.n === undefined) return { e, a: { k: "rel", unit: q.unit, off: sign, vague: true } };
    if (q.unit === "WE") return undefined;
    let unit = q.unit;
    let n = q.n;
    if (unit === "Q") {
      unit = "M";
      n *= 3;
    } else if (unit === "HY") {
      unit = "M";
      n *= 6;
    }
    if (!Number.isInteger(n)) {
      if (unit === "Y" && Number.isInteger(n * 12)) {
        unit = "M";
        n *= 12;
      } else if (unit === "D" || unit === "W") {
        n = Math.round(n * (unit === "W" ? 7 : 1));
        unit = "D";
      } else return undefined;
    }
    return { e, a: { k: "rel", unit, off: sign * n, ana } };
  }

  /** "earlier this week", "later this month", "earlier in the week", "later that day", "wcześniej w tym tygodniu". */
  private subPeriodHead(j: number): Head | undefined {
    const sp = this.m.at(j, "subPeriod");
    if (!sp) return undefined;
    let k = sp.end;
    const prep = this.m.at(k, "prep");
    if (prep) k = prep.end;
    const ad = this.m.at(k, "anaDay");
    if (ad) return { e: ad.end, a: { k: "anaday", off: ad.v }, sub: sp.v };
    let h = this.deicticHead(k) ?? this.anaphoricHead(k);
    if (!h) {
      const def = this.m.at(k, "def");
      const uh = this.m.at(def ? def.end : k, "unit");
      if (uh && !uh.v.plural && (def || prep)) h = this.unitHead(uh.end, uh.v.unit, 0, false);
    }
    if (!h || h.a.k === "dow" || h.a.k === "season" || h.a.k === "month") return undefined;
    return { ...h, sub: sp.v };
  }

  /** After a modifier: "the year", "the month", "roku", "tygodnia" mean the current one. */
  private plainUnit(j: number): Head | undefined {
    const def = this.m.at(j, "def");
    const k = def ? def.end : j;
    const uh = this.m.at(k, "unit");
    if (!uh || uh.v.plural) return undefined;
    return this.unitHead(uh.end, uh.v.unit, 0, false);
  }

  // ---- clock times ---------------------------------------------------------------------

  /** The hedge written in a clock preposition ("around", "at around", "tuż po godz."), if any. */
  private clockHedgeIn(j: number, k: number): ClockHedge | undefined {
    for (let p = j; p < k; p++) {
      const h = this.m.at(p, "clockHedge");
      if (h && h.end <= k) return h.v;
    }
    return undefined;
  }

  /**
   * "2:51 p.m.", "14:30", "6pm", "at noon", "o godz. 14.30", "o 18", "w południe", "around 1033 GMT",
   * with the hedge of its preposition and the time zone written after it.
   */
  clockAt(j: number): ClockRead | undefined {
    if (j >= this.t.n) return undefined;
    const cw0 = this.m.at(j, "clockWord");
    const cb = this.m.at(j, "clockBefore");
    let k = cb && !cw0 ? cb.end : j;
    const hedge = cb && !cw0 ? this.clockHedgeIn(j, k) : this.m.at(j, "clockHedge")?.v;
    const done = (e0: number, h: number, mi: number): ClockRead => {
      let e = e0;
      const out: ClockRead = { e, h, m: mi };
      const tz = this.m.at(e, "tz");
      if (tz) {
        e = tz.end;
        out.zone = tz.v;
        out.e = e;
      }
      if (hedge) out.hedge = hedge;
      return out;
    };
    const cw = this.m.at(k, "clockWord");
    if (cw) return { ...done(cw.end, cw.v[0], cw.v[1]), word: true };
    if (!this.isNum(k)) return undefined;
    const w = this.t.w[k];
    let h: number;
    let mi = 0;
    const hm = /^(\d{1,2})([:.])(\d{2})$/.exec(w);
    let e = k + 1;
    const mer = this.m.at(e, "meridiem");
    const military = /^([01]\d|2[0-3])([0-5]\d)$/.exec(w);
    if (hm) {
      h = Number(hm[1]);
      mi = Number(hm[3]);
      if (hm[2] === "." && !cb && !mer) return undefined;
    } else if (military && !mer) {
      // Wire style "1033 GMT", "at 0900 hours": four digits are a time only next to a zone, or after a
      // clock preposition and before "hours" ("1100 hours" alone is a duration).
      const tz = this.m.at(e, "tz");
      const hours = this.m.at(e, "clockAfter");
      if (!tz && !(cb && hours)) return undefined;
      h = Number(military[1]);
      mi = Number(military[2]);
      if (!tz && hours) e = hours.end;
    } else if (/^\d{1,2}$/.test(w)) {
      h = Number(w);
      const after = this.m.at(e, "clockAfter");
      // "11 hours after the outage" is a duration: "hours" after a bare number needs a clock preposition.
      const weakAfter = after !== undefined && this.m.at(e, "unit") !== undefined && !cb;
      if (!mer && (!after || weakAfter)) {
        if (!cb) return undefined;
        // "o 18" is a time, "o 5 proc." is not: a bare hour needs a clock word or nothing word-like after it.
        const strong = !this.m.at(j, "prep") || cb.end > j + 1;
        const nxt = e;
        const okNext =
          !this.isWord(nxt) || this.m.at(nxt, "prep") || this.m.at(nxt, "tz") || this.m.at(nxt, "pod") || this.m.at(nxt, "joiner");
        // "około 3 tys. osób", "about 6 people": an approximation word alone does not make a count a clock time
        // ("przed godz. 13 wróciło" has a clock word, so it is one).
        const hedgeOnly = hedge !== undefined && this.m.at(j, "clockHedge")?.end === cb.end;
        if ((!strong || hedgeOnly) && !okNext) return undefined;
        if (this.m.c.lex.meridiem && Object.keys(this.m.c.lex.meridiem).length > 0 && !strong) return undefined;
      }
      if (after && !weakAfter) e = after.end;
    } else return undefined;
    if (mer) {
      if (h < 1 || h > 12) return undefined;
      if (mer.v === "pm" && h < 12) h += 12;
      if (mer.v === "am" && h === 12) h = 0;
      e = mer.end;
    }
    if (h > 24 || mi > 59 || (h === 24 && mi > 0)) return undefined;
    return done(e, h, mi);
  }

  /** A clock time, possibly followed by its day: "2:51 p.m. on Tuesday", "14:30". */
  private clockFirst(i: number): Cand | undefined {
    const c = this.clockAt(i);
    if (!c) return undefined;
    let e = c.e;
    let a: Anchor = { k: "ctxday" };
    let k = e;
    // "at 12:33 local time (1033 GMT) on Monday": the day after the bracket is the day of both
    // times; each keeps its own span, and the bracket is read on its own.
    let bracket = false;
    if (this.punct(k, "(")) {
      let close = k + 1;
      while (close < this.t.n && close < k + 8 && !this.punct(close, ")")) close++;
      if (this.punct(close, ")") && this.clockAt(k + 1) !== undefined) {
        k = close + 1;
        bracket = true;
      }
    } else if (this.punct(k, ")")) {
      k++;
      bracket = true;
    }
    if (this.punct(k, ",")) k++;
    const prep = this.m.at(k, "prep");
    const h = this.head(prep ? prep.end : k, false);
    let dow: number | undefined;
    if (h && dayLevel(h.a) && !h.clock) {
      a = h.a;
      if (!bracket) e = h.e;
      dow = h.dow;
    }
    const sem: DateSem = { kind: "date", a, clock: [c.h, c.m] };
    if (dow !== undefined) sem.dow = dow;
    if (c.hedge) {
      sem.mod = clockMod(c.hedge);
      sem.clockHedge = c.hedge;
    }
    if (c.zone) sem.zone = c.zone;
    if (c.word) sem.clockWord = true;
    return { s: i, e, sem };
  }

  private podAlone(i: number): Cand | undefined {
    const p = this.m.at(i, "podAlone");
    if (!p) return undefined;
    // "w nocy z niedzieli na poniedziałek": the night that starts on the first day named.
    const wh = this.m.at(p.end, "weekday");
    if (wh && this.nameOk(p.end)) {
      let e = wh.end;
      const to = this.m.at(e, "prep");
      const wh2 = to ? this.m.at(to.end, "weekday") : undefined;
      if (wh2) e = wh2.end;
      return { s: i, e, sem: { kind: "date", a: { k: "dow", dow: wh.v }, pod: p.v } };
    }
    return { s: i, e: p.end, sem: { kind: "date", a: { k: "ctxday" }, pod: p.v } };
  }

  // ---- durations -----------------------------------------------------------------------

  /** A count and a unit: "two hours", "a week", "3.5 hours", "five-hour", "dwóch godzin", "kilka lat". */
  private quantity(j: number, allowBareIn: boolean, allowPluralIn: boolean, hedged = false): Quantity | undefined {
    let allowBare = allowBareIn;
    let allowPlural = allowPluralIn;
    if (j >= this.t.n) return undefined;
    let k = j;
    let nr: NumberRead | undefined = readNumber(this.t, k, this.lang);
    let n: number | undefined;
    let vague: [number, number] | undefined;
    let counted = false;
    let article = false;
    if (nr) {
      // A date or a time is not a count ("22.01.2026", "14:30").
      if (nr.value !== undefined) n = nr.value;
      vague = nr.vague;
      k = nr.end;
      counted = true;
      const ind = this.m.at(k, "indef");
      if (ind && n !== undefined && n < 1) k = ind.end;
    } else {
      const ind = this.m.at(k, "indef");
      if (ind) {
        n = 1;
        k = ind.end;
        counted = true;
        article = true;
      }
    }
    // "three-and-a-half hours": the half is written with hyphens.
    if (counted && n !== undefined && this.isHyphen(k) && this.glued(k - 1) && this.glued(k)) {
      const hh = this.m.at(k + 1, "hyphenHalf");
      if (hh) {
        n += 0.5;
        k = hh.end;
      }
    }
    if (counted && this.isHyphen(k) && this.glued(k - 1) && this.glued(k)) k++;
    const uh = this.m.at(k, "unit");
    if (!uh) {
      if (counted && nr?.digits) return this.compoundDigits(j, k, n);
      if (!counted) return this.compoundWord(j);
      return undefined;
    }
    // "około godziny": a hedge before a bare form that is also the genitive singular counts one.
    const plural = uh.v.plural && !(hedged && !counted && uh.v.alsoSingular === true);
    // "hour-long", "hours-long", "year-old" need no count.
    const longAfter = this.isHyphen(uh.end) && this.glued(uh.end - 1) && this.m.at(uh.end + 1, "longSuffix") !== undefined;
    if (longAfter && !counted) {
      allowBare = true;
      allowPlural = true;
    }
    if (!counted) {
      if (!plural && !allowBare) return undefined;
      if (plural && !allowPlural) return undefined;
      if (!plural) n = 1;
    }
    if (this.m.c.lex.unitAgreement && n !== undefined && counted && Number.isInteger(n) && n >= 2 && !plural) return undefined;
    let e = uh.end;
    const half = readAndHalf(this.t, e, this.lang);
    if (half > e && n !== undefined) {
      n += 0.5;
      e = half;
    }
    const q: Quantity = { unit: uh.v.unit, plural, e, counted };
    if (article) q.article = true;
    if (n !== undefined) q.n = n;
    if (vague) q.vague = vague;
    return q;
  }

  /** "24-godzinny", "5-letni": digits, hyphen, a compound duration adjective. */
  private compoundDigits(j: number, k: number, n: number | undefined): Quantity | undefined {
    const re = this.m.c.compound;
    const cd = this.m.c.lex.compoundDurations;
    // The hyphen was skipped by the caller: k is the word after it.
    if (!re || !cd || n === undefined || !this.isHyphen(k - 1) || !this.glued(k - 1) || !this.glued(j)) return undefined;
    const m = re.exec(this.w(k));
    if (!m || m[1] !== undefined || m[2] === undefined) return undefined;
    const unit = cd.stems[m[2]];
    return unit ? { n, unit, plural: false, e: k + 1, counted: true } : undefined;
  }

  /** "pięciogodzinny", "dwuletni", "półroczny". */
  private compoundWord(j: number): Quantity | undefined {
    const re = this.m.c.compound;
    const cd = this.m.c.lex.compoundDurations;
    if (!re || !cd || !this.isWord(j)) return undefined;
    const m = re.exec(this.t.w[j]);
    if (!m || m[1] === undefined || m[2] === undefined) return undefined;
    const n = cd.prefixes[m[1]];
    const unit = cd.stems[m[2]];
    if (n === undefined || unit === undefined) return undefined;
    return { n, unit, plural: false, e: j + 1, counted: true };
  }

  private duration(i: number): Cand | undefined {
    const t = this.t;
    if (t.k[i] === TokKind.IsoDuration) {
      return { s: i, e: i + 1, sem: { kind: "dur", parts: isoParts(t.w[i]) } };
    }
    let j = i;
    let hedge: HedgeId | undefined;
    const hh = this.m.at(j, "hedge");
    if (hh) {
      hedge = hh.v;
      j = hh.end;
    }
    const durPrep = this.m.endsAt(i, "durBefore") !== undefined;
    const r = hedge === undefined ? this.range(j) : undefined;
    if (r) {
      const sem: DurSem = { kind: "dur", parts: [[r.lo, r.q.unit]], range: [r.lo, r.q.n as number] };
      let e = r.q.e;
      if (this.isHyphen(e) && this.glued(e - 1) && this.m.at(e + 1, "longSuffix")) e += 2;
      this.offsetAnchor(e, sem);
      return { s: i, e, sem };
    }
    const q = this.quantity(j, hedge !== undefined || durPrep, durPrep, hedge !== undefined);
    if (!q) return undefined;
    if (q.unit === "WE") return undefined;
    let e = q.e;
    const sem: DurSem = { kind: "dur", parts: [] };
    if (q.vague) sem.vague = q.vague;
    if (q.n === undefined && !q.vague) sem.unspecified = q.unit;
    if (q.n !== undefined) sem.parts.push([q.n, q.unit]);
    if (q.vague) sem.parts.push([1, q.unit]);
    // "three hours and 30 minutes", "2 godziny i 15 minut".
    if (q.n !== undefined && !q.vague) {
      let k = e;
      if (this.punct(k, ",") || this.w(k) === "and" || this.w(k) === "i") k++;
      const q2 = k > e || this.isNum(k) ? this.quantity(k, false, false) : undefined;
      if (q2 && q2.n !== undefined && unitMinutes(q2.unit) < unitMinutes(q.unit) && q2.counted) {
        sem.parts.push([q2.n, q2.unit]);
        e = q2.e;
      }
    }
    // "hour-long", "five-year-old", "25 years old".
    if (this.isHyphen(e) && this.glued(e - 1) && this.m.at(e + 1, "longSuffix")) e += 2;
    else if (this.m.at(e, "ageSuffix")) e++;
    const suffixed = e > q.e;
    if (!q.counted && !q.plural && !suffixed && !hedge && !durPrep) return undefined;
    if (!q.counted && q.plural && !suffixed && !durPrep) return undefined;
    if (q.plural && !q.counted) sem.unspecified = q.unit;
    const ph = this.m.at(e, "postHedge");
    if (ph && !hedge) {
      hedge = ph.v;
      e = ph.end;
    }
    if (hedge) sem.hedge = hedge;
    // "a day of diplomacy", "on a day like this": a day named, not a length measured.
    if (q.article && !hedge && !durPrep && !suffixed && unitMinutes(q.unit) >= 1440 && (this.m.at(e, "of") || this.m.endsAt(i, "pointBefore"))) {
      return undefined;
    }
    if (q.counted) this.offsetAnchor(e, sem);
    return { s: i, e, sem };
  }

  /**
   * "24–48 hours", "24-48-hour", "two to three days", "between 24 and 48 hours", "od 24 do 48 godzin",
   * "2-3 dni": two counts of one unit. The second count must be the larger.
   */
  private range(j: number): { lo: number; q: Quantity } | undefined {
    let k = j;
    const rf = this.m.at(k, "rangeFrom");
    if (rf) k = rf.end;
    if (!this.isNum(k) && !this.m.any(k)) return undefined;
    const one = this.isNum(k) ? /^(\d+(?:[.,]\d+)?)[-–](\d+(?:[.,]\d+)?)$/.exec(this.t.w[k]) : null;
    if (one) {
      const lo = Number((one[1] as string).replace(",", "."));
      const hi = Number((one[2] as string).replace(",", "."));
      let u = k + 1;
      if (this.isHyphen(u) && this.glued(k) && this.glued(u)) u++;
      const uh = this.m.at(u, "unit");
      if (!uh || !(hi > lo)) return undefined;
      return { lo, q: { n: hi, unit: uh.v.unit, plural: uh.v.plural, e: uh.end, counted: true } };
    }
    const a = readNumber(this.t, k, this.lang);
    if (!a || a.value === undefined) return undefined;
    let k2 = a.end;
    if (this.isHyphen(k2)) k2++;
    else {
      const to = this.m.at(k2, "rangeTo") ?? (rf ? this.m.at(k2, "rangeAnd") : undefined);
      if (!to) return undefined;
      k2 = to.end;
    }
    const q = this.quantity(k2, false, false);
    if (!q || q.n === undefined || !q.counted || !(q.n > a.value) || q.unit === "WE") return undefined;
    return { lo: a.value, q };
  }

  /**
   * "five minutes after take-off", "pięć minut po starcie", "a day before the vote": the duration is an
   * offset from an event, whose words it keeps: at most four, up to a punctuation mark, a new clause
   * or a preposition ("taking off from the runway" → "taking off").
   */
  private offsetAnchor(e: number, sem: DurSem): void {
    const oa = this.m.at(e, "offsetAfter");
    const ob = oa ? undefined : this.m.at(e, "offsetBefore");
    const o = oa ?? ob;
    if (!o || !this.isWord(o.end)) return;
    let k = o.end;
    const last = Math.min(this.t.n, o.end + 4);
    const stop = (x: number): boolean => this.m.at(x, "opener") !== undefined || (this.m.at(x, "prep") !== undefined && this.m.at(x, "def") === undefined);
    while (k < last && (this.isWord(k) || this.isNum(k) || (this.isHyphen(k) && this.glued(k - 1) && this.glued(k))) && (k === o.end || !stop(k))) k++;
    if (this.isHyphen(k - 1)) k--;
    sem.anchor = { rel: oa ? "after" : "before", start: this.t.s[o.end] as number, end: this.t.e[k - 1] as number };
  }

  /** "the past two weeks" (DURATION P2W), "the past year" (P1Y), "recent months" (PAST_REF), "the coming days" (FUTURE_REF). */
  private spanDuration(i: number): Cand | undefined {
    const sp = this.m.at(i, "spanPast") ?? this.m.at(i, "spanFuture");
    if (sp) {
      const hasDef = this.m.at(i, "def") !== undefined;
      const q = this.quantity(sp.end, hasDef || this.m.c.lex.definite.length === 0, false);
      if (q && q.unit !== "WE" && (q.counted || hasDef) && !this.m.at(q.e, "ago")) {
        const sem: DurSem = { kind: "dur", parts: [] };
        if (q.vague) {
          sem.vague = q.vague;
          sem.parts.push([1, q.unit]);
        } else if (q.n !== undefined) sem.parts.push([q.n, q.unit]);
        else return undefined;
        // "ostatni rok" is "last year" (a date); only plural Polish forms open a span without a count.
        if (!q.counted && this.m.c.lex.definite.length === 0 && !q.plural) return undefined;
        return { s: i, e: q.e, sem };
      }
    }
    const vp = this.m.at(i, "vaguePast");
    const vf = this.m.at(i, "vagueFuture");
    const v = vp && vf ? (vp.end >= vf.end ? vp : vf) : (vp ?? vf);
    if (v) {
      const uh = this.m.at(v.end, "unit");
      if (uh && uh.v.plural) {
        return { s: i, e: uh.end, sem: { kind: "ref", v: v === vp ? "PAST_REF" : "FUTURE_REF" } };
      }
    }
    return undefined;
  }

  // ---- sets and references -------------------------------------------------------------

  private set(i: number): Cand | undefined {
    const sw = this.m.at(i, "setWord");
    if (sw) return { s: i, e: sw.end, sem: { kind: "set", value: sw.v } };
    const wp = this.m.at(i, "weekdayPl");
    if (wp && this.nameOk(i)) {
      let e = wp.end;
      const p = this.m.at(e, "pod");
      const sem: SetSem = { kind: "set", value: `XXXX-WXX-${wp.v}` };
      if (p) {
        sem.value += `T${p.v}`;
        e = p.end;
      }
      return { s: i, e, sem };
    }
    const sq = this.m.at(i, "setQ");
    if (sq) {
      const k = sq.end;
      const wh = this.m.at(k, "weekday");
      if (wh && this.nameOk(k)) return { s: i, e: wh.end, sem: { kind: "set", value: `XXXX-WXX-${wh.v}`, quant: "EVERY" } };
      const ph = this.m.at(k, "pod");
      if (ph) return { s: i, e: ph.end, sem: { kind: "set", value: `XXXX-XX-XXT${ph.v}`, quant: "EVERY" } };
      const mh = this.m.at(k, "month");
      if (mh && !mh.abbr && this.nameOk(k)) return { s: i, e: mh.end, sem: { kind: "set", value: `XXXX-${pad2(mh.v)}`, quant: "EVERY" } };
      const q = this.quantity(k, true, false);
      if (q && q.n !== undefined && q.unit !== "WE") {
        return { s: i, e: q.e, sem: { kind: "set", value: durationValue([[q.n, q.unit]]), quant: "EVERY" } };
      }
    }
    // "twice a week", "three times a year", "dwa razy w tygodniu", "raz w roku".
    let freq: number | undefined;
    let k = i;
    const fw = this.m.at(i, "freq");
    if (fw) {
      freq = fw.v;
      k = fw.end;
    } else {
      const nr = readNumber(this.t, i, this.lang);
      if (nr && nr.value !== undefined && Number.isInteger(nr.value)) {
        const tm = this.m.at(nr.end, "times");
        if (tm) {
          freq = nr.value;
          k = tm.end;
        }
      }
    }
    if (freq !== undefined) {
      const per = this.m.at(k, "setPer");
      if (per) {
        const q = this.quantity(per.end, true, false);
        if (q && q.n !== undefined && q.unit !== "WE") {
          return { s: i, e: q.e, sem: { kind: "set", value: durationValue([[q.n, q.unit]]), freq: `${freq}X` } };
        }
      }
    }
    return undefined;
  }

  private ref(i: number): Cand | undefined {
    const r = this.m.at(i, "ref");
    return r ? { s: i, e: r.end, sem: { kind: "ref", v: r.v } } : undefined;
  }
}

/** TIMEX3 `mod` of a clock hedge. */
function clockMod(h: ClockHedge): "APPROX" | "AFTER" | "BEFORE" {
  return h === "APPROX" ? "APPROX" : h === "AFTER" || h === "SHORTLY_AFTER" ? "AFTER" : "BEFORE";
}

/** "more than a decade ago" → BEFORE; "less than a year ago" → AFTER (TimeML). */
function hedgeToAgoMod(hedge: HedgeId, a: Anchor): DateSem["mod"] {
  const past = a.k === "rel" && a.off < 0;
  switch (hedge) {
    case "moreThan":
    case "justOver":
      return past ? "BEFORE" : "AFTER";
    case "lessThan":
    case "justUnder":
    case "nearly":
      return past ? "AFTER" : "BEFORE";
    case "atLeast":
      return past ? "ON_OR_BEFORE" : "ON_OR_AFTER";
    case "upTo":
    case "asManyAs":
      return past ? "ON_OR_AFTER" : "ON_OR_BEFORE";
    case "approx":
      return "APPROX";
    default:
      return undefined;
  }
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Minutes in one unit (a year is 365.25 days, a month 1/12 of it). */
export function unitMinutes(u: TimeUnit): number {
  switch (u) {
    case "S":
      return 1 / 60;
    case "MI":
      return 1;
    case "H":
      return 60;
    case "D":
      return 1440;
    case "W":
    case "WE":
      return 10080;
    case "M":
      return 43830;
    case "Q":
      return 131490;
    case "HY":
      return 262980;
    case "Y":
      return 525960;
    case "DE":
      return 5259600;
    case "CE":
      return 52596000;
  }
}

function fmt(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** TIMEX3 duration value of unit parts: [[3, "H"], [30, "MI"]] → "PT3H30M"; 0.5 h → "PT30M". */
export function durationValue(parts: Array<[number, TimeUnit]>): string {
  const norm: Array<[number, TimeUnit]> = [];
  for (const [n0, u0] of parts) {
    let n = n0;
    let u = u0;
    if (u === "Q") {
      n *= 3;
      u = "M";
    } else if (u === "HY") {
      n *= 6;
      u = "M";
    }
    // A bare half moves to the next smaller unit ("half an hour" → PT30M, "pół roku" → P6M).
    if (n === 0.5) {
      const smaller: Partial<Record<TimeUnit, [number, TimeUnit]>> = {
        Y: [6, "M"], D: [12, "H"], H: [30, "MI"], MI: [30, "S"], DE: [5, "Y"], CE: [50, "Y"],
      };
      const s = smaller[u];
      if (s) [n, u] = s;
    }
    norm.push([n, u]);
  }
  let date = "";
  let time = "";
  for (const [n, u] of norm) {
    switch (u) {
      case "Y":
      case "M":
      case "W":
      case "D":
      case "DE":
      case "CE":
        date += fmt(n) + u;
        break;
      case "H":
        time += `${fmt(n)}H`;
        break;
      case "MI":
        time += `${fmt(n)}M`;
        break;
      case "S":
        time += `${fmt(n)}S`;
        break;
      default:
        break;
    }
  }
  return `P${date}${time ? `T${time}` : ""}`;
}

/** Parts of an ISO duration token ("p5y", "pt2h30m"). */
function isoParts(w: string): Array<[number, TimeUnit]> {
  const out: Array<[number, TimeUnit]> = [];
  const m = /^p([^t]*)(?:t(.*))?$/.exec(w);
  if (!m) return out;
  const dateUnits: Record<string, TimeUnit> = { y: "Y", m: "M", w: "W", d: "D" };
  const timeUnits: Record<string, TimeUnit> = { h: "H", m: "MI", s: "S" };
  for (const [, n, u] of (m[1] ?? "").matchAll(/(\d+(?:[.,]\d+)?)([ymwd])/g)) {
    const unit = u ? dateUnits[u] : undefined;
    if (n && unit) out.push([Number(n.replace(",", ".")), unit]);
  }
  for (const [, n, u] of (m[2] ?? "").matchAll(/(\d+(?:[.,]\d+)?)([hms])/g)) {
    const unit = u ? timeUnits[u] : undefined;
    if (n && unit) out.push([Number(n.replace(",", ".")), unit]);
  }
  return out;
}
