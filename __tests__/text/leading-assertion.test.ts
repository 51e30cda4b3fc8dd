/** A pattern run as its rest plus a check of its leading lookbehind finds exactly the original's matches. */
import { describe, it, expect } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { execSplit, literalPrefix, lookbehindLast, splitLeadingAssertion } from "../../src/text/leading-assertion.js";
import { en } from "../../src/lang/en.js";
import { pl } from "../../src/lang/pl.js";
import type { ExtractionLexicon } from "../../src/lang/lexicon.js";
import { NUMBER_WORD_PATTERN } from "../../src/normalize/numbers.js";
import { splitSentences } from "../../src/text/sentences.js";

/** [index, text] of every non-empty match, as the extractor's scan loop reads them. */
function original(re: RegExp, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m[0]]);
  }
  return out;
}

function viaSplit(source: string, flags: string, text: string): Array<[number, string]> {
  const parts = splitLeadingAssertion(source, flags)!;
  const out: Array<[number, string]> = [];
  parts.rest.lastIndex = 0;
  for (let m = execSplit(parts, text); m; m = execSplit(parts, text)) {
    if (m[0].length === 0) {
      parts.rest.lastIndex++;
      continue;
    }
    out.push([m.index, m[0]]);
  }
  return out;
}

describe("literalPrefix", () => {
  it.each([
    ["spotka\\p{L}*", 6],
    ["(?:(?:bardzo|niezwykle) )?(?:pozytywn\\p{L}*|dobr(?:e|y))", 5],
    ["(?:nie|żadn\\p{L}*|nigdy)(?![\\p{L}])", 3],
    ["we[źz]mie", 6],
    ["(?:\\p{L}+ razy|kilka)", 0],
    ["\\s+(?:gdy|bo)", 0],
    ["a{2,}bc", 1],
    ["(?:ab", 0],
  ])("%s → %d", (source, expected) => {
    expect(literalPrefix(source)).toBe(expected);
  });
});

describe("splitLeadingAssertion", () => {
  it("splits a lookbehind before a group of words", () => {
    const parts = splitLeadingAssertion("(?<![\\p{L}])(?:spotka\\p{L}*|rozmow\\p{L}*)", "gu");
    expect(parts?.assertion.source).toBe("(?<![\\p{L}])");
    expect(parts?.assertion.flags).toBe("uy");
    expect(parts?.rest.source).toBe("(?:spotka\\p{L}*|rozmow\\p{L}*)");
    expect(parts?.rest.flags).toBe("gu");
  });

  it.each([
    ["no leading lookbehind", "\\b(?:meet|talks)\\b"],
    ["a top-level alternation", "(?<![\\p{L}])spotkanie|rozmowy"],
    ["a capture inside the lookbehind", "(?<!(x))spotkanie"],
    ["a rest that starts with a letter class", "(?<![\\p{L}])(?:\\p{L}+ razy|kilka razy)"],
    ["a rest that starts with short words", "(?<![\\p{L}])(?:w|we|na)(?![\\p{L}])"],
    ["nothing after the lookbehind", "(?<![\\p{L}])"],
  ])("leaves alone %s: %s", (_label, source) => {
    expect(splitLeadingAssertion(source, "gu")).toBeUndefined();
  });

  const tricky: Array<[string, string, string]> = [
    ["(?<=[a-z])(?:aaa)", "gu", "aaaaa aaaa baaa"],
    ["(?<![\\p{L}])(?:𝐀bcd|abcd)", "gu", "𝐀𝐀bcd 𝐀bcd x𝐀bcd abcdabcd -abcd"],
    ["(?<![\\p{L}\\d])(?:dwa|dwie|dwadzieścia)(?![\\p{L}])", "gu", "dwadwa 2dwa dwadzieścia, dwie; dwa"],
    ["(?<![\\p{L}])(?:abc(?:\\s+abc)*)", "giu", "ABC abc xabc abc ABCabc"],
    ["(?<!x)(?:xyyy|yyyy)", "gu", "xyyy xxyyy yyyyyy xxxyyyy"],
  ];
  it.each(tricky)("finds the original's matches: %s", (source, flags, text) => {
    expect(viaSplit(source, flags, text)).toEqual(original(new RegExp(source, flags), text));
  });
});

