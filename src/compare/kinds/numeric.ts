/**
 * numeric: counts and amounts with hedges and as-of times (casualties, votes, money). Overlapping
 * intervals agree; so do figures that only their rounding keeps apart ("71.6%" is 71.55–71.65,
 * and holds 71.63). Disjoint figures for the same moment (the same as-of time, or with no as-of
 * time the same publication day or article) conflict. From different moments, a cumulative count
 * (a death toll) that rose is an `update`, reported as a low-severity conflict so a reader sees
 * both, while a later lower toll is a real conflict unless the reports lie `revisionDays` or more
 * apart (a toll revised after identification); for the same moment, a figure that only a bound's
 * far side keeps apart ("at least 12" against 19) agrees; a non-cumulative figure (a share, a
 * result) that changed is always an `update`; a `fixed` figure (the people on board, the items
 * stolen, an age) describes something that cannot change, so different figures conflict at any
 * time. Subgroups ("passengers" of those on board, nationals among the injured) are compared only
 * with the same subgroup, estimates only with the same poll when both name theirs, and results of
 * two different rounds of an election not at all.
 * A conflict is a warning when a side's place was taken from its article (`inferred-place`) or
 * when nothing but the counted thing and the time window links the two (`inferred-event`: no
 * shared subject, no place stated on both sides). Parameters: `tolerance` (relative slack,
 * default 0), `cumulative` (default true), `fixed` (default false), `revisionDays` (default 7).
 */
import type { Claim, QuantityValue } from "../../types.js";
import type { CompareResult } from "../rule-api.js";
import { modalityQualifiers, showQuantity } from "./shared.js";
import { openSide } from "../../normalize/hedges.js";

export interface NumericOptions {
  tolerance?: number;
  cumulative?: boolean;
  fixed?: boolean;
  revisionDays?: number;
}

const DAY_MS = 86_400_000;

/**
 * Whether the two claims are tied by more than their counted thing and time: a shared subject, or
 * the same place below country level, stated by each (a country is too large to tell two incidents apart).
 */
function anchored(a: Claim, b: Claim): boolean {
  // "turnout" names what is counted, not whose it is: two turnouts share it whatever the election.
  if (a.subject !== undefined && a.subject === b.subject && a.subject !== a.quantity?.counted) return true;
  const stated = (c: Claim) => c.location !== undefined && !c.inherited?.includes("location") && c.quantity?.local === true;
  return stated(a) && stated(b) && a.location === b.location;
}

/** The interval a figure stands for once its rounding is allowed for (only exact, unhedged figures are rounded). */
function rounded(q: QuantityValue): [number, number] {
  const max = q.max ?? Infinity;
  if (!q.step || q.hedge || q.min !== max) return [q.min, max];
  return [q.min - q.step / 2, max + q.step / 2];
}

export function numeric(a: Claim, b: Claim, o: NumericOptions): CompareResult | undefined {
  const qa = a.quantity;
  const qb = b.quantity;
  if (!qa || !qb || qa.counted !== qb.counted) return undefined;
  if ((qa.unit ?? "") !== (qb.unit ?? "")) return undefined;
  // A subgroup is never compared as the whole ("two Italians among the injured" against 80 injured).
  if ((qa.group ?? "") !== (qb.group ?? "")) return undefined;
  // Two different polls (the exit poll at nine, the late poll at eleven) measure different things.
  if (qa.poll && qb.poll && qa.poll !== qb.poll) return undefined;
  // Nor are two rounds of an election (turnout in the first round against the runoff's).
  if (qa.round !== undefined && qb.round !== undefined && qa.round !== qb.round) return undefined;
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
  // Said once: a side placed by its article is already why the link may be wrong.
  const eventInferred = a.doc !== b.doc && !placeInferred && !anchored(a, b);
  if (eventInferred) qualifiers.push("inferred-event");
  // An estimate whose poll one side does not name may be another poll's figure.
  const pollUnknown = qa.basis === "estimate" && Boolean(qa.poll) !== Boolean(qb.poll);
  const overlap = qa.min <= bmax * (1 + slack) && qb.min <= amax * (1 + slack);
  if (overlap) {
    if (qa.hedge || qb.hedge || qa.max !== qb.max || qa.min !== qb.min) qualifiers.unshift("approximate");
    return { verdict: "agree", qualifiers, values };
  }
  const [alo, ahi] = rounded(qa);
  const [blo, bhi] = rounded(qb);
  if (alo <= bhi * (1 + slack) && blo <= ahi * (1 + slack)) return { verdict: "agree", qualifiers: ["approximate", ...qualifiers], values };
  const soft = placeInferred || eventInferred || pollUnknown ? { severity: "warning" as const } : {};
  const asOfA = qa.asOf?.start ?? a.published;
  const asOfB = qb.asOf?.start ?? b.published;
  // Two stated as-of times decide; one stated as-of time is set against the other side's date; with none, the same article or day is the same moment.
  const sameMoment =
    o.fixed ||
    (qa.asOf?.start && qb.asOf?.start
      ? qa.asOf.start === qb.asOf.start
      : qa.asOf?.start || qb.asOf?.start
        ? !asOfA || !asOfB || asOfA.slice(0, 10) === asOfB.slice(0, 10)
        : !asOfA || !asOfB || asOfA === asOfB || a.doc === b.doc);
  if (sameMoment) {
    // Apart only because a bound was given a far side ("at least 12" as 12–18 against 19): the
    // figures do not contradict each other, they differ in how much they say.
    const lo = (q: typeof qa) => (openSide(q.hedge) === "min" ? 0 : q.min);
    const hi = (q: typeof qa) => (openSide(q.hedge) === "max" ? Infinity : q.max ?? Infinity);
    if (lo(qa) <= hi(qb) * (1 + slack) && lo(qb) <= hi(qa) * (1 + slack)) return { verdict: "agree", qualifiers: ["approximate", ...qualifiers], values };
    return { verdict: "conflict", qualifiers, values, ...soft };
  }
  const [earlier, later] = asOfA! < asOfB! ? [qa, qb] : [qb, qa];
  const apart = Math.abs(Date.parse(asOfA!.slice(0, 10)) - Date.parse(asOfB!.slice(0, 10))) / DAY_MS;
  // A count that only grows (a death toll) may rise between reports; a share or result may be
  // revised either way, and so may a toll weeks later, once the dead are identified.
  const rose = later.min > (earlier.max ?? Infinity);
  if ((o.cumulative ?? true) === false || rose || apart >= (o.revisionDays ?? 7)) {
    const update = (o.cumulative ?? true) && !rose ? ["update", "revised"] : ["update"];
    return { verdict: "conflict", qualifiers: [...update, ...qualifiers], values, severity: "info", messageId: "update" };
  }
  return { verdict: "conflict", qualifiers, values, messageId: "decrease", ...soft };
}
