/** Copies of one text: signatures, similarity and grouping (fires on copies, silent on different stories). */
import { describe, it, expect } from "@jest/globals";
import { copyIds, groupDuplicates, similarity, sourceClaims, textSignature } from "../../src/link/duplicates.js";
import type { Claim } from "../../src/types.js";

const STORY =
  "The regional council met on Monday evening in the old town hall to discuss the new bridge over the river. " +
  "Members argued for almost three hours about the cost of the project, which engineers now put at forty million. " +
  "The mayor said the works would start in spring if the national fund approved the grant before the end of the year. " +
  "Opposition councillors asked for a public consultation and warned that traffic in the centre would double during the works.";

const OTHER =
  "Firefighters spent the whole night fighting a blaze at a timber warehouse on the edge of the industrial estate. " +
  "Nobody was hurt, the fire service said, but smoke forced the closure of two schools and a stretch of the ring road. " +
  "Investigators will examine the site on Wednesday; the owner told local radio that the building had been inspected in May. " +
  "Residents were asked to keep their windows shut until the air quality readings return to normal levels.";

const cases: Array<{ name: string; a: string; b: string; copies: boolean }> = [
  { name: "the same text", a: STORY, b: STORY, copies: true },
  { name: "the same text, other spacing, case and punctuation", a: STORY, b: STORY.toUpperCase().replace(/\. /g, ".\n\n").replace(/,/g, " ,"), copies: true },
  { name: "the same text with a byline and a closing line added", a: STORY, b: `By a staff reporter. ${STORY} More to follow.`, copies: true },
  { name: "two different stories", a: STORY, b: OTHER, copies: false },
  { name: "half of one story", a: STORY, b: STORY.slice(0, STORY.length / 2) + OTHER.slice(OTHER.length / 2), copies: false },
];

describe("duplicates", () => {
  it.each(cases)("$name: copies=$copies", ({ a, b, copies }) => {
    const groups = groupDuplicates([
      { id: "a", signature: textSignature(a) },
      { id: "b", signature: textSignature(b) },
    ]);
    expect(groups.length).toBe(copies ? 1 : 0);
    if (copies) expect(groups[0]).toMatchObject({ doc: "a", copies: ["b"] });
  });

  it("gives short texts no signature (a stock sentence is not a copy)", () => {
    expect(textSignature("Talks will resume on Monday, a spokesman said.")).toBeUndefined();
  });

  it("estimates similarity 1 for equal texts and low for different ones", () => {
    expect(similarity(textSignature(STORY)!, textSignature(STORY)!)).toBe(1);
    expect(similarity(textSignature(STORY)!, textSignature(OTHER)!)).toBeLessThan(0.2);
  });

  it("groups many copies of a few stories, each copy with the first text, in input order", () => {
    const docs = Array.from({ length: 300 }, (_, i) => ({ id: `d${i}`, signature: textSignature(i % 2 ? `Update ${i % 7}. ${OTHER}` : STORY) }));
    const groups = groupDuplicates(docs);
    expect(groups.map((g) => g.doc)).toEqual(["d0", "d1"]);
    expect(groups[0]!.copies.length + groups[1]!.copies.length).toBe(298);
    expect(copyIds(groups).has("d0")).toBe(false);
    expect(copyIds(groups).has("d299")).toBe(true);
  });

  it("never groups documents without a signature", () => {
    expect(groupDuplicates([{ id: "a" }, { id: "b" }])).toEqual([]);
  });
});

describe("sourceClaims", () => {
  const count = (doc: string, n: number, min: number, at: number): Claim =>
    ({ id: `${doc}#${n}`, doc, kind: "quantity", modality: "reported", published: doc === "a" ? "2026-01-20" : "2026-01-21", frame: `${doc}#f1`, quantity: { min, max: min, counted: "killed", text: `${min} people` }, location: "place-x", evidence: { quote: `${min} people were killed`, span: [at, at + 20] } }) as Claim;
  const groups = [{ doc: "a", copies: ["b"], similarity: 0.9 }];
  it.each([
    { name: "a copy's claim the first text also makes is left out (silent)", claim: count("b", 1, 12, 40), kept: false },
    { name: "what an edited copy adds stays (fires)", claim: count("b", 2, 15, 80), kept: true },
    { name: "an article of no group keeps every claim", claim: count("c", 1, 12, 40), kept: true },
  ])("$name", ({ claim, kept }) => {
    const { claims } = sourceClaims([count("a", 1, 12, 10), claim], groups);
    expect(claims.includes(claim)).toBe(kept);
    expect(claims[0]!.doc).toBe("a");
  });

  it("tells documents of one group apart from others, and a document from itself", () => {
    const { sameSource } = sourceClaims([], groups);
    expect(sameSource("a", "b")).toBe(true);
    expect(sameSource("a", "c")).toBe(false);
    expect(sameSource("a", "a")).toBe(false);
  });
});
