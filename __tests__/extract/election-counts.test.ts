/**
 * Election figures as outlets write them: a winner's gap in votes or points is a lead, never a
 * candidate's own votes or share; a place or the voters qualifying an election are not whose
 * share it is. Each table has sentences where the reading fires and where it stays silent.
 */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";

/** counted/unit/min/subject of each count of a one-sentence article. */
function counts(lang: string, text: string): Array<[string, string | undefined, number, string | undefined]> {
  return claimsOf(lang, text)
    .filter((c) => c.kind === "quantity")
    .map((c) => [c.quantity!.counted, c.quantity!.unit, c.quantity!.min, c.subject]);
}

describe("a winner's gap is a lead", () => {
  it.each<[string, string, Array<[string, string | undefined, number]>]>([
    ["en", "Halina Mróz won the Toruń runoff on Sunday by just 860 votes.", [["lead", "votes", 860]]],
    ["en", "The senator defeated her rival by 4,310 votes.", [["lead", "votes", 4310]]],
    ["en", "The Greens lead by 2.5 percentage points.", [["lead", "points", 2.5]]],
    ["en", "The Farmers' Party finished with a lead of 3 points.", [["lead", "points", 3]]],
    ["pl", "Halina Mróz wygrała drugą turę przewagą 860 głosów.", [["lead", "votes", 860]]],
    ["pl", "Halina Mróz pokonała rywala różnicą zaledwie 860 głosów.", [["lead", "votes", 860]]],
    ["pl", "Zieloni wyprzedzili ludowców o 2,5 pkt proc.", [["lead", "points", 2.5]]],
    ["pl", "Przewaga zwycięzcy wyniosła 4 punkty procentowe.", [["lead", "points", 4]]],
  ])("%s: %s", (lang, text, expected) => {
    expect(counts(lang, text).map(([counted, unit, min]) => [counted, unit, min])).toEqual(expected);
  });

  it.each<[string, string]>([
    // A division of a chamber gives its tally, not anyone's margin.
    ["en", "The amendment passed by 231 votes to 198 on Thursday."],
    ["en", "The motion was defeated by 301 votes to 17."],
    // Someone mentioned after "followed by" is no margin.
    ["en", "Halina Mróz won 48% of the vote, followed by 12 other candidates."],
  ])("no lead in %s: %s", (lang, text) => {
    expect(counts(lang, text).filter(([counted]) => counted === "lead")).toEqual([]);
  });

  it("a gap in percent is kept apart from one in points ('a margin of 10%' may be relative)", () => {
    expect(counts("en", "The Greens beat the Farmers, who got 28%, by a margin of 10%.").find(([c]) => c === "lead")?.[1]).toBe("percent");
    expect(counts("en", "The Greens beat the Farmers by a margin of 3 percentage points.").find(([c]) => c === "lead")?.[1]).toBe("points");
  });

  it("the gap named by a verb of overtaking is not the share of the party overtaken", () => {
    const found = counts("pl", "Zieloni zdobyli 31,5 proc. głosów, wyprzedzając Partię Rolników o 3 pkt proc.");
    expect(found.filter(([c]) => c === "percent").map(([, , min]) => min)).toEqual([31.5]);
  });
});

describe("the place or the voters of an election are not whose share it is", () => {
  it.each<[string, string, string]>([
    ["en", "Halina Mróz won the Toruń mayoral election on Sunday with 51.2% of the vote.", "name-mrz"],
    ["en", "Halina Mróz won the Kraków runoff with 51.2% of the vote.", "name-mrz"],
    ["pl", "Halina Mróz wygrała wybory na prezydenta Torunia, zdobywając 51,2 proc. głosów.", "name-mrz"],
  ])("%s: %s", (lang, text, subject) => {
    expect(counts(lang, text).map(([, , , s]) => s)).toEqual([subject]);
  });

  it.each<[string, string]>([
    // Nobody named but the place: the share is of nobody known, so it is not kept.
    ["en", "In the Toruń mayoral election, turnout aside, 51.2% of the vote went to the winner."],
    ["en", "Lithuanian voters gave the reform 58% of the vote."],
  ])("no subject in %s: %s", (lang, text) => {
    expect(counts(lang, text).filter(([c]) => c === "percent")).toEqual([]);
  });

  it("a candidate's name is still the subject when no place stands between", () => {
    expect(counts("en", "Halina Mróz received 51.2% of the vote.").map(([, , , s]) => s)).toEqual(["name-mrz"]);
  });
});

