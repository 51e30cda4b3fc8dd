/** Delegations of countries as parties of talks, their heads, rounds of talks, and background mentions. */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";
import { roundIn } from "../../src/extract/delegations.js";
import { en } from "../../src/lang/en.js";
import { pl } from "../../src/lang/pl.js";

const meetings = (lang: string, body: string) => claimsOf(lang, body).filter((c) => c.kind === "meeting");
const participants = (lang: string, body: string) => [...new Set(meetings(lang, body).flatMap((c) => c.participants ?? []))].sort();

describe("delegations", () => {
  it.each([
    ["en", "The Polish delegation arrived in Geneva on Monday.", ["poland"]],
    ["en", "Polish and Lithuanian negotiators met in Geneva on Monday.", ["lithuania", "poland"]],
    ["en", "Talks between the delegations of Poland and Lithuania ended in Geneva on Monday.", ["lithuania", "poland"]],
    ["en", "Poland and Lithuania held talks in Geneva on Monday.", ["lithuania", "poland"]],
    ["en", "Polish-Lithuanian talks ended in Geneva on Monday.", ["lithuania", "poland"]],
    ["pl", "Delegacja litewska przyjechała do Genewy w poniedziałek.", ["lithuania"]],
    ["pl", "W poniedziałek w Genewie odbyły się polsko-litewskie rozmowy.", ["lithuania", "poland"]],
    ["pl", "Polscy i litewscy negocjatorzy spotkali się w Genewie w poniedziałek.", ["lithuania", "poland"]],
    ["pl", "Polacy usiedli z Litwinami do stołu rozmów w Genewie w poniedziałek.", ["lithuania", "poland"]],
  ] as const)("%s: %s", (lang, body, expected) => {
    expect(participants(lang, body)).toEqual(expect.arrayContaining([...expected]));
  });

  it.each([
    ["en", "Minister Adam Wrona, head of the Polish delegation, said the talks in Geneva on Monday went well.", "person-vron"],
    ["en", "Poland's chief negotiator Adam Wrona met reporters in Geneva on Monday.", "person-vron"],
    ["pl", "Szef litewskiej delegacji, minister obrony Rustem Umerov, rozmawiał w Genewie w poniedziałek.", "rustem-umerov"],
    ["pl", "Litewskiej delegacji przewodniczył minister obrony Rustem Umerov, rozmowy odbyły się w Genewie.", "rustem-umerov"],
    ["pl", "Delegacja litewska, reprezentowana przez Rustema Umerova, rozmawiała w Genewie w poniedziałek.", "rustem-umerov"],
  ] as const)("%s: the head of a delegation in %s", (lang, body, head) => {
    const found = meetings(lang, body).find((c) => c.participants?.includes(head));
    expect(found).toBeDefined();
    expect(found!.participants!.some((p) => p === "poland" || p === "lithuania")).toBe(true);
  });

  it.each([
    ["en", "The delegation arrived in Geneva on Monday."],
    ["en", "Polish President Adam Wrona met reporters in Geneva on Monday."],
    ["en", "The delegation said Adam Wrona would visit Geneva on Monday."],
    ["pl", "Polskie media podały, że rozmowy w Genewie trwały w poniedziałek godzinę."],
    ["pl", "Ministrowie spotkali się w Genewie w poniedziałek z przedstawicielami rządu."],
  ] as const)("%s: %s names no country party", (lang, body) => {
    expect(participants(lang, body).filter((p) => p === "poland" || p === "lithuania")).toEqual([]);
  });

  it.each([
    ["en", "The Polish delegation arrived in Geneva on Monday.", "2026-01-19"],
    ["en", "The Polish delegation agreed on a schedule for the spring.", undefined],
    ["pl", "Polska delegacja przedstawiła harmonogram na 2027 rok.", undefined],
  ] as const)("%s: a delegation's own sentence dates the talks only by a day: %s", (lang, body, day) => {
    const found = meetings(lang, body).find((c) => c.participants?.includes("poland"));
    expect(found).toBeDefined();
    if (day) expect(found!.time).toMatchObject({ start: day, end: day });
    else expect(found!.inherited).toContain("time");
  });

  it("a delegation's head is named right after it, with only titles between", () => {
    // A verb of speech is no title: the person after it is not the head.
    const found = meetings("en", "The Polish delegation said Adam Wrona had left the talks in Geneva on Monday.");
    expect(found.some((c) => c.participants?.includes("person-vron") && c.participants.includes("poland"))).toBe(false);
  });
});

