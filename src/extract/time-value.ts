/** Converts time expressions to the claim's time value, and infers windows for undated events. */
import type { TimeExpression } from "../normalize/time/types.js";
import type { Modality, TimeValue } from "../types.js";
import { addDays } from "../util/dates.js";

/** The claim's view of a time expression. */
export function timeValue(t: TimeExpression): TimeValue {
  const v: TimeValue = { anchored: t.anchored, text: t.text, value: t.value };
  if (t.start) v.start = t.start;
  if (t.end) v.end = t.end;
  if (t.granularity) v.granularity = t.granularity;
  if (t.earliest) v.earliest = t.earliest;
  if (t.latest) v.latest = t.latest;
  if (t.zone) v.zone = t.zone;
  if (t.utcOffsetMinutes !== undefined) v.utcOffsetMinutes = t.utcOffsetMinutes;
  if (t.weekday) v.weekday = t.weekday;
  if (t.weekdayMismatch !== undefined) v.weekdayMismatch = t.weekdayMismatch;
  return v;
}

/**
 * The window of a clock time in UTC ("2025-04-28T10:28Z".."2025-04-28T10:38Z" for "around 1033 GMT";
 * 12:33 CEST is 10:33Z), or undefined when its zone fixes no offset ("local", none written): two
 * times in different zones are compared on this, never on their local values.
 */
export function utcWindow(v: Pick<TimeValue, "earliest" | "latest" | "utcOffsetMinutes">): [string, string] | undefined {
  if (v.utcOffsetMinutes === undefined || !v.earliest || !v.latest) return undefined;
  const shift = (local: string): string | undefined => {
    const ms = Date.parse(`${local.slice(0, 16)}:00Z`);
    return Number.isNaN(ms) ? undefined : `${new Date(ms - (v.utcOffsetMinutes as number) * 60000).toISOString().slice(0, 16)}Z`;
  };
  const a = shift(v.earliest);
  const b = shift(v.latest);
  return a && b ? [a, b] : undefined;
}

/** Days before publication that an undated reported event is assumed to lie in: news reports recent events. */
export const REPORTED_WINDOW_DAYS = 3;
/** Days after publication that an undated plan is assumed to concern. */
export const PLANNED_WINDOW_DAYS = 7;

/**
 * The window an undated claim is taken to lie in: the few days before publication for a
 * reported event, the week after it for a plan. Marked `inferred`, so rules can say so.
 */
export function inferredWindow(published: string | undefined, modality: Modality, reference?: string): TimeValue | undefined {
  const anchor = (reference ?? published)?.slice(0, 10);
  if (!anchor) return undefined;
  if (modality === "reported") return { start: addDays(anchor, -REPORTED_WINDOW_DAYS), end: anchor, anchored: true, inferred: true };
  return { start: anchor, end: addDays(anchor, PLANNED_WINDOW_DAYS), anchored: true, inferred: true };
}
