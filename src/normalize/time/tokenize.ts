/**
 * One-pass tokeniser shared by the time normaliser and the number reader. Tokens live in
 * parallel arrays (no object per token) and hold lower-cased text, so lexicon look-ups are
 * plain `Map.get` calls.
 */

export const TokKind = {
  Word: 0,
  Num: 1,
  Punct: 2,
  /** Dotted abbreviation such as "p.m." or "u.s." (a word for lexicon purposes). */
  Abbr: 3,
  /** ISO 8601 duration written in the text ("P5Y"). */
  IsoDuration: 4,
  /** ISO week written in the text ("2026-W04"). */
  IsoWeek: 5,
} as const;
export type TokKind = (typeof TokKind)[keyof typeof TokKind];

export interface Tokens {
  /** The original text. */
  text: string;
  n: number;
  /** Start / end offsets (UTF-16) of each token. */
  s: Int32Array;
  e: Int32Array;
  /** Lower-cased token text (a possessive "'s" is dropped). */
  w: string[];
  /** {@link TokKind} of each token. */
  k: Uint8Array;
  /** 1 when the token starts with an upper-case letter in the original text. */
  cap: Uint8Array;
}

/**
 * Growable columns of a token table. Typed arrays sized from the text, rather than arrays grown
 * by `push`, because tokenising whole articles was the largest source of garbage in extraction.
 */
class Columns {
  n = 0;
  s: Int32Array;
  e: Int32Array;
  k: Uint8Array;
  cap: Uint8Array;
  readonly w: string[] = [];

  constructor(capacity: number) {
    // One buffer for all four columns: typed arrays this size live outside the heap, and each
    // buffer costs an allocation and a release.
    const buffer = new ArrayBuffer(capacity * 10);
    this.s = new Int32Array(buffer, 0, capacity);
    this.e = new Int32Array(buffer, capacity * 4, capacity);
    this.k = new Uint8Array(buffer, capacity * 8, capacity);
    this.cap = new Uint8Array(buffer, capacity * 9, capacity);
  }

  add(start: number, end: number, word: string, kind: TokKind, cap: boolean): void {
    if (this.n === this.s.length) this.grow();
    const i = this.n++;
    this.s[i] = start;
    this.e[i] = end;
    this.k[i] = kind;
    this.cap[i] = cap ? 1 : 0;
    this.w.push(word);
  }

  private grow(): void {
    const { s, e, k, cap } = this;
    const next = new Columns(s.length * 2 + 16);
    next.s.set(s);
    next.e.set(e);
    next.k.set(k);
    next.cap.set(cap);
    this.s = next.s;
    this.e = next.e;
    this.k = next.k;
    this.cap = next.cap;
  }
}



const ISO_DURATION = /p(?:\d+(?:[.,]\d+)?[ymwd])*(?:t(?:\d+(?:[.,]\d+)?[hms])+)?/y;

/** Letters and combining marks; a cheap approximation of `[\p{L}\p{M}]` on UTF-16 code units. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c < 0x2000) return true;
  if (c < 0x2c00) return false; // punctuation, symbols, arrows, box drawing
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral: emoji and the like
  if (c >= 0xfe00 && c <= 0xfe0f) return false;
  if (c >= 0xff00 && c <= 0xff20) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Tokenises `text` with a hand-written scanner (an order of magnitude faster than a unicode
 * regex with captures). Digits joined by separators stay one token ("22.01.2026", "14:30",
 * "1,200", "2014-2022") and are interpreted later.
 */
export function tokenize(text: string): Tokens {
  let low = text.toLowerCase();
  // A few characters change length when lower-cased ("İ"); offsets must stay the original ones.
  const sameLength = low.length === text.length;
  if (!sameLength) low = text;
  const n = low.length;
  const out = new Columns((n >> 2) + 8) // prose has about five characters per token, so this rarely grows;
  let i = 0;
  while (i < n) {
    const c = low.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokKind = TokKind.Punct;
    if (isDigit(c)) {
      kind = TokKind.Num;
      while (j < n && isDigit(low.charCodeAt(j))) j++;
      // ISO week "2026-W04[-2]".
      if (j - i === 4 && low.charCodeAt(j) === 45 && (low.charCodeAt(j + 1) | 32) === 119 && isDigit(low.charCodeAt(j + 2)) && isDigit(low.charCodeAt(j + 3)) && !isDigit(low.charCodeAt(j + 4))) {
        j += 4;
        if (low.charCodeAt(j) === 45 && isDigit(low.charCodeAt(j + 1)) && !isDigit(low.charCodeAt(j + 2))) j += 2;
        if (!isLetter(low.charCodeAt(j))) kind = TokKind.IsoWeek;
        else j = i + 4;
      }
      if (kind === TokKind.Num) {
        for (;;) {
          const sep = low.charCodeAt(j);
          if ((sep === 46 || sep === 58 || sep === 47 || sep === 44 || sep === 45) && isDigit(low.charCodeAt(j + 1))) {
            j += 2;
            while (j < n && isDigit(low.charCodeAt(j))) j++;
          } else break;
        }
      }
    } else if (isLetter(c)) {
      kind = TokKind.Word;
      // ISO duration "P5Y", "PT2H30M".
      if ((c === 112 || c === 80) && (isDigit(low.charCodeAt(j)) || ((low.charCodeAt(j) | 32) === 116 && isDigit(low.charCodeAt(j + 1))))) {
        ISO_DURATION.lastIndex = i;
        const m = ISO_DURATION.exec(low);
        if (m && m[0].length > 1 && !isLetter(low.charCodeAt(i + m[0].length)) && !isDigit(low.charCodeAt(i + m[0].length))) {
          kind = TokKind.IsoDuration;
          j = i + m[0].length;
        }
      }
      if (kind === TokKind.Word) {
        if (low.charCodeAt(j) === 46 && isLetter(low.charCodeAt(j + 1)) && !isLetter(low.charCodeAt(j + 2))) {
          // Dotted abbreviation: "p.m.", "u.s.", "a.m".
          kind = TokKind.Abbr;
          while (low.charCodeAt(j) === 46 && isLetter(low.charCodeAt(j + 1)) && !isLetter(low.charCodeAt(j + 2))) j += 2;
          if (low.charCodeAt(j) === 46) j++;
        } else {
          for (;;) {
            while (j < n && isLetter(low.charCodeAt(j))) j++;
            const q = low.charCodeAt(j);
            if ((q === 39 || q === 8217) && isLetter(low.charCodeAt(j + 1))) j++;
            else break;
          }
        }
      }
    } else if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
    let end = j;
    let word = low.slice(i, end);
    if (!sameLength) word = word.toLowerCase();
    if (kind === TokKind.Word) {
      const last = word.length - 2;
      if (last > 0 && word.charCodeAt(last + 1) === 115 && (word.charCodeAt(last) === 39 || word.charCodeAt(last) === 8217)) {
        word = word.slice(0, last);
        end -= 2;
      }
    }
    const oc = text.charCodeAt(i);
    out.add(i, end, word, kind, oc !== low.charCodeAt(i) || (!sameLength && oc >= 65 && oc <= 90));
    i = j;
  }
  // Views of exactly n tokens: a read past the last token gives undefined, as it would from an array.
  return { text, n: out.n, s: out.s.subarray(0, out.n), e: out.e.subarray(0, out.n), w: out.w, k: out.k.subarray(0, out.n), cap: out.cap.subarray(0, out.n) };
}
