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
    const possessive = /['’]s$/.exec(word);
    if (possessive && word.length > 2) word = word.slice(0, -2);
    out.push({ text: word, start: base + m.index, end: base + m.index + word.length, cap: /^\p{Lu}/u.test(word) });
  }
  return out;
}
