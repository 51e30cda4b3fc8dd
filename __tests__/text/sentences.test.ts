/** The sentence splitter finds newlines with indexOf and tests ASCII letters without a regex: the same spans as the char-by-char reading. */
import { describe, it, expect } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ABBREVIATIONS, splitSentences, type Sentence } from "../../src/text/sentences.js";

/** The splitter as it was written before: every character visited, every letter tested by regex. */
function reference(text: string): Sentence[] {
  const boundary = /[.!?…]+["”’»)]*(?=\s+|$)|\n\s*\n|\n(?=\s*[-•*#–—]|\s*\S[^\n]{0,80}\n)/g;
  const out: Sentence[] = [];
  const push = (from: number, to: number) => {
    let lineStart = from;
    for (let i = from; i <= to; i++) {
      if (i === to || text.charCodeAt(i) === 10) {
        let s = lineStart;
        let e = i;
        while (s < e && /\s/.test(text[s]!)) s++;
        while (e > s && /\s/.test(text[e - 1]!)) e--;
        if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
        lineStart = i + 1;
      }
    }
  };
  const isAbbreviation = (dot: number) => {
    if (/\d/.test(text[dot - 1] ?? "")) return /^\.\s*\p{Ll}/u.test(text.slice(dot, dot + 3));
    let i = dot;
    while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
    const word = text.slice(i, dot).toLowerCase();
    if (word.length === 1 && /\p{Lu}/u.test(text[i]!)) return true;
    if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(text.slice(i, dot)) && !ABBREVIATIONS.has(word)) return true;
    if (ABBREVIATIONS.has(word)) {
      if (/^(?:etc|inc|ltd|co|corp)$/.test(word)) return false;
      // A unit after a figure before a word that only opens a sentence ("proc. W drugiej turze").
      const unit = ["proc", "tys", "mln", "mld", "r"].includes(word);
      return !(unit && /^\s+(?:W|We|Na|Z|Ze|Do|Od|Po|Za|Przed|Przy|Dla|Pod|Nad|Bez|Jak|Jako|To|Ten|Ta|Te|Tym|Ale|A|Jednak|Według|Tymczasem|Natomiast|Gdy|Kiedy|Choć|Mimo|Poza|Oprócz|Jej|Jego|Ich|Nie|Także|Również|Wtedy|Wówczas|Obecnie)\s/u.test(text.slice(dot + 1, dot + 16)));
    }
    return false;
  };
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith(".") && isAbbreviation(match.index)) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}

describe("splitSentences", () => {
  it("splits at full stops, blank lines and headline breaks, not after abbreviations", () => {
    expect(splitSentences("Dr. Nowak met Mr. Smith in the U.S. on Monday.\nHeadline\n\nPłk. X said. Then?").map((s) => s.text)).toEqual([
      "Dr. Nowak met Mr. Smith in the U.S. on Monday.",
      "Headline",
      "Płk. X said.",
      "Then?",
    ]);
  });

  it.each([
    ["'m.in.' inside a clause", "Samolot spadł na osiedle, niszcząc m.in. dwa bloki. Potem zapadła cisza.", 2],
    ["'tzn.' inside a clause", "Pożar wybuchł późno, tzn. po północy. Straż dojechała szybko.", 2],
    ["an ordinary full stop still ends a sentence", "Samolot spadł na pole. Nikt nie zginął.", 2],
    ["a Polish ordinal's dot", "Gol padł w 25. minucie meczu. Potem zapadła cisza.", 2],
    ["a date's ordinal", "Spotkanie odbyło się 22. stycznia w Gdyni. Potem wyjechali.", 2],
    ["a number that ends a sentence", "Zginęło 12. Rannych jest 40.", 2],
    ["a unit after a figure ends its sentence before a preposition", "Poparcie wyniosło 31,4 proc. W drugiej turze było wyższe.", 2],
    ["a unit after a year ends its sentence before a conjunction", "Most otwarto w 1998 r. Jednak ruch ruszył później.", 2],
    ["'proc.' before a noun in the genitive goes on", "Aż 58 proc. Polaków poparło zmianę.", 1],
    ["'tys.' before a capitalised noun goes on", "Miasto ma 80 tys. Mieszkańców w centrum.", 1],
  ])("%s", (_name, text, n) => {
    expect(splitSentences(text)).toHaveLength(n);
  });

  it.each([
    ["initials written together", "Vice-chair J.D. Orrin spoke. Then?", ["Vice-chair J.D. Orrin spoke.", "Then?"]],
    ["three initials", "Author J.R.R. Tolkien wrote. Then?", ["Author J.R.R. Tolkien wrote.", "Then?"]],
    ["a lower-case word before a dot still ends", "He left early. Then?", ["He left early.", "Then?"]],
    ["a mixed-case word is no initials", "They read Ab.Cd. Then?", ["They read Ab.Cd.", "Then?"]],
  ])("%s", (_name, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it("reads the samples, the fixtures and random strings as the char-by-char splitter does", () => {
    const root = path.resolve("__tests__/fixtures/articles");
    const texts = [
      ...readdirSync("samples").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join("samples", f), "utf8")),
      ...readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => /\.(?:md|txt)$/.test(f)).map((f) => readFileSync(path.join(root, f), "utf8")),
    ];
    const alphabet = ["Dr", "mr", "u.s", "Jan", "etc", "r", "św", "Płk", "a", "Ż", "é", "𝐀", "1", "22", ".", ". ", "!", "? ", "…", "\n", "\n\n", " ", "  ", "\t", "\u00a0", "- ", "”", ")", "x"];
    let seed = 11;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let k = 0; k < 5000; k++) {
      let text = "";
      for (let i = random(40); i > 0; i--) text += alphabet[random(alphabet.length)];
      texts.push(text);
    }
    const differing = texts.filter((t) => JSON.stringify(splitSentences(t)) !== JSON.stringify(reference(t)));
    expect(differing).toEqual([]);
  });
});
