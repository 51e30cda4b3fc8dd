/**
 * Linking and comparing counts across articles, end to end on one-sentence articles: what fires
 * (a conflict, an agreement, an update) and what stays silent (subgroups, other polls, other
 * towns, other candidates, parts of a group).
 */
import { describe, it, expect } from "@jest/globals";
import { loadRuleSet } from "../../src/load/rules.js";
import { fromFields } from "../../src/load/articles.js";
import { runPipeline } from "../../src/pipeline.js";
import type { Article } from "../../src/types.js";

const ruleSet = await loadRuleSet();

interface Doc {
  lang: string;
  published: string;
  body: string;
}

function article(id: string, d: Doc): Article {
  const loaded = fromFields({ id, published: d.published, lang: d.lang }, d.body, `${id}.md`, id);
  if (!("article" in loaded)) throw new Error(loaded.problem.message);
  return loaded.article;
}

/** The quantity findings between the two articles, as "verdict severity [qualifiers]". */
function between(a: Doc, b: Doc): string[] {
  const report = runPipeline({ articles: [article("a", a), article("b", b)], problems: [], rules: ruleSet.rules, entities: ruleSet.entities, generatedAt: "2026-01-01T00:00:00Z" });
  return report.findings
    .filter((f) => f.aspect === "quantity" && f.docs[0] !== f.docs[1])
    .map((f) => `${f.verdict} ${f.severity}${f.qualifiers.length ? ` [${f.qualifiers.join(",")}]` : ""}`)
    .sort();
}

const en = (published: string, body: string): Doc => ({ lang: "en", published, body });
const pl = (published: string, body: string): Doc => ({ lang: "pl", published, body });

describe("counts that fire", () => {
  it.each<[string, Doc, Doc, string[]]>([
    ["nine items against eight pieces, linked only by what they count and when", en("2026-05-10", "The thieves stole nine items from the museum."), pl("2026-05-11", "Złodzieje ukradli osiem sztuk biżuterii."), ["conflict warning [inferred-event]"]],
    ["eight pieces in both languages", en("2026-05-10", "Thieves made off with eight pieces of jewellery."), pl("2026-05-11", "Złodzieje ukradli osiem sztuk biżuterii."), ["agree info [inferred-event]"]],
    ["four raiders and 'czwórka rabusiów'", en("2026-05-10", "Four raiders broke into the museum."), pl("2026-05-11", "Do muzeum włamała się czwórka rabusiów."), ["agree info [inferred-event]"]],
    ["48 on board against 46 on board a week later: a fixed figure", en("2026-05-10", "The bus had 48 people on board."), pl("2026-05-17", "Na pokładzie autobusu znajdowało się 46 osób."), ["conflict warning [inferred-event]"]],
    ["a candidate's share against another figure the same day", en("2026-05-10", "Marek Holub received 52.4% of the vote."), pl("2026-05-10", "Marek Holub zdobył 51,4 proc. głosów."), ["conflict error"]],
    ["a share and its rounding agree", en("2026-05-10", "Marek Holub received 52% of the vote."), pl("2026-05-10", "Marek Holub zdobył 52,4 proc. głosów."), ["agree info [approximate]"]],
    // Nothing but the word "turnout" ties the two: they may be of two elections that week.
    ["turnout 61.3% and 61,32 proc.", en("2026-05-10", "Turnout was 61.3%."), pl("2026-05-10", "Frekwencja wyniosła 61,32 proc."), ["agree info [approximate,inferred-event]"]],
    ["margins of error of one poll: 2 points against plus/minus four", en("2026-05-10", "The pollster puts the margin of error at 2 percent."), pl("2026-05-10", "Błąd oszacowania wyniku to plus/minus cztery pkt. procentowe."), ["conflict warning [inferred-event]"]],
    ["an age: a 40-year-old against a 38-latek", en("2026-05-10", "The survivor, a 40-year-old named Ramesh Kumarsingh, was treated in hospital."), pl("2026-05-10", "Jedynym ocalałym jest Ramesh Kumarsingh, 38-latek."), ["conflict error"]],
    ["a count under a headline on a town against the same town stated", pl("2026-05-10", "Wybuch gazu w Łodzi. Nie żyje jedna osoba"), en("2026-05-10", "Two people were killed in a gas explosion in Lodz."), ["conflict warning [inferred-place]"]],
    ["an article about a country against a town in it", en("2026-05-10", "An earthquake shook Turkey on Saturday. Two people were injured."), en("2026-05-10", "Forty people were injured in Izmir on Saturday."), ["conflict warning [inferred-place]"]],
    // The other article's figure for another town reconciles nothing: the two Bytom counts still disagree.
    ["one dead in the second town of an article against two there", en("2026-05-10", "Two people died in a gas blast in Katowice. Later, a blast in Bytom killed one person."), pl("2026-05-10", "Wybuch w Bytomiu. Nie żyją dwie osoby."), ["conflict warning [inferred-place]"]],
    ["a toll rising two days later is an update", en("2026-05-10", "At least 14 people were killed in the crush."), en("2026-05-12", "The death toll rose to 23."), ["conflict info [update,inferred-event]"]],
    ["a toll of the same dated crash revised down five weeks later is an update", en("2026-05-10", "The death toll from the crash on May 9 rose to 270."), pl("2026-06-16", "W katastrofie z 9 maja zginęło łącznie 260 osób."), ["conflict info [update,revised,inferred-event]"]],
    ["'at least 1,200' and 'ponad 1200' prisoners", en("2026-07-24", "At least 1,200 prisoners from each side are to be exchanged."), pl("2026-07-24", "Strony zgodziły się na wymianę ponad 1200 jeńców."), ["agree info [approximate,inferred-event]"]],
  ])("%s", (_name, a, b, expected) => {
    expect(between(a, b)).toEqual(expected);
  });
});

