/** The numeric kind's verdicts and severities for counts of the same moment. */
import { describe, it, expect } from "@jest/globals";
import { numeric } from "../../src/compare/kinds/numeric.js";
import type { Claim } from "../../src/types.js";

const count = (doc: string, n: number, inherited?: string[]): Claim => ({
  id: `${doc}#1`,
  doc,
  kind: "quantity",
  modality: "reported",
  published: "2026-09-16",
  location: "geneva",
  quantity: { min: n, max: n, counted: "killed", text: String(n) },
  evidence: { quote: `${n} were killed.`, span: [0, 10] },
  ...(inherited ? { inherited } : {}),
});

describe("numeric: same moment", () => {
  it.each([
    ["both placed by their sentences: a conflict at the rule's severity", count("a", 40), count("b", 25), { verdict: "conflict", qualifiers: [] }, undefined],
    ["one placed by its article only: a warning that says so", count("a", 40, ["location"]), count("b", 25), { verdict: "conflict", qualifiers: ["inferred-place"] }, "warning"],
    ["within one article the inference adds no doubt", count("a", 40, ["location"]), { ...count("a", 25), id: "a#2" }, { verdict: "conflict", qualifiers: ["intra-document"] }, undefined],
    ["equal counts agree", count("a", 40, ["location"]), count("b", 40), { verdict: "agree", qualifiers: ["inferred-place"] }, undefined],
  ])("%s", (_name, a, b, expected, severity) => {
    const result = numeric(a, b, {});
    expect(result).toMatchObject(expected);
    expect(result?.severity).toBe(severity);
  });
});
