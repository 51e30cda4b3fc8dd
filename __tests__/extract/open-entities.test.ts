/**
 * People and places the registry does not list: two heads of government meeting in a town of
 * the gazetteer are recognised in English and in Polish (with its case forms) and get the same
 * ids; institutions, aircraft and capitalised words at the start of a sentence stay silent.
 */
import { describe, it, expect } from "@jest/globals";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { claimsOf } from "../helpers/extract.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

const meetings = (lang: string, text: string) =>
  claimsOf(lang, text)
    .filter((c) => c.kind === "meeting")
    .map((c) => ({ participants: c.participants ?? [], location: c.location }));

const people = ["person-lindkvist", "person-berglund"];

describe("unregistered leaders meeting in a gazetteer town", () => {
  it.each([
    ["en", "Prime Minister Anna Lindqvist met Prime Minister Jonas Berglund in Tampere on Monday.", "place-fi-tamper"],
    ["pl", "Premier Anna Lindqvist spotkała się z premierem Jonasem Berglundem w Tampere w poniedziałek.", "place-fi-tamper"],
    ["en", "Prime Minister Anna Lindqvist met Prime Minister Jonas Berglund in Porto on Monday.", "place-pt-porto"],
    ["pl", "Premier Anna Lindqvist spotkała się z premierem Jonasem Berglundem w Porto w poniedziałek.", "place-pt-porto"],
    ["en", "Prime Minister Anna Lindqvist met Prime Minister Jonas Berglund in Sopot on Monday.", "place-pl-sopot"],
    ["pl", "Premier Anna Lindqvist spotkała się z premierem Jonasem Berglundem w Sopocie w poniedziałek.", "place-pl-sopot"],
    ["en", "Prime Minister Anna Lindqvist met Prime Minister Jonas Berglund in Winnipeg on Monday.", "place-ca-vinipeg"],
    ["pl", "Premier Anna Lindqvist spotkała się z premierem Jonasem Berglundem w Winnipegu w poniedziałek.", "place-ca-vinipeg"],
  ])("%s: %s", (lang, text, location) => {
    expect(meetings(lang, text)).toEqual([{ participants: people, location }]);
  });
});

describe("across the two languages", () => {
  it("links the English and the Polish report of one meeting in a gazetteer town, named as GeoNames writes it", async () => {
    const dir = tempDir("crosscheck-open-");
    mkdirSync(path.join(dir, "in"));
    const article = (lang: string, text: string) => `---\npublished: 2026-03-10\nlang: ${lang}\n---\n${text}\n`;
    writeFileSync(path.join(dir, "in", "a.md"), article("en", "Prime Minister Anna Lindqvist met Prime Minister Jonas Berglund in Sopot on Monday."));
    writeFileSync(path.join(dir, "in", "b.md"), article("pl", "Premier Anna Lindqvist spotkała się z premierem Jonasem Berglundem w Sopocie w niedzielę."));
    const { stdout } = await runCli(["report", path.join(dir, "in"), "--format", "json"]);
    const report = JSON.parse(stdout) as { findings: Array<{ rule: string; verdict: string; event: string }> };
    const date = report.findings.find((f) => f.rule === "meeting-date");
    expect(date?.verdict).toBe("conflict");
    expect(date?.event).toContain("in Sopot");
  });
});

const persons = (lang: string, text: string) => {
  const ids = new Set<string>();
  for (const c of claimsOf(lang, text)) for (const id of [...(c.participants ?? []), c.subject ?? ""]) if (id.startsWith("person-")) ids.add(id);
  return [...ids];
};
const givenNames = (lang: string, text: string) => claimsOf(lang, text).flatMap((c) => (c.kind === "name" && c.name ? [c.name.given] : []));

describe("evidence for a person", () => {
  it.each([
    // A known given name before a speech or meeting word is evidence; so is a title.
    ["en", "Sunil Vishwaskumar told reporters on Friday that the bridge would reopen in May.", ["person-visvaskumar"]],
    ["en", "Sunil Viswashkumar told reporters on Friday that the bridge would reopen in May.", ["person-visvaskumar"]],
    ["pl", "Minister Laure Beccuau powiedziała w poniedziałek, że śledztwo trwa.", ["person-becua"]],
    // Not people: institutions, aircraft, products, regnal numbers, unknown first words.
    ["en", "Officials said on Monday that the National Electoral Commission would publish the final count within a week.", []],
    ["en", "The National Cyber Centre said on Monday that it had found no trace of an intrusion.", []],
    ["pl", "Minister Obrony Narodowej spotkał się z ministrem w Warszawie we wtorek.", []],
    ["pl", "Ministerstwo Sprawiedliwości podało w poniedziałek, że 12 osób zatrzymano.", []],
    ["en", "A Boeing 737 skidded off the runway in Katowice on Friday, and 12 passengers were hurt.", []],
    ["en", "Airbus Helicopters said on Tuesday that 40 engineers were sent to Porto.", []],
    ["en", "Red Electrica said on Tuesday that two substations in the south were back on line.", []],
    ["en", "The crown was made for Louis XIV in 1661, the museum said on Sunday.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(persons(lang, text)).toEqual(expected);
  });

  it.each([
    // A capitalised word opening a sentence, or a title in the plural, is no given name.
    ["en", "Echoing Trump's remarks, a senior aide said on Monday that Zelensky was welcome to visit again."],
    ["en", "Diplomats said on Monday that a summit between Presidents Putin and Zelensky was not on the table."],
    ["pl", "Prezydenci Trump i Zełenski spotkali się w Białym Domu w piątek."],
    // In a title-case headline every word is capitalised.
    ["en", "Trump Hosts Zelensky at the White House for Minerals Talks"],
  ])("%s: no given name in %s", (lang, text) => {
    expect(givenNames(lang, text)).toEqual([]);
  });

  it.each([
    ["en", "On Monday the French justice minister Gerald Darmanin visited the museum.", ["Gerald"]],
    ["en", "Ukraine's President Volodymyr Zelensky Visits Washington", ["Volodymyr"]],
  ])("%s: keeps the given name in %s", (lang, text, expected) => {
    expect(givenNames(lang, text)).toEqual(expected);
  });
});

describe("capitalised ordinary words are not places", () => {
  it.each([
    ["en", "Nice weather helped the rescuers, the mayor said on Monday."],
    ["en", "Reading the report, the minister said 40 people were hurt."],
    ["en", "WARSAW, April 14 – Twelve people were hurt in a fire on Monday."],
  ])("%s: %s", (lang, text) => {
    const places = claimsOf(lang, text).flatMap((c) => (c.location ? [c.location] : []));
    expect(places).toEqual([]);
  });

  it("takes a small town, or a country that is also a given name, only after a preposition", () => {
    // The places claims are located in (a count and an incident of one sentence share theirs).
    const located = (text: string) => [...new Set(claimsOf("en", text).flatMap((c) => (c.location ? [c.location] : [])))];
    expect(located("Twelve people were hurt in a fire in Sopot on Monday.")).toEqual(["place-pl-sopot"]);
    expect(located("Sopot firefighters said 12 people were hurt in a fire on Monday.")).toEqual([]);
    expect(located("Chad Miller said 12 people were hurt in a fire on Monday.")).toEqual([]);
    expect(located("Twelve people were hurt in a fire in Chad on Monday.")).toEqual(["country-td"]);
  });
});
