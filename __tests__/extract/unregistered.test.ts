/**
 * People the registry does not know, found as a meeting's subject or object; institutions,
 * places and formats next to a meeting word are not people.
 */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";

const participants = (lang: string, text: string) => claimsOf(lang, text).filter((c) => c.kind === "meeting").map((c) => c.participants ?? []);

describe("unregistered meeting participants", () => {
  it.each([
    ["en", "Johann Wadephul met Antonio Tajani in Rome on Monday.", [["person-vadeful", "person-taian"]]],
    ["en", "Viktor Margorov and Laura Tisstaski met in Warsaw on Monday.", [["person-margorov", "person-tistask"]]],
    ["en", "Johann Wadephul held talks with Antonio Tajani in Rome.", [["person-vadeful", "person-taian"]]],
    ["pl", "Radosław Sikorski spotkał się z Johannem Wadephulem w Warszawie we wtorek.", [["radoslaw-sikorski", "person-vadeful"]]],
    ["pl", "Johann Wadephul i Antonio Tajani spotkali się w Rzymie.", [["person-vadeful", "person-taian"]]],
    // Not people: an institution, a sea, a format, a street.
    ["en", "The European Commission met in Brussels on Monday.", [[]]],
    ["en", "Black Sea talks resumed in Istanbul on Monday.", [[]]],
    ["en", "Normandy Format talks were held in Paris on Monday.", [[]]],
    ["pl", "Rada Bezpieczeństwa spotkała się w Nowym Jorku.", [[]]],
  ])("%s: %s", (lang, text, expected) => {
    expect(participants(lang, text)).toEqual(expected);
  });
});
