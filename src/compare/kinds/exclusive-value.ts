/**
 * exclusive-value: one subject cannot have two values at once (a person in two places on the same
 * days). Same value (or one inside the other, Kraków in Ukraine) agrees; different values conflict.
 * Parameters: `field` (a place field, default "location"), `maxWindowDays` (both claims' time
 * windows must be at most this long, so "in 2025" never clashes with "on Tuesday"; default 7).
 * Qualifiers: `plan-vs-event` (its conflicts are warnings at most), `inferred-time` when a window was derived from a
 * publication date.
 */
import type { Claim } from "../../types.js";
import type { CompareResult, RuleContext } from "../rule-api.js";
import { days, overlaps } from "../../util/dates.js";
import { getPath } from "../paths.js";
import { modalityQualifiers, showTime } from "./shared.js";

export interface ExclusiveValueOptions {
  field?: string;
  maxWindowDays?: number;
}

export function exclusiveValue(a: Claim, b: Claim, o: ExclusiveValueOptions, ctx: RuleContext): CompareResult | undefined {
  const field = o.field ?? "location";
  const va = getPath(a, field);
  const vb = getPath(b, field);
  if (typeof va !== "string" || typeof vb !== "string") return undefined;
  const max = o.maxWindowDays ?? 7;
  if (!a.time || !b.time || days.span(a.time) > max || days.span(b.time) > max || !overlaps(a.time, b.time)) return undefined;
  const qualifiers = modalityQualifiers(a, b);
  if (a.time.inferred || b.time.inferred) qualifiers.push("inferred-time");
  const values: [string, string] = [`${ctx.nameOf(va)} (${showTime(a.time)})`, `${ctx.nameOf(vb)} (${showTime(b.time)})`];
  if (va === vb || ctx.within(va, vb) || ctx.within(vb, va)) return { verdict: "agree", qualifiers, values };
  // A stated plan against what happened elsewhere is a changed plan as often as a wrong report: a warning at most.
  if (qualifiers.includes("plan-vs-event")) return { verdict: "conflict", qualifiers, values, severity: "warning" };
  return { verdict: "conflict", qualifiers, values };
}
