import { describe, it, expect } from "@jest/globals";
import { NUMBER_WORD_PATTERN, parseNumberPhrase, vagueQuantity } from "../../src/normalize/numbers.js";

describe("parseNumberPhrase", () => {
  it.each<[string, string, number | undefined]>([
    ["3.5", "en", 3.5],
    ["3,5", "pl", 3.5],
    ["1,200", "en", 1200],
    ["55", "en", 55],
    ["two", "en", 2],
    ["twenty-three", "en", 23],
    ["twenty three", "en", 23],
    ["a hundred", "en", 100],
    ["one hundred and five", "en", 105],
    ["three and a half", "en", 3.5],
    ["two thousand", "en", 2000],
    ["dwóch", "pl", 2],
    ["dwie", "pl", 2],
    ["dwa", "pl", 2],
    ["pięciu", "pl", 5],
    ["pięć", "pl", 5],
    ["trzech", "pl", 3],
    ["półtorej", "pl", 1.5],
    ["półtora", "pl", 1.5],
    ["dwadzieścia trzy", "pl", 23],
    ["dwa i pół", "pl", 2.5],
    ["sto dwadzieścia", "pl", 120],
    ["kilkanaście", "pl", undefined],
    ["several", "en", undefined],
    ["three three", "en", undefined],
    ["hello", "en", undefined],
    ["", "en", undefined],
  ])("%j (%s) → %s", (text, lang, value) => {
    expect(parseNumberPhrase(text, lang)).toBe(value);
  });
});

describe("vagueQuantity", () => {
  it.each<[string, string, [number, number] | undefined]>([
    ["dozens", "en", [24, 99]],
    ["hundreds", "en", [200, 999]],
    ["several", "en", [3, 9]],
    ["a few", "en", [2, 9]],
    ["kilka", "pl", [2, 9]],
    ["kilkanaście", "pl", [11, 19]],
    ["kilkadziesiąt", "pl", [20, 99]],
    ["kilkaset", "pl", [200, 999]],
    ["two", "en", undefined],
  ])("%j (%s) → %j", (word, lang, range) => {
    expect(vagueQuantity(word, lang)).toEqual(range);
  });
});

describe("NUMBER_WORD_PATTERN", () => {
  it.each<[string, string, string]>([
    ["en", "for twenty-three hours", "twenty-three"],
    ["en", "after 3.5 hours", "3.5"],
    ["en", "three and a half hours", "three and a half"],
    ["en", "dozens of people", "dozens of"],
    ["pl", "około dwóch godzin", "dwóch"],
    ["pl", "półtorej godziny", "półtorej"],
    ["pl", "przez 3,5 godziny", "3,5"],
  ])("%s %j matches %j", (lang, text, expected) => {
    const re = new RegExp(NUMBER_WORD_PATTERN(lang), "iu");
    expect(re.exec(text)?.[0]).toBe(expected);
  });

  it("does not match inside words", () => {
    expect(new RegExp(NUMBER_WORD_PATTERN("en"), "iu").exec("someone often")).toBeNull();
  });
});
