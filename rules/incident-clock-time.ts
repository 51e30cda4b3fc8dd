/**
 * Two reports of the same incident give its clock time, or that of its start or end.
 *   a: "The outage began at 12:33 p.m. on Monday."
 *   b: "The blackout started at 12:22 on Monday."
 *      → conflict: 11 minutes apart, neither hedged.
 * Hedges widen a time ("around", "ok.": ±15 min; "shortly after": up to 30 min later), and times
 * are compared as times of day (a date guessed for one side never moves it by a day; 23:50 and
 * 00:10 are 20 minutes apart). A time in a named zone ("10:33 GMT") is compared in UTC when both
 * sides' offsets are known; when only one side names a zone, the other's local offset is unknown:
 * the two agree if some whole or half hour of offset reconciles them, qualified
 * `inferred-time-zone`, and otherwise conflict only as a warning, qualified the same.
 * A moment of the event itself ("at 9:34 the thieves entered") is only compared with another
 * such moment, or a start, to agree: narratives give many times of one incident.
 */
import type { CodeRule, CompareResult, RuleTests } from "../src/compare/rule-api.js";
import type { Claim, ClockValue } from "../src/types.js";

const DAY = 24 * 60;

function minutesOfDay(iso: string): number {
  return Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
}

/** The clock interval as minutes of the day (UTC when the offset is known), its end possibly past midnight. */
function interval(c: ClockValue, toUtc: boolean): [number, number] {
  const shift = toUtc ? -(c.utcOffsetMinutes ?? 0) : 0;
  const lo = minutesOfDay(c.start) + shift;
  let hi = minutesOfDay(c.end) + shift;
  if (hi < lo) hi += DAY;
  return [lo, hi];
}

/** The smallest distance between two intervals of the day, going round midnight. */
function gap(a: [number, number], b: [number, number]): number {
  let best = Infinity;
  for (const shift of [-DAY, 0, DAY]) {
    const d = Math.max(a[0], b[0] + shift) - Math.min(a[1], b[1] + shift);
    best = Math.min(best, Math.max(0, d));
  }
  return best;
}

function show(c: ClockValue): string {
  const t = c.start === c.end ? c.start.slice(11, 16) : `${c.start.slice(11, 16)}–${c.end.slice(11, 16)}`;
  const point = c.point === "event" ? "" : ` (${c.point})`;
  return `${t}${c.zone ? ` ${c.zone}` : ""}${point}`;
}

/** A zone that says nothing about the offset: the place's own time. */
const LOCAL = /^(?:local time|czasu (?:lokalnego|miejscowego|polskiego))$/i;

function named(c: ClockValue): boolean {
  return c.zone !== undefined && !LOCAL.test(c.zone);
}

const rule: CodeRule = {
  meta: {
    description: "Two reports of the same incident give clock times of it, or of its start or end, that cannot both be true; hedged times that overlap agree; other time zones are compared in UTC when both offsets are known.",
    severity: "warning",
    aspect: "time",
    link: "event",
    appliesTo: ["incident"],
    own: ["clock"],
    same: ["eventType"],
    messages: {
      agree: "{{a.doc}} gives {{a.value}} and {{b.doc}} {{b.value}}: the same time.",
      conflict: "{{a.doc}} gives {{a.value}} but {{b.doc}} {{b.value}}, {{gap}} min apart.",
      zoneAgree: "{{a.doc}} gives {{a.value}} and {{b.doc}} {{b.value}}: the same moment if the local time is {{offset}} from the named zone, which the text does not say.",
      zoneConflict: "{{a.doc}} gives {{a.value}} but {{b.doc}} {{b.value}}; no whole-hour time-zone difference reconciles them, though the local zone is not stated.",
    },
  },
  compare(a: Claim, b: Claim): CompareResult | undefined {
    const ca = a.clock;
    const cb = b.clock;
    if (!ca || !cb) return undefined;
    // Only the same moment: start with start, end with end; a moment of the event only agrees.
    const samePoint = ca.point === cb.point || (ca.point !== "end" && cb.point !== "end");
    if (!samePoint) return undefined;
    const narrative = ca.point === "event" || cb.point === "event";
    const qualifiers: string[] = [];
    if (a.modality !== b.modality && (a.modality === "planned" || b.modality === "planned")) qualifiers.push("plan-vs-event");
    if (a.attribution && b.attribution && a.attribution !== b.attribution) qualifiers.push("attribution-differs");
    if (ca.hedge || cb.hedge) qualifiers.push("approximate");
    const values: [string, string] = [show(ca), show(cb)];
    const bothKnown = ca.utcOffsetMinutes !== undefined && cb.utcOffsetMinutes !== undefined;
    const oneNamed = named(ca) !== named(cb) || (named(ca) && named(cb) && !bothKnown && ca.zone !== cb.zone);
    if (oneNamed && !bothKnown) {
      // Across an unknown offset, only the same stated moment can be reconciled, never a narrative's.
      if (narrative) return undefined;
      // The other side's offset is unknown (at best inferred from the place): whole or half hours may reconcile them.
      qualifiers.push("inferred-time-zone");
      const ia = interval(ca, false);
      const ib = interval(cb, false);
      for (let half = -24; half <= 28; half++) {
        if (gap(ia, [ib[0] + half * 30, ib[1] + half * 30]) === 0) {
          const h = Math.abs(half) / 2;
          const offset = half === 0 ? "the same" : `${h} hour${h === 1 ? "" : "s"} ${half > 0 ? "behind" : "ahead"}`;
          return { verdict: "agree", messageId: "zoneAgree", qualifiers, values, data: { offset } };
        }
      }
      return { verdict: "conflict", messageId: "zoneConflict", qualifiers, values, severity: "warning" };
    }
    const d = gap(interval(ca, bothKnown), interval(cb, bothKnown));
    if (d === 0) return { verdict: "agree", qualifiers, values, data: { gap: 0 } };
    if (narrative) return undefined;
    return { verdict: "conflict", qualifiers, values, data: { gap: Math.round(d) } };
  },
};

