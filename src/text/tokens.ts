/**
 * Word tokens with offsets. A hand-written scanner over Unicode letter classes instead of
 * natural's WordTokenizer, which only knows ASCII and basic Cyrillic letters and breaks Polish
 * words (see DEPENDENCIES.md). It reads the text once and reads exactly what the regex
 * {@link WORD_PATTERN} would, several times faster.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First letter is upper case. */
  cap: boolean;
}

/**
 * The token grammar: a letter or mark, then letters, marks, dashes, apostrophes and abbreviation
 * dots, ending on a letter or mark; or digits with inner separators ("1,200", "14:30").
 */
export const WORD_PATTERN = /[\p{L}\p{M}][\p{L}\p{M}\p{Pd}'’.]*[\p{L}\p{M}]|[\p{L}\p{M}]|\d+(?:[.,:]\d+)*/gu;

const LETTER = 1;
/** Characters that may sit inside a word but not end it: dashes, apostrophes, the abbreviation dot. */
const INNER = 2;
const KNOWN = 4;

/** Character classes of the Basic Multilingual Plane, filled in as characters are first seen. */
const classes = new Uint8Array(65536);
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const DASH = /^\p{Pd}$/u;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (LETTER_OR_MARK.test(ch)) return LETTER;
  if (DASH.test(ch) || cp === 39 || cp === 0x2019 || cp === 46) return INNER;
  return 0;
}

function classOf(cp: number): number {
  if (cp >= 0x10000) return classify(cp);
  let c = classes[cp]!;
  if (c === 0) {
    c = classify(cp) | KNOWN;
    classes[cp] = c;
  }
  return c & ~KNOWN;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Tokenises `text`, offsets relative to `base`. Abbreviation dots stay inside tokens ("U.S"). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let end: number;
    if (isDigit(c)) {
      end = i + 1;
      while (end < n && isDigit(text.charCodeAt(end))) end++;
      for (;;) {
        const sep = text.charCodeAt(end);
        if ((sep === 46 || sep === 44 || sep === 58) && isDigit(text.charCodeAt(end + 1))) {
          end += 2;
          while (end < n && isDigit(text.charCodeAt(end))) end++;
        } else break;
      }
    } else {
      const cp = c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) ?? c) : c;
      const width = cp > 0xffff ? 2 : 1;
      if (classOf(cp) !== LETTER) {
        i += width;
        continue;
      }
      // The longest run of word characters, cut back to its last letter or mark.
      end = i + width;
      let j = end;
      while (j < n) {
        const d = text.charCodeAt(j);
        const dcp = d >= 0xd800 && d <= 0xdbff ? (text.codePointAt(j) ?? d) : d;
        const cls = classOf(dcp);
        if (cls === 0) break;
        j += dcp > 0xffff ? 2 : 1;
        if (cls === LETTER) end = j;
      }
    }
    push(out, text, i, end, base);
    i = end;
  }
  return out;
}

function push(out: Token[], text: string, start: number, end: number, base: number): void {
  let word = text.slice(start, end);
  // A trailing possessive stays a separate signal: "Koval’s" → "Koval" + the possessive check by offset.
  const n = word.length;
  if (n > 2 && word.charCodeAt(n - 1) === 115 && (word.charCodeAt(n - 2) === 39 || word.charCodeAt(n - 2) === 8217)) word = word.slice(0, -2);
  out.push({ text: word, start: base + start, end: base + start + word.length, cap: startsUpper(word) });
}

const UPPER = /^\p{Lu}/u;

/** First letter upper case; ASCII (most words) without a regex. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word);
}
