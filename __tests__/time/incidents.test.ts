/**
 * What incident reports need from the time normaliser: durations against points in time, ranges,
 * offsets from an event, clock times with hedges and zones, and weekdays written next to dates.
 * Every construction has a case where it fires and one where it stays silent.
 */
import { describe, it, expect } from "@jest/globals";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArticle } from "../../src/load/articles.js";
import { referenceDateProblem } from "../../src/normalize/time/index.js";
import { formatTimes } from "../../src/format/times.js";
import { timeValue, utcWindow } from "../../src/extract/time-value.js";
import { runCli } from "../helpers/cli.js";
import { all, exprOf, WED } from "./helpers.js";

/** Monday 2025-04-28 was a Monday; the tables below are anchored on the Tuesday after it. */
const TUE = "2025-04-29";

type DurRow = [lang: string, text: string, span: string, value: string, min: number, max: number];

describe("a count of time units is a duration", () => {
  it.each<DurRow>([
    ["en", "The storm kept the port shut for eight years.", "eight years", "P8Y", 4207680, 4207680],
    ["en", "The bridge took a decade to rebuild.", "a decade", "P1DE", 5259600, 5259600],
    ["en", "Firefighters worked for three-and-a-half hours.", "three-and-a-half hours", "PT3.5H", 210, 210],
    ["en", "After a two-and-a-half-hour standoff the men gave up.", "two-and-a-half-hour", "PT2.5H", 150, 150],
    ["en", "The siren sounded for just 40 minutes.", "40 minutes", "PT40M", 40, 40],
    ["en", "Rebels offered 24–48 hour ceasefires.", "24–48 hour", "PTXH", 1440, 2880],
    ["en", "Rebels offered 24-48-hour ceasefires.", "24-48-hour", "PTXH", 1440, 2880],
    ["en", "The pause could last between 24 and 48 hours.", "between 24 and 48 hours", "PTXH", 1440, 2880],
    ["en", "Repairs take two to three days.", "two to three days", "PXD", 2880, 4320],
    ["pl", "Akcja gaśnicza trwała półtorej godziny.", "półtorej godziny", "PT1.5H", 90, 90],
    ["pl", "Spotkanie trwało dwie i pół godziny.", "dwie i pół godziny", "PT2.5H", 150, 150],
    ["pl", "Proponowano rozejmy trwające od 24 do 48 godzin.", "24 do 48 godzin", "PTXH", 1440, 2880],
    ["pl", "Naprawa zajmie 2-3 dni.", "2-3 dni", "PXD", 2880, 4320],
    ["pl", "Między 24 a 48 godzin trwały przerwy.", "Między 24 a 48 godzin", "PTXH", 1440, 2880],
    ["pl", "Siedmiominutowa akcja złodziei zaskoczyła strażników.", "Siedmiominutowa", "PT7M", 7, 7],
    ["pl", "Odbyło się dwugodzinne spotkanie burmistrzów.", "dwugodzinne", "PT2H", 120, 120],
    ["pl", "Pięciogodzinne rozmowy zakończyły się bez porozumienia.", "Pięciogodzinne", "PT5H", 300, 300],
    ["pl", "Alarm trwał kilka sekund.", "kilka sekund", "PTXS", 0.033, 0.15],
  ])("%s %j: %j is %s [%s, %s] min", (lang, text, span, value, min, max) => {
    const e = exprOf(lang, WED, text, span);
    expect(e.type).toBe("DURATION");
    expect(e.value).toBe(value);
    expect([e.minMinutes, e.maxMinutes]).toEqual([min, max]);
    expect(e.after).toBeUndefined();
    expect(e.before).toBeUndefined();
  });

  it("keeps 'nieco ponad godzinę' a hedged hour", () => {
    const e = exprOf("pl", WED, "Narada trwała nieco ponad godzinę.", "nieco ponad godzinę");
    expect([e.value, e.mod, e.minMinutes, e.maxMinutes]).toEqual(["PT1H", "MORE_THAN", 61, 69]);
  });

  it.each<[string, string, string]>([
    // A hyphenated half is not half an hour; a half alone still is.
    ["en", "They waited half an hour.", "half an hour"],
    ["en", "It was a half-hour drive.", "half-hour"],
  ])("silent on the range and half rules: %s %j", (lang, text, span) => {
    const e = exprOf(lang, WED, text, span);
    expect(e.minMinutes).toBe(30);
  });

  it("a range needs a rising second count and a unit", () => {
    expect(all("en", WED, "Scores were 48-24 at the end.").filter((e) => e.type === "DURATION")).toEqual([]);
    expect(all("pl", WED, "Wynik 3-2 dla gospodarzy.").filter((e) => e.type === "DURATION")).toEqual([]);
  });
});

