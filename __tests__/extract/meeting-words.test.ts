/** The meeting vocabulary comes from rules/events/meeting.json and is broad in both languages; words that only look like it make no meeting. */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";

const meetings = (lang: string, body: string) => claimsOf(lang, body).filter((c) => c.kind === "meeting");

describe("meeting words", () => {
  it.each([
    ["en", "Steve Witkoff and Kirill Dmitriev talked for five hours on Tuesday.", { duration: { minMinutes: 300, maxMinutes: 300 } }],
    ["en", "Steve Witkoff spoke with Kirill Dmitriev in Davos on Tuesday.", { location: "davos" }],
    ["en", "Steve Witkoff and Kirill Dmitriev held talks in Davos on Tuesday.", { location: "davos" }],
    ["en", "Steve Witkoff hosted Kirill Dmitriev in Davos on Tuesday.", { location: "davos" }],
    ["en", "Steve Witkoff sat down with Kirill Dmitriev in Davos on Tuesday.", { location: "davos" }],
    ["pl", "Steve Witkoff i Kirill Dmitriev rozmawiali w Davos we wtorek przez pięć godzin.", { duration: { minMinutes: 300, maxMinutes: 300 } }],
    ["pl", "Steve Witkoff gościł Kiriłła Dmitrijewa w Davos we wtorek.", { location: "davos" }],
    ["pl", "Steve Witkoff przyjął wysłannika Kiriłła Dmitrijewa w Davos we wtorek.", { location: "davos" }],
    ["pl", "Steve Witkoff i Kirill Dmitriev spotkali się w Davos we wtorek.", { location: "davos" }],
    ["pl", "Negocjacje Steve'a Witkoffa z Kiriłłem Dmitrijewem odbyły się w Davos we wtorek.", { location: "davos" }],
  ] as const)("%s: %s", (lang, body, expected) => {
    const found = meetings(lang, body);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ modality: "reported", participants: expect.arrayContaining(["steve-witkoff"]), ...expected });
  });

  it.each([
    ["pl", "Sejm przyjął ustawę o ochronie lasów we wtorek."],
    ["en", "Steve Witkoff talked up the economy on Tuesday."],
  ] as const)("%s: %s stays silent about others", (lang, body) => {
    expect(meetings(lang, body).filter((c) => (c.participants ?? []).length > 1)).toEqual([]);
  });
});
