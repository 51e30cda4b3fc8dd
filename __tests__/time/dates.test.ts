import { describe, it, expect } from "@jest/globals";
import { all, exprOf, WED } from "./helpers.js";

type Row = [lang: string, ref: string, text: string, span: string, type: string, value: string];

function check([lang, ref, text, span, type, value]: Row): void {
  const e = exprOf(lang, ref, text, span);
  expect(e.type).toBe(type);
  expect(e.value).toBe(value);
}

describe("absolute dates", () => {
  it.each<Row>([
    ["en", WED, "It happened on Jan 22, 2026.", "Jan 22, 2026", "DATE", "2026-01-22"],
    ["en", WED, "It happened on 22 January 2026.", "22 January 2026", "DATE", "2026-01-22"],
    ["en", WED, "Signed on 22.01.2026 in Kyiv.", "22.01.2026", "DATE", "2026-01-22"],
    ["en", WED, "Signed on 2026-01-22 in Kyiv.", "2026-01-22", "DATE", "2026-01-22"],
    ["en", WED, "Signed on 01/22/2026 in Kyiv.", "01/22/2026", "DATE", "2026-01-22"],
    ["pl", WED, "Podpisano 22/01/2026 w Kijowie.", "22/01/2026", "DATE", "2026-01-22"],
    ["en", WED, "The talks will resume on Jan. 22.", "Jan. 22", "DATE", "2026-01-22"],
    ["en", WED, "The vote took place on December 30.", "December 30", "DATE", "2025-12-30"],
    ["en", WED, "They will sign on the 22nd of January.", "the 22nd of January", "DATE", "2026-01-22"],
    ["en", WED, "They met on the 19th.", "the 19th", "DATE", "2026-01-19"],
    ["en", WED, "Tuesday, January 20, 2026 was cold.", "Tuesday, January 20, 2026", "DATE", "2026-01-20"],
    ["pl", WED, "22 stycznia podpisano umowę.", "22 stycznia", "DATE", "2025-01-22"],
    ["pl", WED, "Umowa zostanie podpisana 22 stycznia.", "22 stycznia", "DATE", "2026-01-22"],
    ["pl", WED, "Dokument z 22 stycznia 2026 r. opublikowano.", "22 stycznia 2026 r.", "DATE", "2026-01-22"],
    ["pl", WED, "Spotkanie odbędzie się 22-go stycznia.", "22-go stycznia", "DATE", "2026-01-22"],
    ["pl", WED, "3 maja obchodzono święto.", "3 maja", "DATE", "2025-05-03"],
    ["en", WED, "Week 2026-W04 was busy.", "2026-W04", "DATE", "2026-W04"],
  ])("%s %s %j → %s", (...row) => check(row));
});

describe("months", () => {
  it.each<Row>([
    ["en", "2026-01-14", "In December, they visited Moscow.", "December", "DATE", "2025-12"],
    ["en", "2026-03-10", "In August the offensive began.", "August", "DATE", "2025-08"],
    ["en", "2026-03-10", "The summit will be held in August.", "August", "DATE", "2026-08"],
    ["en", WED, "December 2025 was cold.", "December 2025", "DATE", "2025-12"],
    ["en", WED, "The law passed in May.", "May", "DATE", "2025-05"],
    ["en", WED, "Prices rose last December.", "last December", "DATE", "2025-12"],
    ["pl", WED, "W grudniu rozmowy utknęły.", "grudniu", "DATE", "2025-12"],
    ["pl", WED, "W styczniu 2026 roku spadł śnieg.", "styczniu 2026 roku", "DATE", "2026-01"],
    ["pl", WED, "W maju pojedziemy nad morze.", "maju", "DATE", "2026-05"],
  ])("%s %s %j → %s", (...row) => check(row));
});