describe("a preposition or 'ago' makes a point, or an offset from an event", () => {
  type OffsetRow = [lang: string, text: string, span: string, value: string, rel: "after" | "before", anchor: string];
  it.each<OffsetRow>([
    ["en", "The jet came down less than a minute after taking off.", "less than a minute", "PT1M", "after", "taking off"],
    ["en", "It stalled a few seconds after lifting off from the runway.", "a few seconds", "PTXS", "after", "lifting off"],
    ["en", "The roof fell in five minutes after the blast, police said.", "five minutes", "PT5M", "after", "the blast"],
    ["en", "Power came back 11 hours after the grid failed.", "11 hours", "PT11H", "after", "the grid failed"],
    ["en", "The mayors spoke a day before the summit opened.", "a day", "P1D", "before", "the summit opened"],
    ["pl", "Samolot spadł pięć minut po starcie.", "pięć minut", "PT5M", "after", "starcie"],
    ["pl", "Silniki zgasły trzy sekundy po starcie - wynika z raportu.", "trzy sekundy", "PT3S", "after", "starcie"],
    ["pl", "Rozmawiali dwa dni przed wyborami w Gdańsku.", "dwa dni", "P2D", "before", "wyborami"],
  ])("%s %j: %j %s %j", (lang, text, span, value, rel, anchor) => {
    const e = exprOf(lang, WED, text, span);
    expect(e.type).toBe("DURATION");
    expect(e.value).toBe(value);
    expect(e[rel]).toBe(anchor);
  });

  it.each<[string, string]>([
    ["en", "Friday was meant to be a day of quiet diplomacy."],
    ["en", "It happened on a day like any other."],
  ])("'a day' naming a day is no length: %s %j", (lang, text) => {
    expect(all(lang, WED, text).filter((e) => e.type === "DURATION")).toEqual([]);
  });

  it("'a day' measured stays a duration", () => {
    expect(exprOf("en", WED, "The envoy spent a day in the port city.", "a day").value).toBe("P1D");
    expect(exprOf("en", WED, "After an hour of talks they left.", "an hour").value).toBe("PT1H");
  });

  it.each<[string, string, string, string]>([
    ["en", "Two days ago the dam broke.", "Two days ago", "2026-01-19"],
    ["en", "The dam broke a day earlier.", "a day earlier", "2026-01-20"],
    ["pl", "Tama pękła dzień wcześniej.", "dzień wcześniej", "2026-01-20"],
    ["pl", "Tama pękła dwa dni temu.", "dwa dni temu", "2026-01-19"],
  ])("%s %j: %j is the date %s, not a duration", (lang, text, span, value) => {
    const e = exprOf(lang, WED, text, span);
    expect(e.type).toBe("DATE");
    expect(e.value).toBe(value);
  });

  it.each<[string, string, string, string]>([
    ["en", "The plant has been closed since 2010.", "2010", "2010"],
    ["en", "In 2009 the company moved north.", "2009", "2009"],
    ["pl", "Fabrykę zamknięto w 2009 roku.", "2009 roku", "2009"],
  ])("a bare year in running text is a date: %s %j", (lang, text, span, value) => {
    const e = exprOf(lang, WED, text, span);
    expect([e.type, e.value]).toEqual(["DATE", value]);
  });

  it.each<[string, string]>([
    ["pl", "Strony wymieniły jeńców w formacie 1000 za 1000."],
    ["pl", "Obie armie oddały po 1000 żołnierzy."],
    ["en", "The sides swapped prisoners 1000 for 1000."],
    ["en", "The pilot had flown 1100 hours on the type."],
  ])("a count is not a year or a clock time: %s %j", (lang, text) => {
    expect(all(lang, WED, text).filter((e) => e.type === "DATE" || e.type === "TIME")).toEqual([]);
  });
});

