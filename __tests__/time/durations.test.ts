import { describe, it, expect } from "@jest/globals";
import { all, exprOf, WED } from "./helpers.js";

type Row = [lang: string, text: string, span: string, value: string, mod: string | undefined, min: number | undefined, max: number | undefined];

describe("durations", () => {
  it.each<Row>([
    ["en", "They met for more than two hours.", "more than two hours", "PT2H", "MORE_THAN", 121, 180],
    ["en", "They talked for about two hours.", "about two hours", "PT2H", "APPROX", 105, 135],
    ["en", "The negotiations lasted almost five hours.", "almost five hours", "PT5H", "LESS_THAN", 255, 300],
    ["en", "It was a five-hour meeting.", "five-hour", "PT5H", undefined, 300, 300],
    // An open bound stops a second short of a length in minutes: "under two minutes" holds 90 seconds.
    ["en", "The call lasted under two minutes.", "under two minutes", "PT2M", "LESS_THAN", 1, 1.983333],
    ["en", "The jet was airborne for less than a minute.", "less than a minute", "PT1M", "LESS_THAN", 0.5, 0.983333],
    ["pl", "Spotkanie trwało mniej niż dwie minuty.", "mniej niż dwie minuty", "PT2M", "LESS_THAN", 1, 1.983333],
    ["en", "The talks lasted less than an hour.", "less than an hour", "PT1H", "LESS_THAN", 30, 59],
    ["en", "It was an hour-long meeting.", "an hour-long", "PT1H", undefined, 60, 60],
    ["en", "It was a two-hour meeting.", "two-hour", "PT2H", undefined, 120, 120],
    ["en", "It lasted 3.5 hours.", "3.5 hours", "PT3.5H", undefined, 210, 210],
    ["en", "It lasted three and a half hours.", "three and a half hours", "PT3.5H", undefined, 210, 210],
    ["en", "It lasted half an hour.", "half an hour", "PT30M", undefined, 30, 30],
    ["en", "It lasted three hours and 30 minutes.", "three hours and 30 minutes", "PT3H30M", undefined, 210, 210],
    ["en", "Unrest has gone on for more than two weeks.", "more than two weeks", "P2W", "MORE_THAN", 20161, 30240],
    ["en", "He served five years.", "five years", "P5Y", undefined, 2629800, 2629800],
    ["en", "It took a decade.", "a decade", "P1DE", undefined, 5259600, 5259600],
    ["en", "It went on for weeks.", "weeks", "PXW", undefined, 20160, undefined],
    ["en", "They held hours-long talks.", "hours-long", "PTXH", undefined, 7200 / 60, undefined],
    ["en", "It has been discussed for several years.", "several years", "PXY", undefined, 1577880, 4733640],
    ["en", "Prices rose over the past two weeks.", "the past two weeks", "P2W", undefined, 20160, 20160],
    ["en", "Prices rose over the past year.", "the past year", "P1Y", undefined, 525960, 525960],
    ["en", "He was given 23 years in prison.", "23 years", "P23Y", undefined, 12097080, 12097080],
    ["en", "A 3-year-old girl was hurt.", "3-year-old", "P3Y", undefined, 1577880, 1577880],
    ["en", "It lasted at least three days.", "at least three days", "P3D", "EQUAL_OR_MORE", 4320, 6480],
    ["en", "It can last up to ten hours.", "up to ten hours", "PT10H", "EQUAL_OR_LESS", 300, 600],
    ["en", "It lasted two hours or so.", "two hours or so", "PT2H", "APPROX", 105, 135],
    ["en", "Duration: P5Y.", "P5Y", "P5Y", undefined, 2629800, 2629800],
    ["pl", "Rozmowy trwały około dwóch godzin.", "około dwóch godzin", "PT2H", "APPROX", 105, 135],
    ["pl", "Rozmowy trwały prawie pięć godzin.", "prawie pięć godzin", "PT5H", "LESS_THAN", 255, 300],
    ["pl", "Rozmowy trwały ponad dwie godziny.", "ponad dwie godziny", "PT2H", "MORE_THAN", 121, 180],
    ["pl", "Rozmowy trwały półtorej godziny.", "półtorej godziny", "PT1.5H", undefined, 90, 90],
    ["pl", "Rozmowy trwały dwóch godzin.", "dwóch godzin", "PT2H", undefined, 120, 120],
    ["pl", "Rozmowy trwały pięć godzin.", "pięć godzin", "PT5H", undefined, 300, 300],
    // A hedge before a bare genitive singular counts one; without a hedge the form is a plural.
    ["pl", "Rozmowy trwały około godziny.", "około godziny", "PT1H", "APPROX", 52.5, 67.5],
    ["pl", "Przerwa trwała blisko minuty.", "blisko minuty", "PT1M", "LESS_THAN", 0.85, 1],
    ["pl", "Rozmowy trwały godziny.", "godziny", "PTXH", undefined, 120, undefined],
    ["pl", "Wojna trwa od trzech lat.", "trzech lat", "P3Y", undefined, 1577880, 1577880],
    ["pl", "Rozmawiali przez dwa tygodnie.", "dwa tygodnie", "P2W", undefined, 20160, 20160],
    ["pl", "Rozmawiali przez pół roku.", "pół roku", "P6M", undefined, 262980, 262980],
    ["pl", "Odbyło się pięciogodzinne spotkanie.", "pięciogodzinne", "PT5H", undefined, 300, 300],
    ["pl", "Podpisali dwuletni kontrakt.", "dwuletni", "P2Y", undefined, 1051920, 1051920],
    ["pl", "Trwał 24-godzinny strajk.", "24-godzinny", "PT24H", undefined, 1440, 1440],
    ["pl", "Trwało to kilka lat.", "kilka lat", "PXY", undefined, 1051920, 4733640],
    ["pl", "Trwało to kilkanaście dni.", "kilkanaście dni", "PXD", undefined, 15840, 27360],
    ["pl", "Rozmawiali przez ostatnie dwa lata.", "ostatnie dwa lata", "P2Y", undefined, 1051920, 1051920],
    ["pl", "Może to potrwać do pięciu godzin.", "do pięciu godzin", "PT5H", "EQUAL_OR_LESS", 150, 300],
    ["pl", "Trwało to nieco ponad dwie godziny.", "nieco ponad dwie godziny", "PT2H", "MORE_THAN", 121, 138],
  ])("%s %j → %s = %s %s [%s, %s]", (lang, text, span, value, mod, min, max) => {
    const e = exprOf(lang, WED, text, span);
    expect(e.type).toBe("DURATION");
    expect(e.value).toBe(value);
    expect(e.mod).toBe(mod);
    expect(e.minMinutes).toBe(min);
    expect(e.maxMinutes).toBe(max);
  });

  it("'almost five hours' overlaps a plain 'five-hour' meeting", () => {
    const almost = exprOf("en", WED, "The talks lasted almost five hours.", "almost five hours");
    const plain = exprOf("en", WED, "It was a five-hour meeting.", "five-hour");
    expect((almost.maxMinutes ?? 0) >= (plain.minMinutes ?? Infinity)).toBe(true);
  });

  it("'more than two hours' and 'about two hours' overlap", () => {
    const more = exprOf("en", WED, "They met for more than two hours.", "more than two hours");
    const about = exprOf("pl", WED, "Rozmowy trwały około dwóch godzin.", "około dwóch godzin");
    expect((more.minMinutes ?? 0) <= (about.maxMinutes ?? 0)).toBe(true);
  });

  it.each<[string, string]>([
    ["pl", "Do 2026 roku nic się nie zmieni."],
    ["en", "The 20-point plan was published."],
    ["en", "A second meeting is planned."],
    ["pl", "Ceny wzrosły o 5 proc."],
  ])("%s %j has no duration", (lang, text) => {
    expect(all(lang, WED, text).filter((e) => e.type === "DURATION")).toEqual([]);
  });
});
