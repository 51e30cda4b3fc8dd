/**
 * Whether two reports attach the same condition to a person's planned trip or stay.
 *   a: "he would travel to Davos only if documents on security guarantees were ready to be signed"
 *   b: "weźmie udział w Światowym Forum Ekonomicznym, jeśli gotowe do podpisania będą porozumienia"
 *      → agree: both report the trip as conditional.
 *   c: "he will travel to Davos"   ← reported as a firm plan: the condition was dropped (info).
 * A code rule: it compares modality and the presence of a condition across two claim kinds,
 * which no declarative kind expresses.
 */
import type { CodeRule, RuleTests } from "../src/compare/rule-api.js";
import type { Claim } from "../src/types.js";

type Options = { compareFirmPlans: boolean };

const isPlan = (c: Claim) => c.modality === "planned" || c.modality === "conditional";

const rule: CodeRule<Options> = {
  meta: {
    description: "Reports of one person's planned trip or stay: both conditional agrees; a firm plan against a conditional one is noted.",
    severity: "info",
    aspect: "condition",
    link: "person",
    appliesTo: ["travel", "presence"],
    own: ["location"],
    same: ["location"],
    optionsSchema: {
      type: "object",
      properties: { compareFirmPlans: { type: "boolean" } },
      additionalProperties: false,
    },
    defaultOptions: { compareFirmPlans: true },
    messages: {
      bothConditional: "Both report the plan as conditional: {{a.doc}} “{{conditionA}}”; {{b.doc}} “{{conditionB}}”.",
      conditionDropped: "{{conditional}} reports the plan as conditional (“{{condition}}”), but {{firm}} reports it as a firm plan.",
    },
  },
  compare(a, b, { options }) {
    if (!isPlan(a) || !isPlan(b) || !a.subject || a.subject !== b.subject) return undefined;
    const ca = a.modality === "conditional";
    const cb = b.modality === "conditional";
    if (ca && cb) {
      return {
        verdict: "agree",
        messageId: "bothConditional",
        data: { conditionA: a.condition ?? "", conditionB: b.condition ?? "" } as Record<string, string>,
        values: [`conditional: ${a.condition ?? ""}`, `conditional: ${b.condition ?? ""}`],
      };
    }
    if ((ca || cb) && options.compareFirmPlans) {
      const [conditional, firm] = ca ? [a, b] : [b, a];
      return {
        verdict: "conflict",
        messageId: "conditionDropped",
        data: { conditional: conditional.doc, firm: firm.doc, condition: conditional.condition ?? "" } as Record<string, string>,
        values: [a === conditional ? `conditional: ${a.condition ?? ""}` : "firm plan", b === conditional ? `conditional: ${b.condition ?? ""}` : "firm plan"],
      };
    }
    return undefined;
  },
};

export default rule;

/** Cases `crosscheck rules test` runs, like the inline tests of JSON rules. */
export const tests: RuleTests = {
  valid: [
    {
      name: "both reports make the trip conditional",
      expect: "agree",
      claims: [
        { kind: "travel", doc: "a", modality: "conditional", subject: "p", location: "davos", condition: "documents are ready" },
        { kind: "travel", doc: "b", modality: "conditional", subject: "p", location: "davos", condition: "porozumienia będą gotowe" },
      ],
    },
    {
      name: "a reported trip is not a plan",
      expect: "silent",
      claims: [
        { kind: "travel", doc: "a", modality: "conditional", subject: "p", location: "davos", condition: "documents are ready" },
        { kind: "travel", doc: "b", modality: "reported", subject: "p", location: "davos" },
      ],
    },
  ],
  invalid: [
    {
      name: "one report drops the condition",
      claims: [
        { kind: "travel", doc: "a", modality: "conditional", subject: "p", location: "davos", condition: "documents are ready" },
        { kind: "travel", doc: "b", modality: "planned", subject: "p", location: "davos" },
      ],
      findings: [{ between: [0, 1], messageId: "conditionDropped" }],
    },
  ],
};