describe("years, decades, centuries", () => {
  it.each<Row>([
    ["en", WED, "In 2010 the law passed.", "2010", "DATE", "2010"],
    ["en", WED, "Prices have risen since 2014.", "2014", "DATE", "2014"],
    ["en", WED, "Against this backdrop, Davos 2026 has become a platform.", "2026", "DATE", "2026"],
    ["pl", WED, "W 2010 roku uchwalono ustawę.", "2010 roku", "DATE", "2010"],
    ["pl", WED, "Od 2014 r. trwa wojna.", "2014 r.", "DATE", "2014"],
    ["pl", WED, "W roku 2010 uchwalono ustawę.", "roku 2010", "DATE", "2010"],
    ["en", WED, "In the 1990s the economy grew.", "the 1990s", "DATE", "199X"],
    ["en", WED, "Back in the 90s it was different.", "the 90s", "DATE", "199X"],
    ["pl", WED, "W latach 90. gospodarka rosła.", "latach 90.", "DATE", "199X"],
    ["pl", WED, "W latach 90-tych gospodarka rosła.", "latach 90-tych", "DATE", "199X"],
    ["pl", WED, "Lata dziewięćdziesiąte były trudne.", "Lata dziewięćdziesiąte", "DATE", "199X"],
    ["en", WED, "The 20th century was violent.", "The 20th century", "DATE", "19"],
    ["pl", WED, "W XX wieku wybuchły dwie wojny.", "XX wieku", "DATE", "19"],
  ])("%s %s %j → %s", (...row) => check(row));
});

describe("seasons, quarters, halves", () => {
  it.each<Row>([
    ["en", WED, "Last summer the talks began.", "Last summer", "DATE", "2025-SU"],
    ["en", WED, "It happened in the spring of 2012.", "the spring of 2012", "DATE", "2012-SP"],
    ["pl", WED, "Zeszłego lata rozmowy ruszyły.", "Zeszłego lata", "DATE", "2025-SU"],
    ["pl", WED, "Zimą 2022 r. było zimno.", "Zimą 2022 r.", "DATE", "2022-WI"],
    ["pl", "2026-03-10", "Latem zaczęła się ofensywa.", "Latem", "DATE", "2025-SU"],
    ["en", WED, "Growth slowed in the first quarter of 2026.", "the first quarter of 2026", "DATE", "2026-Q1"],
    ["en", WED, "Revenue fell in Q2 2025.", "Q2 2025", "DATE", "2025-Q2"],
    ["en", WED, "Growth slowed in the first half of 2026.", "the first half of 2026", "DATE", "2026-H1"],
    ["pl", WED, "W pierwszym kwartale 2026 r. PKB wzrósł.", "pierwszym kwartale 2026 r.", "DATE", "2026-Q1"],
    ["pl", WED, "W III kwartale 2025 r. PKB wzrósł.", "III kwartale 2025 r.", "DATE", "2025-Q3"],
    ["pl", WED, "W pierwszej połowie roku PKB wzrośnie.", "pierwszej połowie roku", "DATE", "2026-H1"],
  ])("%s %s %j → %s", (...row) => check(row));
});

