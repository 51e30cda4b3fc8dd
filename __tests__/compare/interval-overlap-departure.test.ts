/** interval-overlap on dates: a date borrowed from the flight's departure qualifies the verdict and keeps a conflict a warning. */
import { describe, it, expect } from "@jest/globals";
import { intervalOverlap } from "../../src/compare/kinds/interval-overlap.js";
import type { Claim, TimeValue } from "../../src/types.js";

const crash = (doc: string, day: string, borrowed = false): Claim => {
  const time: TimeValue = { start: day, end: day, anchored: true, text: "on Friday" };
  if (borrowed) time.borrowedFrom = "departure";
  return { id: `${doc}#1`, doc, kind: "incident", eventType: "crash", modality: "reported", time, evidence: { quote: "The plane crashed.", span: [0, 18] } };
};

describe("interval-overlap: a date of departure", () => {
  it.each([
    ["a borrowed day against another: a warning that says why", crash("a", "2026-03-05"), crash("b", "2026-03-06", true), "conflict", ["date-of-departure"], "warning"],
    ["the same day agrees, still saying why", crash("a", "2026-03-06"), crash("b", "2026-03-06", true), "agree", ["date-of-departure"], undefined],
    ["two stated days keep the rule's severity", crash("a", "2026-03-05"), crash("b", "2026-03-06"), "conflict", [], undefined],
  ] as const)("%s", (_name, a, b, verdict, qualifiers, severity) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const result = intervalOverlap(x, y, { field: "time" });
      expect(result).toMatchObject({ verdict, qualifiers });
      expect(result?.severity).toBe(severity);
    }
  });
});
