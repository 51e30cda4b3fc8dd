import { describe, it, expect } from "@jest/globals";
import { clauseDirection } from "../../src/normalize/time/direction.js";

describe("clauseDirection", () => {
  it.each<[string, string, string, string]>([
    ["en", "They met on Tuesday for talks.", "Tuesday", "past"],
    ["en", "They will meet on Thursday.", "Thursday", "future"],
    ["en", "The meeting is scheduled for Monday.", "Monday", "future"],
    ["en", "The summit will be held in August.", "August", "future"],
    ["en", "Zelenskyy said on Tuesday he would travel.", "Tuesday", "past"],
    ["en", "Later, he said that he and Kushner were planning to meet Putin on Thursday.", "Thursday", "future"],
    ["en", "Peskov on Wednesday said Moscow would not comment.", "Wednesday", "past"],
    ["en", "Talks on Thursday.", "Thursday", "unknown"],
    ["pl", "Spotkanie odbyło się w czwartek.", "czwartek", "past"],
    ["pl", "Zapowiedź, że w czwartek on i Kushner polecą do Moskwy.", "czwartek", "future"],
    ["pl", "Witkoff: Musimy spotkać się z Putinem w czwartek", "czwartek", "future"],
    ["pl", "We wtorek rozmawiali w Davos.", "wtorek", "past"],
    ["pl", "Rozmowy zaplanowano na piątek.", "piątek", "future"],
    ["pl", "Szczyt odbędzie się w maju.", "maju", "future"],
    // A reporting verb after a comma yields to the clause's own tense before the date.
    ["en", "The two finalists will face each other in a runoff on June 7, the commission said.", "June", "future"],
    ["en", "The ferry sank on Friday, coastguards said.", "Friday", "past"],
    // With no marker before the date, the one after the comma still decides.
    ["en", "On Friday, the coastguard said.", "Friday", "past"],
    ["pl", "Druga tura odbędzie się 7 czerwca, poinformowała komisja.", "czerwca", "future"],
  ])("%s %j at %s → %s", (lang, text, word, dir) => {
    expect(clauseDirection(text, text.indexOf(word), lang)).toBe(dir);
  });
});