describe("weekdays: past in reports, future in plans", () => {
  it.each<Row>([
    ["en", WED, "They met on Tuesday for talks.", "Tuesday", "DATE", "2026-01-20"],
    ["en", WED, "They will meet on Thursday.", "Thursday", "DATE", "2026-01-22"],
    ["en", WED, "The meeting is scheduled for Monday.", "Monday", "DATE", "2026-01-26"],
    ["en", WED, "He said on Wednesday that talks continue.", "Wednesday", "DATE", "2026-01-21"],
    ["en", WED, "He left last Friday.", "last Friday", "DATE", "2026-01-16"],
    ["en", WED, "He arrives next Monday.", "next Monday", "DATE", "2026-01-26"],
    ["en", WED, "He left last Wednesday.", "last Wednesday", "DATE", "2026-01-14"],
    ["en", WED, "Talks resumed Thursday.", "Thursday", "DATE", "2026-01-15"],
    ["en", WED, "Fighting has continued since Monday.", "Monday", "DATE", "2026-01-19"],
    ["en", WED, "Zelenskyy said on Tuesday he would travel to Davos.", "Tuesday", "DATE", "2026-01-20"],
    ["en", WED, "He and Kushner were planning to meet Putin on Thursday.", "Thursday", "DATE", "2026-01-22"],
    ["pl", WED, "Spotkanie odbyło się w czwartek.", "czwartek", "DATE", "2026-01-15"],
    ["pl", WED, "W czwartek on i Kushner polecą do Moskwy.", "czwartek", "DATE", "2026-01-22"],
    ["pl", WED, "Witkoff: Musimy spotkać się z Putinem w czwartek", "czwartek", "DATE", "2026-01-22"],
    ["pl", WED, "We wtorek rozmawiali w Davos.", "wtorek", "DATE", "2026-01-20"],
    ["pl", WED, "W środę przyjechał do Davos.", "środę", "DATE", "2026-01-21"],
    // A day's adjective names the day: the last one in a report.
    ["pl", WED, "Bilans niedzielnego ataku wzrósł do 23 ofiar.", "niedzielnego", "DATE", "2026-01-18"],
    ["pl", WED, "Sobotnia powódź zalała trzy wsie.", "Sobotnia", "DATE", "2026-01-17"],
    ["pl", WED, "Wtorkowa nawałnica zerwała dachy.", "Wtorkowa", "DATE", "2026-01-20"],
    ["pl", WED, "W przyszły poniedziałek spotkają się.", "przyszły poniedziałek", "DATE", "2026-01-26"],
  ])("%s %s %j → %s", (...row) => check(row));

  it("uses the caller's direction when given", () => {
    const e = exprOf("en", WED, "The envoys meet on Thursday.", "Thursday", () => "future");
    expect(e.value).toBe("2026-01-22");
    const p = exprOf("en", WED, "The envoys meet on Thursday.", "Thursday", () => "past");
    expect(p.value).toBe("2026-01-15");
  });
});

describe("relative days", () => {
  it.each<Row>([
    ["en", WED, "Today the talks resume.", "Today", "DATE", "2026-01-21"],
    ["en", WED, "He arrived yesterday.", "yesterday", "DATE", "2026-01-20"],
    ["en", WED, "He leaves tomorrow.", "tomorrow", "DATE", "2026-01-22"],
    ["en", WED, "He left the day before yesterday.", "the day before yesterday", "DATE", "2026-01-19"],
    ["pl", WED, "Dziś rozmowy trwają.", "Dziś", "DATE", "2026-01-21"],
    ["pl", WED, "Dzisiaj rozmowy trwają.", "Dzisiaj", "DATE", "2026-01-21"],
    ["pl", WED, "Wczoraj przyjechał.", "Wczoraj", "DATE", "2026-01-20"],
    ["pl", WED, "Jutro wyjedzie.", "Jutro", "DATE", "2026-01-22"],
    ["pl", WED, "Przedwczoraj przyjechał.", "Przedwczoraj", "DATE", "2026-01-19"],
    ["pl", WED, "Pojutrze wyjedzie.", "Pojutrze", "DATE", "2026-01-23"],
  ])("%s %s %j → %s", (...row) => check(row));
});