/** Every lexicon pattern the extractor splits, over every sample and fixture sentence and random strings of its own words. */
describe("split lexicon patterns match what the originals match", () => {
  // Nested sections (the count words of `counts`) are walked too.
  const sources = (value: unknown): string[] => {
    if (typeof value === "string") return [value];
    if (Array.isArray(value) && Array.isArray(value[0])) return (value as Array<[string, string]>).map(([, source]) => source);
    if (value && typeof value === "object" && !Array.isArray(value)) return Object.values(value).flatMap(sources);
    return [];
  };
  const patterns = (lex: ExtractionLexicon): string[] => [...Object.values(lex).flatMap(sources), NUMBER_WORD_PATTERN(lex.lang, { digits: false })];
  const root = path.resolve("__tests__/fixtures/articles");
  const texts = [
    ...readdirSync("samples").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join("samples", f), "utf8")),
    ...readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => /\.(?:md|txt)$/.test(f)).map((f) => readFileSync(path.join(root, f), "utf8")),
  ];
  const sentences = texts.flatMap((t) => splitSentences(t).map((s) => s.text));
  const split = [...patterns(en), ...patterns(pl)].filter((source) => splitLeadingAssertion(source, "gu") !== undefined);

  it("splits most Polish patterns", () => {
    expect(split.length).toBeGreaterThan(20);
  });

  it.each(split)("%s", (source) => {
    // Random strings of the pattern's own words, glued by letters, digits, spaces and astral letters.
    const words = source.match(/\p{L}{2,}/gu) ?? [];
    const glue = ["", " ", "x", "ł", "1", "𝐀", "-", ", "];
    let seed = source.length;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const strings = [...sentences, ...sentences.map((s) => s.toLowerCase())];
    for (let k = 0; k < 300; k++) {
      let text = "";
      for (let i = random(8); i > 0; i--) text += glue[random(glue.length)]! + (words[random(words.length)] ?? "");
      strings.push(text);
    }
    for (const flags of ["gu", "giu"]) {
      const re = new RegExp(source, flags);
      const differing = strings.filter((t) => JSON.stringify(viaSplit(source, flags, t)) !== JSON.stringify(original(re, t)));
      expect(differing).toEqual([]);
    }
  });
});

describe("lookbehindLast", () => {
  it.each([
    ["(?<=(?:plane|jet)\\s+)plunged", "(?=plunged)(?<=(?:plane|jet)\\s+)plunged"],
    ["(?<!cyber-?)(?<!hackers\\s+)attack(?:s|ed)?", "(?=attack(?:s|ed)?)(?<!cyber-?)(?<!hackers\\s+)attack(?:s|ed)?"],
    // Nothing to move, or a rest that is an alternation of its own (the assertion covers its first branch only).
    ["spotka\\p{L}*", "spotka\\p{L}*"],
    ["(?<!x)abc|def", "(?<!x)abc|def"],
  ])("%s", (source, expected) => {
    expect(lookbehindLast(source)).toBe(expected);
  });

  it("finds the same matches inside an alternation as the original", () => {
    const text = "The plane plunged into a lake. Shares plunged. A jet  plunged again; hackers attacked, the army attacked.";
    for (const source of ["(?<=(?:plane|jet)\\s+)plunged", "(?<!hackers\\s)attack(?:s|ed)?"]) {
      const original = new RegExp(`(?<![\\p{L}])(?:meeting|${source})(?![\\p{L}])`, "gu");
      const moved = new RegExp(`(?<![\\p{L}])(?:meeting|${lookbehindLast(source)})(?![\\p{L}])`, "gu");
      expect([...text.matchAll(moved)].map((m) => m.index)).toEqual([...text.matchAll(original)].map((m) => m.index));
      expect([...text.matchAll(original)].length).toBeGreaterThan(0);
    }
  });
});
