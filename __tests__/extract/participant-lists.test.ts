/**
 * A meeting noun's participants: the list after its link word, and a genitive or "of" list before
 * that link word ("the meeting of A and B with C", "spotkanie A i B z C"), with titles, places and
 * initials between the names; a genitive with no link word after it names no party.
 */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";

const participants = (lang: string, body: string) => claimsOf(lang, body).filter((c) => c.kind === "meeting").map((c) => [...(c.participants ?? [])].sort());

describe("participant lists of a meeting noun", () => {
  it.each([
    ["en", "an exchange among three", "The dinner closed with a sharp exchange among envoy Steve Witkoff, Minister Sergei Lavrov, and Poland's Radosław Sikorski.", ["radoslaw-sikorski", "sergei-lavrov", "steve-witkoff"]],
    ["en", "an exchange between two", "The evening ended with an exchange between Marco Rubio and Sergei Lavrov in Geneva.", ["marco-rubio", "sergei-lavrov"]],
    ["en", "an 'of' list before 'with'", "The meeting of Steve Witkoff and Jared Kushner with Kirill Dmitriev lasted an hour.", ["jared-kushner", "kirill-dmitriev", "steve-witkoff"]],
    ["pl", "a genitive list before 'z'", "W Genewie odbyło się spotkanie sekretarza stanu USA Marco Rubio i doradcy Jareda Kushnera z ministrem Siergiejem Ławrowem.", ["jared-kushner", "marco-rubio", "sergei-lavrov"]],
    ["pl", "a name inflected after an apostrophe", "Godzinna rozmowa senatora J.D. Vance'a z ministrem Siergiejem Ławrowem odbyła się w Genewie.", ["jd-vance", "sergei-lavrov"]],
    ["en", "'with' list as before", "Talks with Kirill Dmitriev and Steve Witkoff took place in Davos.", ["kirill-dmitriev", "steve-witkoff"]],
  ] as const)("%s: %s", (lang, _name, body, expected) => {
    expect(participants(lang, body)).toContainEqual(expected);
  });

  it.each([
    ["en", "a prisoner exchange is no meeting", "A prisoner exchange between Marco Rubio's and Sergei Lavrov's countries took place."],
    ["en", "'the meeting Trump called' is no 'of' list", "The meeting Donald Trump called with Kirill Dmitriev was short."],
    ["pl", "a genitive with no 'z' after it names no list of two", "Spotkanie prezydenta Donalda Trumpa odbyło się w Genewie."],
  ] as const)("%s: %s", (lang, _name, body) => {
    for (const p of participants(lang, body)) expect(p.length).toBeLessThan(2);
  });
});
