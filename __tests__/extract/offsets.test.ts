/** Relative offsets ("two minutes after take-off", "cztery minuty po starcie"): which moments, which span, what is inferred; and where they stay silent. */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";
import { anchorOf } from "../../src/extract/offsets.js";
import type { Claim } from "../../src/types.js";

const offsets = (lang: string, body: string): Claim[] => claimsOf(lang, body).filter((c) => c.offset);

describe("offsets fire", () => {
  it.each([
    ["en", "The small jet crashed under two minutes after take-off near Lyon.", "incident", { anchor: "take-off", relation: "after", happening: "crash", minSeconds: 0, maxSeconds: 120, hedge: "less-than" }],
    ["en", "The cargo plane went down about four minutes after takeoff.", "incident", { anchor: "take-off", happening: "crash", minSeconds: 210, maxSeconds: 270, hedge: "approx" }],
    ["pl", "Samolot rozbił się cztery minuty po starcie, jak podała straż w Gdańsku.", "incident", { anchor: "take-off", happening: "crash", minSeconds: 240, maxSeconds: 240 }],
    ["pl", "Awionetka spadła na pole dwie minuty po starcie.", "incident", { anchor: "take-off", happening: "crash", minSeconds: 120, maxSeconds: 120 }],
    ["en", "The small jet crashed soon after take-off near Lyon.", "incident", { anchor: "take-off", happening: "crash", minSeconds: 0, maxSeconds: 1800, hedge: "shortly" }],
    ["pl", "Mała maszyna rozbiła się zaraz po starcie.", "incident", { anchor: "take-off", happening: "crash", minSeconds: 0, maxSeconds: 600, hedge: "shortly" }],
  ] as const)("%s: %s", (lang, body, kind, expected) => {
    const found = offsets(lang, body);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe(kind);
    expect(found[0]!.offset).toMatchObject(expected);
    expect(found[0]!.offset!.anchorInferred).toBeUndefined();
    expect(found[0]!.offset!.happeningInferred).toBeUndefined();
  });

  it("a meeting's turn after a span with no anchor counts from its start, inferred", () => {
    const cs = offsets("en", "Mayor Anna Novak met Governor Peter Lind in Oslo on Monday. Things went well at first, but the talk turned tense after some 25 minutes.");
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ kind: "meeting", participants: ["anna-novak", "peter-lind"].map((p) => expect.stringContaining(p.split("-")[1]!)) });
    expect(cs[0]!.offset).toMatchObject({ anchor: "start", happening: "turn", minSeconds: 1312.5, maxSeconds: 1687.5, anchorInferred: true });
  });

  it("'N minutes into the meeting' writes its anchor", () => {
    const [c] = offsets("en", "Anna Novak met Peter Lind in Oslo on Monday. Some 25 minutes into the meeting it turned tense.");
    expect(c?.offset).toMatchObject({ anchor: "start", happening: "turn" });
    expect(c?.offset?.anchorInferred).toBeUndefined();
  });

  it("'zaraz po rozpoczęciu obrad' is a turn just after the start, in Polish", () => {
    const [c] = offsets("pl", "Premier Anna Nowak spotkała się z kanclerzem Piotrem Lindem w Oslo. Zaraz po rozpoczęciu obrad doszło do awantury.");
    expect(c?.offset).toMatchObject({ anchor: "start", happening: "turn", minSeconds: 0, maxSeconds: 600, hedge: "shortly" });
  });

  it("the final minutes of a meeting of known length count from its start, inferred", () => {
    const [c] = offsets("en", "Anna Novak met Peter Lind in Oslo on Monday. The final 5 minutes of the 30-minute meeting turned tense.");
    expect(c?.offset).toMatchObject({ anchor: "start", happening: "turn", minSeconds: 1500, maxSeconds: 1500, anchorInferred: true });
  });

  it("a happening after 'and then' is not the moment the span times", () => {
    const [c] = offsets("en", "Twenty seconds after take-off an alarm sounded and then the small jet crashed.");
    expect(c?.offset).toMatchObject({ anchor: "take-off", happening: "crash", minSeconds: 20, happeningInferred: true });
  });

  it("a happening with no incident word takes the article's incident, its type inherited", () => {
    const cs = offsets("pl", "Samolot rozbił się w czwartek pod Gdańskiem. Dwie sekundy po starcie nastąpiło odcięcie paliwa w lewym silniku.");
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ kind: "incident", eventType: "crash", offset: { anchor: "take-off", happening: "fuel-cutoff", minSeconds: 2 } });
    expect(cs[0]!.inherited).toContain("eventType");
  });

  it.each([
    ["en", "The small jet crashed within two minutes of take-off.", { anchor: "take-off", happening: "crash", minSeconds: 0, maxSeconds: 120, hedge: "within" }],
    ["pl", "Samolot rozbił się w ciągu dwóch minut od startu.", { anchor: "take-off", happening: "crash", minSeconds: 0, maxSeconds: 120, hedge: "within" }],
    ["en", "The small jet crashed minutes after take-off.", { anchor: "take-off", happening: "crash", minSeconds: 60, maxSeconds: 1800, hedge: "shortly" }],
  ] as const)("%s: %s", (lang, body, expected) => {
    const found = offsets(lang, body);
    expect(found).toHaveLength(1);
    expect(found[0]!.offset).toMatchObject(expected);
  });

  it("'N later' counts from the moment told before, inferred", () => {
    const cs = offsets("en", "The small jet crashed near Lyon on Friday. Its engine failed, and two minutes later the jet crashed into a field.");
    expect(cs.map((c) => c.offset)).toEqual([expect.objectContaining({ anchor: "engine-failure", happening: "crash", minSeconds: 120, maxSeconds: 120, anchorInferred: true })]);
  });

  it("'N later' at the start of a sentence counts from the previous sentence's last moment", () => {
    const cs = offsets("en", "The small jet's left engine failed over the river. Two minutes later the jet crashed onto farmland outside Lyon.");
    expect(cs.map((c) => c.offset)).toEqual([expect.objectContaining({ anchor: "engine-failure", happening: "crash", minSeconds: 120, anchorInferred: true })]);
  });

  it.each([
    ["pl", "Premier Anna Nowak spotkała się z kanclerzem Piotrem Lindem w Oslo. Po 25 minutach rozmowy doszło do awantury.", { minSeconds: 1500, maxSeconds: 1500 }, false],
    ["en", "Anna Novak met Peter Lind in Oslo on Monday. In the 25th minute of the meeting it turned tense.", { minSeconds: 1440, maxSeconds: 1500 }, false],
    ["en", "Anna Novak met Peter Lind in Oslo on Monday. In the 25th minute things turned tense.", { minSeconds: 1440, maxSeconds: 1500 }, true],
  ] as const)("%s: %s", (lang, body, span, inferred) => {
    const found = offsets(lang, body);
    expect(found).toHaveLength(1);
    expect(found[0]!.offset).toMatchObject({ anchor: "start", happening: "turn", ...span });
    expect(found[0]!.offset!.anchorInferred === true).toBe(inferred);
  });

  it("the moment left after arrival is not the moment it turned", () => {
    const [c] = offsets("en", "Anna Novak met Peter Lind in Oslo on Monday. Novak left the building roughly two hours after arrival.");
    expect(c?.offset).toMatchObject({ anchor: "arrival", happening: "departure" });
  });

  it.each([
    ["take-off", "taking off from the runway", "en"],
    ["take-off", "starcie z lotniska", "pl"],
    ["take-off", "oderwaniu się od pasa", "pl"],
    ["start", "the start of the talks", "en"],
    ["start", "rozpoczęciu obrad", "pl"],
    ["arrival", "przyjeździe", "pl"],
    ["turn", "the angry outburst", "en"],
    ["crash", "the crash near the airport", "en"],
    ["event:sunset", "sunset", "en"],
  ] as const)("anchor %s: %s", (id, words, lang) => {
    expect(anchorOf(words, lang)).toBe(id);
  });
});

describe("offsets stay silent", () => {
  it.each([
    // A length, not an offset.
    ["en", "The meeting lasted 40 minutes."],
    ["pl", "Spotkanie trwało dwie godziny."],
    // Nothing is timed: no happening word.
    ["en", "Twenty seconds after take-off, the cabin went quiet."],
    // A span with no known anchor after words alone.
    ["en", "Soon after lunch the museum reopened."],
    // Hours after an event that is a clause: what follows is the anchor, not the happening.
    ["en", "The minister spoke 11 hours after the two regions were plunged into darkness."],
  ] as const)("%s: %s", (lang, body) => {
    expect(offsets(lang, body)).toEqual([]);
  });
});