describe("relative periods", () => {
  it.each<Row>([
    ["en", WED, "This week the talks resumed.", "This week", "DATE", "2026-W04"],
    ["en", WED, "Last week the talks resumed.", "Last week", "DATE", "2026-W03"],
    ["en", WED, "Next week the talks resume.", "Next week", "DATE", "2026-W05"],
    ["en", WED, "Earlier this week the talks resumed.", "Earlier this week", "DATE", "2026-W04"],
    ["en", "2026-01-14", "The forum will be held later this month.", "later this month", "DATE", "2026-01"],
    ["en", "2026-01-14", "The meeting could take place this month.", "this month", "DATE", "2026-01"],
    ["en", WED, "Last month prices rose.", "Last month", "DATE", "2025-12"],
    ["en", WED, "Next year prices rise.", "Next year", "DATE", "2027"],
    ["en", "2026-01-14", "Last year, he met Putin six times.", "Last year", "DATE", "2025"],
    ["en", WED, "This year prices rise.", "This year", "DATE", "2026"],
    ["en", WED, "Two days ago he left.", "Two days ago", "DATE", "2026-01-19"],
    ["en", WED, "Three weeks ago he left.", "Three weeks ago", "DATE", "2026-W01"],
    ["en", WED, "A year ago he left.", "A year ago", "DATE", "2025"],
    ["en", WED, "He will return in two weeks.", "two weeks", "DATE", "2026-W06"],
    ["en", WED, "Prices fell at the end of the year.", "the end of the year", "DATE", "2026"],
    ["en", "2026-01-22", "Earlier in the week thousands of homes had no heat.", "Earlier in the week", "DATE", "2026-W04"],
    ["en", WED, "It was hot in early August.", "early August", "DATE", "2025-08"],
    ["en", WED, "Talks resume in mid-January.", "mid-January", "DATE", "2026-01"],
    ["en", WED, "It peaked in late 2025.", "late 2025", "DATE", "2025"],
    ["en", "2025-12-03", "Zelensky had said earlier on Wednesday that talks took place.", "Wednesday", "DATE", "2025-12-03"],
    ["pl", WED, "W zeszłym tygodniu rozmawiali.", "zeszłym tygodniu", "DATE", "2026-W03"],
    ["pl", WED, "W przyszłym miesiącu pojadą.", "przyszłym miesiącu", "DATE", "2026-02"],
    ["pl", WED, "W ubiegłym roku rozmawiali.", "ubiegłym roku", "DATE", "2025"],
    ["pl", WED, "W tym miesiącu rozmawiali.", "tym miesiącu", "DATE", "2026-01"],
    ["pl", WED, "W roku ubiegłym rozmawiali.", "roku ubiegłym", "DATE", "2025"],
    ["pl", WED, "Na początku roku rozmawiali.", "początku roku", "DATE", "2026"],
    ["pl", WED, "Pod koniec grudnia rozmawiali.", "koniec grudnia", "DATE", "2025-12"],
    ["pl", WED, "W połowie stycznia rozmawiali.", "połowie stycznia", "DATE", "2026-01"],
    ["pl", WED, "Dwa dni temu przyjechał.", "Dwa dni temu", "DATE", "2026-01-19"],
    ["pl", WED, "Rok temu przyjechał.", "Rok temu", "DATE", "2025"],
    ["pl", WED, "Przyjedzie za dwa tygodnie.", "dwa tygodnie", "DATE", "2026-W06"],
    ["pl", WED, "Przyjechał przed tygodniem.", "przed tygodniem", "DATE", "2026-W03"],
  ])("%s %s %j → %s", (...row) => check(row));

  it.each<[string, string, string, string, string, string]>([
    ["en", WED, "This month is busy.", "This month", "2026-01-01", "2026-01-31"],
    ["en", WED, "This week is busy.", "This week", "2026-01-19", "2026-01-25"],
    ["en", WED, "Earlier this week it snowed.", "Earlier this week", "2026-01-19", "2026-01-20"],
    ["en", "2026-01-14", "The forum will be held later this month.", "later this month", "2026-01-15", "2026-01-31"],
    ["en", WED, "It was hot in early August 2025.", "early August 2025", "2025-08-01", "2025-08-10"],
    ["en", WED, "Talks resume in mid-January.", "mid-January", "2026-01-11", "2026-01-20"],
    ["pl", WED, "Pod koniec grudnia rozmawiali.", "koniec grudnia", "2025-12-21", "2025-12-31"],
    ["en", WED, "In the 1990s the economy grew.", "the 1990s", "1990-01-01", "1999-12-31"],
    ["en", WED, "Last summer the talks began.", "Last summer", "2025-06-01", "2025-08-31"],
  ])("%s %s %j → %s is %s..%s", (lang, ref, text, span, start, end) => {
    const e = exprOf(lang, ref, text, span);
    expect([e.start, e.end]).toEqual([start, end]);
  });

  it.each<[string, string, string, string]>([
    ["en", "It was hot in early August.", "early August", "START"],
    ["en", "Talks resume in mid-January.", "mid-January", "MID"],
    ["en", "It peaked in late 2025.", "late 2025", "END"],
    ["en", "Prices fell at the end of the year.", "the end of the year", "END"],
    ["pl", "Na początku roku rozmawiali.", "początku roku", "START"],
    ["pl", "W połowie stycznia rozmawiali.", "połowie stycznia", "MID"],
    ["pl", "Pod koniec grudnia rozmawiali.", "koniec grudnia", "END"],
    ["en", "It started more than a decade ago.", "more than a decade ago", "BEFORE"],
  ])("%s %j → mod %s", (lang, text, span, mod) => {
    expect(exprOf(lang, WED, text, span).mod).toBe(mod);
  });
});

