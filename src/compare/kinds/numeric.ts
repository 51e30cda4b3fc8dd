/**
 * numeric: counts and amounts with hedges and as-of times (casualties, votes, money). Overlapping
 * intervals agree. Disjoint figures for the same as-of time (or with no as-of time, published the
 * same day) conflict. When the later report gives a higher figure it is an `update` (a toll that
 * rose), reported as a low-severity conflict so a reader sees both; a later lower figure is a
 * real conflict. Parameters: `tolerance` (relative slack, default 0), `cumulative` (counts that
 * only grow, default true).
 */
import type { Claim } from "../../types.js";
import type { CompareResult } from "../rule-api.js";
import { modalityQualifiers, showNumber } from "./shared.js";

export interface NumericOptions {
  tolerance?: number;
  cumulative?: boolean;
}

export function numeric(a: Claim, b: Claim, o: NumericOptions): CompareResult | undefined {
  const qa = a.quantity;
  const qb = b.quantity;
  if (!qa || !qb || qa.counted !== qb.counted) return undefined;
  if ((qa.unit ?? "") !== (qb.unit ?? "")) return undefined;
  const slack = o.tolerance ?? 0;
  const amax = qa.max ?? Infinity;
  const bmax = qb.max ?? Infinity;
  const values: [string, string] = [showNumber(qa.min, qa.max), showNumber(qb.min, qb.max)];
  const qualifiers = modalityQualifiers(a, b);
  const overlap = qa.min <= bmax * (1 + slack) && qb.min <= amax * (1 + slack);
  if (overlap) {
    if (qa.hedge || qb.hedge || qa.max !== qb.max || qa.min !== qb.min) qualifiers.unshift("approximate");
    return { verdict: "agree", qualifiers, values };
  }
  const asOfA = qa.asOf?.start ?? a.published;
  const asOfB = qb.asOf?.start ?? b.published;
  const sameTime = qa.asOf?.start && qb.asOf?.start ? qa.asOf.start === qb.asOf.start : false;
  if (sameTime || !asOfA || !asOfB || asOfA === asOfB || (o.cumulative ?? true) === false) {
    return { verdict: "conflict", qualifiers, values };
  }
  const [earlier, later] = asOfA < asOfB ? [qa, qb] : [qb, qa];
  if (later.min > (earlier.max ?? Infinity)) {
    return { verdict: "conflict", qualifiers: ["update", ...qualifiers], values, severity: "info", messageId: "update" };
  }
  return { verdict: "conflict", qualifiers, values, messageId: "decrease" };
}
