/** Positions: claims grouped by the verdicts of the rules (fires: a conflict between positions; silent: one position). */
import { describe, it, expect } from "@jest/globals";
import { PositionBuilder, type PositionVerdict } from "../../src/compare/positions.js";
import type { Claim } from "../../src/types.js";

const claim = (i: number, doc: string, modality: Claim["modality"] = "reported"): Claim =>
  ({ id: `${doc}#${i}`, doc, kind: "meeting", modality, evidence: { quote: `quote ${i} of ${doc}`, span: [i * 10, i * 10 + 5] } }) as Claim;

const claims = [claim(0, "a"), claim(1, "b"), claim(2, "c"), claim(3, "d"), claim(4, "a", "planned")];
const rank = new Map([["a", 0], ["b", 1], ["c", 2], ["d", 3]]);

type Edge = [number, number, "agree" | "conflict", string, string];
const verdict = ([a, b, v, va, vb]: Edge): PositionVerdict => ({
  event: 0, label: "X and Y meet in Z", aspect: "duration", rule: "meeting-duration", a, b, verdict: v, severity: v === "conflict" ? "error" : "info", qualifiers: [], values: [va, vb],
});

const cases: Array<{ name: string; edges: Edge[]; verdict: "agree" | "conflict" | "none"; positions: string[][] }> = [
  { name: "two sources agree: one position", edges: [[0, 1, "agree", "2 h", "105–135 min"]], verdict: "agree", positions: [["a", "b"]] },
  {
    name: "three agree, one conflicts: two positions",
    edges: [[0, 1, "agree", "2 h", "2 h"], [1, 2, "agree", "2 h", "2 h"], [0, 3, "conflict", "2 h", "5 h"], [2, 3, "conflict", "2 h", "5 h"]],
    verdict: "conflict",
    positions: [["a", "b", "c"], ["d"]],
  },
  {
    name: "agreement is not transitive across a conflict (2 h ~ 2–3 h ~ 3 h, 2 h ≠ 3 h)",
    edges: [[0, 2, "conflict", "2 h", "3 h"], [0, 1, "agree", "2 h", "2–3 h"], [1, 2, "agree", "2–3 h", "3 h"]],
    verdict: "conflict",
    positions: [["a", "b"], ["c"]],
  },
  {
    name: "equal values never compared with each other are one position (two plans against a denial)",
    edges: [[0, 3, "conflict", "planned", "denied"], [1, 3, "conflict", "planned (per X)", "denied"]],
    verdict: "conflict",
    positions: [["a", "b"], ["d"]],
  },
  { name: "no verdict: no aspect", edges: [], verdict: "none", positions: [] },
];

describe("PositionBuilder", () => {
  it.each(cases)("$name", ({ edges, verdict: expected, positions }) => {
    const builder = new PositionBuilder(claims);
    for (const e of edges) builder.add(verdict(e));
    const events = builder.build({ rankOf: (d) => rank.get(d) ?? 0, sourceOf: (d) => (d === "a" ? "Agency A" : undefined) });
    if (expected === "none") {
      expect(events).toEqual([]);
      return;
    }
    expect(events).toHaveLength(1);
    const aspect = events[0]!.aspects[0]!;
    expect(aspect.verdict).toBe(expected);
    expect(events[0]!.verdict).toBe(expected);
    expect(aspect.positions.map((p) => p.docs)).toEqual(positions);
    if (expected === "conflict") expect(aspect.positions.every((p) => p.against.length > 0)).toBe(true);
  });

  it("names sources by front matter, else by document id, with one quote per document", () => {
    const builder = new PositionBuilder(claims);
    builder.add(verdict([0, 1, "agree", "2 h", "2 h"]));
    builder.add(verdict([4, 1, "agree", "2 h", "2 h"]));
    const [position] = builder.build({ rankOf: (d) => rank.get(d) ?? 0, sourceOf: (d) => (d === "a" ? "Agency A" : undefined) })[0]!.aspects[0]!.positions;
    expect(position!.sources).toEqual(["Agency A", "b"]);
    expect(position!.quotes.map((q) => q.claim)).toEqual(["a#0", "b#1"]);
    expect(position!.claims).toBe(3);
    expect(position!.modalities.sort()).toEqual(["planned", "reported"]);
  });

  it("marks an aspect whose positions all come from one document as intra-document", () => {
    const builder = new PositionBuilder(claims);
    builder.add(verdict([0, 4, "conflict", "2 h", "5 h"]));
    const aspect = builder.build({ rankOf: () => 0 })[0]!.aspects[0]!;
    expect(aspect.qualifiers).toContain("intra-document");
  });
});
