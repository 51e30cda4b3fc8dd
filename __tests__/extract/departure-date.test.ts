/** A crash whose report dates only the flight's departure takes the departure's day, marked as borrowed. */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";

// claimsOf publishes on Tuesday 2026-01-20: "on Monday" / "w poniedziałek" is 2026-01-19.
const crashes = (lang: string, body: string) => claimsOf(lang, body).filter((c) => c.kind === "incident" && c.eventType === "crash");

describe("departure date", () => {
  it.each([
    ["en", "The flight, which took off on Monday at 10:05, crashed minutes later into a hillside."],
    ["en", "The jet departed on Monday from Gdańsk. The aircraft plunged into the sea shortly after take-off."],
    ["pl", "Samolot wystartował w poniedziałek o 10:05 z lotniska w Gdańsku. Maszyna spadła do morza kilka minut po starcie."],
  ] as const)("%s: %s", (lang, body) => {
    const found = crashes(lang, body);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.time).toMatchObject({ start: "2026-01-19", end: "2026-01-19", borrowedFrom: "departure" });
    expect(body.slice(...found[0]!.evidence.span)).toBe(found[0]!.evidence.quote);
  });

  it.each([
    // The crash states its own day.
    ["en", "The flight took off on Monday. The plane crashed on Tuesday near the coast."],
    // A person's departure dates no crash.
    ["en", "The minister departed on Monday. A small plane crashed near the coast."],
    // Another paragraph is another story.
    ["pl", "Samolot wystartował w poniedziałek z lotniska w Gdańsku.\n\nMaszyna spadła do morza kilka minut po starcie."],
    // Two sentences on: too far to be the same flight's story.
    ["en", "The flight took off on Monday. Passengers were calm. Nobody expected anything. The plane crashed near the coast."],
  ] as const)("stays silent: %s: %s", (lang, body) => {
    for (const c of crashes(lang, body)) expect(c.time?.borrowedFrom).toBeUndefined();
  });
});
