/**
 * Splits a body into sentences with their spans, in one linear pass. A regex splitter is used
 * instead of natural's SentenceTokenizer, which is quadratic in input length (see DEPENDENCIES.md).
 */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations after which a full stop does not end a sentence (folded, without the dot). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr", "inc", "ltd", "co",
  "corp", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
  "e.g", "i.e", "p.m", "a.m", "approx", "ok", "ul", "np", "tzw", "godz", "r", "im", "ks", "pt", "tys", "mln", "mld", "św", "al",
  "ds", "wg", "tj", "prok", "płk", "gen", "min", "dot", "zob", "nr", "proc", "mec", "adw", "red", "ks", "hab", "inż", "mgr", "sen", "pos", "woj", "pow", "gm",
]);

const BOUNDARY = /[.!?…]+["”’»)]*(?=\s+|$)|\n\s*\n|\n(?=\s*[-•*#–—]|\s*\S[^\n]{0,80}\n)/g;

/** Returns the sentences of `text`; every character of text belongs to at most one sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith(".") && isAbbreviation(text, match.index)) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

/** Also splits at single newlines: headlines and list items carry no full stop. */
function push(out: Sentence[], text: string, from: number, to: number): void {
  let lineStart = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text.charCodeAt(i) === 10) {
      let s = lineStart;
      let e = i;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
      lineStart = i + 1;
    }
  }
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[i]!)) return true; // an initial: "J. Smith"
  if (ABBREVIATIONS.has(word)) {
    // "in the U.S. The..." still ends a sentence when a capital follows an abbreviation that usually closes one.
    return !/^(?:etc|inc|ltd|co|corp)$/.test(word);
  }
  return /^\d+$/.test(word) && /^\.\s*\p{Ll}/u.test(text.slice(dot, dot + 3)); // "22. stycznia"
}
