/**
 * Clause-level tense heuristic: does the clause around an offset report what happened or
 * announce what will happen? Used to resolve "on Thursday" / "in March" to the nearest past or
 * future occurrence.
 *
 * The clause is cut at sentence punctuation, dashes, quotes and clause openers ("that", "że",
 * "który"). Inside it, the tense marker nearest to the expression wins (ties go to the one
 * before it): the governing verb of a time adverbial is usually adjacent to it, while a distant
 * marker often belongs to a neighbouring clause ("said on Tuesday he would travel" → "said").
 * Markers come from the language lexicon: future words and phrases ("will", "planning to",
 * "polecą"), past words ("said", "był") and past-tense endings ("-ed"; Polish "-ł", "-li").
 * No marker → "unknown"; resolvers then prefer the past for weekdays (news reports events).
 */

import { Matcher, compileLexicon } from "./compile.js";
import { tokenize, TokKind, type Tokens } from "./tokenize.js";
import type { TimeDirection } from "./types.js";

/** How many tokens either side of the expression the heuristic looks at. */
const REACH = 24;

const BREAKS = new Set([".", "!", "?", ";", ":", "–", "—", "\"", "“", "”", "„", "«", "»", "(", ")", "\n"]);

function isBreak(t: Tokens, j: number): boolean {
  return t.k[j] === TokKind.Punct && BREAKS.has(t.w[j]);
}

/** Polarity of a marker starting at token j: +1 future, -1 past, with its end; 0 when none. */
function markerAt(m: Matcher, j: number): { pol: number; end: number } {
  const fut = m.endOf(j, "dirFuture");
  const past = m.endOf(j, "dirPast");
  if (fut > 0 || past > 0) return fut >= past ? { pol: 1, end: fut } : { pol: -1, end: past };
  const t = m.t;
  if (t.k[j] !== TokKind.Word || t.cap[j]) return { pol: 0, end: j + 1 };
  const w = t.w[j];
  const dir = m.c.lex.direction;
  if (w.length < dir.pastSuffixMinLength || m.c.pastExceptions.has(w)) return { pol: 0, end: j + 1 };
  for (const suf of dir.pastSuffixes) if (w.endsWith(suf)) return { pol: -1, end: j + 1 };
  return { pol: 0, end: j + 1 };
}

function isOpener(m: Matcher, j: number): boolean {
  return m.at(j, "opener") !== undefined;
}

/**
 * Direction of the clause around tokens [from, to) of an already tokenised text.
 * Internal entry point of {@link clauseDirection}.
 */
export function directionAt(m: Matcher, from: number, to: number): TimeDirection {
  const t = m.t;
  // Backwards: nearest marker before the expression, stopping at a clause boundary.
  let before = 0;
  let beforeDist = Infinity;
  let lo = from;
  for (let j = from - 1; j >= 0 && j >= from - REACH; j--) {
    if (isBreak(t, j)) break;
    lo = j;
    if (isOpener(m, j)) break;
  }
  // A future auxiliary governs a participle right after it ("will be held", "is expected to be signed").
  let lastFutureEnd = -10;
  for (let j = lo; j < from; ) {
    const mk = markerAt(m, j);
    if (mk.pol !== 0 && mk.end <= from) {
      before = mk.pol < 0 && j - lastFutureEnd <= 2 ? 1 : mk.pol;
      beforeDist = from - mk.end;
      if (before > 0) lastFutureEnd = mk.end;
    }
    j = mk.pol !== 0 ? mk.end : j + 1;
  }
  // Forwards: nearest marker after the expression. One past a comma ("will meet in a runoff on
  // June 1, the commission said") is more often a reporting frame than the clause's own verb, so it
  // yields to any marker before the expression.
  let after = 0;
  let afterDist = Infinity;
  let comma = false;
  for (let j = to; j < t.n && j < to + REACH; ) {
    if (isBreak(t, j)) break;
    if (j > to && isOpener(m, j)) break;
    if (t.k[j] === TokKind.Punct && t.w[j] === ",") comma = true;
    const mk = markerAt(m, j);
    if (mk.pol !== 0) {
      after = mk.pol;
      afterDist = j - to + (comma ? REACH : 0);
      break;
    }
    j++;
  }
  const pick = beforeDist <= afterDist ? before : after;
  return pick > 0 ? "future" : pick < 0 ? "past" : "unknown";
}

/**
 * Tense of the clause containing `offset` (UTF-16) in `text`: "future" for plans and
 * announcements, "past" for reported events, "unknown" without markers.
 */
export function clauseDirection(text: string, offset: number, lang: string): TimeDirection {
  const from = Math.max(0, offset - 600);
  const window = text.slice(from, offset + 600);
  const t = tokenize(window);
  const rel = offset - from;
  let i = 0;
  while (i < t.n && t.e[i] <= rel) i++;
  let k = i;
  // Skip the word at the offset itself (the expression) so its own words are not markers.
  while (k < t.n && t.s[k] < rel + 1) k++;
  if (k === i && i < t.n) k = i + 1;
  return directionAt(new Matcher(t, compileLexicon(lang)), i, k);
}