describe("counts that stay silent", () => {
  it.each<[string, Doc, Doc]>([
    ["two Italians among the injured against 80 injured", pl("2026-05-10", "Rannych zostało dwóch Włochów."), pl("2026-05-10", "Rannych zostało 80 osób.")],
    ["19 of the dead on the ground against 260 dead", pl("2026-05-10", "Zginęło 260 osób, w tym 19 na ziemi."), en("2026-05-10", "Nineteen people were killed.")],
    ["174 passengers are not the 186 on board", en("2026-05-10", "The airliner carried 186 people on board, including 174 passengers and a crew of 12."), pl("2026-05-10", "Na pokładzie było 186 osób, w tym 174 pasażerów.")],
    ["exit poll against late poll", en("2026-05-10", "An exit poll gave Marek Holub 50.3 percent of the vote."), pl("2026-05-10", "Według sondażu late poll Marek Holub zdobył 49,6 proc. głosów.")],
    ["an exit poll against the official count", en("2026-05-10", "An exit poll gave Marek Holub 50.3 percent of the vote."), pl("2026-05-11", "Marek Holub otrzymał 49,6 proc. głosów.")],
    ["two candidates' shares", en("2026-05-10", "Marek Holub received 52.4% of the vote."), pl("2026-05-10", "Ilona Varga zdobyła 47,6 proc. głosów.")],
    ["a share of a candidate and one of nobody named", en("2026-05-10", "Marek Holub received 52.4% of the vote."), en("2026-05-10", "About 47% of the vote was counted by midnight.")],
    ["an article that also gives the other's figure for a part", en("2026-05-10", "Four raiders broke in. Two thieves waited outside on scooters."), pl("2026-05-11", "Do muzeum włamała się czwórka rabusiów.")],
    ["drones launched against drones shot down", en("2026-05-10", "Russia launched 112 drones at Ukraine."), pl("2026-05-10", "Obrona powietrzna zestrzeliła 98 dronów.")],
    ["killed in two towns only the gazetteer knows", en("2026-05-10", "Later, a blast in Bytom killed one person."), pl("2026-05-10", "Trzy osoby zginęły w wybuchu w Katowicach.")],
    ["killed in two different towns", en("2026-05-10", "Three people were killed in Kraków."), en("2026-05-10", "Five people were killed in Gdańsk.")],
    ["one dead under a headline on one town against two dead stated in another the same day", pl("2026-05-10", "Wybuch gazu w Łodzi. Nie żyje jedna osoba"), pl("2026-05-10", "Dwie osoby zginęły w sobotę w wybuchu gazu w Katowicach.")],
    ["injured in an article about one town against injured stated in another", en("2026-05-10", "A fire broke out in a hostel in Poznań. Four people were injured."), en("2026-05-10", "Seven people were injured in a fire in Wrocław.")],
    ["an article about an incident in its town against one naming another town most", pl("2026-05-10", "Doszło do wybuchu w Katowicach. Rannych zostało dziewięć osób."), pl("2026-05-10", "Kibice wracali z meczu w Krakowie. Rannych zostały 52 osoby.")],
    ["an article about one country against a town in another", en("2026-05-10", "An earthquake shook Greece on Saturday. Two people were injured."), en("2026-05-10", "Forty people were injured in Izmir on Saturday.")],
    ["counts months apart", en("2026-01-10", "Nineteen people were killed."), en("2026-05-10", "Twelve people were killed.")],
    ["different prisoner exchanges two months apart", en("2026-05-16", "Both sides agreed to exchange 1,000 prisoners each."), en("2026-07-24", "At least 1,200 prisoners from each side are to be exchanged.")],
  ])("%s", (_name, a, b) => {
    expect(between(a, b).filter((f) => f.startsWith("conflict") && !f.includes("update"))).toEqual([]);
  });
});
