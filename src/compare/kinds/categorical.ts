/**
 * categorical: a value from a small vocabulary (the tone of a characterisation). Equal values
 * agree; values listed as opposites conflict; anything else is silent.
 * Parameters: `field` (dotted path), `opposites` (pairs of values that contradict each other).
 */
import type { Claim } from "../../types.js";
import type { CompareResult } from "../rule-api.js";
import { getPath } from "../paths.js";
import { modalityQualifiers } from "./shared.js";

export interface CategoricalOptions {
  field: string;
  opposites?: Array<[string, string]>;
  /** A path whose text is shown as the value (e.g. the characterisation words). */
  show?: string;
}

export function categorical(a: Claim, b: Claim, o: CategoricalOptions): CompareResult | undefined {
  const va = getPath(a, o.field);
  const vb = getPath(b, o.field);
  if (typeof va !== "string" || typeof vb !== "string") return undefined;
  const label = (c: Claim, v: string) => {
    const shown = o.show ? getPath(c, o.show) : undefined;
    return typeof shown === "string" ? `${v} ("${shown}")` : v;
  };
  const values: [string, string] = [label(a, va), label(b, vb)];
  const qualifiers = modalityQualifiers(a, b);
  if (va === vb) return { verdict: "agree", qualifiers, values };
  const opposite = (o.opposites ?? []).some(([x, y]) => (x === va && y === vb) || (x === vb && y === va));
  return opposite ? { verdict: "conflict", qualifiers, values } : undefined;
}