/** The round and date of each turnout or share of a short article. */
function rounds(lang: string, text: string): Array<[string, number, number | undefined]> {
  return claimsOf(lang, text)
    .filter((c) => c.kind === "quantity")
    .map((c) => [c.quantity!.counted, c.quantity!.min, c.quantity!.round]);
}

describe("which round of an election a figure is of", () => {
  it.each<[string, string, Array<[string, number, number | undefined]>]>([
    ["en", "Turnout in the presidential runoff reached 61.3%.", [["turnout", 61.3, 2]]],
    ["en", "In the first round a fortnight ago, turnout was 48.9%.", [["turnout", 48.9, 1]]],
    ["en", "Halina Mróz won the second round with 53.1% of the vote.", [["percent", 53.1, 2]]],
    ["en", "Halina Mróz won 53.1% of the vote.", [["percent", 53.1, undefined]]],
    // "first round two weeks ago": a count of weeks, not the second round.
    ["en", "Halina Mróz led the first round two weeks ago with 41.2% of the vote.", [["percent", 41.2, 1]]],
    ["pl", "Frekwencja w pierwszej turze wyniosła 48,9 proc.", [["turnout", 48.9, 1]]],
    ["pl", "W drugiej turze do urn poszło 61,3 proc. uprawnionych.", [["turnout", 61.3, 2]]],
    ["pl", "Frekwencja w pierwszej turze wyniosła 48,9 proc. W drugiej turze do urn poszło 61,3 proc. uprawnionych.", [["turnout", 48.9, 1], ["turnout", 61.3, 2]]],
  ])("%s: %s", (lang, text, expected) => {
    expect(rounds(lang, text)).toEqual(expected);
  });
});

