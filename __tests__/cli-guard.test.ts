/**
 * The guard on code rules, end to end: a user rule that throws, loops or returns a made-up result
 * is switched off for the run, named in `problems`, and everything else is still reported (exit 3);
 * `rules validate` dry-runs code rules on their own tests with the same guard.
 */
import { jest } from "@jest/globals";
import { describe, it, expect, beforeAll, afterAll } from "@jest/globals";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";
import { reportValidatorSync } from "../src/load/schemas.js";
import { DEFAULT_LIMITS, setGuardLimits } from "../src/compare/guard.js";

// Each case runs whole reports; a shared machine can be slow.
jest.setTimeout(60_000);

interface Report {
  findings: Array<{ rule: string; verdict: string }>;
  problems: Array<{ code: string; message: string; path?: string }>;
  summary: { agreements: number; conflicts: number; problems: number };
}

/** A user rule on meetings whose compare body is `body`. */
function ruleFile(dir: string, id: string, body: string): string {
  const folder = path.join(dir, id);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, `${id}.mjs`),
    `let calls = 0;
export default {
  meta: { description: "test rule", severity: "warning", aspect: "guard-${id}", link: "event", appliesTo: ["meeting"], messages: { conflict: "{{a.doc}} against {{b.doc}}", agree: "{{a.doc}} with {{b.doc}}" } },
  compare(a, b) { calls++; ${body} },
};
export const tests = {
  valid: [{ name: "two meetings", claims: [{ kind: "meeting", doc: "a" }, { kind: "meeting", doc: "b" }] }],
  invalid: [{ name: "a conflict", claims: [{ kind: "meeting", doc: "a" }, { kind: "meeting", doc: "c" }], findings: [{ between: [0, 1] }] }],
};
`,
  );
  return folder;
}

const root = tempDir("crosscheck-guard-");
const rules = {
  throws: ruleFile(root, "rule-throws", 'throw new Error("boom");'),
  loops: ruleFile(root, "rule-loops", "for (;;) {}"),
  invalid: ruleFile(root, "rule-invalid", 'return { verdict: "maybe" };'),
  badData: ruleFile(root, "rule-bad-data", 'return { verdict: "agree", data: { n: {} } };'),
  // Agrees on the first pairs it sees, then throws: what it said before must not stay.
  late: ruleFile(root, "rule-late", 'if (calls > 3) throw new Error("late failure"); return { verdict: "agree" };'),
  good: ruleFile(root, "rule-good", 'return a.doc === b.doc ? undefined : { verdict: "agree" };'),
};

let baseline: Report;

beforeAll(async () => {
  // A short budget per call, so the looping rule costs a fifth of a second.
  setGuardLimits({ callMs: 200 });
  const result = await runCli(["report", "samples", "--format", "json"]);
  expect(result.code).toBe(0);
  baseline = JSON.parse(result.stdout) as Report;
});

afterAll(() => setGuardLimits(DEFAULT_LIMITS));

describe("report with a failing code rule", () => {
  it.each([
    ["throws", rules.throws, "rule-throws", /threw comparing claim .* boom/],
    ["loops forever", rules.loops, "rule-loops", /did not return within 200 ms/],
    ["returns a made-up verdict", rules.invalid, "rule-invalid", /returned verdict "maybe"/],
    ["returns data that is not a string or number", rules.badData, "rule-bad-data", /returned data\.n \{\}/],
    ["fails after some agreements", rules.late, "rule-late", /threw .* late failure/],
  ])("a rule that %s is switched off, named in problems, and the rest is reported (exit 3)", async (_name, dir, id, reason) => {
    const result = await runCli(["report", "samples", "--rules", dir, "--format", "json"]);
    expect(result.code).toBe(3);
    const report = JSON.parse(result.stdout) as Report;
    const validate = reportValidatorSync();
    expect(validate(report)).toBe(true);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]!.code).toBe("rule-switched-off");
    expect(report.problems[0]!.message).toContain(`rule "${id}"`);
    expect(report.problems[0]!.message).toMatch(reason);
    expect(report.summary.problems).toBe(1);
    // Every built-in finding is still there, and the switched-off rule left none.
    expect(report.findings).toEqual(baseline.findings);
    expect(result.stderr).toContain(`rule "${id}"`);
  });

  it("a rule that works adds its findings and no problem (exit 0)", async () => {
    const result = await runCli(["report", "samples", "--rules", rules.good, "--format", "json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.problems).toEqual([]);
    expect(report.findings.some((f) => f.rule === "rule-good")).toBe(true);
  });

  it("--format jsonl names the rule in a problem line and exits 3", async () => {
    const result = await runCli(["report", "samples", "--rules", rules.loops, "--format", "jsonl", "--jobs", "1"]);
    expect(result.code).toBe(3);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l) as { type: string; code?: string; rule?: string; problems?: number });
    expect(lines.filter((l) => l.type === "problem").map((l) => l.code)).toEqual(["rule-switched-off"]);
    expect(lines.filter((l) => l.type === "finding").length).toBe(baseline.findings.length);
    expect(lines.at(-1)).toMatchObject({ type: "summary", problems: 1 });
  });
});

describe("rules validate and rules test run code rules under the guard", () => {
  it.each([
    ["throws", rules.throws, /rule-throws\.mjs \[rule-fails\]: dry run on its own test cases: threw/],
    ["loops", rules.loops, /rule-loops\.mjs \[rule-fails\]: dry run on its own test cases: did not return within 200 ms/],
    ["returns a made-up verdict", rules.invalid, /rule-invalid\.mjs \[rule-fails\]: dry run on its own test cases: returned verdict "maybe"/],
  ])("rules validate fails (exit 2) on a rule that %s", async (_name, dir, message) => {
    const result = await runCli(["rules", "validate", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it("rules validate passes a rule that works", async () => {
    const result = await runCli(["rules", "validate", rules.good]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("rules test does not hang on a looping rule and fails it", async () => {
    const result = await runCli(["rules", "test", rules.loops]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/FAIL rule-loops: \(guard\) — switched off: it did not return within 200 ms/);
  });
});
