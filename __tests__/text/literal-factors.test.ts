/** The literal prefilter may skip a pattern only where it cannot match. */
import { describe, it, expect } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { FactorScanner, requiredFactors } from "../../src/text/literal-factors.js";
import { en } from "../../src/lang/en.js";
import { pl } from "../../src/lang/pl.js";
import type { ExtractionLexicon } from "../../src/lang/lexicon.js";
import { splitSentences } from "../../src/text/sentences.js";

describe("requiredFactors", () => {
  it.each([
    ["plain words", "\\b(?:met|talks)\\b", ["met", "talks"]],
    ["an optional prefix multiplies out", "\\b(?:(?:very )?good)\\b", ["good", "very good"]],
    ["a small class multiplies out", "\\b[Ww]e\\b", ["We", "we"]],
    ["an unknown head keeps the literal tail", "\\p{L}+ razy", [" razy"]],
    ["lookarounds add nothing", "(?<![\\p{L}])(?:spotka\\p{L}*)(?![\\p{L}])", ["spotka"]],
    ["a group repeated at least once keeps its factors", "(?:ab)+c?", ["ab"]],
    ["the most selective part of a sequence wins", "\\s+(?:of|the)\\s+\\w+\\s+(?:meeting|summit)", ["meeting", "summit"]],
    ["escaped punctuation is literal", "u\\.s\\.", ["u.s."]],
  ])("%s: %s", (_label, source, expected) => {
    expect(requiredFactors(source)?.sort()).toEqual([...expected].sort());
  });

  it.each([
    ["a branch with no fixed text", "\\b(?:met|\\d+)\\b"],
    ["an optional whole", "(?:met)?"],
    ["only any character", ".+"],
    ["a digit class", "\\d+"],
    ["a negated class", "[^,.]+"],
    ["a range", "[a-z]+"],
    ["unbalanced syntax", "(?:met"],
    ["only a back-reference", "(a)?\\1"],
  ])("gives up on %s: %s", (_label, source) => {
    expect(requiredFactors(source)).toBeUndefined();
  });
});

describe("FactorScanner", () => {
  it("marks exactly the patterns with a factor in the text, and those without factors always", () => {
    const scanner = new FactorScanner([["he", "she"], ["hers"], ["his"], undefined, ["x"]]);
    const possible = new Uint8Array(scanner.size);
    scanner.scan("ushers", possible);
    expect([...possible]).toEqual([1, 1, 0, 1, 0]);
    scanner.scan("this", possible);
    expect([...possible]).toEqual([0, 0, 1, 1, 0]);
  });
});

/** Every pattern of both lexicons, against every sentence of the samples and fixtures. */
describe("no lexicon pattern is ever skipped where it matches", () => {
  // Nested sections (the count words of `counts`) are walked too.
  const entries = (key: string, value: unknown): Array<[string, string]> => {
    if (typeof value === "string") return [[key, value]];
    if (Array.isArray(value) && Array.isArray(value[0])) return (value as Array<[string, string]>).map(([name, source]) => [`${key}.${name}`, source]);
    if (value && typeof value === "object" && !Array.isArray(value)) return Object.entries(value).flatMap(([name, inner]) => entries(`${key}.${name}`, inner));
    return [];
  };
  const patterns = (lex: ExtractionLexicon): Array<[string, string]> => Object.entries(lex).flatMap(([key, value]) => entries(key, value));
  const root = path.resolve("__tests__/fixtures/articles");
  const texts = [
    ...readdirSync("samples").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join("samples", f), "utf8")),
    ...readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => /\.(?:md|txt)$/.test(f)).map((f) => readFileSync(path.join(root, f), "utf8")),
  ];
  const sentences = texts.flatMap((t) => splitSentences(t).map((s) => s.text.toLowerCase()));

  it("reads a real corpus", () => {
    expect(sentences.length).toBeGreaterThan(300);
  });

  it.each([...patterns(en), ...patterns(pl)].filter(([, source]) => !/\p{Lu}/u.test(source.replace(/\\[pP]\{[^}]*\}|\\[A-Za-z]/g, ""))))(
    "%s",
    (_name, source) => {
      const factors = requiredFactors(source);
      if (!factors) return;
      const re = new RegExp(source, "u");
      for (const sentence of sentences) if (re.test(sentence)) expect(factors.some((f) => sentence.includes(f))).toBe(true);
    },
  );
});
