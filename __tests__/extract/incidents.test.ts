/** Incident claims: the event type, where, when (date and clock time with its hedge, moment and zone), how long; and where they stay silent. */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";
import type { Claim } from "../../src/types.js";

const incidents = (lang: string, body: string): Claim[] => claimsOf(lang, body).filter((c) => c.kind === "incident");

describe("incident claims fire", () => {
  it.each([
    ["en", "A fire broke out at a warehouse in Lyon shortly after 3 am on Sunday.", "fire", { location: "place-fr-lion", clock: { start: "2026-01-18T03:00", end: "2026-01-18T03:30", point: "start", hedge: "shortly after" } }],
    ["en", "The blackout began at 12:33 p.m. on Monday.", "outage", { time: { start: "2026-01-19" }, clock: { start: "2026-01-19T12:33", end: "2026-01-19T12:33", point: "start" } }],
    ["en", "The outage ended at 8:45 p.m. on Monday.", "outage", { clock: { start: "2026-01-19T20:45", point: "end" } }],
    ["en", "The power cut, which began around 1033 GMT on Monday, hit the whole region.", "outage", { clock: { start: "2026-01-19T10:28", end: "2026-01-19T10:38", zone: "GMT", utcOffsetMinutes: 0 } }],
    ["en", "Voting ended at 9 p.m. local time.", "election", { clock: { start: "2026-01-20T20:55", end: "2026-01-20T21:05", point: "end", zone: "local" } }],
    ["en", "The outage lasted six hours, the utility said.", "outage", { duration: { minMinutes: 360, maxMinutes: 360 } }],
    ["en", "The robbery took seven minutes.", "theft", { duration: { minMinutes: 7, maxMinutes: 7 } }],
    ["pl", "Pożar hali w Poznaniu wybuchł o godz. 22.15 w niedzielę.", "fire", { clock: { start: "2026-01-18T22:15", point: "start" } }],
    ["pl", "O godz. 21:00 zakończyło się głosowanie.", "election", { clock: { start: "2026-01-20T20:55", end: "2026-01-20T21:05", point: "end" } }],
    ["pl", "Cała kradzież zajęła złodziejom około siedmiu minut.", "theft", { duration: { hedge: "approx" } }],
    ["pl", "Od godziny 12:33 wczoraj nie było prądu w całym mieście.", "outage", { clock: { start: "2026-01-19T12:33", end: "2026-01-19T12:33", point: "start" } }],
    // The verb of starting may stand further from the time than the window around it.
    ["en", "A fire broke out in a storage hall at the old shipyard in Lyon shortly after 10 pm on Sunday.", "fire", { clock: { start: "2026-01-18T22:00", end: "2026-01-18T22:30", point: "start" } }],
    ["en", "Firefighters needed more than four hours to put out the blaze in Lyon.", "fire", { duration: { minMinutes: 241, maxMinutes: 360 } }],
    ["pl", "Strażacy potrzebowali trzech godzin, by ugasić pożar hali w Poznaniu.", "fire", { duration: { minMinutes: 180, maxMinutes: 180 } }],
    ["pl", "Awaria zasilania zaczęła się ok. godz. 12.30.", "outage", { clock: { start: "2026-01-20T12:15", end: "2026-01-20T12:45", point: "start", hedge: "around" } }],
    // Midnight closing a day dates the event by the day named, not by the next one.
    ["en", "An earthquake struck the province shortly before midnight on Sunday.", "earthquake", { time: { start: "2026-01-18", end: "2026-01-18" } }],
    ["pl", "Trzęsienie ziemi nawiedziło prowincję w niedzielę tuż przed północą.", "earthquake", { time: { start: "2026-01-18", end: "2026-01-18" } }],
    ["en", "An earthquake struck the province shortly after midnight on Sunday.", "earthquake", { time: { start: "2026-01-18", end: "2026-01-18" } }],
  ] as const)("%s: %s", (lang, body, type, expected) => {
    const found = incidents(lang, body).filter((c) => c.eventType === type);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it("takes the place from the trigger's clause, not a nationality in the sentence", () => {
    const [c] = incidents("en", "Two Italian tourists were hurt when a fire broke out at a hotel in Lyon on Sunday.").filter((x) => x.eventType === "fire");
    expect(c?.location).toBe("place-fr-lion");
  });

  it.each([
    // A word of nearness names a town of the gazetteer as the place.
    ["pl", "Pociągi zderzyły się w piątek w pobliżu Stargardu.", "crash", "place-pl-stargard"],
    // "pod" is looser: headlines put anything in a county "pod" its city.
    ["pl", "Do zderzenia pociągów doszło pod Szczecinem.", "crash", undefined],
    ["pl", "Nożownik zaatakował trzy osoby w Leicesterze.", "attack", "place-gb-leicester"],
    // Any other name after such a word may be a person's: no place.
    ["pl", "Wybuch nastąpił obok Nowaka.", "explosion", undefined],
    // The target of an attack is its place: after "on", or as the object of the trigger verb.
    ["en", "A Russian missile attack on Kyiv killed 14 people.", "attack", "kyiv"],
    ["en", "Russia attacked Kyiv with drones overnight.", "attack", "kyiv"],
    ["pl", "Drony zaatakowały Odessę w nocy.", "attack", "odesa"],
    // A region neither list knows gets one key in both languages ("Styria", "w Styrii").
    ["en", "A flood hit villages in Styria on Sunday.", "flood", "place-stir"],
    ["pl", "Powódź nawiedziła wsie w Styrii w niedzielę.", "flood", "place-stir"],
    // A noun trigger takes no object: "Kyiv" here is who spoke.
    ["en", "The attack, Kyiv said, killed four.", "attack", undefined],
  ] as const)("%s: %s", (lang, text, type, location) => {
    const [c] = incidents(lang, text).filter((x) => x.eventType === type);
    expect(c?.location).toBe(location);
  });

  it.each([
    // A dateline with a country in it dates the dispatch, not the event.
    ["en", "GDANSK, Poland, Jan 20 (Reuters) - A fire broke out at a shipyard in Gdansk on Sunday.", "fire", "2026-01-18"],
    // The trigger is the finite verb of a definite subject: its date is its own.
    ["en", "The plane plunged into a lake near Olsztyn on Friday, killing two.", "crash", "2026-01-16"],
    // A definite noun whose own verb of happening carries the date.
    ["en", "Police said the stabbing happened late on Saturday in Leeds.", "attack", "2026-01-17"],
    // A definite noun that is the subject of another verb still lends it no date.
    ["en", "The plane crash near Olsztyn was investigated on Monday.", "crash", undefined],
    // The agency of a dateline is no source of the story's verb, which would hide the event.
    ["en", "WARSAW, Jan 20 (Reuters) - A fire broke out in Lodz, firefighters said.", "fire", undefined],
  ] as const)("%s: %s", (lang, text, type, date) => {
    const found = incidents(lang, text).filter((x) => x.eventType === type);
    expect(found).toHaveLength(1);
    expect(found[0]!.time?.inferred ? undefined : found[0]!.time?.start).toBe(date);
  });

  it("never takes a flight's destination for the place of the crash", () => {
    const [c] = incidents("en", "The plane, which was headed for London, crashed near Lyon on Thursday.").filter((x) => x.eventType === "crash");
    expect(c?.location).toBe("place-fr-lion");
  });

  it("a definite mention takes no date of another verb", () => {
    const cs = incidents("en", "A plane crashed near Lyon on Thursday. The death toll in the plane crash rose to 270 on Saturday.");
    expect(cs.map((c) => [c.time?.start, (c.inherited ?? []).includes("time")])).toEqual([["2026-01-15", false], ["2026-01-15", true]]);
  });

  it("dates a bare clock time by the frame, not by the publication day", () => {
    const cs = incidents("en", "A fire broke out in Lyon on Sunday. Firefighters said the fire was put out at 9 p.m.");
    const late = cs.find((c) => c.clock?.point === "end");
    expect(late?.time?.start).toBe("2026-01-18");
    expect(late?.inherited).toContain("time");
  });

  it("groups an article's mentions of one incident into a frame others can attach to", () => {
    const cs = incidents("en", "A fire broke out in Lyon on Sunday. The fire burned for six hours.");
    expect(cs).toHaveLength(2);
    expect(cs[0]!.frame).toBe(cs[1]!.frame);
    expect(cs[1]).toMatchObject({ location: "place-fr-lion", inherited: expect.arrayContaining(["location"]) });
  });
});

describe("a generic event noun that lasts takes the article's incident", () => {
  it.each([
    ["pl", "Złodzieje włamali się do muzeum w niedzielę. Cała operacja zajęła im siedem minut.", "theft", 7],
    ["en", "A fire broke out in Lyon on Sunday. The whole operation lasted six hours, officials said.", "fire", 360],
    // A length written as the noun's adjective, and "it took them".
    ["pl", "Złodzieje włamali się do muzeum w niedzielę. Zuchwała siedmiominutowa akcja wyglądała na zaplanowaną.", "theft", 7],
    ["en", "Thieves broke into the museum on Sunday. And it only took them seven minutes.", "theft", 7],
    // The incident the article names most, not the last word that looked like one.
    ["en", "Thieves broke into the museum on Sunday. The thieves fled after the robbery. They attacked a guard. The whole operation lasted seven minutes.", "theft", 7],
    // The whole article decides, also when the generic noun comes first (a headline).
    ["pl", "Siedmiominutowa akcja w muzeum.\n\nZłodzieje włamali się w niedzielę. Strażnika zaatakowali nożem. Złodzieje uciekli skuterami, a kradzież wykryto po chwili.", "theft", 7],
    // A clause about years back is background: the fire of years ago does not outweigh the theft.
    ["pl", "Trzy lata temu spłonął ratusz, a dwa lata temu spłonął dach. Złodzieje włamali się do muzeum w niedzielę. Cała akcja zajęła im siedem minut.", "theft", 7],
    // On a tie the first named wins: the story opens on it.
    ["en", "Thieves broke into the museum on Sunday. They attacked a guard. The whole operation lasted seven minutes.", "theft", 7],
    // The lead counts twice: one mention there outweighs two further down.
    ["en", "Gunmen attacked a museum guard in Lyon on Sunday morning, police said, before fleeing the scene in a van that was later found burned out near the river, with no one arrested so far.\n\nThieves were seen nearby. Later the thieves fled.\n\nThe whole operation lasted seven minutes.", "attack", 7],
  ] as const)("%s: %s", (lang, body, type, minutes) => {
    const c = incidents(lang, body).find((x) => x.duration);
    expect(c).toMatchObject({ eventType: type, duration: { minMinutes: minutes }, inherited: expect.arrayContaining(["eventType"]) });
  });

  it.each([
    ["en", "The operation lasted six hours, officials said."],
    ["en", "A fire broke out in Lyon on Sunday. Six hours later the operation was over."],
    ["en", "A fire broke out in Lyon on Sunday. It took the crews two hours to reach the roof."],
    ["en", "Firefighters needed two hours to reach the blaze in Lyon."],
    // An article that names no incident gives its generic noun no type.
    ["en", "The whole operation lasted seven minutes, the minister said."],
  ] as const)("stays silent: %s", (lang, body) => {
    expect(incidents(lang, body).filter((c) => c.duration)).toEqual([]);
  });
});

describe("incident claims stay silent", () => {
  it.each([
    ["en", "Soldiers opened fire on the crowd.", "fire"],
    ["en", "The coach was fired after the match.", "fire"],
    ["en", "Teachers went on strike on Monday.", "attack"],
    ["pl", "Sejm przyjął ustawę o ochronie lasów.", "fire"],
  ] as const)("%s: %s", (lang, body, type) => {
    expect(incidents(lang, body).filter((c) => c.eventType === type)).toHaveLength(0);
  });

  it.each([
    ["en", "The jet came down less than two minutes after take-off."],
    ["pl", "Samolot rozbił się pięć minut po starcie."],
  ] as const)("an offset from another moment is no duration: %s", (lang, body) => {
    const [c] = incidents(lang, body);
    expect(c).toBeDefined();
    expect(c!.duration).toBeUndefined();
  });

  it("does not read '1033 GMT' as the year 1033", () => {
    const [c] = incidents("en", "The blackout began around 1033 GMT.");
    expect(c?.time?.start).not.toBe("1033-01-01");
  });
});

describe("a duration measures the event word it follows", () => {
  it.each([
    ["en", "The two sides agreed a truce lasting 72 hours.", "72 hours"],
    ["pl", "Strony uzgodniły rozejm trwający 72 godziny.", "72 godziny"],
    // The talks lasted, not the ceasefire they failed to bring.
    ["en", "The talks, lasting just 40 minutes, ended without a ceasefire.", undefined],
    ["pl", "Spotkanie, które trwało zaledwie 40 minut, nie przyniosło rozejmu.", undefined],
  ] as const)("%s: %s", (lang, body, duration) => {
    const ceasefire = incidents(lang, body).find((c) => c.eventType === "ceasefire");
    expect(ceasefire).toBeDefined();
    expect(ceasefire!.duration?.text).toBe(duration);
  });
});

describe("a background incident years back opens no frame for the story's later mentions", () => {
  it("an undated mention after a theft of 1911 belongs to the story's theft", () => {
    const cs = incidents("en", "Thieves broke into a museum in Lyon on Sunday. The same gallery was the target of a famous theft in 1911. The thieves fled on scooters.");
    const last = cs[cs.length - 1]!;
    expect(last.time?.start).toBe("2026-01-18");
    expect(last.frame).toBe(cs[0]!.frame);
  });
});

describe("a timeline's clock line times the event on the next line", () => {
  it.each([
    ["en", "How it happened.\n9.31am\nTwo thieves broke into a museum in Lyon.", "T09:31"],
    ["pl", "Przebieg zdarzeń.\n21:17\nZłodzieje włamali się do muzeum w Lyonie.", "T21:17"],
    // The next line's own time wins.
    ["en", "How it happened.\n9.31am\nAt 9.40am two thieves broke into a museum in Lyon.", "T09:40"],
  ] as const)("%s: %s", (lang, body, clock) => {
    const c = incidents(lang, body).find((x) => x.eventType === "theft");
    expect(c?.clock?.start).toContain(clock);
  });

  it.each([
    // A clock time inside a sentence is no clock line.
    ["en", "The museum opened at 9.31am.\nTwo thieves broke into a museum in Lyon."],
    // A clock line two lines above is another moment.
    ["en", "How it happened.\n9.31am\nThe day was calm.\nTwo thieves broke into a museum in Lyon."],
  ] as const)("stays silent: %s: %s", (lang, body) => {
    expect(incidents(lang, body).filter((c) => c.eventType === "theft" && c.clock)).toEqual([]);
  });
});
