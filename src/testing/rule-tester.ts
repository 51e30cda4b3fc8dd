/**
 * Runs a rule's own test cases (ESLint's RuleTester, adapted to pairs). Checks, besides the
 * expected verdicts: the rule has at least one case where it fires, every messageId exists and
 * no placeholder is left unfilled, no case is duplicated, rules do not mutate claims (they are
 * deep-frozen), and each pair gives the same verdict in both orders.
 */
import type { Claim } from "../types.js";
import type { Rule, RuleTestCase } from "../compare/rule-api.js";
import { applies, fill, ruleContext, unfilled } from "../compare/engine.js";
import type { EntityRegistry } from "../normalize/entities.js";

export interface CaseResult {
  rule: string;
  name: string;
  ok: boolean;
  message?: string;
}

/** Fills the fields a test case leaves out, so cases can stay short. */
export function testClaim(partial: Partial<Claim> & Record<string, unknown>, index: number): Claim {
  const doc = typeof partial.doc === "string" ? partial.doc : `doc${index}`;
  const quote = typeof partial.evidence === "object" ? undefined : `claim ${index}`;
  return {
    modality: "reported",
    ...partial,
    id: typeof partial.id === "string" ? partial.id : `${doc}#${index + 1}`,
    doc,
    kind: partial.kind ?? "meeting",
    evidence: partial.evidence ?? { quote: quote!, span: [0, quote!.length] },
  } as Claim;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** Runs all cases of one rule; never throws for a failing case. */
export function runRuleTests(rule: Rule, registry: EntityRegistry): CaseResult[] {
  const results: CaseResult[] = [];
  const fail = (name: string, message: string) => results.push({ rule: rule.id, name, ok: false, message });
  const tests = rule.tests;
  if (!tests) return [{ rule: rule.id, name: "(rule)", ok: false, message: "has no test cases" }];
  if (!tests.invalid.length) fail("(rule)", "needs at least one invalid case where it reports a conflict");
  if (!tests.valid.length) fail("(rule)", "needs at least one valid case where it agrees or stays silent");
  const seen = new Set<string>();
  for (const [group, cases] of [["valid", tests.valid], ["invalid", tests.invalid]] as const) {
    for (const testCase of cases) {
      const key = JSON.stringify([testCase.claims, testCase.options ?? null]);
      if (seen.has(key)) {
        fail(testCase.name, "duplicates another test case");
        continue;
      }
      seen.add(key);
      const problem = runCase(rule, registry, testCase, group);
      results.push(problem ? { rule: rule.id, name: testCase.name, ok: false, message: problem } : { rule: rule.id, name: testCase.name, ok: true });
    }
  }
  return results;
}

function runCase(rule: Rule, registry: EntityRegistry, testCase: RuleTestCase, group: "valid" | "invalid"): string | undefined {
  const claims = testCase.claims.map((c, i) => deepFreeze(testClaim(c, i)));
  const ctx = ruleContext(registry, { ...rule.options, ...(testCase.options ?? {}) });
  const found: Array<{ between: [number, number]; verdict: string; messageId: string; qualifiers: string[]; text: string }> = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i]!;
      const b = claims[j]!;
      if (!applies(rule, a, b, rule.meta.link)) continue;
      let forward;
      let backward;
      try {
        forward = rule.compare(a, b, ctx);
        backward = rule.compare(b, a, ctx);
      } catch (error) {
        return `threw: ${error instanceof Error ? error.message : String(error)}`;
      }
      if ((forward?.verdict ?? "silent") !== (backward?.verdict ?? "silent")) {
        return `gives ${forward?.verdict ?? "nothing"} for (${i}, ${j}) but ${backward?.verdict ?? "nothing"} for (${j}, ${i})`;
      }
      if (!forward) continue;
      const messageId = forward.messageId ?? forward.verdict;
      const template = rule.meta.messages[messageId];
      if (!template) return `returned messageId "${messageId}", which meta.messages does not define`;
      const refs = [a, b].map((c, k) => ({
        claim: c.id, doc: c.doc, quote: c.evidence.quote, span: c.evidence.span, value: forward!.values?.[k] ?? "", modality: c.modality,
      })) as Parameters<typeof fill>[1];
      const text = fill(template, refs, forward.data ?? {});
      const left = unfilled(text);
      if (left.length) return `message "${messageId}" leaves placeholders unfilled: ${left.join(", ")}`;
      found.push({ between: [i, j], verdict: forward.verdict, messageId, qualifiers: forward.qualifiers ?? [], text });
    }
  }
  const conflicts = found.filter((f) => f.verdict === "conflict");
  if (group === "valid") {
    if (conflicts.length) return `expected no conflict, got: ${conflicts.map((f) => f.text).join(" | ")}`;
    if (testCase.expect === "agree" && !found.some((f) => f.verdict === "agree")) return "expected an agreement, got nothing";
    if (testCase.expect === "silent" && found.length) return `expected silence, got: ${found.map((f) => `${f.verdict}: ${f.text}`).join(" | ")}`;
    return undefined;
  }
  const expected = testCase.findings ?? [];
  if (conflicts.length !== expected.length) return `expected ${expected.length} conflict(s), got ${conflicts.length}`;
  for (let k = 0; k < expected.length; k++) {
    const want = expected[k]!;
    const got = conflicts[k]!;
    if (want.between && (want.between[0] !== got.between[0] || want.between[1] !== got.between[1])) return `conflict ${k} is between ${got.between} not ${want.between}`;
    if (want.messageId && want.messageId !== got.messageId) return `conflict ${k} has messageId ${got.messageId}, expected ${want.messageId}`;
    for (const q of want.qualifiers ?? []) if (!got.qualifiers.includes(q)) return `conflict ${k} lacks qualifier "${q}" (has ${got.qualifiers.join(", ") || "none"})`;
  }
  return undefined;
}
