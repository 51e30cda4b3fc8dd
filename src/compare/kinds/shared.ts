/** Helpers the comparison kinds share: modality qualifiers and how values read in a report. */
import type { Claim, TimeValue } from "../../types.js";
import { openSide } from "../../normalize/hedges.js";

/** Qualifiers every kind adds: one side a plan and the other an event, different sources. */
export function modalityQualifiers(a: Claim, b: Claim): string[] {
  const out: string[] = [];
  const plan = (c: Claim) => c.modality === "planned" || c.modality === "conditional";
  // A denial is neither a plan nor an event.
  if (a.modality !== "denied" && b.modality !== "denied" && plan(a) !== plan(b)) out.push("plan-vs-event");
  if (a.doc === b.doc) out.push("intra-document");
  if (a.attribution && b.attribution && a.attribution !== b.attribution) out.push("attribution-differs");
  return out;
}

/** "2026-01-20", "2026-01-01..2026-01-31 (about)". */
export function showTime(t: TimeValue | undefined): string {
  if (!t || !t.start) return t?.value ?? "unknown time";
  const range = t.start === t.end || !t.end ? t.start : `${t.start}..${t.end}`;
  return t.inferred ? `${range} (inferred from publication date)` : range;
}

/** "121–180 min". */
export function showMinutes(min: number, max: number): string {
  const r = (n: number) => String(Math.round(n));
  return min === max ? `${r(min)} min` : `${r(min)}–${r(max)} min`;
}

/** A count as the report shows it: a bound stays a bound ("12 or more" for "at least 12", "up to 20"). */
export function showQuantity(q: { min: number; max?: number; hedge?: string }): string {
  const open = openSide(q.hedge);
  if (open === "max") return `${q.min} or more`;
  if (open === "min" && q.max !== undefined) return `up to ${q.max}`;
  return showNumber(q.min, q.max);
}

export function showNumber(min: number, max: number | undefined): string {
  if (max === undefined) return `${min} or more`;
  return min === max ? String(min) : `${min}–${max}`;
}
