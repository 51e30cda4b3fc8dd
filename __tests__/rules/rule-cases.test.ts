/** Runs every built-in rule's own cases (inline for JSON rules, `tests` export for code rules). */
import { describe, it, expect } from "@jest/globals";
import { loadRuleSet } from "../../src/load/rules.js";
import { buildRegistry } from "../../src/pipeline.js";
import { runRuleTests } from "../../src/testing/rule-tester.js";

const ruleSet = await loadRuleSet();
const registry = buildRegistry(ruleSet.entities);

describe("built-in rules", () => {
  it("load without configuration errors", () => {
    expect(ruleSet.errors.map(String)).toEqual([]);
    expect(ruleSet.rules.length).toBeGreaterThanOrEqual(8);
  });

  it("every rule has at least one case where it fires (invalid) and one where it does not", () => {
    for (const rule of ruleSet.rules) {
      expect({ rule: rule.id, invalid: (rule.tests?.invalid.length ?? 0) > 0 }).toEqual({ rule: rule.id, invalid: true });
      expect({ rule: rule.id, valid: (rule.tests?.valid.length ?? 0) > 0 }).toEqual({ rule: rule.id, valid: true });
    }
  });

  for (const rule of ruleSet.rules) {
    describe(rule.id, () => {
      const results = runRuleTests(rule, registry);
      it.each(results.map((r) => [r.name, r] as const))("%s", (_name, result) => {
        expect(result.message ?? "").toBe("");
        expect(result.ok).toBe(true);
      });
    });
  }
});