describe("clock times", () => {
  type ClockRow = [lang: string, text: string, span: string, value: string, mod: string | undefined, earliest: string, latest: string];
  it.each<ClockRow>([
    ["en", "The warehouse caught fire at 10:15 pm on Monday.", "10:15 pm on Monday", "2025-04-28T22:15", undefined, "2025-04-28T22:15", "2025-04-28T22:15"],
    ["en", "The line went dead at 12:33 p.m. Monday.", "12:33 p.m. Monday", "2025-04-28T12:33", undefined, "2025-04-28T12:33", "2025-04-28T12:33"],
    ["en", "The first tremor came shortly after 3 am on Monday.", "shortly after 3 am on Monday", "2025-04-28T03:00", "AFTER", "2025-04-28T03:00", "2025-04-28T03:30"],
    ["en", "On Monday the ferry sank at around 10:45.", "Monday the ferry sank at around 10:45", "", "", "", ""],
    ["pl", "W poniedziałek o godz. 22.15 wybuchł pożar.", "poniedziałek o godz. 22.15", "2025-04-28T22:15", undefined, "2025-04-28T22:15", "2025-04-28T22:15"],
    ["pl", "Pożar wybuchł w poniedziałek ok. 21.00.", "poniedziałek ok. 21.00", "2025-04-28T21:00", "APPROX", "2025-04-28T20:30", "2025-04-28T21:30"],
    ["pl", "Prąd wrócił w poniedziałek po godz. 23:00.", "poniedziałek po godz. 23:00", "2025-04-28T23:00", "AFTER", "2025-04-28T23:00", "2025-04-29T01:00"],
    ["pl", "W poniedziałek około południa zgasło światło.", "poniedziałek około południa", "2025-04-28T12:00", "APPROX", "2025-04-28T11:00", "2025-04-28T13:00"],
    ["pl", "W poniedziałek tuż przed 18:30 runął dach.", "poniedziałek tuż przed 18:30", "2025-04-28T18:30", "BEFORE", "2025-04-28T18:00", "2025-04-28T18:30"],
  ])("%s %j", (lang, text, span, value, mod, earliest, latest) => {
    if (value === "") {
      // Silent case: the day and the clock are in different phrases; the clock keeps its own hedge.
      const e = exprOf(lang, TUE, text, "around 10:45");
      expect([e.mod, e.earliest, e.latest]).toEqual(["APPROX", "2025-04-28T10:30", "2025-04-28T11:00"]);
      return;
    }
    const e = exprOf(lang, TUE, text, span);
    expect(e.type).toBe("TIME");
    expect(e.value).toBe(value);
    expect(e.mod).toBe(mod);
    expect([e.earliest, e.latest]).toEqual([earliest, latest]);
  });

  type ZoneRow = [lang: string, ref: string, text: string, span: string, value: string, zone: string, offset: number | undefined];
  it.each<ZoneRow>([
    ["en", TUE, "The outage began around 1033 GMT on Monday.", "around 1033 GMT on Monday", "2025-04-28T10:33", "GMT", 0],
    ["en", TUE, "On Monday the jet left at 1339 IST (0809 UTC).", "1339 IST", "2025-04-28T13:39", "IST", undefined],
    ["en", TUE, "On Monday the jet left at 1339 IST (0809 UTC).", "0809 UTC", "2025-04-28T08:09", "UTC", 0],
    ["en", "2026-07-15", "The vote closed at 9 p.m. local time.", "9 p.m. local time", "2026-07-15T21:00", "local", undefined],
    ["en", "2026-07-15", "Trading halted at 9:40 a.m. Eastern time.", "9:40 a.m. Eastern time", "2026-07-15T09:40", "ET", -240],
    ["en", "2026-01-21", "Trading halted at 9:40 a.m. Eastern time.", "9:40 a.m. Eastern time", "2026-01-21T09:40", "ET", -300],
    ["en", "2026-01-21", "Flights resumed at 14:00 CET.", "14:00 CET", "2026-01-21T14:00", "CET", 60],
    ["pl", "2026-07-15", "Lokale zamknięto o 21:00 czasu polskiego.", "21:00 czasu polskiego", "2026-07-15T21:00", "czasu polskiego", 120],
    ["pl", "2026-01-21", "Lokale zamknięto o 21:00 czasu polskiego.", "21:00 czasu polskiego", "2026-01-21T21:00", "czasu polskiego", 60],
    ["pl", "2026-07-15", "Samolot wystartował o 13:38 czasu lokalnego.", "13:38 czasu lokalnego", "2026-07-15T13:38", "local", undefined],
  ])("%s %s %j: %j in %s (%s)", (lang, ref, text, span, value, zone, offset) => {
    const e = exprOf(lang, ref, text, span);
    expect(e.type).toBe("TIME");
    expect(e.value).toBe(value);
    expect(e.zone).toBe(zone);
    expect(e.utcOffsetMinutes).toBe(offset);
  });

  it("a wire-style time in brackets shares the day written after it", () => {
    const text = "The outage hit at 12:33 local time (1033 GMT) on Monday.";
    expect(exprOf("en", TUE, text, "12:33 local time").value).toBe("2025-04-28T12:33");
    const gmt = exprOf("en", TUE, text, "1033 GMT");
    expect([gmt.value, gmt.zone, gmt.utcOffsetMinutes]).toEqual(["2025-04-28T10:33", "GMT", 0]);
    // Silent: a bracket that holds no clock time is not skipped.
    expect(exprOf("en", TUE, "At 12:33 (Monday) the grid failed.", "12:33").value).toBe("2025-04-29T12:33");
  });

  it("a clock word makes a hedged bare hour a time; a hedge alone does not", () => {
    const e = exprOf("pl", TUE, "Przed godz. 13 wróciło zasilanie.", "Przed godz. 13");
    expect([e.value, e.mod, e.earliest, e.latest]).toEqual(["2025-04-29T13:00", "BEFORE", "2025-04-29T11:00", "2025-04-29T13:00"]);
    expect(all("pl", TUE, "Około 3 tys. osób przyszło na wiec.").filter((x) => x.type === "TIME")).toEqual([]);
  });

  it("'w nocy z niedzieli na poniedziałek' is the night that starts on Sunday", () => {
    const e = exprOf("pl", TUE, "W nocy z niedzieli na poniedziałek spadł śnieg.", "nocy z niedzieli na poniedziałek");
    expect([e.value, e.start, e.end]).toEqual(["2025-04-27TNI", "2025-04-27T22:00", "2025-04-28T05:59"]);
  });

  it("names no zone when none is written", () => {
    const e = exprOf("en", TUE, "The alarm rang at 12:22 on Monday.", "12:22 on Monday");
    expect(e.zone).toBeUndefined();
    expect(e.utcOffsetMinutes).toBeUndefined();
  });

  it.each<[string, string]>([
    ["en", "Officials gave the figure as 1033 in a statement."],
    ["en", "It happened 11 hours later than planned."],
  ])("four digits or 'n hours' alone are no clock time: %j", (lang, text) => {
    expect(all(lang, TUE, text).filter((e) => e.type === "TIME")).toEqual([]);
  });

  it("a clock time on the next line is an entry of its own, on the day above it", () => {
    const text = "Oct. 19\n\n9 a.m.: The gallery opens.";
    expect(exprOf("en", "2025-10-22", text, "Oct. 19").value).toBe("2025-10-19");
    expect(exprOf("en", "2025-10-22", text, "9 a.m.").value).toBe("2025-10-19T09:00");
    expect(exprOf("en", "2025-10-22", "On Oct. 19 at 9 a.m. it opened.", "Oct. 19 at 9 a.m.").value).toBe("2025-10-19T09:00");
  });

  it("keeps the date of a bare clock time on the day the report talks about", () => {
    const text = "The grid failed on Monday, officials said.\n\nThe blackout began around 1033 GMT and spread.";
    expect(exprOf("en", TUE, text, "around 1033 GMT").value).toBe("2025-04-28T10:33");
  });

  it("puts a reported clock time later than the publication stamp on the day before", () => {
    expect(exprOf("en", "2026-01-22T00:30", "The fire broke out at 11:40 p.m.", "11:40 p.m.").value).toBe("2026-01-21T23:40");
    // Silent: earlier than the stamp, or announced for later.
    expect(exprOf("en", "2026-01-22T09:30", "The fire broke out at 8:10 a.m.", "8:10 a.m.").value).toBe("2026-01-22T08:10");
    expect(exprOf("en", "2026-01-22T09:30", "The minister will speak at 11 a.m.", "11 a.m.").value).toBe("2026-01-22T11:00");
  });
});

