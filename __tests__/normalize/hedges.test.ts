import { describe, it, expect } from "@jest/globals";
import { HEDGES, findHedgeAfter, findHedgeBefore, hedgeInterval, type HedgeId } from "../../src/normalize/hedges.js";

/** Every phrase of the table with the interval it gives around n = 120 (minutes). */
const EXPECTED: Record<HedgeId, { min: number; max: number; mod?: string }> = {
  exact: { min: 120, max: 120 },
  approx: { min: 105, max: 135, mod: "APPROX" },
  nearly: { min: 102, max: 120, mod: "LESS_THAN" },
  moreThan: { min: 121, max: 180, mod: "MORE_THAN" },
  justOver: { min: 121, max: 138, mod: "MORE_THAN" },
  atLeast: { min: 120, max: 180, mod: "EQUAL_OR_MORE" },
  lessThan: { min: 60, max: 119, mod: "LESS_THAN" },
  justUnder: { min: 102, max: 119, mod: "LESS_THAN" },
  upTo: { min: 60, max: 120, mod: "EQUAL_OR_LESS" },
  asManyAs: { min: 102, max: 120, mod: "EQUAL_OR_LESS" },
};

const BEFORE_ROWS: Array<[string, string, HedgeId]> = HEDGES.flatMap((h) =>
  Object.entries(h.before).flatMap(([lang, phrases]) => phrases.map((p): [string, string, HedgeId] => [lang, p, h.id])),
);
const AFTER_ROWS: Array<[string, string, HedgeId]> = HEDGES.flatMap((h) =>
  Object.entries(h.after ?? {}).flatMap(([lang, phrases]) => phrases.map((p): [string, string, HedgeId] => [lang, p, h.id])),
);

describe("hedge table: every phrase before a number", () => {
  it.each(BEFORE_ROWS)("%s %j → %s", (lang, phrase, id) => {
    const text = `trwało ${phrase} 120 minut`;
    const found = findHedgeBefore(text, text.indexOf("120"), lang);
    expect(found?.hedge).toBe(id);
    expect(found?.text.toLowerCase()).toBe(phrase);
    expect(found?.start).toBe(text.indexOf(phrase));
    expect(hedgeInterval(id, 120)).toEqual(EXPECTED[id]);
  });
});

describe("hedge table: phrases after a quantity", () => {
  it.each(AFTER_ROWS)("%s %j → %s", (lang, phrase, id) => {
    const text = `120 minut ${phrase}.`;
    expect(findHedgeAfter(text, "120 minut".length, lang)?.hedge).toBe(id);
  });
});

describe("hedgeInterval", () => {
  it.each<[HedgeId, number, { min: number; max: number; mod?: string }]>([
    ["moreThan", 120, { min: 121, max: 180, mod: "MORE_THAN" }],
    ["approx", 120, { min: 105, max: 135, mod: "APPROX" }],
    ["nearly", 300, { min: 255, max: 300, mod: "LESS_THAN" }],
    ["exact", 300, { min: 300, max: 300 }],
  ])("%s %d → %j", (id, n, expected) => {
    expect(hedgeInterval(id, n)).toEqual(expected);
  });

  it("open-ended bounds are JSON-safe", () => {
    expect(hedgeInterval("atLeast", 20, { openEnded: true })).toEqual({ min: 20, max: Number.MAX_SAFE_INTEGER, mod: "EQUAL_OR_MORE" });
    expect(hedgeInterval("lessThan", 20, { openEnded: true })).toEqual({ min: 0, max: 19, mod: "LESS_THAN" });
    expect(JSON.parse(JSON.stringify(hedgeInterval("moreThan", 5, { openEnded: true }))).max).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("uses the caller's step for open bounds", () => {
    expect(hedgeInterval("moreThan", 2, { step: 0.5 })).toEqual({ min: 2.5, max: 3, mod: "MORE_THAN" });
  });

  it("'almost n' includes n, so it is compatible with a plain n", () => {
    const almost = hedgeInterval("nearly", 300);
    expect(almost.max).toBe(300);
  });
});

describe("findHedgeBefore", () => {
  it.each<[string, string, string, HedgeId | undefined]>([
    ["en", "met for more than two hours", "two", "moreThan"],
    ["en", "met for a little more than two hours", "two", "justOver"],
    ["en", "no more than 5 people", "5", "upTo"],
    ["pl", "trwały około dwóch godzin", "dwóch", "approx"],
    ["pl", "nieco ponad 100 osób", "100", "justOver"],
    ["pl", "ok. 100 osób", "100", "approx"],
    ["en", "met for two hours", "two", undefined],
    ["en", "moreover 5 people", "5", undefined],
  ])("%s %j → %s", (lang, text, num, id) => {
    expect(findHedgeBefore(text, text.indexOf(num), lang)?.hedge).toBe(id);
  });
});
