/** The hand-written tokenizer reads exactly what its regex grammar would. */
import { describe, it, expect } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { tokenize, WORD_PATTERN, type Token } from "../../src/text/tokens.js";

function reference(text: string, base: number): Token[] {
  const out: Token[] = [];
  const re = new RegExp(WORD_PATTERN.source, "gu");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let word = m[0];
    if (word.length > 2 && /['’]s$/.test(word)) word = word.slice(0, -2);
    out.push({ text: word, start: base + m.index, end: base + m.index + word.length, cap: /^\p{Lu}/u.test(word) });
  }
  return out;
}

describe("tokenize", () => {
  it.each([
    ["Kowalski's talks", ["Kowalski", "talks"]],
    ["the U.S. envoy", ["the", "U.S", "envoy"]],
    ["son-in-law — 1,200 at 14:30.", ["son-in-law", "1,200", "at", "14:30"]],
    ["Zełenski, Зеленський i Kijów", ["Zełenski", "Зеленський", "i", "Kijów"]],
    ["22nd", ["22", "nd"]],
  ])("%s", (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });

  it("marks capitalised words, beyond ASCII too", () => {
    expect(tokenize("Żaneta and ewa").map((t) => t.cap)).toEqual([true, false, false]);
  });

  it("agrees with the regex grammar on the samples, the fixtures and random strings of tricky characters", () => {
    const root = path.resolve("__tests__/fixtures/articles");
    const texts = [
      ...readdirSync("samples").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join("samples", f), "utf8")),
      ...readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => /\.(?:md|txt)$/.test(f)).map((f) => readFileSync(path.join(root, f), "utf8")),
    ];
    const alphabet = ["a", "Z", "ł", "Ż", "-", "–", "—", "'", "’", ".", ",", ":", "1", "9", " ", "\n", "é", "\u0301", "𝐀", "😀", "İ", "ǅ", "_", "s"];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 5000; k++) {
      let text = "";
      for (let i = Math.floor(random() * 30); i > 0; i--) text += alphabet[Math.floor(random() * alphabet.length)];
      texts.push(text);
    }
    const differing = texts.filter((t) => JSON.stringify(tokenize(t, 5)) !== JSON.stringify(reference(t, 5)));
    expect(differing).toEqual([]);
  });
});
