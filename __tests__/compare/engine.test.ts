/**
 * Which finding the engine keeps when several claim pairs of the same two documents give one
 * about the same event and aspect: the more severe, then the one with fewer qualifiers, then the
 * stronger (`CompareResult.strength`), then the first.
 */
import { describe, it, expect } from "@jest/globals";
import { loadRuleSet } from "../../src/load/rules.js";
import { buildRegistry } from "../../src/pipeline.js";
import { compareClaims } from "../../src/compare/engine.js";
import type { LinkedPair } from "../../src/link/index.js";
import type { Claim } from "../../src/types.js";

const set = await loadRuleSet();
const registry = buildRegistry(set.entities);
const statusRule = set.rules.filter((r) => r.id === "meeting-status");

let next = 0;
function meeting(doc: string, fields: Partial<Claim>, quote: string): Claim {
  const n = ++next;
  return { id: `${doc}#${n}`, doc, kind: "meeting", modality: "reported", participants: ["p1", "p2"], evidence: { quote, span: [n * 100, n * 100 + quote.length] }, ...fields };
}

const pair = (a: Claim, b: Claim): LinkedPair => ({ a, b, link: "event", event: "P1 and P2 meet", eventKey: "e1" });

function kept(pairs: LinkedPair[]): string[] {
  const { findings } = compareClaims(pairs, statusRule, { registry, docOrder: ["a", "b"] });
  return findings.map((f) => f.claims.map((c) => c.quote).join(" / "));
}

describe("one finding per documents, event and aspect", () => {
  const denial = meeting("b", { modality: "denied", status: "denied", attribution: "a spokesman" }, "A spokesman said no meeting was planned.");
  const plan = meeting("a", { modality: "planned", attribution: "the envoy" }, "The envoy said they planned to meet.");
  const confirmation = meeting("a", { modality: "planned", status: "confirmed", attribution: "the Kremlin" }, "The Kremlin confirmed the meeting.");

  it.each([
    ["plan first", [pair(plan, denial), pair(confirmation, denial)]],
    ["confirmation first", [pair(confirmation, denial), pair(plan, denial)]],
  ])("keeps a confirmation against a denial over a bare plan against it (%s)", (_name, pairs) => {
    expect(kept(pairs)).toEqual(["The Kremlin confirmed the meeting. / A spokesman said no meeting was planned."]);
  });

  it("keeps the first of two equally strong pairs", () => {
    const other = meeting("a", { modality: "planned", attribution: "the agency" }, "The agency said a meeting was planned.");
    expect(kept([pair(plan, denial), pair(other, denial)])).toEqual(["The envoy said they planned to meet. / A spokesman said no meeting was planned."]);
  });

  it("prefers fewer qualifiers to strength", () => {
    // Same attribution on both sides: no attribution-differs qualifier, though only one side is explicit.
    const samePlan = meeting("a", { modality: "planned", attribution: "a spokesman" }, "A spokesman said they planned to meet.");
    expect(kept([pair(confirmation, denial), pair(samePlan, denial)])).toEqual(["A spokesman said they planned to meet. / A spokesman said no meeting was planned."]);
  });
});
