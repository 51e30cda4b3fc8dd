/** exclusive-value: a plan against what happened elsewhere conflicts as a warning at most; two reports keep the rule's severity. */
import { describe, it, expect } from "@jest/globals";
import { exclusiveValue } from "../../src/compare/kinds/exclusive-value.js";
import type { Claim, Modality } from "../../src/types.js";

const meeting = (doc: string, location: string, modality: Modality): Claim => ({
  id: `${doc}#1`, doc, kind: "meeting", modality, location,
  time: { start: "2026-05-13", end: "2026-05-13", anchored: true },
  evidence: { quote: "They met.", span: [0, 9] },
});
const ctx = { options: {}, within: () => false, nameOf: (id: string) => id };

describe("exclusive-value and plans", () => {
  it.each([
    ["a plan for one town against a meeting in another", meeting("a", "rzeszow", "planned"), meeting("b", "przemysl", "reported"), "conflict", "warning"],
    ["two reports of different towns keep the rule's severity", meeting("a", "rzeszow", "reported"), meeting("b", "przemysl", "reported"), "conflict", undefined],
    ["a plan and a report of the same town agree", meeting("a", "rzeszow", "planned"), meeting("b", "rzeszow", "reported"), "agree", undefined],
  ] as const)("%s", (_name, a, b, verdict, severity) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const result = exclusiveValue(x, y, { field: "location" }, ctx);
      expect(result?.verdict).toBe(verdict);
      expect(result?.severity).toBe(severity);
    }
  });
});
