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
  ])("%s %j at %s → %s", (lang, text, word, dir) => {
    expect(clauseDirection(text, text.indexOf(word), lang)).toBe(dir);
  });
});
