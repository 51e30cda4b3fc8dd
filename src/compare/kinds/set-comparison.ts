/**
 * set-comparison: two lists of entities (meeting participants). Sharing members agrees, and an
 * omission is not a conflict (one report names fewer people); a member that one side lists and
 * the other says was absent is a conflict. Parameters: `field` (default "participants"),
 * `absentField` (default "absent"), `minShared` (members both must name to agree; default 2).
 */
import type { Claim } from "../../types.js";
import type { CompareResult, RuleContext } from "../rule-api.js";
import { getPath } from "../paths.js";
import { modalityQualifiers } from "./shared.js";

export interface SetComparisonOptions {
  field?: string;
  absentField?: string;
  minShared?: number;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

export function setComparison(a: Claim, b: Claim, o: SetComparisonOptions, ctx: RuleContext): CompareResult | undefined {
  const field = o.field ?? "participants";
  const absentField = o.absentField ?? "absent";
  const sa = list(getPath(a, field));
  const sb = list(getPath(b, field));
  if (!sa.length || !sb.length) return undefined;
  const names = (ids: string[]) => ids.map((id) => ctx.nameOf(id)).join(", ");
  const values: [string, string] = [names(sa), names(sb)];
  const qualifiers = modalityQualifiers(a, b);
  const contradicted = [
    ...sa.filter((p) => list(getPath(b, absentField)).includes(p)),
    ...sb.filter((p) => list(getPath(a, absentField)).includes(p)),
  ];
  if (contradicted.length) return { verdict: "conflict", qualifiers, values, data: { contradicted: names(contradicted) } };
  const shared = sa.filter((p) => sb.includes(p));
  const identical = shared.length === sa.length && shared.length === sb.length;
  if (!identical && shared.length < (o.minShared ?? 2)) return undefined;
  if (shared.length !== sa.length || shared.length !== sb.length) qualifiers.push("partial");
  return { verdict: "agree", qualifiers, values, data: { shared: names(shared) } };
}
