/** Loading articles: front matter, printed dates, language, and a problem (never a crash) for bad input. */
import { describe, it, expect } from "@jest/globals";
import { parseArticle } from "../../src/load/articles.js";
import { findPrintedDate } from "../../src/load/printed-date.js";

const parse = (text: string | Buffer) => parseArticle(typeof text === "string" ? Buffer.from(text) : text, "x.md", "x");

describe("parseArticle", () => {
  it.each([
    ["front matter fields", "---\nid: a1\npublished: 2026-01-21\nlang: pl\nsource: PAP\ntitle: T\nurl: https://e.x\n---\nTekst.", { id: "a1", published: "2026-01-21", lang: "pl", source: "PAP", title: "T", publishedFrom: "front-matter" }],
    ["a date-time", "---\npublished: 2026-01-21T09:30:00Z\nlang: en\n---\nText.", { published: "2026-01-21T09:30:00Z" }],
    ["a printed closing timestamp when front matter has no date", "---\nlang: en\n---\nText of the story.\n\n22.01.2026 01:59\n", { published: "2026-01-22T01:59", publishedFrom: "printed" }],
    ["no front matter at all", "Plain text.\n", { id: "x", publishedFrom: "none" }],
  ])("reads %s", (_name, text, expected) => {
    const result = parse(text);
    expect("article" in result).toBe(true);
    if ("article" in result) expect(result.article).toMatchObject(expected);
  });

  it("keeps spans relative to the body after front matter", () => {
    const result = parse("---\nlang: en\npublished: 2026-01-01\n---\nHello world.");
    if (!("article" in result)) throw new Error("expected an article");
    expect(result.article.body).toBe("Hello world.");
  });

  it("marks an undated article's relative dates as unanchored", () => {
    const result = parse("---\nlang: en\n---\nThey met on Tuesday.");
    if (!("article" in result)) throw new Error("expected an article");
    expect(result.article.problems.map((p) => p.code)).toEqual(["unanchored-date"]);
  });

  it.each([
    ["empty", "", "empty", /the article is empty/],
    ["only front matter", "---\nlang: en\n---\n", "empty", /the article is empty/],
    ["binary", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "binary", /binary file/],
    ["malformed YAML", "---\npublished: [2026\n---\nText", "front-matter", /malformed front matter/],
    ["front matter written as code", "---js\n{ published: (globalThis.frontMatterRan = '2026-01-01') }\n---\nText", "front-matter", /written as code/],
    ["front matter written as CoffeeScript", "---coffee\npublished: '2026-01-01'\n---\nText", "front-matter", /written as code/],
    ["an unclosed block", "---\npublished: 2026-01-01\nText without a closing fence", "front-matter", /never closed/],
    ["invalid UTF-8", Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x6f]), "encoding", /not valid UTF-8/],
  ])("refuses %s with a named problem", (_name, input, code, message) => {
    const result = parse(input);
    expect("problem" in result).toBe(true);
    if ("problem" in result) {
      expect(result.problem.code).toBe(code);
      expect(result.problem.message).toMatch(/^x\.md: /);
      expect(result.problem.message).toMatch(message);
    }
  });

  // The input contract (src/load/fields.ts): a bad field is left out with a problem naming the
  // file and the field, and the article is still read (before, the whole article was refused).
  it.each([
    ["a bad date", "---\npublished: yesterday\nlang: en\n---\nText", "published", /front matter "published" must be an ISO date/],
    ["an impossible day", "---\npublished: 2026-02-30\nlang: en\n---\nText", "published", /"published" .* \(got "2026-02-30"\)/],
    ["an impossible month", "---\npublished: 2026-13-45\nlang: en\n---\nText", "published", /"published" .* \(got "2026-13-45"\)/],
    ["a non-string field", "---\nlang: [en, pl]\n---\nText", "lang", /front matter "lang" must be a language code/],
    ["an unknown language", "---\nlang: xx\n---\nText", "lang", /front matter "lang" must be a language code such as en or pl \(got "xx"\)/],
  ])("reads an article with %s, without the field, and names the file and field", (_name, input, field, message) => {
    const result = parse(input);
    if (!("article" in result)) throw new Error("expected an article");
    const bad = result.article.problems.filter((p) => p.code === "bad-field");
    expect(bad).toHaveLength(1);
    expect(bad[0]!.message).toMatch(/^x\.md: /);
    expect(bad[0]!.message).toMatch(message);
    expect(bad[0]!.path).toBe("x.md");
    expect(result.article[field === "published" ? "publishedFrom" : "langFrom"]).not.toBe("front-matter");
  });

  it("never runs front matter written as code", () => {
    parse("---js\n{ published: (globalThis.frontMatterRan = '2026-01-01') }\n---\nText");
    expect((globalThis as { frontMatterRan?: string }).frontMatterRan).toBeUndefined();
  });
});

describe("findPrintedDate", () => {
  it.each([
    ["Story.\n\n#USA\n\n22.01.2026 01:59", "2026-01-22T01:59"],
    ["2025-12-03\nLondon — Story text.", "2025-12-03"],
    ["A story that mentions 22.01.2026 in the middle of a long sentence about events that happened earlier on.\nEnd.", undefined],
    ["No date here.", undefined],
    ["31.02.2026", undefined],
  ])("%j → %s", (text, expected) => {
    expect(findPrintedDate(text)).toBe(expected);
  });
});