describe("parts of day and clock times", () => {
  it.each<Row>([
    ["en", WED, "He spoke tonight.", "tonight", "TIME", "2026-01-21TNI"],
    ["en", WED, "He spoke this morning.", "this morning", "TIME", "2026-01-21TMO"],
    ["en", WED, "He will speak late on Thursday evening.", "late on Thursday evening", "TIME", "2026-01-22TEV"],
    ["en", WED, "Drones came on Tuesday night.", "Tuesday night", "TIME", "2026-01-20TNI"],
    ["en", WED, "He will speak Thursday evening.", "Thursday evening", "TIME", "2026-01-22TEV"],
    ["en", WED, "It exploded on Tuesday at 2:51 p.m.", "Tuesday at 2:51 p.m.", "TIME", "2026-01-20T14:51"],
    ["en", WED, "It exploded at 2:51 p.m. on Tuesday.", "2:51 p.m. on Tuesday", "TIME", "2026-01-20T14:51"],
    ["en", WED, "It ended at 14:30.", "14:30", "TIME", "2026-01-21T14:30"],
    ["en", WED, "Polls closed at 6pm.", "6pm", "TIME", "2026-01-21T18:00"],
    ["en", WED, "Figures as of 6pm show gains.", "6pm", "TIME", "2026-01-21T18:00"],
    ["en", WED, "It rang at noon.", "noon", "TIME", "2026-01-21T12:00"],
    ["en", WED, "It rang shortly before midnight.", "shortly before midnight", "TIME", "2026-01-21T24:00"],
    ["en", WED, "On Monday they arrived. In the evening they met.", "the evening", "TIME", "2026-01-19TEV"],
    ["pl", WED, "Spotkają się w czwartek wieczorem.", "czwartek wieczorem", "TIME", "2026-01-22TEV"],
    ["pl", WED, "W poniedziałek rano wyjechał.", "poniedziałek rano", "TIME", "2026-01-19TMO"],
    ["pl", WED, "Rano padało.", "Rano", "TIME", "2026-01-21TMO"],
    ["pl", WED, "Po południu padało.", "Po południu", "TIME", "2026-01-21TAF"],
    ["pl", WED, "W nocy padało.", "nocy", "TIME", "2026-01-21TNI"],
    ["pl", WED, "Zaczęło się o godz. 14:30.", "godz. 14:30", "TIME", "2026-01-21T14:30"],
    ["pl", WED, "Zaczęło się o 18.00.", "18.00", "TIME", "2026-01-21T18:00"],
    ["pl", WED, "Zaczęło się w południe.", "południe", "TIME", "2026-01-21T12:00"],
    ["pl", WED, "W czwartek wieczorem o godz. 20:00 rozmawiali.", "czwartek wieczorem o godz. 20:00", "TIME", "2026-01-15T20:00"],
  ])("%s %s %j → %s", (...row) => check(row));
});

