/**
 * The time facts reach claims: an offset from an event never becomes a meeting's length, and a
 * clock time with a zone or a weekday written with a date carries them into the claim's time.
 */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";

/** Extraction loads the registry and language patterns on first use: slow on a busy machine. */
const SLOW = 60_000;

const meetings = (lang: string, body: string) => claimsOf(lang, body).filter((c) => c.kind === "meeting");

describe("time facts in claims", () => {
  it.each<[string, string]>([
    ["en", "Emmanuel Macron met Olaf Scholz in Geneva a day before the summit opened."],
    ["en", "Emmanuel Macron met Olaf Scholz in Geneva on Monday, two hours after the floods began."],
    ["pl", "Emmanuel Macron spotkał się z Olafem Scholzem w Genewie dzień przed szczytem."],
  ])("an offset from an event is not the meeting's duration: %s %j", (lang, body) => {
    const ms = meetings(lang, body);
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) expect(m.duration).toBeUndefined();
  }, SLOW);

  it.each<[string, string, number]>([
    ["en", "Emmanuel Macron met Olaf Scholz in Geneva on Monday for two hours.", 120],
    ["pl", "Emmanuel Macron rozmawiał z Olafem Scholzem w Genewie w poniedziałek przez dwie godziny.", 120],
  ])("a measured length still is: %s %j", (lang, body, minutes) => {
    const ms = meetings(lang, body);
    expect(ms.some((m) => m.duration?.minMinutes === minutes)).toBe(true);
  }, SLOW);

  it("carries the zone and window of a clock time", () => {
    const ms = meetings("en", "Emmanuel Macron met Olaf Scholz in Geneva on Monday at around 1030 GMT.");
    const t = ms.find((m) => m.time?.zone)?.time;
    expect(t).toMatchObject({ start: "2026-01-19T10:30", zone: "GMT", utcOffsetMinutes: 0, earliest: "2026-01-19T10:15", latest: "2026-01-19T10:45" });
  }, SLOW);
});
