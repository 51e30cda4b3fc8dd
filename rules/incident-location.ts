/**
 * Two reports of the same incident name where it happened, each in the incident's own sentence.
 *   a: "A fire broke out at a warehouse in Lyon on Sunday."
 *   b: "A fire broke out at a warehouse in Marseille on Sunday."
 *      → conflict (a warning: places below a city are often guessed).
 * The same place, or one inside the other, agrees. A place the registry does not know (a town
 * the gazetteer named, `place-…`) is never set against another place: where it lies is unknown,
 * so "Madrid" read as an unknown town and "Europe" may well be one place. A code rule around the
 * exclusive-value kind, for that one exception.
 */
import type { CodeRule, CompareResult, RuleTests } from "../src/compare/rule-api.js";
import type { Claim } from "../src/types.js";
import { exclusiveValue } from "../src/compare/kinds/exclusive-value.js";

const rule: CodeRule = {
  meta: {
    description: "Two reports of the same incident name where it happened, each in the incident's own sentence: the same place or one inside the other agrees; two different places conflict. A warning, and silent when one place is not in the registry.",
    severity: "warning",
    aspect: "location",
    link: "event",
    appliesTo: ["incident"],
    own: ["location"],
    same: ["eventType"],
    messages: {
      agree: "{{a.doc}} and {{b.doc}} place it in the same place: {{a.value}}; {{b.value}}.",
      conflict: "{{a.doc}} places it in {{a.value}} but {{b.doc}} in {{b.value}}.",
    },
  },
  compare(a: Claim, b: Claim, ctx): CompareResult | undefined {
    const result = exclusiveValue(a, b, { field: "location", maxWindowDays: 7 }, ctx);
    if (result?.verdict === "conflict" && (a.location!.startsWith("place-") || b.location!.startsWith("place-"))) return undefined;
    return result;
  },
};

export default rule;

const day = (d: string) => ({ start: d, end: d, anchored: true });

/** Cases `crosscheck rules test` runs, like the inline tests of JSON rules. */
export const tests: RuleTests = {
  valid: [
    { name: "Lyon twice", expect: "agree", claims: [
      { kind: "incident", eventType: "fire", doc: "a", location: "lyon", time: day("2026-05-10") },
      { kind: "incident", eventType: "fire", doc: "b", location: "lyon", time: day("2026-05-10") } ] },
    { name: "a place inherited from the article is not compared", expect: "silent", claims: [
      { kind: "incident", eventType: "fire", doc: "a", location: "lyon", inherited: ["location"], time: day("2026-05-10") },
      { kind: "incident", eventType: "fire", doc: "b", location: "marseille", time: day("2026-05-10") } ] },
    { name: "an unregistered town against a continent says nothing", expect: "silent", claims: [
      { kind: "incident", eventType: "outage", doc: "a", location: "place-madric", time: day("2025-04-28") },
      { kind: "incident", eventType: "outage", doc: "b", location: "europe", time: day("2025-04-28") } ] },
  ],
  invalid: [
    { name: "two different places for one fire", claims: [
      { kind: "incident", eventType: "fire", doc: "a", location: "lyon", time: day("2026-05-10") },
      { kind: "incident", eventType: "fire", doc: "b", location: "marseille", time: day("2026-05-10") } ],
      findings: [{ between: [0, 1] }] },
  ],
};