export default rule;

const clock = (start: string, point: ClockValue["point"], extra: Partial<ClockValue> = {}): ClockValue => ({ start, end: extra.end ?? start, text: start.slice(11), point, ...extra });

/** Cases `crosscheck rules test` runs, like the inline tests of JSON rules. */
export const tests: RuleTests = {
  valid: [
    { name: "12:33 and 12:33", expect: "agree", claims: [
      { kind: "incident", eventType: "outage", doc: "a", clock: clock("2025-04-28T12:33", "start") },
      { kind: "incident", eventType: "outage", doc: "b", clock: clock("2025-04-28T12:33", "start") } ] },
    { name: "'ok. 12:30' is compatible with 12:33", expect: "agree", claims: [
      { kind: "incident", eventType: "outage", doc: "a", clock: clock("2025-04-28T12:15", "start", { end: "2025-04-28T12:45", hedge: "around" }) },
      { kind: "incident", eventType: "outage", doc: "b", clock: clock("2025-04-28T12:33", "start") } ] },
    { name: "10:33 GMT against 12:33 with no zone agrees, qualified", expect: "agree", claims: [
      { kind: "incident", eventType: "outage", doc: "a", clock: clock("2025-04-28T10:33", "start", { zone: "GMT", utcOffsetMinutes: 0 }) },
      { kind: "incident", eventType: "outage", doc: "b", clock: clock("2025-04-28T12:33", "start") } ] },
    { name: "both offsets known: 10:33 GMT is 12:33 CEST", expect: "agree", claims: [
      { kind: "incident", eventType: "outage", doc: "a", clock: clock("2025-04-28T10:33", "start", { zone: "GMT", utcOffsetMinutes: 0 }) },
      { kind: "incident", eventType: "outage", doc: "b", clock: clock("2025-04-28T12:33", "start", { zone: "CEST", utcOffsetMinutes: 120 }) } ] },
    { name: "23:50 and 'shortly after midnight' across midnight", expect: "agree", claims: [
      { kind: "incident", eventType: "fire", doc: "a", clock: clock("2026-05-09T23:50", "start", { end: "2026-05-10T00:20", hedge: "shortly after" }) },
      { kind: "incident", eventType: "fire", doc: "b", clock: clock("2026-05-10T00:05", "start") } ] },
    { name: "two moments of a narrative are not compared", expect: "silent", claims: [
      { kind: "incident", eventType: "theft", doc: "a", clock: clock("2025-10-19T09:30", "event") },
      { kind: "incident", eventType: "theft", doc: "b", clock: clock("2025-10-19T09:34", "event") } ] },
    { name: "a start and an end are different moments", expect: "silent", claims: [
      { kind: "incident", eventType: "outage", doc: "a", clock: clock("2025-04-28T12:33", "start") },
      { kind: "incident", eventType: "outage", doc: "b", clock: clock("2025-04-28T20:45", "end") } ] },
  ],
  invalid: [
    { name: "12:33 against 12:22 for the start", claims: [
      { kind: "incident", eventType: "outage", doc: "a", clock: clock("2025-04-28T12:33", "start") },
      { kind: "incident", eventType: "outage", doc: "b", clock: clock("2025-04-28T12:22", "start") } ],
      findings: [{ between: [0, 1] }] },
    { name: "10:33 GMT against 12:22 with no zone: a warning, qualified", claims: [
      { kind: "incident", eventType: "outage", doc: "a", clock: clock("2025-04-28T10:33", "start", { zone: "GMT", utcOffsetMinutes: 0 }) },
      { kind: "incident", eventType: "outage", doc: "b", clock: clock("2025-04-28T12:22", "start") } ],
      findings: [{ between: [0, 1], messageId: "zoneConflict", qualifiers: ["inferred-time-zone"] }] },
    { name: "polls closed at 21:00 against 20:00", claims: [
      { kind: "incident", eventType: "election", doc: "a", clock: clock("2025-06-01T21:00", "end") },
      { kind: "incident", eventType: "election", doc: "b", clock: clock("2025-06-01T20:00", "end") } ],
      findings: [{ between: [0, 1] }] },
  ],
};
