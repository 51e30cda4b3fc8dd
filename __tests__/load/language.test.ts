/**
 * Language identification of articles without a `lang` field, down to one sentence: names do not
 * decide the language, and a near tie on a few words goes to a language crosscheck reads.
 */
import { describe, it, expect, beforeAll } from "@jest/globals";
import { detectLanguage, prepareLanguageDetector } from "../../src/load/language.js";

beforeAll(async () => {
  await prepareLanguageDetector();
});

describe("detectLanguage", () => {
  it.each([
    ["Johann Wadephul met Antonio Tajani in Porto.", "en"],
    ["Kowalczyk won.", "en"],
    ["Costa hosted Orpo in Tampere on Friday.", "en"],
    ["The outage lasted six hours.", "en"],
    ["Pożar wybuchł o 22.15.", "pl"],
    ["Kowalski i Nowak rozmawiali w Tampere.", "pl"],
    ["Rannych zostało dwóch Włochów.", "pl"],
    // Other languages are still told apart where the words say so.
    ["Le président a rencontré son homologue à Paris lundi.", "fr"],
    ["Der Bundeskanzler hat am Montag mit dem Präsidenten gesprochen.", "de"],
  ])("%s → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("reads a long article as a whole", () => {
    const article = "Firefighters worked through the night to contain the blaze at the warehouse, and residents of nearby streets were told to keep their windows closed. ".repeat(5);
    expect(detectLanguage(article)).toBe("en");
  });
});
