/** The rule tester catches broken rules: asymmetric verdicts, unknown messageIds, missing invalid cases, mutation. */
import { describe, it, expect } from "@jest/globals";
import type { Rule } from "../../src/compare/rule-api.js";
import { runRuleTests } from "../../src/testing/rule-tester.js";
import { buildRegistry } from "../../src/pipeline.js";

const registry = buildRegistry([]);
const base = (overrides: Partial<Rule>): Rule => ({
  id: "t",
  file: "t.json",
  origin: "code",
  builtIn: false,
  meta: { description: "d", severity: "error", aspect: "x", link: "event", appliesTo: ["meeting"], messages: { conflict: "{{a.doc}} vs {{b.doc}}", agree: "ok" } },
  options: {},
  compare: () => ({ verdict: "conflict" }),
  tests: {
    valid: [{ name: "v", claims: [{ kind: "meeting", doc: "a" }, { kind: "meeting", doc: "c" }], expect: "silent" }],
    invalid: [{ name: "i", claims: [{ kind: "meeting", doc: "a" }, { kind: "meeting", doc: "b" }], findings: [{ between: [0, 1] }] }],
  },
  ...overrides,
});

describe("RuleTester", () => {
  it("passes a rule whose cases hold", () => {
    const rule = base({ compare: (a, b) => (a.doc === "c" || b.doc === "c" ? undefined : { verdict: "conflict" }) });
    expect(runRuleTests(rule, registry).every((r) => r.ok)).toBe(true);
  });

  it.each([
    ["a verdict that depends on argument order", base({ compare: (a) => (a.doc === "a" ? { verdict: "conflict" } : undefined) }), /for \(1, 0\)|but nothing/],
    ["an unknown messageId", base({ compare: (a, b) => (a.doc === "c" || b.doc === "c" ? undefined : { verdict: "conflict", messageId: "nope" }) }), /does not define/],
    ["an unfilled placeholder", base({ meta: { description: "d", severity: "error", aspect: "x", link: "event", appliesTo: ["meeting"], messages: { conflict: "{{missing}}" } }, compare: (a, b) => (a.doc === "c" || b.doc === "c" ? undefined : { verdict: "conflict" }) }), /unfilled/],
    ["no invalid case", base({ tests: { valid: [{ name: "v", claims: [{ kind: "meeting" }, { kind: "meeting" }] }], invalid: [] } }), /at least one invalid case/],
    ["a rule that mutates a claim", base({ compare: (a) => { (a as { doc: string }).doc = "z"; return undefined; } }), /threw/],
  ])("fails %s", (_name, rule, message) => {
    const failures = runRuleTests(rule, registry).filter((r) => !r.ok);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.map((f) => f.message).join(" ")).toMatch(message);
  });
});
