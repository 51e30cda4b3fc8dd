/**
 * A report that names the weekday and the date of an event when they do not match (textlint's
 * date-weekday-mismatch, across articles), against a report whose weekday or date is right.
 *   a: "power outages on Sunday, April 28"      (28 April 2025 was a Monday)
 *   b: "The outage began at 12:33 p.m. Monday"  (28 April 2025)
 *      → conflict: a calls the day a Sunday, b a Monday.
 * The interval rules see the same date on both sides and agree; the weekday is what differs. A
 * code rule, as it reads the words of the date.
 */
import type { CodeRule, CompareResult, RuleTests } from "../src/compare/rule-api.js";
import type { Claim, TimeValue } from "../src/types.js";

/** Weekday names (and Polish case forms) by day number, Sunday = 0. */
const WEEKDAYS: Array<[number, RegExp]> = [
  [0, /(?<![\p{L}])(?:sunday|niedziel[aęi])(?![\p{L}])/iu],
  [1, /(?<![\p{L}])(?:monday|poniedziałek|poniedziałku)(?![\p{L}])/iu],
  [2, /(?<![\p{L}])(?:tuesday|wtorek|wtorku)(?![\p{L}])/iu],
  [3, /(?<![\p{L}])(?:wednesday|środ[aęy])(?![\p{L}])/iu],
  [4, /(?<![\p{L}])(?:thursday|czwartek|czwartku)(?![\p{L}])/iu],
  [5, /(?<![\p{L}])(?:friday|piątek|piątku)(?![\p{L}])/iu],
  [6, /(?<![\p{L}])(?:saturday|sobot[aęy])(?![\p{L}])/iu],
];
const NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The one day a claim's time stands for, when it is a single stated day. */
function day(t: TimeValue | undefined): string | undefined {
  if (!t?.start || !t.end || t.inferred || t.start.slice(0, 10) !== t.end.slice(0, 10)) return undefined;
  return t.start.slice(0, 10);
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** The weekday the text names, if it names exactly one. */
function namedWeekday(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const found = WEEKDAYS.filter(([, re]) => re.test(text)).map(([n]) => n);
  return found.length === 1 ? found[0] : undefined;
}

/** A weekday named beside a day number ("Sunday, April 28") that the date contradicts. */
function mismatch(c: Claim): { named: number; actual: number; date: string } | undefined {
  const date = day(c.time);
  const named = namedWeekday(c.time?.text);
  if (!date || named === undefined || !/\d/.test(c.time!.text!.replace(/\d{1,2}[:.]\d{2}/g, ""))) return undefined;
  const actual = weekdayOf(date);
  return named === actual ? undefined : { named, actual, date };
}

const rule: CodeRule = {
  meta: {
    description: "One report names a weekday and a date for the event that do not match, where another report has the right weekday for that date.",
    severity: "warning",
    aspect: "date",
    link: "event",
    appliesTo: ["incident", "meeting"],
    own: ["time"],
    messages: {
      conflict: "{{wrong}} dates it {{wrongText}}, but {{date}} was a {{actual}}, as {{right}} has it ({{rightText}}).",
    },
  },
  compare(a: Claim, b: Claim): CompareResult | undefined {
    const ma = mismatch(a);
    const mb = mismatch(b);
    if ((ma && mb) || (!ma && !mb)) return undefined;
    const wrong = ma ? a : b;
    const right = ma ? b : a;
    const m = (ma ?? mb)!;
    // The other side must put the event on that date, by its date or by its weekday.
    const rightDay = day(right.time);
    if (rightDay !== m.date) return undefined;
    const qualifiers: string[] = [];
    if (a.attribution && b.attribution && a.attribution !== b.attribution) qualifiers.push("attribution-differs");
    const show = (c: Claim) => (c === wrong ? `${NAMES[m.named]} ${m.date}` : `${NAMES[m.actual]} ${m.date}`);
    return {
      verdict: "conflict",
      qualifiers,
      values: [show(a), show(b)],
      data: { wrong: wrong.doc, right: right.doc, wrongText: `“${wrong.time!.text}”`, rightText: `“${right.time!.text ?? m.date}”`, date: m.date, actual: NAMES[m.actual]! },
    };
  },
};

export default rule;

const t = (date: string, text: string): TimeValue => ({ start: date, end: date, anchored: true, text });

/** Cases `crosscheck rules test` runs, like the inline tests of JSON rules. */
export const tests: RuleTests = {
  valid: [
    { name: "'Monday, April 28' and 'on Monday' for 28 April 2025", expect: "silent", claims: [
      { kind: "incident", eventType: "outage", doc: "a", time: t("2025-04-28", "Monday, April 28") },
      { kind: "incident", eventType: "outage", doc: "b", time: t("2025-04-28", "on Monday") } ] },
    { name: "a wrong weekday against another date says nothing of which is right", expect: "silent", claims: [
      { kind: "incident", eventType: "outage", doc: "a", time: t("2025-04-28", "Sunday, April 28") },
      { kind: "incident", eventType: "outage", doc: "b", time: t("2025-04-27", "on Sunday") } ] },
  ],
  invalid: [
    { name: "'Sunday, April 28' against 'w poniedziałek' for 28 April 2025", claims: [
      { kind: "incident", eventType: "outage", doc: "a", time: t("2025-04-28", "Sunday, April 28") },
      { kind: "incident", eventType: "outage", doc: "b", time: t("2025-04-28", "w poniedziałek") } ],
      findings: [{ between: [0, 1] }] },
  ],
};