describe("a weekday written next to a date", () => {
  type WdRow = [lang: string, text: string, span: string, value: string, weekday: string, mismatch: boolean];
  it.each<WdRow>([
    ["en", "Power was lost on Sunday, April 28.", "Sunday, April 28", "2025-04-28", "Sunday", true],
    ["en", "Power was lost on Monday, April 28.", "Monday, April 28", "2025-04-28", "Monday", false],
    ["en", "Power was lost on Sunday April 28, 2025.", "Sunday April 28, 2025", "2025-04-28", "Sunday", true],
    ["pl", "Prąd zniknął w niedzielę, 28 kwietnia.", "niedzielę, 28 kwietnia", "2025-04-28", "Sunday", true],
    ["pl", "Prąd zniknął w poniedziałek, 28 kwietnia 2025 roku.", "poniedziałek, 28 kwietnia 2025 roku", "2025-04-28", "Monday", false],
    ["en", "The grid failed on April 28 (Sunday).", "April 28 (Sunday)", "2025-04-28", "Sunday", true],
    ["pl", "Awaria z 28 kwietnia (poniedziałek) zaskoczyła wszystkich.", "28 kwietnia (poniedziałek)", "2025-04-28", "Monday", false],
  ])("%s %j: keeps %s, says %s (mismatch %s)", (lang, text, span, value, weekday, mismatch) => {
    const e = exprOf(lang, TUE, text, span);
    expect(e.value).toBe(value);
    expect(e.weekday).toBe(weekday);
    expect(e.weekdayMismatch).toBe(mismatch);
  });

  it("a weekday alone records no stated weekday", () => {
    const e = exprOf("en", TUE, "Power was lost on Monday.", "Monday");
    expect(e.value).toBe("2025-04-28");
    expect(e.weekday).toBeUndefined();
    expect(e.weekdayMismatch).toBeUndefined();
  });

  it("reaches the claim's time value", () => {
    const v = timeValue(exprOf("en", TUE, "Power was lost on Sunday, April 28.", "Sunday, April 28"));
    expect([v.start, v.weekday, v.weekdayMismatch]).toEqual(["2025-04-28", "Sunday", true]);
    const z = timeValue(exprOf("en", TUE, "The outage began around 1033 GMT on Monday.", "around 1033 GMT on Monday"));
    expect([z.zone, z.utcOffsetMinutes, z.earliest, z.latest]).toEqual(["GMT", 0, "2025-04-28T10:28", "2025-04-28T10:38"]);
  });

  it("puts clock times of different zones on one UTC scale", () => {
    const gmt = timeValue(exprOf("en", TUE, "The outage began around 1033 GMT on Monday.", "around 1033 GMT on Monday"));
    expect(utcWindow(gmt)).toEqual(["2025-04-28T10:28Z", "2025-04-28T10:38Z"]);
    const cest = timeValue(exprOf("en", TUE, "The outage began at 12:33 CEST on Monday.", "12:33 CEST on Monday"));
    expect(utcWindow(cest)).toEqual(["2025-04-28T10:33Z", "2025-04-28T10:33Z"]);
    const et = timeValue(exprOf("en", "2026-01-21", "Trading halted at 9:40 p.m. Eastern time.", "9:40 p.m. Eastern time"));
    expect(utcWindow(et)).toEqual(["2026-01-22T02:40Z", "2026-01-22T02:40Z"]);
    // Silent: no offset, no UTC window.
    expect(utcWindow(timeValue(exprOf("en", TUE, "It began at 12:33 local time on Monday.", "12:33 local time on Monday")))).toBeUndefined();
  });

  it("lists it in the text table", () => {
    const expressions = all("en", TUE, "Power was lost on Sunday, April 28, around 1033 GMT, less than a minute after the alarm.");
    const text = formatTimes([{ id: "x", published: TUE, expressions }], "text");
    expect(text).toContain("weekday Sunday MISMATCH");
    expect(text).toContain("zone GMT UTC+0");
    expect(text).toContain('after "the alarm"');
  });
});

