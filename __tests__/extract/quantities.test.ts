/**
 * Counts: what each counts, which part of the whole it is and whose it is, in English and Polish;
 * for every category a sentence where it fires, and sentences where nothing (or no figure) is claimed.
 */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";
import { parseNumberPhrase } from "../../src/normalize/numbers.js";

interface Expected {
  counted: string;
  min: number;
  max?: number;
  group?: string;
  unit?: string;
  subject?: string;
}

/** The counts of a one-sentence article, with only the fields a case names. */
function counts(lang: string, text: string): Array<Record<string, unknown>> {
  return claimsOf(lang, text)
    .filter((c) => c.kind === "quantity")
    .map((c) => {
      const q = c.quantity!;
      const out: Record<string, unknown> = { counted: q.counted, min: q.min, max: q.max };
      if (q.group) out.group = q.group;
      if (q.unit) out.unit = q.unit;
      if (c.subject) out.subject = c.subject;
      return out;
    });
}

const one = (counted: string, min: number, more: Partial<Expected> = {}): Expected => ({ counted, min, max: min, ...more });

describe("counted categories", () => {
  it.each<[string, string, Expected[]]>([
    ["en", "At least 14 people were killed and 80 injured when the stands collapsed.", [{ counted: "killed", min: 14, max: 21 }, one("injured", 80)]],
    ["en", "Rescuers said 31 people were still missing and 2,400 residents were evacuated.", [one("missing", 31), one("evacuated", 2400)]],
    ["en", "Police arrested 12 people after the match.", [one("arrested", 12)]],
    ["en", "Flash floods forced 400 people from their homes.", [one("evacuated", 400)]],
    ["en", "The storm knocked out power to 200,000 homes.", [one("unpowered", 200000)]],
    // A quake's magnitude, before or after its figure; the force of a wind is none.
    ["en", "A 6.1-magnitude earthquake struck the province.", [{ counted: "magnitude", min: 6.1, max: 6.1 }]],
    ["en", "An earthquake of magnitude 5.8 shook the region.", [{ counted: "magnitude", min: 5.8, max: 5.8 }]],
    ["pl", "Trzęsienie ziemi o sile 6,1 nawiedziło prowincję.", [{ counted: "magnitude", min: 6.1, max: 6.1 }]],
    ["pl", "Wstrząs o sile 5,9 stopnia w skali Richtera odczuto w stolicy.", [{ counted: "magnitude", min: 5.9, max: 5.9 }]],
    ["pl", "Wiatr o sile 9 w skali Beauforta zrywał dachy.", []],
    ["pl", "Porywy o sile 120 km/h łamały drzewa.", []],
    // One person, named by a singular noun.
    ["en", "One person was killed in the blast.", [one("killed", 1)]],
    ["en", "One firefighter was injured.", [one("injured", 1)]],
    // A toll rising "to" a figure written before the verb: the "do" is the rise's, no "up to" hedge.
    ["pl", "Do 14 wzrosła liczba ofiar trzęsienia ziemi.", [one("killed", 14)]],
    ["pl", "Do 23 wzrósł bilans ofiar śmiertelnych ataku.", [one("killed", 23)]],
    ["pl", "Rannych zostało do 30 osób.", [{ counted: "injured", min: 15, max: 30 }]],
    ["en", "Thieves stole seven paintings from the gallery.", [one("items", 7)]],
    ["en", "Three gunmen opened fire on the crowd.", [one("perpetrators", 3)]],
    ["en", "Both sides agreed to exchange 500 prisoners each.", [one("prisoners", 500)]],
    ["en", "Officials said Russia launched 112 drones overnight.", [one("drones", 112)]],
    ["en", "Monitors recorded 35 ceasefire violations.", [one("violations", 35)]],
    ["en", "The plant lost 2,300 MW of capacity.", [one("power", 2.3, { unit: "GW" })]],
    ["en", "The grid lost 15GW in seconds.", [one("power", 15, { unit: "GW" })]],
    ["en", "The poll has a margin of error of 3 percentage points.", [one("margin", 3, { unit: "points" })]],
    ["en", "The damage is estimated at 4.5 million euros.", [one("money", 4_500_000, { unit: "EUR" })]],
    ["en", "Twenty-five people were hurt.", [one("injured", 25)]],
    ["pl", "W katastrofie zginęło 14 osób, a 80 zostało rannych.", [one("killed", 14), one("injured", 80)]],
    ["pl", "Rannych zostało 80 osób.", [one("injured", 80)]],
    ["pl", "Do muzeum włamała się piątka złodziei.", [one("perpetrators", 5)]],
    ["pl", "Skradziono dziewięć obrazów.", [one("items", 9)]],
    ["pl", "Strony uzgodniły wymianę jeńców w formacie 500 za 500.", [one("prisoners", 500)]],
    ["pl", "Ewakuowano około 1,5 tys. mieszkańców.", [{ counted: "evacuated", min: 1312.5, max: 1687.5 }]],
    ["pl", "Elektrownia straciła 2,3 GW mocy.", [one("power", 2.3, { unit: "GW" })]],
    ["pl", "Rosja wystrzeliła w nocy 112 dronów.", [one("drones", 112)]],
    ["pl", "Błąd statystyczny badania wynosi plus/minus 3 punkty procentowe.", [one("margin", 3, { unit: "points" })]],
    ["pl", "W wyniku wypadku śmierć poniosło 12 osób.", [one("killed", 12)]],
    ["en", "The storm left 240,000 homes without power.", [one("unpowered", 240_000)]],
    ["pl", "Bez prądu pozostało ok. 200 tys. odbiorców.", [{ counted: "unpowered", min: 175_000, max: 225_000 }]],
    ["en", "Police detained three suspects.", [one("arrested", 3)]],
    // Any noun of people counts, and "suffered injuries" is being injured.
    ["en", "Three workers were injured and 40 employees were evacuated.", [one("injured", 3), one("evacuated", 40)]],
    ["en", "Two firefighters suffered minor injuries.", [one("injured", 2, { group: "rescuers" })]],
    // "no one" is none, not one.
    ["en", "Officials said no one was killed.", [one("killed", 0)]],
    ["en", "Only one was killed.", [one("killed", 1)]],
  ])("%s: %s", (lang, text, expected) => {
    expect(counts(lang, text)).toEqual(expected);
  });
});