describe("anaphora: the same day, the next day, a week later", () => {
  it.each<Row>([
    ["en", "2026-01-22", "He is heading to Moscow the same day.", "the same day", "DATE", "2026-01-22"],
    ["en", WED, "They met on Monday. The same day he left.", "The same day", "DATE", "2026-01-19"],
    ["en", WED, "They met on Monday. That day he left.", "That day", "DATE", "2026-01-19"],
    ["en", WED, "They met on Monday. The next day he left.", "The next day", "DATE", "2026-01-20"],
    ["en", WED, "They met on Monday. The following day he left.", "The following day", "DATE", "2026-01-20"],
    ["en", WED, "They met on Monday. The day before he had called.", "The day before", "DATE", "2026-01-18"],
    ["en", WED, "They met on Monday. A week later he returned.", "A week later", "DATE", "2026-01-26"],
    ["en", WED, "They met on 5 March 2020. On the day he left.", "the day", "DATE", "2020-03-05"],
    ["pl", WED, "Spotkali się w poniedziałek. Tego samego dnia wyjechał.", "Tego samego dnia", "DATE", "2026-01-19"],
    ["pl", WED, "Spotkali się w poniedziałek. Następnego dnia wyjechał.", "Następnego dnia", "DATE", "2026-01-20"],
    ["pl", WED, "Spotkali się w poniedziałek. Dzień później wyjechał.", "Dzień później", "DATE", "2026-01-20"],
  ])("%s %s %j → %s", (...row) => check(row));
});

describe("references", () => {
  it.each<Row>([
    ["en", WED, "Now the talks resume.", "Now", "DATE", "PRESENT_REF"],
    ["en", WED, "Prices are currently high.", "currently", "DATE", "PRESENT_REF"],
    ["en", WED, "No meeting is planned at the moment.", "the moment", "DATE", "PRESENT_REF"],
    ["en", WED, "Prices rose recently.", "recently", "DATE", "PAST_REF"],
    ["en", WED, "It happened in the past.", "the past", "DATE", "PAST_REF"],
    ["en", WED, "Attacks intensified in recent months.", "recent months", "DATE", "PAST_REF"],
    ["en", WED, "It will happen in the future.", "the future", "DATE", "FUTURE_REF"],
    ["en", WED, "Talks resume soon.", "soon", "DATE", "FUTURE_REF"],
    ["en", WED, "They plan to travel in the near future.", "the near future", "DATE", "FUTURE_REF"],
    ["en", WED, "Talks may take place in the coming days.", "the coming days", "DATE", "FUTURE_REF"],
    ["pl", WED, "Obecnie trwają rozmowy.", "Obecnie", "DATE", "PRESENT_REF"],
    ["pl", WED, "Teraz trwają rozmowy.", "Teraz", "DATE", "PRESENT_REF"],
    ["pl", WED, "Niedawno rozmawiali.", "Niedawno", "DATE", "PAST_REF"],
    ["pl", WED, "Ostatnio rozmawiali.", "Ostatnio", "DATE", "PAST_REF"],
    ["pl", WED, "W ostatnich dniach rozmawiali.", "ostatnich dniach", "DATE", "PAST_REF"],
    ["pl", WED, "Wkrótce porozmawiają.", "Wkrótce", "DATE", "FUTURE_REF"],
    ["pl", WED, "W przyszłości porozmawiają.", "przyszłości", "DATE", "FUTURE_REF"],
    ["pl", WED, "W najbliższym czasie porozmawiają.", "najbliższym czasie", "DATE", "FUTURE_REF"],
    ["pl", WED, "W najbliższych tygodniach porozmawiają.", "najbliższych tygodniach", "DATE", "FUTURE_REF"],
  ])("%s %s %j → %s", (...row) => check(row));
});

describe("sets", () => {
  it.each<Row>([
    ["en", WED, "They meet every Tuesday.", "every Tuesday", "SET", "XXXX-WXX-2"],
    ["en", WED, "They meet on Tuesdays.", "Tuesdays", "SET", "XXXX-WXX-2"],
    ["en", WED, "They meet daily.", "daily", "SET", "P1D"],
    ["en", WED, "They meet every day.", "every day", "SET", "P1D"],
    ["en", WED, "They meet weekly.", "weekly", "SET", "P1W"],
    ["en", WED, "They meet annually.", "annually", "SET", "P1Y"],
    ["en", WED, "They meet each year.", "each year", "SET", "P1Y"],
    ["en", WED, "They meet every two weeks.", "every two weeks", "SET", "P2W"],
    ["en", WED, "They meet twice a week.", "twice a week", "SET", "P1W"],
    ["pl", WED, "Spotykają się co tydzień.", "co tydzień", "SET", "P1W"],
    ["pl", WED, "Spotykają się co roku.", "co roku", "SET", "P1Y"],
    ["pl", WED, "Spotykają się codziennie.", "codziennie", "SET", "P1D"],
    ["pl", WED, "Spotykają się w każdy wtorek.", "każdy wtorek", "SET", "XXXX-WXX-2"],
    ["pl", WED, "Spotykają się dwa razy w tygodniu.", "dwa razy w tygodniu", "SET", "P1W"],
  ])("%s %s %j → %s", (...row) => check(row));

  it("records the frequency of 'twice a week'", () => {
    expect(exprOf("en", WED, "They meet twice a week.", "twice a week").freq).toBe("2X");
  });
});

