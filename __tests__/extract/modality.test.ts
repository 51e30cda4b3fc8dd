/**
 * The modality of travel claims in one-sentence articles: a condition before or after the verb
 * makes the claim conditional (with the condition's words), a future verb a plan, and an "if"
 * that does not open the sentence ("asked if", "if asked" in an earlier sentence) changes nothing.
 */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";

function travel(lang: string, text: string): Array<{ modality: string; condition?: string }> {
  return claimsOf(lang, text)
    .filter((c) => c.kind === "travel")
    .map((c) => (c.condition ? { modality: c.modality, condition: c.condition } : { modality: c.modality }));
}

describe("travel modality", () => {
  it.each([
    ["en", "If the documents are ready, Zelensky will travel to Davos on Thursday.", { modality: "conditional", condition: "the documents are ready" }],
    ["en", "“If the talks succeed, Zelensky will travel to Davos on Thursday.”", { modality: "conditional", condition: "the talks succeed" }],
    ["en", "Zelensky will travel to Davos on Thursday only if the documents are ready.", { modality: "conditional", condition: "the documents are ready" }],
    ["pl", "Jeżeli dokumenty będą gotowe, Zełenski pojedzie do Davos w czwartek.", { modality: "conditional", condition: "dokumenty będą gotowe" }],
    ["en", "Zelensky will travel to Davos on Thursday.", { modality: "planned" }],
    ["pl", "Zełenski pojedzie do Davos w czwartek.", { modality: "planned" }],
    ["en", "Officials asked if Zelensky travelled to Davos on Monday.", { modality: "reported" }],
    ["en", "Zelensky, if asked, rarely comments. He will travel to Davos on Thursday.", { modality: "planned" }],
  ])("%s: %s", (lang, text, expected) => {
    expect(travel(lang, text)).toEqual([expected]);
  });
});

/** The modality of the meeting claim at the end of a text, by its location. */
function meetingIn(lang: string, text: string, location: string): string[] {
  return claimsOf(lang, text)
    .filter((c) => c.kind === "meeting" && c.location === location)
    .map((c) => c.modality);
}

describe("meeting modality", () => {
  it.each([
    // An event noun that is the purpose of a planned trip is planned too.
    ["en", "Sikorski will travel to Brussels on Thursday for a NATO meeting.", "planned"],
    ["pl", "W czwartek Sikorski pojedzie do Brukseli na spotkanie NATO.", "planned"],
    ["en", "Sikorski travelled to Brussels on Monday for a NATO meeting.", "reported"],
    ["en", "Sikorski will travel to Warsaw on Thursday. He attended a NATO meeting in Brussels on Monday.", "reported"],
  ])("%s: %s", (lang, text, modality) => {
    expect(meetingIn(lang, text, "brussels")).toEqual([modality]);
  });

  it.each([
    ["pl", "Premier Donald Tusk nie poleci w środę do Brukseli na szczyt UE."],
    ["en", "Donald Tusk will not travel to Brussels on Wednesday for the EU summit."],
  ])("a denied trip makes no meeting of its purpose, the trip carries the denial (%s)", (lang, text) => {
    expect(meetingIn(lang, text, "brussels")).toEqual([]);
    expect(claimsOf(lang, text).filter((c) => c.kind === "travel").map((c) => c.modality)).toEqual(["denied"]);
  });
});

/** The status claims of a one-sentence article: which event, and whether it happened, was planned or did not happen. */
function statuses(lang: string, text: string): string[] {
  return claimsOf(lang, text)
    .filter((c) => c.kind === "status")
    .map((c) => `${c.subject} ${c.modality}`);
}

