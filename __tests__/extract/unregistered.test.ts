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

/** Name claims of people the registry does not know: after a title with its complement, after a closing speech verb. */
const givenNames = (lang: string, text: string) => claimsOf(lang, text).filter((c) => c.kind === "name").map((c) => `${c.name!.given} ${c.name!.surname}`);

describe("unregistered people named by their position in the sentence", () => {
  it.each([
    ["pl", "„Zrobimy wszystko” – zapewnił minister sprawiedliwości Hubert Lemarchal.", ["Hubert Lemarchal"]],
    ["pl", "„Zrobimy wszystko” – zapewnił minister spraw zagranicznych Hubert Lemarchal.", ["Hubert Lemarchal"]],
    ["pl", "W muzeach są bezcenne skarby – podkreślił Hubert Lemarchal.", ["Hubert Lemarchal"]],
    ["en", "\"We will find them,\" said Hubert Lemarchal.", ["Hubert Lemarchal"]],
    ["en", "Paris prosecutor Hubertine Lemarchal said the lift was stolen.", ["Hubertine Lemarchal"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(givenNames(lang, text)).toEqual(expected);
  });

  it.each([
    // After a title's complement, an institution's name is no person.
    ["pl", "Spotkanie z dyrektorem generalnym Polskich Kolei odbyło się we wtorek."],
    // A verb is no complement of a title.
    ["pl", "Minister przyjął Huberta Lemarchala we wtorek."],
    // No closing quote or dash before the verb: the words after it are its object, not its speaker.
    ["en", "He said Hubert Lemarchal would come."],
  ])("stays silent: %s: %s", (lang, text) => {
    expect(givenNames(lang, text)).toEqual([]);
  });
});