describe("holidays", () => {
  it.each<Row>([
    ["en", WED, "They met at Christmas.", "Christmas", "DATE", "2025-12-25"],
    ["en", WED, "They will meet at Easter.", "Easter", "DATE", "2026-04-05"],
    ["pl", WED, "Spotkali się w Wigilię.", "Wigilię", "DATE", "2025-12-24"],
  ])("%s %s %j → %s", (...row) => check(row));
});

describe("without a reference date: X placeholders, anchored false", () => {
  it.each<[string, string, string, string]>([
    ["en", "He left on Tuesday.", "Tuesday", "XXXX-WXX-2"],
    ["en", "He left yesterday.", "yesterday", "XXXX-XX-XX"],
    ["en", "He left in December.", "December", "XXXX-12"],
    ["en", "He left last week.", "last week", "XXXX-WXX"],
    ["en", "He left last year.", "last year", "XXXX"],
    ["en", "He left on January 22.", "January 22", "XXXX-01-22"],
    ["pl", "Wyjechał w czwartek.", "czwartek", "XXXX-WXX-4"],
  ])("%s %j → %s", (lang, text, span, value) => {
    const e = exprOf(lang, undefined, text, span);
    expect(e.value).toBe(value);
    expect(e.anchored).toBe(false);
  });

  it("absolute dates stay anchored", () => {
    const e = exprOf("en", undefined, "Signed on 22 January 2026.", "22 January 2026");
    expect(e.value).toBe("2026-01-22");
    expect(e.anchored).toBe(true);
  });
});

describe("must not match", () => {
  it.each<[string, string]>([
    ["en", "They may go home."],
    ["en", "Protesters march through the city."],
    ["en", "Some 2,010 people protested."],
    ["en", "2010 people died in the floods."],
    ["en", "Around 2010 people died in the floods."],
    ["en", "He paid $2010 for it."],
    ["en", "Theresa May spoke."],
    ["en", "A second meeting is planned."],
    ["en", "The 20-point plan was published."],
    ["pl", "Maja i Ola mają czas."],
    ["pl", "Ceny wzrosły o 5 proc."],
    ["pl", "I tak to się skończyło."],
    ["pl", "Przyjechało 2010 osób."],
  ])("%s %j has no time expression", (lang, text) => {
    expect(all(lang, WED, text)).toEqual([]);
  });
});

describe("output shape", () => {
  it("is sorted, non-overlapping, and spans match the text", () => {
    const text = "On Tuesday at 2:51 p.m. they met for more than two hours; the next day, Jan. 22, they left. W czwartek?";
    const out = all("en", WED, text);
    expect(out.length).toBeGreaterThan(2);
    for (let i = 0; i < out.length; i++) {
      const e = out[i];
      if (!e) continue;
      expect(text.slice(e.span[0], e.span[1])).toBe(e.text);
      const prev = out[i - 1];
      if (prev) expect(prev.span[1]).toBeLessThanOrEqual(e.span[0]);
    }
  });

  it("never reads the wall clock: same input, same output", () => {
    const text = "Yesterday and next week.";
    expect(all("en", WED, text)).toEqual(all("en", WED, text));
    expect(exprOf("en", "2020-02-29", text, "Yesterday").value).toBe("2020-02-28");
  });
});
