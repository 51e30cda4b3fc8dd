/** rules/event-offset.ts: which pairs of offsets agree, conflict, at which severity, or stay silent. */
import { describe, it, expect } from "@jest/globals";
import rule from "../../rules/event-offset.js";
import type { Claim, OffsetValue } from "../../src/types.js";
import type { RuleContext } from "../../src/compare/rule-api.js";

const context: RuleContext = { options: {}, within: () => false, nameOf: (id) => id };

const claim = (doc: string, o: Partial<OffsetValue> & { min: number; max?: number }, extra: Partial<Claim> = {}): Claim => {
  const { min, max, ...rest } = o;
  return {
    id: `${doc}#1`,
    doc,
    kind: "incident",
    eventType: "crash",
    modality: "reported",
    evidence: { quote: "", span: [0, 0] },
    offset: { anchor: "take-off", relation: "after", happening: "crash", text: "", minSeconds: min, maxSeconds: max ?? min, ...rest },
    ...extra,
  };
};

describe("event-offset", () => {
  it("conflicts are errors unless a result softens them (a user's config may still override the rule)", () => {
    expect(rule.meta.severity).toBe("error");
  });

  // severity undefined: the rule's own, an error.
  it.each([
    ["both moments written on both sides: an error", claim("a", { min: 0, max: 120, hedge: "less-than" }), claim("b", { min: 240 }), "conflict", undefined, ["approximate"]],
    ["two exact spans apart: an error", claim("a", { min: 2 }), claim("b", { min: 9 }), "conflict", undefined, []],
    ["an inferred anchor: a warning", claim("a", { min: 1310, max: 1690, anchorInferred: true }), claim("b", { min: 60 }), "conflict", "warning", ["inferred-anchor"]],
    ["an anchor known by its word only: a warning", claim("a", { min: 60, anchor: "event:parade" }), claim("b", { min: 600, anchor: "event:parade" }), "conflict", "warning", ["inferred-anchor"]],
    ["an inferred happening: a warning", claim("a", { min: 20, happeningInferred: true }), claim("b", { min: 240 }), "conflict", "warning", ["inferred-happening"]],
    ["a span by words alone: a warning", claim("a", { min: 0, max: 600, hedge: "shortly" }), claim("b", { min: 1500 }), "conflict", "warning", ["approximate"]],
    ["just missing: close, a warning", claim("a", { min: 50, max: 60 }), claim("b", { min: 65 }), "conflict", "warning", ["close"]],
    ["overlapping spans agree", claim("a", { min: 0, max: 120, hedge: "less-than" }), claim("b", { min: 20 }), "agree", undefined, ["approximate"]],
  ] as const)("%s", (_name, a, b, verdict, severity, qualifiers) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const r = rule.compare(x, y, context);
      expect(r?.verdict).toBe(verdict);
      expect(r?.severity).toBe(severity);
      expect(r?.qualifiers).toEqual(qualifiers);
    }
  });

  it.each([
    ["another anchor", claim("a", { min: 60 }), claim("b", { min: 240, anchor: "landing" })],
    ["another happening", claim("a", { min: 60 }), claim("b", { min: 240, happening: "fuel-cutoff" })],
    ["another direction", claim("a", { min: 60 }), claim("b", { min: 240, relation: "before" })],
    ["another event type", claim("a", { min: 60 }), claim("b", { min: 240 }, { eventType: "fire" })],
    ["a denial", claim("a", { min: 60 }, { modality: "denied" }), claim("b", { min: 240 })],
    ["no offset on one side", claim("a", { min: 60 }), { ...claim("b", { min: 1 }), offset: undefined } as unknown as Claim],
  ] as const)("silent: %s", (_name, a, b) => {
    expect(rule.compare(a, b, context)).toBeUndefined();
  });
});
