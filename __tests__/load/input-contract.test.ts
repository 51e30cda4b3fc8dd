/**
 * One input contract for article files and JSON Lines (src/load/fields.ts): the same fields give
 * the same article and the same problems, naming the file (or file:line) and the field; a bad
 * field is left out and the article is still read.
 */
import { describe, it, expect } from "@jest/globals";
import { parseArticle } from "../../src/load/articles.js";
import { parseJsonlChunk } from "../../src/load/jsonl.js";
import { validLang, validPublished } from "../../src/load/fields.js";
import type { Article, Problem } from "../../src/types.js";

type Fields = Record<string, unknown>;

function fromFile(fields: Fields, body: string): { article?: Article; problem?: Problem } {
  const yaml = Object.entries(fields).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`).join("\n");
  const result = parseArticle(Buffer.from(`---\n${yaml}\n---\n${body}`), "news/a.md", "a");
  return "article" in result ? { article: result.article } : { problem: result.problem };
}

async function fromLine(fields: Fields, body: string): Promise<{ article?: Article; problem?: Problem }> {
  const bytes = new TextEncoder().encode(`${JSON.stringify({ ...fields, text: body })}\n`);
  const [item] = await parseJsonlChunk({ label: "corpus.jsonl", stem: "corpus", firstLine: 7, bytes });
  return item && "article" in item ? { article: item.article } : { problem: item!.problem };
}

/** What both readers must agree on: the fields read and the problems, with the place named. */
function shape(r: { article?: Article; problem?: Problem }, where: string): unknown {
  if (!r.article) return { problem: r.problem?.code };
  const a = r.article;
  return {
    published: a.published ?? null,
    lang: a.langFrom === "front-matter" ? a.lang : "(detected)",
    source: a.source ?? null,
    title: a.title ?? null,
    problems: a.problems.filter((p) => p.code === "bad-field").map((p) => p.message.replace(where, "WHERE").replace(/front matter "|field "/, '"')),
  };
}

const body = "The minister met the mayor on Tuesday.";

describe("files and JSON Lines read fields the same way", () => {
  it.each<[string, Fields]>([
    ["good fields", { published: "2026-01-21", lang: "en", source: "Wire", title: "Talks" }],
    ["a date-time with an offset", { published: "2026-01-21T20:00:00-05:00", lang: "en" }],
    ["an impossible day (2026-02-30)", { published: "2026-02-30", lang: "en" }],
    ["an impossible month (2026-13-45)", { published: "2026-13-45", lang: "en" }],
    ["an hour past 23", { published: "2026-01-21T25:00:00Z", lang: "en" }],
    ["a word for a date", { published: "yesterday", lang: "en" }],
    ["a number for a date", { published: 20260121, lang: "en" }],
    ["an unknown language", { published: "2026-01-21", lang: "xx" }],
    ["a language name instead of a code", { published: "2026-01-21", lang: "english" }],
    ["a region subtag", { published: "2026-01-21", lang: "en-GB" }],
    ["a list for a title", { published: "2026-01-21", lang: "pl", title: ["a", "b"] }],
    ["a number for a source", { published: "2026-01-21", lang: "pl", source: 7 }],
  ])("%s", async (_name, fields) => {
    const file = fromFile(fields, body);
    const line = await fromLine(fields, body);
    expect(file.article).toBeDefined();
    expect(line.article).toBeDefined();
    expect(shape(line, "corpus.jsonl:7")).toEqual(shape(file, "news/a.md"));
    for (const p of line.article!.problems.filter((q) => q.code === "bad-field")) expect(p.message).toMatch(/^corpus\.jsonl:7: field "\w+" /);
    for (const p of file.article!.problems.filter((q) => q.code === "bad-field")) expect(p.message).toMatch(/^news\/a\.md: front matter "\w+" /);
  });

  it("an impossible date is never moved to another day", async () => {
    const file = fromFile({ published: "2026-02-30", lang: "en" }, body);
    expect(file.article?.published).toBeUndefined();
    expect(file.article?.problems.map((p) => p.code)).toEqual(["bad-field", "unanchored-date"]);
  });

  it("a bad date falls back to the date printed in the text", async () => {
    const line = await fromLine({ published: "2026-02-30", lang: "en" }, `${body}\n\n22.01.2026 01:59\n`);
    expect(line.article?.published).toBe("2026-01-22T01:59");
    expect(line.article?.publishedFrom).toBe("printed");
  });
});

describe("validPublished", () => {
  it.each(["2026-01-21", "2024-02-29", "2026-01-21T09:30", "2026-01-21T09:30:00Z", "2026-01-21 09:30:00.123+01:00", "2026-01-21T23:59:59-0530"])("accepts %s", (value) => {
    expect(validPublished(value)).toBe(value);
  });
  it.each(["2026-02-30", "2025-02-29", "2026-13-45", "2026-00-10", "2026-01-00", "2026-01-21T24:00", "2026-01-21T10:60", "2026-01-21T10:00+15:00", "21.01.2026", "yesterday", "", 20260121, null])("refuses %s", (value) => {
    expect(validPublished(value)).toBeUndefined();
  });
});

describe("validLang", () => {
  it.each([["en", "en"], ["PL", "pl"], ["en-GB", "en"], ["pl_PL", "pl"], ["de", "de"], ["und", "und"]])("reads %s as %s", (value, lang) => {
    expect(validLang(value)).toBe(lang);
  });
  it.each(["xx", "qq", "english", "e1", "", "en-", 42])("refuses %s", (value) => {
    expect(validLang(value)).toBeUndefined();
  });
});