describe("turnout", () => {
  it.each<[string, string, string[]]>([
    ["en", "Turnout in Sunday's closely watched presidential runoff reached 61.3%.", ["turnout"]],
    ["en", "Some 61.3% of eligible voters cast a ballot.", ["turnout"]],
    // Another figure stands between: the share is the candidate's.
    ["en", "Turnout was 61%, and Halina Mróz won 52.4% of the vote.", ["turnout", "percent"]],
    ["pl", "Do urn poszło 61,3 proc. uprawnionych.", ["turnout"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(claimsOf(lang, text).filter((c) => c.kind === "quantity").map((c) => c.quantity!.counted)).toEqual(expected);
  });

  it("a year the figure is compared with does not date it", () => {
    const [turnout] = claimsOf("en", "Turnout was 41.2%, well above the 2019 vote.").filter((c) => c.kind === "quantity");
    expect(turnout?.time?.start?.slice(0, 4)).not.toBe("2019");
    const [own] = claimsOf("en", "Turnout in the 2019 vote was 41.2%.").filter((c) => c.kind === "quantity");
    expect(own?.time?.start?.slice(0, 4)).toBe("2019");
  });
});

/** counted/group/min/subject of each count, for divisions and ballot options. */
function options(lang: string, text: string): Array<[string, string | undefined, number, string | undefined]> {
  return claimsOf(lang, text)
    .filter((c) => c.kind === "quantity")
    .map((c) => [c.quantity!.counted, c.quantity!.group, c.quantity!.min, c.subject]);
}

describe("divisions of a chamber and referendum options", () => {
  it.each<[string, string, Array<[string, string | undefined, number, string | undefined]>]>([
    ["en", "The Senate approved the amendment by 61 votes to 37.", [["votes", "yes", 61, undefined], ["votes", "no", 37, undefined]]],
    ["en", "The budget bill passed with 244 lawmakers voting in favour and 203 against.", [["votes", "yes", 244, undefined], ["votes", "no", 203, undefined]]],
    ["en", "Nine MPs abstained in the vote on the motion.", [["votes", "abstain", 9, undefined]]],
    ["en", "In the referendum, 61.8% voted yes.", [["percent", "yes", 61.8, undefined]]],
    ["pl", "Za ustawą głosowało 244 posłów, przeciw było 203, a 9 wstrzymało się od głosu.", [["votes", "yes", 244, undefined], ["votes", "no", 203, undefined], ["votes", "abstain", 9, undefined]]],
    ["pl", "W referendum za zmianą opowiedziało się 61,8 proc. głosujących.", [["percent", "yes", 61.8, undefined]]],
    // Invalid and cast ballots are read in any election.
    ["en", "Exactly 1.9% of the ballots were invalid.", [["percent", "invalid", 1.9, undefined]]],
    ["pl", "Nieważnych było 1,9 proc. kart.", [["percent", "invalid", 1.9, undefined]]],
    ["en", "A total of 412,500 ballots were cast on Sunday.", [["votes", "cast", 412_500, undefined]]],
    ["pl", "W wyborach oddano 412 500 głosów.", [["votes", "cast", 412_500, undefined]]],
  ])("%s: %s", (lang, text, expected) => {
    expect(options(lang, text)).toEqual(expected);
  });

  it.each<[string, string, Array<[string, string | undefined, number, string | undefined]>]>([
    // A candidate's votes "to" a rival's: no chamber, no tally.
    ["en", "Halina Mróz received 61,450 votes to 60,250 for Jan Wrona.", [["votes", undefined, 61_450, "name-mrz"]]],
    // "against" before another figure contrasts two candidates' shares.
    ["en", "Halina Mróz won 52.3% of the vote against 47.7% for Jan Wrona.", [["percent", undefined, 52.3, "name-mrz"], ["percent", undefined, 47.7, "name-vrn"]]],
    // Without a division or referendum, "za" is no ballot option.
    ["pl", "Halina Mróz zdobyła za granicą 63,5 proc. głosów.", [["percent", "abroad", 63.5, "name-mrz"]]],
    // A comma keeps an option word to its own figure.
    ["pl", "Za głosowało 244 posłów, a 9 wstrzymało się.", [["votes", "yes", 244, undefined], ["votes", "abstain", 9, undefined]]],
  ])("stays with the candidate or its own option in %s: %s", (lang, text, expected) => {
    expect(options(lang, text)).toEqual(expected);
  });
});

describe("parties and members", () => {
  it("a party in a candidate's apposition is not whose share it is", () => {
    expect(options("en", "Halina Mróz, a candidate of the Civic Coalition, won 50.9% of the vote.").map(([, , , s]) => s)).toEqual(["name-mrz"]);
    expect(options("en", "The Civic Coalition won 30.1% of the vote.").map(([, , , s]) => s)).toEqual(["civic-coalition"]);
  });

  it("a party's Polish and English names are one subject", () => {
    expect(options("pl", "Koalicja Obywatelska zdobyła 157 mandatów.").map(([, , , s]) => s)).toEqual(["civic-coalition"]);
    expect(options("en", "Law and Justice took 157 seats.").map(([, , , s]) => s)).toEqual(["law-and-justice"]);
  });

  it("members held are no votes cast: 'będzie miało 157 posłów' beside no option", () => {
    expect(options("pl", "Prawo i Sprawiedliwość będzie miało w Sejmie 157 posłów.").filter(([c]) => c === "votes")).toEqual([]);
    expect(options("pl", "Za ustawą głosowało 157 posłów.")).toEqual([["votes", "yes", 157, undefined]]);
  });
});

describe("a dateline's month is nobody's share", () => {
  it.each<[string, string]>([
    ["en", "BUCHAREST, Oct 19 – The ruling party won 31% of the vote."],
    ["en", "SOFIA, Sept 14 – The opposition took 24% of the vote in the referendum on Sunday."],
  ])("%s: %s", (lang, text) => {
    expect(claimsOf(lang, text).filter((c) => c.kind === "quantity" && c.quantity?.counted === "percent")).toEqual([]);
  });
});

describe("the poll of a figure", () => {
  it("is the one its sentence names after it when none comes before", () => {
    const [share] = claimsOf("en", "The Greens won 36.1% of the vote, according to an exit poll.").filter((c) => c.kind === "quantity");
    expect([share?.quantity?.basis, share?.quantity?.poll]).toEqual(["estimate", "exit"]);
  });

  it("official results after an exit poll are a count, not the poll's estimate", () => {
    const text = "The Greens won 36.1% of the vote, according to an exit poll. Official results released on Monday gave the Greens 35.4%.";
    const shares = claimsOf("en", text).filter((c) => c.kind === "quantity");
    expect(shares.map((c) => [c.quantity?.min, c.quantity?.basis])).toEqual([[36.1, "estimate"], [35.4, undefined]]);
  });
});

describe("changes and earlier results are not figures of the moment", () => {
  it.each<[string, string, number[]]>([
    ["en", "The Greens won 18.4% of the vote, up from 12.1% in the previous election.", [18.4]],
    ["en", "Support for the Greens rose by 6.3 percentage points.", []],
    ["en", "The Greens were down 2 points on the last count.", []],
    ["en", "The Greens won 18.4% of the vote, compared with 12.1% four years ago.", [18.4]],
    ["pl", "Poparcie dla Zielonych wzrosło o 6,3 pkt proc.", []],
    ["pl", "Zieloni zdobyli 18,4 proc. głosów wobec 12,1 proc. cztery lata temu.", [18.4]],
    // A rival's share after "against" is a figure of the same moment.
    ["en", "Halina Mróz won 52.3% of the vote against 47.7% for Jan Wrona.", [52.3, 47.7]],
  ])("%s: %s", (lang, text, expected) => {
    expect(claimsOf(lang, text).filter((c) => c.kind === "quantity").map((c) => c.quantity!.min)).toEqual(expected);
  });

  it("the date of the earlier figure does not date the present one", () => {
    const [share] = claimsOf("en", "The Greens won 18.4% of the vote, compared with 12.1% four years ago.").filter((c) => c.kind === "quantity");
    expect(share?.time?.start?.slice(0, 4)).not.toBe("2022");
  });
});

describe("how far the count has gone is no result", () => {
  it.each<[string, string, number[]]>([
    ["en", "The Liberal Party had 34.2% of the vote with 99.5% of precincts reporting.", [34.2]],
    ["en", "The Liberal Party led with 34.2% and 90% counted.", [34.2]],
    ["pl", "Partia Liberalna ma 34,2 proc. głosów po przeliczeniu 98 proc. protokołów.", [34.2]],
  ])("%s: %s", (lang, text, expected) => {
    expect(claimsOf(lang, text).filter((c) => c.kind === "quantity").map((c) => c.quantity!.min)).toEqual(expected);
  });
});

describe("one unregistered candidate, one subject", () => {
  it("a person found by her given name and a bare capitalised name share the key", () => {
    const en = claimsOf("en", "Liberal leader Anna Berg received 2.1 million votes.").find((c) => c.kind === "quantity");
    const pl = claimsOf("pl", "Anna Berg otrzymała 2 123 456 głosów.").find((c) => c.kind === "quantity");
    expect(en?.subject).toBeDefined();
    expect(en?.subject).toBe(pl?.subject);
  });
});

describe("a party's seats out of the chamber's", () => {
  it.each<[string, string, number[]]>([
    ["en", "The Freedom Movement won 29 of the 90 seats.", [29]],
    ["pl", "Ruch Wolności zdobył 29 z 90 mandatów.", [29]],
    // The chamber's size alone is nobody's result either.
    ["en", "The Freedom Movement won 29 seats in the 90-seat chamber.", [29]],
  ])("%s: %s", (lang, text, expected) => {
    expect(claimsOf(lang, text).filter((c) => c.kind === "quantity").map((c) => c.quantity!.min)).toEqual(expected);
  });
});
