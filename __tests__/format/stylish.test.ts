/** The terminal report's wording helpers: plurals, attributions, quotes cut around their value. */
import { describe, it, expect } from "@jest/globals";
import { cutAround, per, plural } from "../../src/format/stylish.js";
import type { Claim } from "../../src/types.js";

describe("plural", () => {
  it.each([
    [1, "document", "1 document"],
    [2, "document", "2 documents"],
    [0, "conflict", "0 conflicts"],
    [1200, "claim", "1,200 claims"],
  ] as const)("%d %s → %s", (n, word, expected) => expect(plural(n, word)).toBe(expected));
});

describe("per", () => {
  it.each([
    ["A White House spokesman", "per a White House spokesman"],
    ["The sources", "per the sources"],
    ["Reuters", "per Reuters"],
    ["Anna Kowalska", "per Anna Kowalska"],
  ])("%s → %s", (attribution, expected) => expect(per(attribution)).toBe(expected));
});

describe("cutAround", () => {
  const filler = "The delegations arrived at the lakeside hotel early in the morning and waited for the motorcade while reporters gathered outside the gates";
  const quote = `${filler}, and the two envoys finally talked for about three hours behind closed doors, an aide said later that evening in a short statement to the press.`;
  const claims = new Map<string, Claim>([["d#1", { id: "d#1", doc: "d", kind: "meeting", modality: "reported", duration: { minMinutes: 157, maxMinutes: 203, text: "about three hours" }, evidence: { quote, span: [0, quote.length] } } as Claim]]);
  it.each([
    { name: "keeps the value when it lies past the cut (fires)", aspect: "duration", expectIn: "about three hours", starts: "…" },
    { name: "cuts from the start when the aspect has no words to find (silent)", aspect: "participants", expectIn: "The delegations arrived", starts: "The" },
  ])("$name", ({ aspect, expectIn, starts }) => {
    const cut = cutAround({ quote, claim: "d#1" }, aspect, { claims }, 100);
    expect(cut).toContain(expectIn);
    expect(cut.startsWith(starts)).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(102);
  });

  it("leaves a short quote whole", () => {
    expect(cutAround({ quote: "They met for two hours.", claim: "x" }, "duration", { claims: new Map() })).toBe("They met for two hours.");
  });
});