describe("status modality", () => {
  it.each([
    // "without" and "bez" before the event deny it.
    ["en", "The minister left Rome without signing the accord.", ["event:signing denied"]],
    ["en", "The minister signed the accord in Rome.", ["event:signing reported"]],
    ["pl", "Minister wyjechał z Rzymu bez podpisania porozumienia.", ["event:signing denied"]],
    ["pl", "Minister podpisał porozumienie w Rzymie.", ["event:signing reported"]],
    // "miał podpisać", "was to sign": a plan; "jednak" opens a clause of its own.
    ["pl", "Minister miał podpisać porozumienie w Rzymie, jednak po sporze nic nie zostało podpisane.", ["event:signing planned", "event:signing denied"]],
    ["en", "The minister was to sign the accord in Rome on Friday.", ["event:signing planned"]],
    // "ruled out" is no court ruling.
    ["en", "Investigators have not ruled out sabotage.", []],
    ["en", "The court ruled on Friday that the ban was lawful.", ["event:ruling reported"]],
    // An event named as a noun, with nothing said of it, is no report that it happened.
    ["en", "The delegation came to Rome to mark the signing of the accord.", []],
    ["pl", "Po podpisaniu porozumienia delegacja wyjechała z Rzymu.", []],
    ["pl", "Porozumienie podpisano w Rzymie.", ["event:signing reported"]],
    ["en", "The signing of the accord was cancelled.", ["event:signing reported"]],
    // Signs of something are evidence, not a signing.
    ["en", "Investigators found no signs of sabotage at the plant.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(statuses(lang, text)).toEqual(expected);
  });
});

/** The modality and status of every meeting claim of a short text. */
function meetingEndings(lang: string, text: string): string[] {
  return claimsOf(lang, text)
    .filter((c) => c.kind === "meeting")
    .map((c) => `${c.modality}${c.status ? ` ${c.status}` : ""}`);
}

describe("how a meeting ended", () => {
  it.each([
    // Cutting talks short says they happened, whatever plan a relative clause around them names.
    ["en", "Anna Novak met Peter Lind in Oslo on Tuesday. Novak walked out after an hour, cutting short talks that were supposed to end the dispute.", ["reported", "reported cut-short"]],
    ["en", "Anna Novak met Peter Lind in Oslo on Tuesday. The rest of the talks went on behind closed doors.", ["reported", "reported continued"]],
    ["pl", "Anna Novak spotkała się z Peterem Lindem we wtorek w Oslo. Dalsza część rozmów odbyła się za zamkniętymi drzwiami.", ["reported", "reported continued"]],
    ["pl", "Anna Novak spotkała się z Peterem Lindem we wtorek w Oslo. Novak przerwała rozmowy po godzinie.", ["reported", "reported cut-short"]],
    // Talks that continue in the future, or a plan with no ending, carry no ending.
    ["en", "Anna Novak will meet Peter Lind in Oslo on Tuesday; the talks are supposed to end the dispute.", ["planned"]],
    ["pl", "Anna Novak spotka się z Peterem Lindem w Oslo. Rozmowy będą kontynuowane w przyszłym tygodniu.", ["planned", "planned"]],
    // A clause that names talks and a meeting verb takes its mood from the verb.
    ["pl", "Anna Novak spotkała się z Peterem Lindem w Oslo. Tematem rozmów była zapowiedź Novak, że w piątek spotka się z premierem Erikiem Dahlem.", ["reported", "planned"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(meetingEndings(lang, text)).toEqual(expected);
  });
});

/** The modality of each incident and meeting claim of a one-sentence text. */
function eventModalities(lang: string, text: string): string[] {
  return claimsOf(lang, text)
    .filter((c) => c.kind === "incident" || c.kind === "meeting")
    .map((c) => `${c.kind} ${c.modality}`);
}

describe("a finite past verb is what happened", () => {
  it.each([
    // A modal earlier in the clause governs another verb.
    ["en", "The crew tried to restart the engines, but the jet could not climb and finally crashed into a field near Leeds.", ["incident reported"]],
    ["pl", "Ministrowie mieli podpisać umowę w Oslo, ale spotkali się tylko na godzinę.", ["meeting reported"]],
    // A participle or infinitive after an auxiliary keeps the plan.
    ["en", "Anna Novak was to have met Peter Lind in Oslo.", ["meeting planned"]],
    ["en", "Anna Novak will meet Peter Lind in Oslo.", ["meeting planned"]],
    ["pl", "Anna Novak i Peter Lind będą rozmawiali w Oslo.", ["meeting planned"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(eventModalities(lang, text)).toEqual(expected);
  });
});
