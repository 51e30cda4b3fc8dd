/** Configuration errors: every problem of a bad rule folder is reported at once, with file, pointer and hint. */
import { describe, it, expect } from "@jest/globals";
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { loadRuleSet } from "../../src/load/rules.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

const rule = (compare: object, extra: object = {}) =>
  JSON.stringify({
    description: "d", severity: "error", aspect: "duration", link: "event", appliesTo: ["meeting"], compare,
    tests: { valid: [], invalid: [{ name: "x", claims: [{}, {}], findings: [] }] }, ...extra,
  });

function folder(files: Record<string, string>): string {
  const dir = tempDir("crosscheck-rules-");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("loading rule folders", () => {
  it("collects every problem of every file, with pointers and near matches", async () => {
    const dir = folder({
      "typo-kind.json": rule({ kind: "interval-overlapp", field: "duration" }),
      "extra-prop.json": rule({ kind: "interval-overlap", field: "duration" }, { colour: "red" }),
      "bad-option.json": rule({ kind: "interval-overlap", field: "durations" }),
      "broken.json": "{ not json",
      "Bad_Name.json": rule({ kind: "status" }),
      "entities/people.json": JSON.stringify({ entities: [{ id: "x", type: "persona", name: "X" }] }),
    });
    const { errors } = await loadRuleSet([dir], { builtIn: false });
    const text = errors.map(String);
    expect(text).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/typo-kind\.json \/compare\/kind \[unknown-kind\]: "interval-overlapp" is not a comparison kind\. Did you mean "interval-overlap"\? Expected one of: interval-overlap, exclusive-value/),
        expect.stringMatching(/extra-prop\.json \/colour \[unknown-property\]/),
        expect.stringMatching(/bad-option\.json \/compare\/field \[bad-value\]: "durations" is not allowed here\. Did you mean "duration"\?/),
        expect.stringMatching(/broken\.json \[bad-json\]/),
        expect.stringMatching(/Bad_Name\.json \[bad-id\]/),
        expect.stringMatching(/entities\/people\.json \/entities\/0\/type \[unknown-type\]/),
      ]),
    );
    expect(errors.length).toBe(6);
  });

  it("lets a user rule replace a built-in one by id, and switch one off", async () => {
    const dir = folder({ "meeting-duration.json": JSON.stringify({ severity: "off" }) });
    const { rules, errors } = await loadRuleSet([dir]);
    expect(errors).toEqual([]);
    expect(rules.map((r) => r.id)).not.toContain("meeting-duration");
    expect(rules.map((r) => r.id)).toContain("meeting-date");
  });

  it("the CLI stops with exit 2 and lists all problems", async () => {
    const dir = folder({
      "a.json": rule({ kind: "nope" }),
      "b.json": rule({ kind: "status" }, { severity: "loud" }),
    });
    const result = await runCli(["report", "samples", "--rules", dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/2 configuration problems/);
    expect(result.stderr).toMatch(/a\.json \/compare\/kind \[unknown-kind\]/);
    expect(result.stderr).toMatch(/b\.json \/severity \[bad-value\]: "loud" is not allowed here\. Expected one of: info, warning, error, off/);
  });

  it("rules validate and rules test accept the built-in rules", async () => {
    expect((await runCli(["rules", "validate"])).code).toBe(0);
    const tested = await runCli(["rules", "test"]);
    expect(tested.stdout).toMatch(/\d+ passed, 0 failed/);
    expect(tested.code).toBe(0);
  });
});
