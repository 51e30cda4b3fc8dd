/**
 * The built-in comparison kinds that JSON rules pick with `compare.kind`. Each kind's options
 * are validated by schemas/kinds/<kind>.json before the rule is run.
 */
import type { Claim } from "../../types.js";
import type { CompareResult, RuleContext } from "../rule-api.js";
import { intervalOverlap, type IntervalOverlapOptions } from "./interval-overlap.js";
import { exclusiveValue, type ExclusiveValueOptions } from "./exclusive-value.js";
import { setComparison, type SetComparisonOptions } from "./set-comparison.js";
import { numeric, type NumericOptions } from "./numeric.js";
import { status } from "./status.js";
import { nameVariant, type NameVariantOptions } from "./name-variant.js";
import { categorical, type CategoricalOptions } from "./categorical.js";

/** Context a kind needs beyond the rule context. */
export interface KindContext extends RuleContext {
  knownGiven(entity: string, key: string): boolean;
}

type KindFn = (a: Claim, b: Claim, options: Record<string, unknown>, ctx: KindContext) => CompareResult | undefined;

export const KINDS: Record<string, KindFn> = {
  "interval-overlap": (a, b, o) => intervalOverlap(a, b, o as unknown as IntervalOverlapOptions),
  "exclusive-value": (a, b, o, ctx) => exclusiveValue(a, b, o as ExclusiveValueOptions, ctx),
  "set-comparison": (a, b, o, ctx) => setComparison(a, b, o as SetComparisonOptions, ctx),
  numeric: (a, b, o) => numeric(a, b, o as NumericOptions),
  status: (a, b) => status(a, b),
  "name-variant": (a, b, o, ctx) => nameVariant(a, b, o as NameVariantOptions, ctx.knownGiven),
  categorical: (a, b, o) => categorical(a, b, o as unknown as CategoricalOptions),
};

export const KIND_NAMES = Object.keys(KINDS);
