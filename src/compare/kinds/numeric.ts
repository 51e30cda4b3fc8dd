/**
 * numeric: counts and amounts with hedges and as-of times (casualties, votes, money). Overlapping
 * intervals agree. Disjoint figures for the same moment (the same as-of time, or with no as-of
 * time the same publication day or article) conflict. From different moments, a cumulative count
 * (a death toll) that rose is an `update`, reported as a low-severity conflict so a reader sees
 * both, while a later lower toll is a real conflict; for the same moment, a figure that only a
 * bound's far side keeps apart ("at least 12" against 19) agrees; a conflict where a side's place
 * was taken from its article (`inferred-place`) is a warning; a non-cumulative figure (a share, a result)
 * that changed is always an `update`. Parameters: `tolerance` (relative slack, default 0),
 * `cumulative` (default true).
 */
import type { Claim } from "../../types.js";
import type { CompareResult } from "../rule-api.js";
import { modalityQualifiers, showQuantity } from "./shared.js";
import { openSide } from "../../normalize/hedges.js";

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
  const values: [string, string] = [showQuantity(qa), showQuantity(qb)];
  const qualifiers = modalityQualifiers(a, b);
  // A side whose sentence named no place was given its article's main place: counts from two
  // articles may then be of different incidents, so a conflict between them is only a warning.
  // (Within one article both sides share that place, and the inference adds no doubt.)
  const placeInferred = a.doc !== b.doc && Boolean(a.inherited?.includes("location") || b.inherited?.includes("location"));
  if (placeInferred) qualifiers.push("inferred-place");
  const overlap = qa.min <= bmax * (1 + slack) && qb.min <= amax * (1 + slack);
  if (overlap) {
    if (qa.hedge || qb.hedge || qa.max !== qb.max || qa.min !== qb.min) qualifiers.unshift("approximate");
    return { verdict: "agree", qualifiers, values };
  }
  const asOfA = qa.asOf?.start ?? a.published;
  const asOfB = qb.asOf?.start ?? b.published;
  const sameMoment = qa.asOf?.start && qb.asOf?.start ? qa.asOf.start === qb.asOf.start : !asOfA || !asOfB || asOfA === asOfB || a.doc === b.doc;
  const soft = placeInferred ? { severity: "warning" as const } : {};
  if (sameMoment) {
    // Apart only because a bound was given a far side ("at least 12" as 12–18 against 19): the
    // figures do not contradict each other, they differ in how much they say.
    const lo = (q: typeof qa) => (openSide(q.hedge) === "min" ? 0 : q.min);
    const hi = (q: typeof qa) => (openSide(q.hedge) === "max" ? Infinity : q.max ?? Infinity);
    if (lo(qa) <= hi(qb) * (1 + slack) && lo(qb) <= hi(qa) * (1 + slack)) return { verdict: "agree", qualifiers: ["approximate", ...qualifiers], values };
    return { verdict: "conflict", qualifiers, values, ...soft };
  }
  const [earlier, later] = asOfA! < asOfB! ? [qa, qb] : [qb, qa];
  // A count that only grows (a death toll) may rise between reports; a share or result may be revised either way.
  if ((o.cumulative ?? true) === false || later.min > (earlier.max ?? Infinity)) {
    return { verdict: "conflict", qualifiers: ["update", ...qualifiers], values, severity: "info", messageId: "update" };
  }
  return { verdict: "conflict", qualifiers, values, messageId: "decrease", ...soft };
}
