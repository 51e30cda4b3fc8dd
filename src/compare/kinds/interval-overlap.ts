/**
 * interval-overlap: two values that are intervals (a duration in minutes, a date range) agree when
 * they overlap and conflict when they are disjoint.
 * Parameters: `field` ("duration" | "time"), `tolerance` (minutes or days of slack, default 0),
 * `maxGapDays` (time only: a larger gap means two different events, so say nothing; default 3).
 * Qualifiers: `approximate` when a hedge or a wider granularity was needed to overlap;
 * `date-of-departure` when a side's date is its flight's departure day (a crash dated by the
 * take-off), which makes a conflict a warning at most.
 */
import type { Claim } from "../../types.js";
import type { CompareResult } from "../rule-api.js";
import { days } from "../../util/dates.js";
import { modalityQualifiers, showMinutes, showTime } from "./shared.js";

export interface IntervalOverlapOptions {
  field: "duration" | "time";
  tolerance?: number;
  maxGapDays?: number;
}

export function intervalOverlap(a: Claim, b: Claim, o: IntervalOverlapOptions): CompareResult | undefined {
  // The tolerance absorbs the rounding of a plain figure ("a three-hour meeting"); hedged figures carry their own width.
  const bothHedged = o.field === "duration" && Boolean(a.duration?.hedge) && Boolean(b.duration?.hedge);
  const tolerance = bothHedged ? 0 : o.tolerance ?? 0;
  let ia: [number, number];
  let ib: [number, number];
  let values: [string, string];
  let hedged = false;
  if (o.field === "duration") {
    if (!a.duration || !b.duration) return undefined;
    ia = [a.duration.minMinutes, a.duration.maxMinutes];
    ib = [b.duration.minMinutes, b.duration.maxMinutes];
    values = [showMinutes(...ia), showMinutes(...ib)];
    hedged = Boolean(a.duration.hedge || b.duration.hedge);
  } else {
    const ta = a.time;
    const tb = b.time;
    if (!ta?.start || !ta.end || !tb?.start || !tb.end || ta.inferred || tb.inferred) return undefined;
    ia = [days.number(ta.start), days.number(ta.end)];
    ib = [days.number(tb.start), days.number(tb.end)];
    values = [showTime(ta), showTime(tb)];
    hedged = ta.start !== tb.start || ta.end !== tb.end;
  }
  const gap = Math.max(ia[0], ib[0]) - Math.min(ia[1], ib[1]);
  const qualifiers = modalityQualifiers(a, b);
  const departure = o.field === "time" && Boolean(a.time?.borrowedFrom === "departure" || b.time?.borrowedFrom === "departure");
  if (departure) qualifiers.push("date-of-departure");
  if (gap <= tolerance) {
    const identical = ia[0] === ib[0] && ia[1] === ib[1];
    if (hedged && !identical) qualifiers.unshift("approximate");
    const lo = Math.max(ia[0], ib[0]);
    const hi = Math.min(ia[1], ib[1]);
    return { verdict: "agree", qualifiers, values, data: { overlap: o.field === "duration" ? showMinutes(lo, hi) : "the same days" } };
  }
  if (o.field === "time" && gap > (o.maxGapDays ?? 3)) return undefined;
  const data = { gap: o.field === "duration" ? `${Math.round(gap)} min` : `${gap} days` };
  // Hedged figures that miss each other narrowly ("nearly four hours", "about three hours") may both be fair roundings: say so, softly.
  if (o.field === "duration" && hedged && gap <= 0.1 * Math.min(ia[1], ib[1])) {
    return { verdict: "conflict", qualifiers: ["close", ...qualifiers], values, data, severity: "warning" };
  }
  // A date borrowed from the departure is a guess about the crash's day: never more than a warning.
  return departure ? { verdict: "conflict", qualifiers, values, data, severity: "warning" } : { verdict: "conflict", qualifiers, values, data };
}