describe("the publication date", () => {
  it("counts relative dates from the local date of a published time with an offset", () => {
    const body = "Officials said the levee failed yesterday.";
    const parsed = parseArticle(Buffer.from(`---\npublished: 2026-01-21T20:00:00-05:00\nlang: en\n---\n${body}\n`), "a.md", "a");
    if (!("article" in parsed)) throw new Error("not parsed");
    expect(parsed.article.published).toBe("2026-01-21T20:00:00-05:00");
    expect(exprOf("en", parsed.article.published, body, "yesterday").value).toBe("2026-01-20");
    // Silent: a plain date stays a plain date.
    const plain = parseArticle(Buffer.from(`---\npublished: 2026-01-21\nlang: en\n---\n${body}\n`), "b.md", "b");
    expect("article" in plain && plain.article.published).toBe("2026-01-21");
  });

  it("takes tomorrow's weekday in a report stamped late in the evening as that next day", () => {
    expect(exprOf("en", "2026-01-21T20:00:00-05:00", "The strike hit on Thursday at 00:30 local time.", "Thursday at 00:30 local time").value).toBe("2026-01-22T00:30");
    // Silent: stamped in the morning, or no time stamped, "on Thursday" is the last Thursday.
    expect(exprOf("en", "2026-01-21T09:00", "The strike hit on Thursday.", "Thursday").value).toBe("2026-01-15");
    expect(exprOf("en", "2026-01-21", "The strike hit on Thursday.", "Thursday").value).toBe("2026-01-15");
  });

  it.each<[string, boolean]>([
    ["2026-01-21", true],
    ["2026-01-21T20:00:00-05:00", true],
    ["2026-01-21T09:30:00Z", true],
    ["yesterday", false],
    ["2026-02-30", false],
    ["2026-13-45", false],
  ])("--published %s is accepted: %s", (value, ok) => {
    expect(referenceDateProblem(value) === undefined).toBe(ok);
  });

  it("crosscheck times --published with an impossible date is a usage error", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "crosscheck-times-"));
    const file = path.join(dir, "note.txt");
    writeFileSync(file, "The levee failed yesterday.\n");
    const bad = await runCli(["times", file, "--published", "yesterday"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--published must be an ISO date");
    const good = await runCli(["times", file, "--published", "2026-01-21"]);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain("2026-01-20");
  });
});
