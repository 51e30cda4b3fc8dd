/** Simple front matter is read without gray-matter, with exactly gray-matter's fields and body. */
import { describe, it, expect } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { quickFrontMatter, splitFrontMatter } from "../../src/load/front-matter.js";

function viaGrayMatter(text: string): { data: Record<string, unknown>; content: string } | "throws" {
  try {
    const parsed = matter(text, {});
    return { data: parsed.data ?? {}, content: parsed.content };
  } catch {
    return "throws";
  }
}

function viaSplit(text: string): { data: Record<string, unknown>; content: string } | "throws" {
  try {
    return splitFrontMatter(text);
  } catch {
    return "throws";
  }
}

const files = (dir: string) => readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(path.join(dir, f), "utf8"));

/** Read without gray-matter. */
const quick: string[] = [
  "",
  "Plain text.\n",
  "---\nlang: en\n---\nBody.",
  "---\nlang: en\n---\n",
  "---\nlang: en\n---\n\nBody after a blank line.",
  "---\npublished: 2026-01-21\nlang: pl\nsource: Portal\ntitle: Tytuł z ogonkami, (PAP) i 'cudzysłowem'\n---\nTekst.",
  "---\npublished: 2026-02-31\n---\nA day Date.UTC rolls over.",
  "---\nsource: \"English-language site (relays AP: and more)\"\ntitle: 'Quoted: yes'\n---\nB",
  "---\nid: a1\nauthor: Someone Else\n---\nB",
];

/** Left to gray-matter. */
const slow: string[] = [
  "---\nlang: en # a comment\n---\nB",
  "---\n# a comment\nlang: en\n---\nB",
  "---\nlang: true\n---\nB",
  "---\nlang: Null\n---\nB",
  "---\nid: 12\n---\nB",
  "---\r\nlang: en\r\n---\r\nB",
  "---\npublished: 2026-01-21T09:30:00Z\n---\nB",
  "---\nlang: en\nlang: pl\n---\nB",
  "---\n\n---\nB",
  "---\n---\nB",
  "---\nurl: https://example.org/a\n---\nB",
  "---\ntags: [a, b]\n---\nB",
  "---\npublished: [2026\n---\nB",
  "---\nlang: en \n---\nB",
  "---\nlang:  en\n---\nB",
  "---\nlang:\n---\nB",
  "\uFEFF---\nlang: en\n---\nB",
  "\uFEFFPlain text.",
  "---\nlang: en\n----\nB",
  "---\nlang: en\n--- x\nB",
  "---yaml\nlang: en\n---\nB",
  "---\ntitle: \"a \\\"b\\\"\"\n---\nB",
  "---\nlang: en\n---",
  "---\nlang: en\nBody without a closing line.",
  "---\n  lang: en\n---\nB",
  "- a list\n",
];

describe("front matter", () => {
  it.each([...files("samples"), ...files("__tests__/fixtures/articles")].map((text) => [text.slice(0, 40), text]))("reads %j without gray-matter", (_head, text) => {
    expect(quickFrontMatter(text)).toEqual(viaGrayMatter(text));
  });

  it.each(quick.map((text) => [text]))("reads %j without gray-matter, as gray-matter does", (text) => {
    const result = quickFrontMatter(text);
    expect(result).toBeDefined();
    expect(result).toEqual(viaGrayMatter(text));
  });

  it.each(slow.map((text) => [text]))("leaves %j to gray-matter", (text) => {
    expect(quickFrontMatter(text)).toBeUndefined();
    expect(viaSplit(text)).toEqual(viaGrayMatter(text));
  });
});
