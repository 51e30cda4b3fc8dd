/**
 * The scorers behind `npm run eval` and CI's check-report: gold matched by pair, aspect and
 * verdict; must_not violated only by an unsoftened conflict; conflicts the gold does not list.
 */
import { describe, it, expect } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { scorable, scoreReport, unlistedConflicts, type ExpectedFinding, type ScoredFinding } from "../../src/testing/score.js";

const gold: ExpectedFinding[] = [
  { id: "g-agree", level: "must", verdict: "agree", aspect: "duration", docs: ["a", "b"] },
  { id: "g-conflict", level: "should", verdict: "conflict", aspect: "quantity", docs: ["a", "c"] },
];
const finding = (verdict: string, aspect: string, docs: string[], qualifiers: string[] = [], severity = "warning"): ScoredFinding => ({ verdict, aspect, docs, qualifiers, severity });

describe("scoreReport", () => {
  it.each([
    ["the same pair in the other order", [finding("agree", "duration", ["b", "a"])], ["g-agree"]],
    ["another aspect", [finding("agree", "date", ["a", "b"])], []],
    ["the other verdict", [finding("conflict", "duration", ["a", "b"])], []],
    ["another pair", [finding("agree", "duration", ["a", "c"])], []],
  ])("a must is found by %s: %j", (_name, findings, found) => {
    expect(scoreReport({ findings }, { findings: gold }).must.found).toEqual(found);
  });

  it.each([
    ["a plain conflict", ["approximate"], ["n1"]],
    ["an update", ["update"], []],
    ["a plan against an event", ["plan-vs-event"], []],
  ])("a must_not is violated by %s", (_name, qualifiers, violated) => {
    const score = scoreReport({ findings: [finding("conflict", "quantity", ["x", "y"], qualifiers)] }, { findings: [], must_not: [{ id: "n1", docs: ["y", "x"], aspect: "quantity" }] });
    expect(score.falseAlarms).toEqual(violated);
  });
});

describe("unlistedConflicts", () => {
  it.each([
    ["a listed conflict", finding("conflict", "quantity", ["c", "a"]), 0],
    ["a conflict on another aspect of a listed pair", finding("conflict", "date", ["a", "c"]), 1],
    ["a conflict between two other documents", finding("conflict", "quantity", ["b", "c"]), 1],
    ["a conflict inside one document", finding("conflict", "quantity", ["b", "b"]), 0],
    ["an agreement", finding("agree", "quantity", ["b", "c"]), 0],
  ])("%s", (_name, f, count) => {
    expect(unlistedConflicts([f], { findings: gold })).toHaveLength(count);
  });
});

describe("scorable", () => {
  it("keeps only gold whose documents are all in the report", () => {
    expect(scorable(gold, new Set(["a", "b"])).map((g) => g.id)).toEqual(["g-agree"]);
    expect(scorable([{ evidence: { a: "x", z: "y" } }], new Set(["a", "b"]))).toEqual([]);
  });
});

describe("npm run eval", () => {
  const evalScript = (...args: string[]) => execFileSync(process.execPath, ["dist/scripts/eval.js", ...args], { encoding: "utf8" });

  it("scores the fixtures against their gold", () => {
    const summary = JSON.parse(evalScript("__tests__/fixtures", "--rules", "__tests__/fixtures/rules", "--json")) as { must: { found: number; of: number }; falseAlarms: { found: number } };
    expect(summary.must.of).toBeGreaterThan(20);
    expect(summary.must.found).toBe(summary.must.of);
    expect(summary.falseAlarms.found).toBe(0);
  });

  it("fails a bar it does not reach, and names a bad option", () => {
    expect(() => evalScript("__tests__/fixtures", "--rules", "__tests__/fixtures/rules", "--min-should", "1.01")).toThrow();
    expect(() => evalScript("__tests__/fixtures", "--scope", "de")).toThrow(/--scope must be en, pl or multi/);
  });
});
