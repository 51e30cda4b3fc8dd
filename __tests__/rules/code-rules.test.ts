/** User code rules: loaded from a folder, run with the built-in ones, and a rule that throws stops the run naming itself and both claims. */
import { describe, it, expect } from "@jest/globals";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "../helpers/cli.js";
import { loadRuleSet } from "../../src/load/rules.js";
import { tempDir } from "../helpers/tmp.js";

const meta = `{ description: "d", severity: "warning", aspect: "duration", link: "event", appliesTo: ["meeting"], own: ["duration"], messages: { conflict: "{{a.doc}} / {{b.doc}}" } }`;

function folder(name: string, source: string): string {
  const dir = tempDir("code-rules-");
  writeFileSync(path.join(dir, name), source);
  return dir;
}

describe("code rules from a user folder", () => {
  // A code rule that throws is switched off by the guard (src/compare/guard.ts) and the rest is
  // still reported (issue 14); it used to stop the whole run with exit 2.
  it("reports a rule that throws with its id and the two claims, switches it off, exit 3", async () => {
    const dir = folder("exploding-rule.mjs", `export default { meta: ${meta}, compare() { throw new Error("boom"); } };`);
    const result = await runCli(["report", "samples", "--rules", dir, "--format", "json"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/rule "exploding-rule" \(\S+exploding-rule\.mjs\) was switched off for this run: it threw comparing claim \S+#\d+ with \S+#\d+: boom/);
    const report = JSON.parse(result.stdout) as { problems: Array<{ code: string }>; findings: unknown[] };
    expect(report.problems.map((p) => p.code)).toEqual(["rule-switched-off"]);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it("runs a working code rule and reports its findings", async () => {
    const dir = folder("always-conflict.mjs", `export default { meta: ${meta}, compare() { return { verdict: "conflict" }; } };`);
    const result = await runCli(["report", "samples", "--rules", dir, "--format", "json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { findings: Array<{ rule: string; verdict: string }> };
    expect(report.findings.some((f) => f.rule === "always-conflict" && f.verdict === "conflict")).toBe(true);
  });

  it("rejects a code rule without compare or meta, collecting every problem", async () => {
    const dir = folder("broken-rule.mjs", `export default { meta: { severity: "loud" } };`);
    const { errors } = await loadRuleSet([dir], { builtIn: false });
    const text = errors.map(String).join("\n");
    expect(text).toMatch(/broken-rule\.mjs \[bad-code-rule\]: default export has no compare/);
    expect(text).toMatch(/meta\.severity must be info, warning, error or off/);
    expect(text).toMatch(/meta\.link must be event, person or entity/);
  });
});
