/** The numeric kind's verdicts and severities: same moment, subgroups, polls, rounding, fixed figures, updates. */
import { describe, it, expect } from "@jest/globals";
import { numeric, type NumericOptions } from "../../src/compare/kinds/numeric.js";
import type { Claim, QuantityValue } from "../../src/types.js";

/** A count its sentence places in a town (`local`), unless the place was inherited from the article. */
const count = (doc: string, n: number, inherited?: string[]): Claim => ({
  id: `${doc}#1`,
  doc,
  kind: "quantity",
  modality: "reported",
  published: "2026-09-16",
  location: "geneva",
  quantity: { min: n, max: n, counted: "killed", text: String(n), local: true },
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

/** A claim with the given quantity fields and nothing else placing it. */
const figure = (doc: string, published: string, q: Partial<QuantityValue> & { min: number }, extra: Partial<Claim> = {}): Claim => ({
  id: `${doc}#${q.min}`,
  doc,
  kind: "quantity",
  modality: "reported",
  published,
  quantity: { max: q.min, counted: "killed", text: String(q.min), ...q },
  evidence: { quote: String(q.min), span: [0, 2] },
  ...extra,
});

describe("numeric: what is compared with what", () => {
  const day = "2026-05-10";
  it.each<[string, Claim, Claim, NumericOptions, { verdict: string; qualifiers?: string[]; severity?: string } | undefined]>([
    ["two Italians among the injured are not the 80 injured", figure("a", day, { min: 2, counted: "injured", group: "nationals" }), figure("b", day, { min: 80, counted: "injured" }), {}, undefined],
    ["19 dead on the ground against 12 on the ground: a conflict", figure("a", day, { min: 19, group: "ground" }), figure("b", day, { min: 12, group: "ground" }), {}, { verdict: "conflict", qualifiers: ["inferred-event"], severity: "warning" }],
    ["linked only by what they count and when: a warning", figure("a", day, { min: 9, counted: "items" }), figure("b", day, { min: 8, counted: "items" }), { fixed: true }, { verdict: "conflict", qualifiers: ["inferred-event"], severity: "warning" }],
    ["the same subject ties them: at the rule's severity", figure("a", day, { min: 48.11, counted: "percent" }, { subject: "x" }), figure("b", day, { min: 49.11, counted: "percent" }, { subject: "x" }), { cumulative: false }, { verdict: "conflict", qualifiers: [] }],
    ["exit poll against late poll: not compared", figure("a", day, { min: 49.7, counted: "percent", basis: "estimate", poll: "exit" }, { subject: "x" }), figure("b", day, { min: 50.7, counted: "percent", basis: "estimate", poll: "late" }, { subject: "x" }), { cumulative: false }, undefined],
    ["an estimate of no named poll against the exit poll: a warning", figure("a", day, { min: 49.7, counted: "percent", basis: "estimate" }, { subject: "x" }), figure("b", day, { min: 50.7, counted: "percent", basis: "estimate", poll: "exit" }, { subject: "x" }), { cumulative: false }, { verdict: "conflict", severity: "warning" }],
    ["71.6% is 71.63% rounded", figure("a", day, { min: 71.6, counted: "turnout", step: 0.1 }, { subject: "t" }), figure("b", day, { min: 71.63, counted: "turnout", step: 0.01 }, { subject: "t" }), { cumulative: false }, { verdict: "agree", qualifiers: ["approximate"] }],
    ["49 percent is 49.3 rounded", figure("a", day, { min: 49, counted: "percent", step: 1 }, { subject: "x" }), figure("b", day, { min: 49.3, counted: "percent", step: 0.1 }, { subject: "x" }), { cumulative: false }, { verdict: "agree", qualifiers: ["approximate"] }],
    ["exact vote counts 249 apart conflict", figure("a", day, { min: 10606628, counted: "votes" }, { subject: "x" }), figure("b", day, { min: 10606877, counted: "votes" }, { subject: "x" }), { cumulative: false }, { verdict: "conflict" }],
    ["242 on board and 241 a month later: a fixed figure conflicts", figure("a", "2026-05-10", { min: 242, counted: "aboard" }), figure("b", "2026-06-10", { min: 241, counted: "aboard" }), { fixed: true }, { verdict: "conflict", severity: "warning" }],
    ["'at least 265' and 270 two days later agree", figure("a", "2026-05-10", { min: 265, max: 397, hedge: "atLeast" }), figure("b", "2026-05-12", { min: 270 }), {}, { verdict: "agree" }],
    ["241 and 270 two days later: an update", figure("a", "2026-05-10", { min: 241 }), figure("b", "2026-05-12", { min: 270 }), {}, { verdict: "conflict", qualifiers: ["update", "inferred-event"], severity: "info" }],
    ["a toll revised down a month later is an update", figure("a", "2026-05-10", { min: 270 }), figure("b", "2026-06-10", { min: 260 }), {}, { verdict: "conflict", qualifiers: ["update", "revised", "inferred-event"], severity: "info" }],
    ["a toll lower the next day is a conflict", figure("a", "2026-05-10", { min: 270 }), figure("b", "2026-05-11", { min: 260 }), {}, { verdict: "conflict", qualifiers: ["inferred-event"], severity: "warning" }],
  ])("%s", (_name, a, b, options, expected) => {
    const result = numeric(a, b, options);
    if (!expected) return expect(result).toBeUndefined();
    expect(result).toMatchObject({ verdict: expected.verdict, ...(expected.qualifiers ? { qualifiers: expected.qualifiers } : {}) });
    expect(result?.severity).toBe(expected.severity);
  });
});
