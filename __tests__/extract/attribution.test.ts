/**
 * Who a meeting claim is attributed to, in two-sentence articles: named and unnamed sources
 * before or after the speech verb, with or without a comma, in English and Polish.
 */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";

const LEAD = { en: "Sikorski met Tajani in Rome on Monday. ", pl: "Sikorski spotkał się z Tajanim w Rzymie w poniedziałek. " };

/** The second sentence's meeting claim: its attribution and duration. */
function second(lang: "en" | "pl", text: string): { attribution?: string; duration?: string } | undefined {
  const body = LEAD[lang] + text;
  const c = claimsOf(lang, body).find((x) => x.kind === "meeting" && x.evidence.span[0] >= LEAD[lang].length);
  if (!c) return undefined;
  const out: { attribution?: string; duration?: string } = {};
  if (c.attribution) out.attribution = c.attribution;
  if (c.duration) out.duration = c.duration.text;
  return out;
}

describe("attribution of a meeting claim", () => {
  it.each([
    ["pl", "Rozmowy trwały około godziny, poinformował rzecznik resortu.", { attribution: "rzecznik resortu", duration: "około godziny" }],
    ["pl", "Rozmowy trwały około godziny – przekazał rzecznik MSZ.", { attribution: "rzecznik MSZ", duration: "około godziny" }],
    ["pl", "Według rzecznika resortu rozmowy trwały około godziny.", { attribution: "rzecznika resortu", duration: "około godziny" }],
    ["pl", "Według rzecznika resortu, rozmowy trwały około godziny.", { attribution: "rzecznika resortu", duration: "około godziny" }],
    ["en", "The talks lasted about an hour, a ministry spokesman said.", { attribution: "a ministry spokesman", duration: "about an hour" }],
    // A source named right after a verb that closes the sentence, after a name in the content.
    ["en", "The talks lasted about an hour and turned to Antonio Tajani, reports Reuters.", { attribution: "Reuters", duration: "about an hour" }],
    ["en", "The talks lasted about an hour, said Antonio Tajani, the minister.", { attribution: "Antonio Tajani", duration: "about an hour" }],
    // No source: nothing is made up.
    ["pl", "Rozmowy trwały około godziny.", { duration: "około godziny" }],
    ["en", "The talks lasted about an hour.", { duration: "about an hour" }],
  ] as const)("%s: %s", (lang, text, expected) => {
    expect(second(lang, text)).toEqual(expected);
  });
});

describe("the source after a dash", () => {
  it.each([
    // A name before the dash belongs to the content: the source is the one after the verb.
    ["pl", "Premier Donald Tusk nie poleci w środę do Brukseli na szczyt UE – poinformował rzecznik rządu.", "rzecznik rządu"],
    // A comma is no such sign: the speaker is named first.
    ["en", "Donald Tusk, who was in Warsaw on Monday, said he would travel to Brussels on Wednesday.", "Donald Tusk"],
  ] as const)("%s: %s", (lang, text, source) => {
    expect(claimsOf(lang, text).filter((c) => c.kind === "travel").map((c) => c.attribution)).toEqual([source]);
  });
});

describe("attribution to a person the registry does not know", () => {
  it.each([
    // "he" and "the minister" refer back to the person first written in full; the attribution reads as written.
    ["en", "Minister Halvard Lunde met Tajani in Rome on Monday. He said the talks lasted about an hour.", "Halvard Lunde"],
    ["en", "Minister Halvard Lunde met Tajani in Rome on Monday. The talks lasted about an hour, the minister said.", "Halvard Lunde"],
  ])("%s: %s", (lang, body, attribution) => {
    const attributions = claimsOf(lang, body).flatMap((c) => (c.attribution ? [c.attribution] : []));
    expect(attributions).toContain(attribution);
    expect(attributions.filter((a) => a.startsWith("person-"))).toEqual([]);
  });
});

describe("the day of a report is not the day of the event", () => {
  // [lang, text, attribution, the count's date (undefined: none stated; the day named is the report's)]
  it.each([
    ["pl", "Zginęło siedem osób - podały w sobotę służby ratunkowe.", "służby", undefined],
    ["pl", "W piątek zginęło siedem osób – poinformowała w sobotę policja.", "policja", "2026-01-16"],
    ["pl", "Zginęło siedem osób - podały służby ratunkowe.", "służby", undefined],
    ["pl", "W piątek zginęły dwie osoby – przekazała we wtorek wieczorem straż pożarna.", "straż", "2026-01-16"],
    ["en", "Seven people were killed, police said on Saturday.", "police", undefined],
    // No source, and the day is the event's.
    ["pl", "W piątek zginęło siedem osób.", undefined, "2026-01-16"],
  ] as const)("%s: %s", (lang, text, source, date) => {
    const [c] = claimsOf(lang, text).filter((x) => x.kind === "quantity");
    expect(c?.attribution).toBe(source);
    expect(c?.time?.inferred ? undefined : c?.time?.start).toBe(date);
  });
});
