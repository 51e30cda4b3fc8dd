/**
 * Time normaliser: finds dates, times, durations and sets in English and Polish text and gives
 * each a TimeML TIMEX3 value anchored to the article's reference date.
 *
 * Pipeline: tokenise once (./tokenize.ts) → match the language lexicon's phrase trie
 * (./compile.ts) → parse constructions, longest match wins (./grammar.ts) → anchor in reading
 * order (./resolve.ts). Linear in the text; regexes and tries are compiled once per language.
 *
 * Anchoring policy:
 * - A month, season, weekday, holiday or "the 22nd" without a year resolves to the nearest
 *   occurrence in the PAST when its clause reports what happened ("In December" in a
 *   2026-01-14 article → 2025-12; "on Tuesday" in a Wednesday article → yesterday), and to the
 *   nearest in the FUTURE when the clause announces a plan ("will meet on Thursday" in a
 *   Wednesday article → tomorrow; "is scheduled for Monday").
 * - Tense comes from `options.direction(offset)` when given (and not "unknown"), otherwise from
 *   {@link clauseDirection}: the tense marker nearest to the expression inside its clause.
 *   "since Tuesday" is always past.
 * - Without any marker: weekdays go to the past (news reports events more than it announces
 *   them); months, seasons, dates and quarters go to the nearest occurrence (ties: past).
 * - A weekday equal to the reference weekday is the reference day itself, unless qualified by
 *   "last"/"next" (strictly before/after) or "this" (same ISO week).
 * - A bare 4-digit year is a DATE when its context says so ("in 2010", "2010 r.", "Geneva 2026"),
 *   not when it counts something ("2010 people", "$2010").
 * - "the same day", "that day", "on the day", "the next day", "a week later" refer to the last
 *   date mentioned earlier in the text (falling back to the reference date); a bare clock time
 *   or part of day ("at 2:51 p.m.", "in the evening") belongs to the last day mentioned in the
 *   same paragraph, else to the reference date.
 * - Without a reference date, relative expressions keep X placeholders (`XXXX-WXX-2`,
 *   `XXXX-XX-XX`, `XXXX-12`) and `anchored` is false.
 * - Spans exclude leading prepositions ("on Tuesday" → "Tuesday", "w czwartek" → "czwartek") and
 *   include determiners, modifiers and hedges ("the past two weeks", "more than two hours").
 */

import { parseIsoDate } from "./calendar.js";
import { Matcher, compileLexicon } from "./compile.js";
import { directionAt } from "./direction.js";
import { Grammar } from "./grammar.js";
import { resolveSem, type State } from "./resolve.js";
import { tokenize } from "./tokenize.js";
import type { TimeDirection, TimeExpression, TimeOptions } from "./types.js";

export * from "./types.js";
export { clauseDirection } from "./direction.js";

/**
 * Why `value` cannot anchor relative dates (undefined when it can): it must be an ISO date or
 * date-time of a real day, such as 2026-01-21 or 2026-01-21T20:00:00-05:00.
 */
export function referenceDateProblem(value: string): string | undefined {
  const ok =
    /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim()) && parseIsoDate(value) !== undefined;
  return ok ? undefined : `must be an ISO date or date-time of a real day, such as 2026-01-21 or 2026-01-21T20:00:00-05:00 (got ${JSON.stringify(value)})`;
}

/**
 * Finds the time expressions of `text`, sorted by span start and non-overlapping (the longest
 * match wins), with TIMEX3 values anchored to `options.referenceDate`.
 */
export function findTimeExpressions(text: string, options: TimeOptions): TimeExpression[] {
  const c = compileLexicon(options.lang);
  const t = tokenize(text);
  const m = new Matcher(t, c);
  const st: State = {};
  if (options.referenceDate) {
    const p = parseIsoDate(options.referenceDate);
    if (p) {
      const [y, mo, d] = options.referenceDate.slice(0, 10).split("-").map(Number) as [number, number, number];
      st.ref = { dn: p.dn, y, m: mo, d };
      if (p.hour !== undefined) st.ref.hour = p.hour;
      if (p.minute !== undefined) st.ref.minute = p.minute;
    }
  }
  const dirOf = (s: number, e: number): TimeDirection => {
    if (m.endsAt(s, "since")) return "past";
    if (options.direction) {
      const d = options.direction(t.s[s] ?? 0);
      if (d !== "unknown") return d;
    }
    return directionAt(m, s, e);
  };
  const g = new Grammar(m, (tok) => dirOf(tok, tok + 1) === "future");
  const out: TimeExpression[] = [];
  // Paragraph index of the current token, for "in the evening" → the day mentioned in the paragraph.
  let para = 0;
  let paraScan = 0;
  let i = 0;
  while (i < t.n) {
    if (!g.mayStart(i)) {
      i++;
      continue;
    }
    let cand = g.parseAt(i);
    if (!cand) {
      i++;
      continue;
    }
    // A longer expression starting on the next token wins ("on the day after" → "the day after").
    if (cand.e - cand.s > 1) {
      const alt = g.parseAt(i + 1);
      if (alt && alt.e > cand.e) cand = alt;
    }
    let s = cand.s;
    const hedged = cand.sem.kind === "dur" && cand.sem.hedge !== undefined && m.at(s, "hedge") !== undefined;
    while (!hedged && s < cand.e - 1) {
      const p = m.at(s, "prep");
      if (!p || p.end >= cand.e) break;
      s = p.end;
    }
    const start = t.s[s] as number;
    const end = t.e[cand.e - 1] as number;
    while (paraScan < start) {
      const nl = text.indexOf("\n", paraScan);
      if (nl < 0 || nl >= start) {
        paraScan = start;
        break;
      }
      // A blank line (or a line break between sentences) starts a paragraph.
      para++;
      paraScan = nl + 1;
    }
    const cs = s;
    const ce = cand.e;
    let dirMemo: TimeDirection | undefined;
    const dir = (): TimeDirection => (dirMemo ??= dirOf(cs, ce));
    const r = resolveSem(cand.sem, st, dir, para);
    const expr: TimeExpression = { text: text.slice(start, end), span: [start, end], ...r };
    if (cand.sem.kind === "dur" && cand.sem.anchor) {
      const a = cand.sem.anchor;
      expr[a.rel] = text.slice(a.start, a.end);
    }
    out.push(expr);
    i = cand.e;
  }
  return out;
}