describe("subgroups are counted apart from the whole", () => {
  it.each<[string, string, Expected[]]>([
    ["en", "The bus had 48 people on board, including 45 passengers and three crew members.", [one("aboard", 48), one("aboard", 45, { group: "passengers" }), one("aboard", 3, { group: "crew" })]],
    ["en", "Five children were among the dead.", [one("killed", 5, { group: "children" })]],
    ["en", "Two British nationals were injured in the blast.", [one("injured", 2, { group: "nationals" })]],
    ["en", "At least 30 people, including 28 of the 29 on board the helicopter, were killed.", [{ counted: "killed", min: 30, max: 45 }, one("killed", 28, { group: "aboard" }), one("aboard", 29)]],
    ["en", "The crash killed all 57 people on board.", [one("killed", 57, { group: "aboard" }), one("aboard", 57)]],
    ["en", "Only one of the 57 passengers and crew on board survived.", [one("survivors", 1, { group: "aboard" }), one("aboard", 57)]],
    ["pl", "Rannych zostało dwóch Włochów.", [one("injured", 2, { group: "nationals" })]],
    ["en", "Air defences shot down 98 drones.", [one("drones", 98, { group: "downed" })]],
    ["pl", "Zestrzelono 98 dronów i 4 rakiety.", [one("drones", 98, { group: "downed" }), one("missiles", 4, { group: "downed" })]],
    ["pl", "Zginęło łącznie 31 osób, w tym 4 na ziemi.", [one("killed", 31), one("killed", 4, { group: "ground" })]],
    ["pl", "Na pokładzie było 12 osób, w tym dwaj piloci.", [one("aboard", 12), one("aboard", 2, { group: "crew" })]],
    ["pl", "Na pokładzie znajdowało się 70 osób, w tym 64 pasażerów i sześcioro członków załogi.", [one("aboard", 70), one("aboard", 64, { group: "passengers" }), one("aboard", 6, { group: "crew" })]],
  ])("%s: %s", (lang, text, expected) => {
    expect(counts(lang, text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["en", "Two of the attackers were arrested."],
    ["en", "Two more thieves arrived in a van."],
    ["pl", "Jeden z napastników uciekł."],
    ["pl", "Nie wiadomo, czy wszystkie 40 osób było na pokładzie."],
    ["pl", "Kolekcja składająca się z 23 przedmiotów była pilnie strzeżona."],
    ["en", "The two thieves entered through a window."],
  ])("no figure to compare: %s: %s", (lang, text) => {
    expect(counts(lang, text)).toEqual([]);
  });

  it("'w tym' before a noun is 'in this', not a subgroup", () => {
    expect(counts("pl", "Według badania Marek Holub ma 50,7 proc. Ilona Varga w tym badaniu uzyskała 49,3 proc. głosów.").map((c) => c.group)).toEqual([undefined, undefined]);
  });
});

describe("whose count it is", () => {
  it("a share belongs to the candidate of its clause, in both languages", () => {
    const en = counts("en", "Marek Holub received 52.4% of the vote, while Ilona Varga won 47.6%.");
    const pl = counts("pl", "Marek Holub zdobył 52,4 proc. głosów, a Ilona Varga 47,6 proc.");
    expect(en.map((c) => c.subject)).toEqual(pl.map((c) => c.subject));
    expect(new Set(en.map((c) => c.subject)).size).toBe(2);
  });

  it("'X with 50.3 percent and Y with 49.7 percent' gives two subjects", () => {
    const found = counts("en", "The exit poll showed Holub with 50.3 percent of the vote and Varga with 49.7 percent.");
    expect(found.map((c) => [c.min, c.subject])).toEqual([[50.3, "name-hlb"], [49.7, "name-vrg"]]);
  });

  it("a transliterated surname is the same subject", () => {
    const a = counts("en", "Trzaskowski received 49.1% of the vote.")[0]?.subject;
    const b = counts("en", "Trzaskovsky received 49.1% of the vote.")[0]?.subject;
    expect(a).toBeDefined();
    expect(a).toBe(b);
  });

  it("the speaker is not whose votes they are; a share of nobody named is dropped", () => {
    // The speaker owns none of them: they are all the ballots cast, a figure of nobody's.
    expect(counts("pl", "Przewodniczący komisji Jan Nowak poinformował, że oddano 29 363 722 głosów.")).toEqual([one("votes", 29_363_722, { group: "cast" })]);
    expect(counts("en", "About 60% of demand was lost.")).toEqual([]);
  });

  it("turnout is its own subject", () => {
    expect(counts("pl", "Frekwencja wyniosła 61,32 proc.")).toEqual([one("turnout", 61.32, { subject: "turnout" })]);
  });

  it.each<[string, string]>([
    ["en", "The lone survivor was a 40-year-old British national named Ramesh Kumarsingh."],
    ["pl", "Jedynym ocalałym jest Ramesh Kumarsingh, 40-latek z Londynu."],
  ])("an age belongs to the person named next to it: %s", (lang, text) => {
    expect(counts(lang, text)).toEqual([one("age", 40, { subject: "name-kmrsng" })]);
  });

  it("an age of nobody named is dropped", () => {
    expect(counts("en", "The driver, aged 67, survived.")).toEqual([]);
  });
});

describe("leads, scopes and as-of times", () => {
  it.each<[string, string, Expected[]]>([
    ["en", "Varga received 48.1% of the vote, which is 3.8% less than Holub.", [one("percent", 48.1, { subject: "name-vrg" }), one("lead", 3.8, { unit: "points" })]],
    ["en", "Among voters abroad, Varga took 63.5% of the vote.", [one("percent", 63.5, { group: "abroad", subject: "name-vrg" })]],
    ["pl", "Wśród głosujących za granicą Varga zdobyła 63,5 proc. głosów.", [one("percent", 63.5, { group: "abroad", subject: "name-vrg" })]],
    ["pl", "Różnica wyniku kandydatów w sondażu to 1,4 pkt proc.", [one("lead", 1.4, { unit: "points" })]],
  ])("%s: %s", (lang, text, expected) => {
    expect(counts(lang, text)).toEqual(expected);
  });

  it("a sentence opening on 'as of' dates the figures of the next one", () => {
    const q = claimsOf("en", "As of the evening of January 18, Holub was leading. The gap was small: 50.3% for Holub against 49.7% for Varga.").filter((c) => c.kind === "quantity");
    expect(q.map((c) => c.quantity?.asOf?.start?.slice(0, 10))).toEqual(["2026-01-18", "2026-01-18"]);
  });

  it("a sentence opening on 'Wówczas' is dated by the sentence before", () => {
    const q = claimsOf("pl", "Pierwsza runda rozmów odbyła się 16 stycznia. Wówczas uzgodniono wymianę jeńców w trybie 500 za 500, zrealizowaną w kolejnych tygodniach.").filter((c) => c.kind === "quantity");
    expect(q.map((c) => [c.quantity?.counted, c.quantity?.min, c.time?.start])).toEqual([["prisoners", 500, "2026-01-16"]]);
  });

  it("without 'Wówczas', the figure is not dated by the sentence before, nor by '500' read as a year", () => {
    const q = claimsOf("pl", "Pierwsza runda rozmów odbyła się 16 stycznia. Uzgodniono wymianę jeńców w trybie 500 za 500.").filter((c) => c.kind === "quantity");
    expect(q.map((c) => [c.quantity?.counted, c.quantity?.min, c.time?.start])).toEqual([["prisoners", 500, undefined]]);
  });

  it("without one, they have no as-of time", () => {
    const q = claimsOf("en", "Holub was leading. The gap was small: 50.3% for Holub against 49.7% for Varga.").filter((c) => c.kind === "quantity");
    expect(q.map((c) => c.quantity?.asOf)).toEqual([undefined, undefined]);
  });
});

describe("polls", () => {
  it("exit poll and late poll figures name their poll", () => {
    const text = "Według sondażu exit poll Marek Holub zdobył 50,3 proc. głosów. Po godz. 23 sondaż late poll dał mu 49,6 proc. głosów.";
    const polls = claimsOf("pl", text).filter((c) => c.kind === "quantity").map((c) => [c.quantity!.min, c.quantity!.basis, c.quantity!.poll]);
    expect(polls).toEqual([[50.3, "estimate", "exit"]]);
  });

  it("a figure after the earlier poll is mentioned keeps the paragraph's poll", () => {
    const text = "The late poll put Holub on 49.6 percent. The earlier exit poll had him ahead. Turnout was estimated at 61.2 percent.";
    const turnout = claimsOf("en", text).find((c) => c.quantity?.counted === "turnout");
    expect(turnout?.quantity?.poll).toBe("late");
  });

  it("an item's estimated value is an appraisal, not a poll", () => {
    expect(claimsOf("en", "The thieves took jewels worth an estimated $102 million.").find((c) => c.kind === "quantity")?.quantity?.basis).toBeUndefined();
  });
});

describe("numbers", () => {
  it.each<[string, string, number]>([
    ["en", "three-and-a-half", 3.5],
    ["en", "twenty-five", 25],
    ["pl", "półtora", 1.5],
    ["pl", "dwa i pół", 2.5],
    ["pl", "dwaj", 2],
    ["pl", "czwórka", 4],
    ["pl", "dziesięcioro", 10],
  ])("%s: %s", (lang, text, value) => {
    expect(parseNumberPhrase(text, lang)).toBe(value);
  });

  it("space-grouped and decimal-comma figures", () => {
    expect(counts("pl", "Karol Nowak otrzymał 10 606 877 głosów (50,89 proc.).").map((c) => [c.counted, c.min])).toEqual([["votes", 10_606_877], ["percent", 50.89]]);
  });
});

describe("a nationality among the counted is not the place", () => {
  it.each<[string, string, string]>([
    ["pl", "Rosja zaatakowała Kijów w nocy. Rannych zostało 60 osób, w tym obywatel Polski.", "kyiv"],
    ["en", "Russia attacked Kyiv overnight. Forty-eight people were injured, including a citizen of Poland.", "kyiv"],
    // A country named as a place still is one.
    ["pl", "Rosja zaatakowała Kijów w nocy. W Polsce rannych zostało 60 osób.", "poland"],
  ])("%s: %s", (lang, text, place) => {
    const last = claimsOf(lang, text).filter((c) => c.kind === "quantity").pop();
    expect(last?.location).toBe(place);
  });
});

describe("the place a count without one takes from its article", () => {
  it.each<[string, string, string | undefined]>([
    // The incident's place, not the place named most (a flight's destination).
    ["en", "A plane bound for London crashed near Ahmedabad on Thursday. Relatives waited at the airport in London. Families in London were told on Friday. In all, 241 people were killed.", "place-in-ahmedabad"],
    // The country of a dateline is the dispatch's, not the story's.
    ["en", "ATHENS, Greece (AP) — Two people were injured, officials said.", undefined],
  ])("%s: %s", (lang, text, place) => {
    const last = claimsOf(lang, text).filter((c) => c.kind === "quantity").pop();
    expect(last?.location).toBe(place);
  });
});
