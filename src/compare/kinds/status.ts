/**
 * status: what one report says happened to an event against another: confirmed or reported
 * against denied, happened against cancelled or postponed. Both denying, or both confirming,
 * agree. An event that happened can also be said to have been cut short or to have continued (behind
 * closed doors): those two conflict with each other and count as "happened" against the rest.
 * The strength of a finding is how many sides state a status outright. Parameters: none.
 */
import type { Claim } from "../../types.js";
import type { CompareResult } from "../rule-api.js";
import { modalityQualifiers } from "./shared.js";

type State = "affirmed" | "denied" | "cancelled" | "postponed" | "cut-short" | "continued";

function state(c: Claim): State | undefined {
  if (c.modality === "denied" || c.status === "denied") return "denied";
  if (c.status === "cancelled") return "cancelled";
  if (c.status === "postponed") return "postponed";
  if (c.status === "confirmed") return "affirmed";
  if (c.status === "cut-short" || c.status === "continued") return c.status;
  return undefined;
}

export function status(a: Claim, b: Claim): CompareResult | undefined {
  const explicitA = state(a);
  const explicitB = state(b);
  if (!explicitA && !explicitB) return undefined;
  // A bare mention counts as affirming the event only against a denial, cancellation or postponement.
  const negative = (x: State | undefined) => x === "denied" || x === "cancelled" || x === "postponed";
  const sa = explicitA ?? (negative(explicitB) ? "affirmed" : undefined);
  const sb = explicitB ?? (negative(explicitA) ? "affirmed" : undefined);
  if (!sa || !sb) return undefined;
  const show = (s: State, c: Claim) => `${s === "affirmed" ? c.status ?? c.modality : s}${c.attribution ? ` (per ${c.attribution})` : ""}`;
  const values: [string, string] = [show(sa, a), show(sb, b)];
  const qualifiers = modalityQualifiers(a, b);
  // "Was to sign" against "was not signed": a plan not carried out, which the plan's side does not deny.
  const plan = (c: Claim) => c.modality === "planned" || c.modality === "conditional";
  if ((plan(a) || plan(b)) && !qualifiers.includes("plan-vs-event")) qualifiers.push("plan-vs-event");
  // A side that states its status outright is stronger evidence than a bare mention.
  const strength = (explicitA ? 1 : 0) + (explicitB ? 1 : 0);
  if (sa === sb) return { verdict: "agree", qualifiers, values, strength };
  // How a meeting ended says it happened: against a confirmation it is no contradiction.
  const ended = (x: State) => x === "cut-short" || x === "continued";
  if ((ended(sa) && sb === "affirmed") || (ended(sb) && sa === "affirmed")) return undefined;
  if ((sa === "postponed" && sb === "cancelled") || (sa === "cancelled" && sb === "postponed")) return undefined;
  return { verdict: "conflict", qualifiers, values, strength };
}
