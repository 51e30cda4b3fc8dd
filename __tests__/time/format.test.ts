import { describe, it, expect } from "@jest/globals";
import { formatTimes } from "../../src/format/times.js";
import { findTimeExpressions } from "../../src/normalize/time/index.js";

const docs = [
  { id: "a", published: "2026-01-21", expressions: findTimeExpressions("They met on Tuesday for more than two hours.", { lang: "en", referenceDate: "2026-01-21" }) },
  { id: "b", expressions: findTimeExpressions("W czwartek polecą.", { lang: "pl", referenceDate: "2026-01-21" }) },
];

describe("formatTimes", () => {
  it("json: one document with all documents and their times", () => {
    const parsed = JSON.parse(formatTimes(docs, "json")) as { documents: Array<{ id: string; published?: string; times: Array<{ value: string }> }> };
    expect(parsed.documents.map((d) => d.id)).toEqual(["a", "b"]);
    expect(parsed.documents[0]?.published).toBe("2026-01-21");
    expect(parsed.documents[0]?.times.map((t) => t.value)).toEqual(["2026-01-20", "PT2H"]);
    expect(parsed.documents[1]?.times.map((t) => t.value)).toEqual(["2026-01-22"]);
  });

  it("jsonl: one line per expression with its document", () => {
    const lines = formatTimes(docs, "jsonl").trim().split("\n").map((l) => JSON.parse(l) as { doc: string; value: string });
    expect(lines.map((l) => [l.doc, l.value])).toEqual([["a", "2026-01-20"], ["a", "PT2H"], ["b", "2026-01-22"]]);
  });

  it("text: a table per document", () => {
    const text = formatTimes(docs, "text");
    expect(text).toContain("# a (published 2026-01-21): 2 time expressions");
    expect(text).toMatch(/12-19\s+DATE\s+2026-01-20\s+2026-01-20\.\.2026-01-20\s+"Tuesday"/);
    expect(text).toMatch(/DURATION\s+PT2H\s+MORE_THAN\s+121\.\.180 min\s+"more than two hours"/);
    expect(text).toContain("# b: 1 time expression");
  });

  it("empty input gives empty output", () => {
    expect(formatTimes([], "text")).toBe("");
    expect(formatTimes([], "jsonl")).toBe("");
    expect(JSON.parse(formatTimes([], "json"))).toEqual({ documents: [] });
  });
});