describe("rounds of talks", () => {
  it.each([
    [en, "the second round of talks", 2],
    [en, "their third negotiating round", 3],
    [en, "round 4 of the talks", 4],
    [en, "the 5th round", 5],
    [pl, "druga runda rozmów", 2],
    [pl, "podczas trzeciej rundy negocjacji", 3],
    [pl, "Pierwsza runda rozmów", 1],
  ] as const)("%#: %s", (lex, text, n) => {
    expect(roundIn(text, lex)).toBe(n);
  });

  it.each([
    [en, "the first direct talks since 2022"],
    [en, "a round of talks"],
    [en, "rounds of shelling went on for 3 days"],
    [pl, "kolejna runda rozmów"],
    [pl, "pierwsze bezpośrednie rozmowy od 2022 roku"],
  ] as const)("%#: %s is no numbered round", (lex, text) => {
    expect(roundIn(text, lex)).toBeUndefined();
  });

  it("a meeting claim carries its round; another round is another frame", () => {
    const found = meetings("pl", "W poniedziałek w Genewie odbyła się druga runda polsko-litewskich rozmów. Pierwsza runda rozmów odbyła się w Wilnie 2 stycznia.");
    const second = found.find((c) => c.round === 2);
    const first = found.find((c) => c.round === 1);
    expect(second).toBeDefined();
    expect(first).toBeDefined();
    expect(first!.frame).not.toBe(second!.frame);
    // Rounds of one series are between the same parties.
    expect(first!.participants).toEqual(expect.arrayContaining(["poland", "lithuania"]));
  });
});

describe("background and lengths", () => {
  it("talks dated weeks before publication neither take the story's later mentions nor give it their date", () => {
    const found = meetings("en", "Polish and Lithuanian negotiators held talks in Geneva. The previous talks took place on 2 November 2025. The talks lasted three hours.");
    const length = found.find((c) => c.duration);
    expect(length).toBeDefined();
    expect(length!.time?.start).not.toBe("2025-11-02");
  });

  it("a length with nothing else of its own is the last meeting mentioned's", () => {
    const found = meetings("pl", "Polscy i litewscy negocjatorzy rozmawiali w Genewie w poniedziałek. Poprzednio rozmawiali w październiku w Wilnie. Tamto spotkanie trwało dwie godziny.");
    const length = found.find((c) => c.duration);
    expect(length?.location).toBe("vilnius");
  });

  it("a 'that' right after a meeting word opens a relative clause, not the reported content", () => {
    const found = meetings("en", "\"We made progress,\" Poland's chief negotiator Adam Wrona told reporters after negotiations that ran for 35 minutes.");
    expect(found.some((c) => c.duration?.minMinutes === 35 && c.participants?.includes("poland"))).toBe(true);
  });

  it.each([
    ["en", "The talks lasted an hour, twice as long as the previous meeting."],
    ["pl", "Rozmowa trwała godzinę – dwa razy dłużej niż poprzednie spotkanie."],
  ] as const)("%s: a comparison is no repeat and no condition: %s", (lang, body) => {
    const found = meetings(lang, body).find((c) => c.duration);
    expect(found).toMatchObject({ modality: "reported", duration: { minMinutes: 60 } });
  });
});

describe("small readings the delegation stories needed", () => {
  it("'May 15' is the month, not the modal 'may'", () => {
    const found = meetings("en", "Polish and Lithuanian negotiators met on May 15 in Geneva.").find((c) => c.time?.text === "May 15");
    expect(found).toMatchObject({ modality: "reported", time: { start: "2025-05-15" } });
  });

  it("'may meet' is still a plan", () => {
    expect(meetings("en", "Polish and Lithuanian negotiators may meet in Geneva next week.")[0]?.modality).toBe("planned");
  });

  it.each([
    ["en", "The sides discussed short 12–36 hour truces near the border.", 720, 2160],
    ["en", "They agreed on a 72-hour ceasefire in the region.", 4320, 4320],
  ] as const)("%s: an incident word's own adjective length is its length: %s", (lang, body, min, max) => {
    const incident = claimsOf(lang, body).find((c) => c.kind === "incident");
    expect(incident?.duration).toMatchObject({ minMinutes: min, maxMinutes: max });
  });

  it("a length elsewhere in the sentence is not the incident word's adjective", () => {
    const incident = claimsOf("en", "After 72 hours of debate, the sides agreed on a ceasefire in the region.").find((c) => c.kind === "incident");
    expect(incident?.duration).toBeUndefined();
  });

  // 'rozmów' (of the talks) names talks wherever it stands; a meeting verb in its clause gives the claim its mood
  // and its people (see modality.test.ts), so a theme of talks does not take another meeting's participants.
  it.each([
    ["pl", "W poniedziałek w Genewie odbyła się trzecia runda polsko-litewskich rozmów.", "geneva"],
    ["pl", "Głównym wątkiem rozmów w Genewie w poniedziałek była energetyka.", "geneva"],
  ] as const)("%s: 'rozmów' is a meeting word: %s", (lang, body, place) => {
    expect(meetings(lang, body).map((c) => [c.modality, c.location])).toEqual([["reported", place]]);
  });
});
