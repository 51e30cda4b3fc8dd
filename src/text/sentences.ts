/**
 * Splits a body into sentences with their spans, in one linear pass. A regex splitter is used
 * instead of natural's SentenceTokenizer, which is quadratic in input length (see DEPENDENCIES.md).
 */

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations after which a full stop does not end a sentence (folded, without the dot; exported for the tests). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr", "inc", "ltd", "co",
  "corp", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k",
  "e.g", "i.e", "p.m", "a.m", "approx", "ok", "ul", "np", "tzw", "godz", "r", "im", "ks", "pt", "tys", "mln", "mld", "św", "al",
  "ds", "wg", "tj", "prok", "płk", "gen", "min", "dot", "zob", "nr", "proc", "mec", "adw", "red", "ks", "hab", "inż", "mgr", "sen", "pos", "woj", "pow", "gm",
  // "uderzając m.in. w hostel", "tzn. w nocy": Polish abbreviations inside a clause, never its end.
  "m.in", "tzn",
]);

/** Abbreviated units written after a figure, which often close a sentence. */
const UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set(["proc", "tys", "mln", "mld", "r"]);

/** Polish words that, capitalised after such a unit, can only open a new sentence. */
const SENTENCE_OPENER = /^\s+(?:W|We|Na|Z|Ze|Do|Od|Po|Za|Przed|Przy|Dla|Pod|Nad|Bez|Jak|Jako|To|Ten|Ta|Te|Tym|Ale|A|Jednak|Według|Tymczasem|Natomiast|Gdy|Kiedy|Choć|Mimo|Poza|Oprócz|Jej|Jego|Ich|Nie|Także|Również|Wtedy|Wówczas|Obecnie)\s/u;

const BOUNDARY = /[.!?…]+["”’»)]*(?=\s+|$)|\n\s*\n|\n(?=\s*[-•*#–—]|\s*\S[^\n]{0,80}\n)/g;

/** Returns the sentences of `text`; every character of text belongs to at most one sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const newline = { at: -1 };
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith(".") && isAbbreviation(text, match.index)) continue;
    push(out, text, start, end, newline);
    start = end;
  }
  push(out, text, start, text.length, newline);
  return out;
}

/**
 * Also splits at single newlines: headlines and list items carry no full stop. `newline.at` is
 * the first newline at or after the last position asked about (text.length when none), kept
 * across calls so the text is searched for newlines once.
 */
function push(out: Sentence[], text: string, from: number, to: number, newline: { at: number }): void {
  let lineStart = from;
  for (;;) {
    if (newline.at < lineStart) {
      const found = text.indexOf("\n", lineStart);
      newline.at = found < 0 ? text.length : found;
    }
    const lineEnd = Math.min(newline.at, to);
    let s = lineStart;
    let e = lineEnd;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    if (lineEnd === to) return;
    lineStart = lineEnd + 1;
  }
}

/** `/[\p{L}.]/u` on one UTF-16 unit, without the regex for ASCII. */
function isLetterOrDot(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
  return LETTER_OR_DOT.test(text[i]!);
}

const LETTER_OR_DOT = /[\p{L}.]/u;

function isAbbreviation(text: string, dot: number): boolean {
  // "22. stycznia", "w 25. minucie": a Polish ordinal's dot ends no sentence when a small letter follows.
  const before = text.charCodeAt(dot - 1);
  if (before >= 48 && before <= 57) return /^\.\s*\p{Ll}/u.test(text.slice(dot, dot + 3));
  let i = dot;
  while (i > 0 && isLetterOrDot(text, i - 1)) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[i]!)) return true; // an initial: "J. Smith"
  // Initials written together ("J.D. Smith", "J.R.R."): capitals each closed by a dot, never a sentence's last word.
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(text.slice(i, dot)) && !ABBREVIATIONS.has(word)) return true;
  if (ABBREVIATIONS.has(word)) {
    // "in the U.S. The..." still ends a sentence when a capital follows an abbreviation that usually closes one.
    if (/^(?:etc|inc|ltd|co|corp)$/.test(word)) return false;
    // "wyniosła 52,1 proc. W drugiej turze …": a unit after a figure ends its sentence when a word that
    // only opens one follows (a preposition or conjunction is capitalised nowhere else); "58 proc. Polaków" goes on.
    return !(UNIT_ABBREVIATIONS.has(word) && SENTENCE_OPENER.test(text.slice(dot + 1, dot + 16)));
  }
  return false;
}
