/**
 * Word tokens with offsets. A `\p{L}` regex instead of natural's WordTokenizer, which only knows
 * ASCII and basic Cyrillic letters and breaks Polish words (see DEPENDENCIES.md).
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First letter is upper case. */
  cap: boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{Pd}'’.]*[\p{L}\p{M}]|[\p{L}\p{M}]|\d+(?:[.,:]\d+)*/gu;

/** Tokenises `text`, offsets relative to `base`. Abbreviation dots stay inside tokens ("U.S"). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let word = m[0];
    // A trailing possessive stays a separate signal: "Koval’s" → "Koval" + the possessive check by offset.
    const n = word.length;
    if (n > 2 && word.charCodeAt(n - 1) === 115 && (word.charCodeAt(n - 2) === 39 || word.charCodeAt(n - 2) === 8217)) word = word.slice(0, -2);
    out.push({ text: word, start: base + m.index, end: base + m.index + word.length, cap: startsUpper(word) });
  }
  return out;
}

const UPPER = /^\p{Lu}/u;

/** First letter upper case; ASCII (most words) without a regex. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word);
}
