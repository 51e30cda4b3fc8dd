/**
 * Meeting reports as outlets write them about people no registry lists: a title followed by the
 * country or town whose office it is ("premier Łotwy X Y"), and places after a preposition of
 * origin ("z Kijowa"), which are nobody's whereabouts.
 */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";

const meetingPeople = (lang: string, text: string) =>
  claimsOf(lang, text)
    .filter((c) => c.kind === "meeting")
    .map((c) => [...(c.participants ?? [])].sort());

describe("a title, the place whose office it is, and an unregistered name", () => {
  it.each([
    ["pl", "Premier Czech Oldřich Kubelka spotkał się w czwartek w Brnie z premierem Słowacji Matejem Hudcem.", [["person-hudc", "person-kubelk"]]],
    ["pl", "Minister spraw zagranicznych Węgier Ferenc Ballai rozmawiał w Pradze z ministrem Janem Novotnym.", [["person-bala", "person-novotn"]]],
    ["pl", "Kanclerz Austrii Florian Weidinger spotkał się w środę w Krakowie z prezydentem Gdyni Tomaszem Żukiem.", [["person-veidinger", "person-zukem"]]],
  ])("%s: %s", (lang, text, expected) => {
    expect(meetingPeople(lang, text)).toEqual(expected);
  });

  it.each([
    // Three capitalised words with no title before them stay an institution, not a person.
    ["pl", "Rada Bezpieczeństwa Narodowego spotkała się w czwartek w Warszawie."],
    // A place after a preposition, not a title, is where it happened, and opens no name.
    ["pl", "W Gdyni Rada Miasta spotkała się w czwartek."],
  ])("stays silent: %s: %s", (lang, text) => {
    expect(meetingPeople(lang, text).flat()).toEqual([]);
  });
});

describe("a place after a preposition of origin is not where someone is", () => {
  const presences = (lang: string, text: string) => claimsOf(lang, text).filter((c) => c.kind === "presence").map((c) => c.location);
  it.each([
    ["pl", "Minister Jan Nowak przyjechał we wtorek z Kijowa do Lublina.", "kyiv"],
    ["pl", "Minister Jan Nowak przyleciał w poniedziałek z Wilna.", "vilnius"],
  ])("%s: %s is not put in %s", (lang, text, from) => {
    expect(presences(lang, text)).not.toContain(from);
  });
  it.each([
    ["pl", "Minister Jan Nowak przebywał we wtorek w Lublinie.", "place-pl-lublin"],
    ["en", "Minister Jan Nowak was on Tuesday in Lublin.", "place-pl-lublin"],
  ])("still reads a stay: %s: %s", (lang, text, place) => {
    expect(presences(lang, text)).toContain(place);
  });
});

describe("a call is no meeting", () => {
  const kinds = (lang: string, text: string) =>
    claimsOf(lang, text).filter((c) => c.kind === "meeting" || (c.kind === "incident" && c.eventType === "phone-call")).map((c) => ({
      kind: c.kind === "meeting" ? "meeting" : "call",
      people: [...(c.participants ?? [])].sort(),
      minutes: c.duration?.maxMinutes,
    }));
  it.each([
    ["pl", "Prezydent Tomasz Malinowski rozmawiał we wtorek telefonicznie z prezydentem Rumunii Mihaiem Popescu.", [{ kind: "call", people: ["person-malinovsk", "person-popesc"], minutes: undefined }]],
    ["en", "Prime Minister Karel Hruška spoke with Prime Minister Juraj Bielik by phone on Monday.", [{ kind: "call", people: ["person-belik", "person-hrusk"], minutes: undefined }]],
    // "Popescu" is a name, not an inflected "pope".
    ["en", "President Tomasz Malinowski and President Mihai Popescu spoke by telephone on Tuesday.", [{ kind: "call", people: ["person-malinovsk", "person-popesc"], minutes: undefined }]],
    // "the call", "rozmowa" right after a call are that call.
    ["pl", "Prezydent Jan Nowak rozmawiał we wtorek telefonicznie z premierem. Rozmowa trwała 20 minut.", [{ kind: "call", people: ["person-novak"], minutes: undefined }, { kind: "call", people: [], minutes: 20 }]],
    ["en", "President Jan Nowak spoke by phone with the prime minister on Tuesday. The call lasted 20 minutes.", [{ kind: "call", people: ["person-novak"], minutes: undefined }, { kind: "call", people: [], minutes: 20 }]],
  ])("%s: %s", (lang, text, expected) => {
    expect(kinds(lang, text)).toEqual(expected);
  });

  it.each([
    // Talks in a place stay a meeting, and so does "rozmowa" after them.
    ["pl", "Prezydent Jan Nowak rozmawiał we wtorek w Wilnie z premierem. Rozmowa trwała 20 minut.", ["meeting", "meeting"]],
    // A call told two sentences back: "the talks" are no longer the call's.
    ["en", "President Jan Nowak spoke by phone with the prime minister on Tuesday. He flew to Vilnius on Friday. The talks lasted 20 minutes.", ["call", "meeting"]],
  ])("stays a meeting: %s: %s", (lang, text, expected) => {
    expect(kinds(lang, text).map((k) => k.kind)).toEqual(expected);
  });
});

describe("a host receives a guest", () => {
  it.each([
    ["en", "President Tomasz Malinowski received Estonian Prime Minister Kaarel Tammsaar in Warsaw on Monday.", [["person-malinovsk", "person-tamsar"]]],
    ["pl", "Prezydent Tomasz Malinowski przyjął w poniedziałek w Pałacu Prezydenckim premiera Estonii Kaarela Tammsaara.", [["person-malinovsk", "person-tamsar"]]],
    ["pl", "Premier Marek Zawadzki przyjął we wtorek w Warszawie premier Łotwy Inese Kalniņę.", [["person-kalnin", "person-zavadzk"]]],
  ])("%s: %s", (lang, text, expected) => {
    expect(meetingPeople(lang, text)).toEqual(expected);
  });

  it.each([
    ["en", "President Tomasz Malinowski received a letter from Prime Minister Kaarel Tammsaar on Monday."],
    ["pl", "Prezydent Tomasz Malinowski przyjął w poniedziałek zaproszenie premiera Estonii Kaarela Tammsaara."],
    ["pl", "Prezydent Tomasz Malinowski przyjął dymisję ministra Jana Kowalczyka."],
  ])("no meeting: %s: %s", (lang, text) => {
    expect(meetingPeople(lang, text)).toEqual([]);
  });
});

describe("where a meeting was: the town a relative word stands for", () => {
  const places = (lang: string, text: string) => claimsOf(lang, text).filter((c) => c.kind === "meeting").map((c) => c.location);
  it.each([
    ["pl", "Prezydent Tomasz Malinowski przyjechał w czwartek do Gdańska, gdzie spotkał się z marszałkiem Janem Kowalczykiem.", ["gdansk"]],
    ["pl", "Premier Andrij Bondar przyjechał z Kijowa do Lublina, gdzie przez trzy godziny rozmawiał z premierem Markiem Zawadzkim.", ["place-pl-lublin"]],
    ["en", "Prime Minister Andriy Bondar flew to Lublin on Tuesday, where he met Prime Minister Marek Zawadzki.", ["place-pl-lublin"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(places(lang, text)).toEqual(expected);
  });
  it.each([
    // No relative word: the town travelled from or to says nothing of where the talks were.
    ["pl", "Premier Andrij Bondar wyjechał z Kijowa. Rozmawiał z premierem Markiem Zawadzkim."],
    // A full stop between the town and the meeting word ends the relative clause's reach.
    ["en", "Prime Minister Andriy Bondar flew to Lublin, where he stayed. He met Prime Minister Marek Zawadzki on Friday."],
  ])("no place: %s: %s", (lang, text) => {
    expect(places(lang, text).filter((p) => p !== undefined)).toEqual([]);
  });
});

describe("arrivals, cancellations and plans told by a noun", () => {
  const moves = (lang: string, text: string) =>
    claimsOf(lang, text).filter((c) => c.kind === "presence" || c.kind === "travel" || c.kind === "meeting").map((c) => `${c.kind} ${c.modality}${c.status ? `/${c.status}` : ""} ${c.location ?? "-"}`);
  it.each([
    ["pl", "Prezydent Tomasz Malinowski przyjechał do Gdańska.", ["presence reported gdansk"]],
    ["pl", "Prezydent Tomasz Malinowski przyleciał w czwartek do Gdańska.", ["presence reported gdansk"]],
    // A source after a dash: the name before it is the one who cancelled, not the speaker.
    ["pl", "Kanclerz Lukas Brandner odwołał zaplanowaną na czwartek wizytę w Krakowie – poinformowała w środę jego kancelaria.", ["presence planned/cancelled krakow"]],
    ["pl", "Spotkanie z prezydentem Tomaszem Malinowskim ma się odbyć w listopadzie.", ["meeting planned -"]],
    ["en", "The meeting with President Tomasz Malinowski will take place in November.", ["meeting planned -"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(moves(lang, text)).toEqual(expected);
  });
  it.each([
    ["pl", "Prezydent Tomasz Malinowski wyjechał z Gdańska.", "presence reported gdansk"],
    ["pl", "Spotkanie z prezydentem Tomaszem Malinowskim odbyło się w poniedziałek.", "meeting planned -"],
    ["pl", "Prezydent Tomasz Malinowski spotkał się w czwartek w Gdańsku z ministrem, który odwołał dymisję.", "meeting reported/cancelled gdansk"],
  ])("not: %s: %s", (lang, text, absent) => {
    expect(moves(lang, text)).not.toContain(absent);
  });
});

describe("the place of talks, not of their topic; a town visited without a preposition", () => {
  const places = (lang: string, text: string) => claimsOf(lang, text).filter((c) => c.kind === "meeting").map((c) => c.location);
  it.each([
    ["pl", "Ministrowie rozmawiali w środę w Szczecinie o ćwiczeniach na Bałtyku.", ["place-pl-shecin"]],
    ["en", "The ministers talked in Szczecin on Wednesday about exercises in the Baltic.", ["place-pl-shecin"]],
    ["en", "Minister Florian Hartmann visited Szczecin on Wednesday for talks with Minister Paweł Sobczak.", ["place-pl-shecin"]],
    ["pl", "Minister Karin Lindqvist odwiedzi w poniedziałek Gdynię, gdzie spotka się z minister Anną Wróblewską.", ["place-pl-gdini"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(places(lang, text)).toEqual(expected);
  });
  it.each([
    ["pl", "Politycy rozmawiali przez dwie godziny o wspólnych ćwiczeniach na Bałtyku."],
    ["pl", "Ministrowie rozmawiali w sprawie sytuacji w Mińsku."],
    ["en", "The ministers talked for two hours about the situation in Minsk."],
  ])("no place: %s: %s", (lang, text) => {
    expect(places(lang, text).filter((p) => p !== undefined)).toEqual([]);
  });
});

describe("a meeting's object described, or named later in its clause", () => {
  it.each([
    ["en", "Deputy Minister Gennady Orlov met Belarusian opposition figure Maria Sokolova in Minsk last week.", [["person-orlov", "person-sokolov"]]],
    ["pl", "Wiceminister Giennadij Orłow spotkał się w zeszłym tygodniu w Mińsku z białoruską opozycjonistką Marią Sokołową.", [["person-orlov", "person-sokolov"]]],
    ["pl", "Minister Anna Wróblewska spotkała się we wtorek w Wilnie z Tomasem Baranauskasem.", [["person-baranauskas", "person-vroblevsk"]]],
  ])("%s: %s", (lang, text, expected) => {
    expect(meetingPeople(lang, text)).toEqual(expected);
  });
  it.each([
    // A function word in the description, or a comma, breaks the link to the name.
    ["en", "Minister Gennady Orlov met with reporters after Maria Sokolova spoke."],
    ["pl", "Minister Giennadij Orłow spotkał się z dziennikarzami, a Maria Sokołowa wyjechała."],
  ])("not a party: %s: %s", (lang, text) => {
    expect(meetingPeople(lang, text).flat()).not.toContain("person-sokolov");
  });
});

describe("a source after a dash", () => {
  const sources = (lang: string, text: string) => claimsOf(lang, text).filter((c) => c.kind === "meeting").map((c) => c.attribution);
  it.each([
    ["pl", "Wiceminister Giennadij Orłow spotkał się w Mińsku z opozycjonistką Marią Sokołową – podało niezależne radio.", "niezależne radio"],
    ["pl", "Minister Jan Nowak spotkał się w Wilnie z Tomasem Baranauskasem – poinformowała w środę jego kancelaria.", "kancelaria"],
  ])("%s: %s", (lang, text, source) => {
    expect(sources(lang, text)).toEqual([source]);
  });
});

describe("a meeting noun whose verb of taking place comes later", () => {
  const places = (lang: string, text: string) => claimsOf(lang, text).filter((c) => c.kind === "meeting").map((c) => c.location);
  it.each([
    ["pl", "Spotkanie prezydenta Tomasza Malinowskiego z premier Danii Mette Kjærgaard odbyło się w piątek w Gdańsku.", ["gdansk"]],
    ["en", "The meeting between President Tomasz Malinowski and Prime Minister Mette Kjærgaard of Denmark took place on Friday in Gdańsk.", ["gdansk"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(places(lang, text)).toEqual(expected);
  });
  it("a town far from the noun with no verb of taking place stays unread", () => {
    expect(places("pl", "Spotkanie prezydenta Tomasza Malinowskiego z premier Danii Mette Kjærgaard, zapowiadane od tygodni przez obie kancelarie, poprzedziła wizyta w Gdańsku.")).not.toContain("gdansk");
  });
});

describe("two meeting verbs joined by a coordinator are two meetings", () => {
  const meetings = (lang: string, text: string) =>
    claimsOf(lang, text)
      .filter((c) => c.kind === "meeting")
      .map((c) => ({ people: [...(c.participants ?? [])].sort(), place: c.location, minutes: c.duration?.maxMinutes, modality: c.modality }));
  it.each([
    [
      "en",
      "President Aino Kallio met mayor Tadeusz Górski in Poznań for about 30 minutes and is expected to meet President Tomasz Malinowski in Warsaw on Thursday.",
      [
        { people: ["person-gorsk", "person-kalio"], place: "place-pl-poznan", minutes: 33.75, modality: "reported" },
        { people: ["person-kalio", "person-malinovsk"], place: "warsaw", minutes: undefined, modality: "planned" },
      ],
    ],
    [
      "pl",
      "Prezydent Aino Kallio spotkała się w Poznaniu z prezydentem miasta Tadeuszem Górskim i spotka się w czwartek w Warszawie z prezydentem Tomaszem Malinowskim.",
      [
        { people: ["person-gorsk", "person-kalio"], place: "place-pl-poznan", minutes: undefined, modality: "reported" },
        { people: ["person-kalio", "person-malinovsk"], place: "warsaw", minutes: undefined, modality: "planned" },
      ],
    ],
  ])("%s: %s", (lang, text, expected) => {
    expect(meetings(lang, text)).toEqual(expected);
  });
  it("one meeting verb with two objects stays one meeting", () => {
    expect(meetings("en", "President Aino Kallio met mayor Tadeusz Górski and President Tomasz Malinowski in Warsaw.")).toHaveLength(1);
  });
  it("an office's acronym after a title belongs to the title", () => {
    expect(meetingPeople("pl", "Szefowa MSZ Anna Wróblewska rozmawiała w środę w Ostrawie z Lenką Dvořákovą.")).toEqual([["person-dvorakov", "person-vroblevsk"]]);
  });
});

describe("plans told with 'mieć' and a noun's far status verb", () => {
  const modes = (lang: string, text: string) => claimsOf(lang, text).filter((c) => c.kind === "meeting").map((c) => `${c.modality}${c.status ? `/${c.status}` : ""}`);
  it.each([
    ["pl", "Minister Jerzy Brzozowski i minister Taras Melnyk mieli rozmawiać o eksporcie zboża.", ["planned"]],
    ["pl", "Prezydent Jan Nowak ma się spotkać w piątek w Gdyni z premierem.", ["planned"]],
    ["pl", "Zaplanowane na piątek spotkanie ministrów rolnictwa Polski i Ukrainy w Chełmie zostało przełożone na przyszły tydzień.", ["planned/postponed"]],
    ["en", "The meeting of the two agriculture ministers in Chełm planned for Friday has been postponed until next week.", ["reported/postponed"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(modes(lang, text)).toEqual(expected);
  });
  it.each([
    // "Had the chance to talk" is no plan; a status verb of another meeting is not this one's.
    ["pl", "Ministrowie mieli okazję rozmawiać w piątek w Chełmie.", ["reported"]],
    ["en", "The talks in Chełm ended on Friday, and a meeting in Lublin was postponed.", ["reported"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(modes(lang, text)).toEqual(expected);
  });
});

describe("a short Polish given name in a case form still opens a name", () => {
  it.each([
    ["pl", "Premier Marek Zawadzki rozmawiał w Warszawie z ministrem rolnictwa Jerzym Brzozowskim.", "person-bzozovsk"],
    ["pl", "Prezydent Tomasz Malinowski spotkał się w Gdańsku z marszałkiem województwa pomorskiego Jerzym Kalinowskim.", "person-kalinovsk"],
  ])("%s: %s", (lang, text, id) => {
    expect(meetingPeople(lang, text).flat()).toContain(id);
  });
  it("an institution after a title's complement stays no person", () => {
    expect(meetingPeople("pl", "Minister spotkał się z dyrektorem generalnym Polskich Kolei w Warszawie.").flat()).toEqual([]);
  });
});

describe("talks by video link are a call, and its people are 'the two presidents' after it", () => {
  const kinds = (lang: string, text: string) => claimsOf(lang, text).filter((c) => c.kind === "meeting" || c.kind === "incident").map((c) => `${c.kind === "meeting" ? "meeting" : c.eventType} ${[...(c.participants ?? [])].sort().join("+")}`);
  it.each([
    ["en", "President Jānis Ozols and President Dainius Kelmelis held talks by video link on Tuesday. In March the two presidents met in Vilnius.", ["phone-call person-kelmelis+person-ozols", "meeting person-kelmelis+person-ozols"]],
    ["pl", "Prezydent Jānis Ozols i prezydent Dainius Kelmelis rozmawiali we wtorek w formie wideokonferencji. W marcu obaj prezydenci spotkali się w Wilnie.", ["phone-call person-kelmelis+person-ozols", "meeting person-kelmelis+person-ozols"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(kinds(lang, text)).toEqual(expected);
  });
});

describe("a call and a meeting in one sentence", () => {
  const told = (lang: string, text: string) =>
    claimsOf(lang, text)
      .filter((c) => c.kind === "meeting" || c.kind === "incident")
      .map((c) => `${c.kind === "meeting" ? "meeting" : c.eventType} ${c.location ?? "-"} ${c.time?.start ?? "-"}${c.duration ? ` ${c.duration.maxMinutes}` : ""}`);
  it.each([
    // Published on Tuesday 2026-01-20: Monday is the 19th, Thursday the 15th.
    ["en", "President Tomasz Malinowski spoke by phone with Prime Minister Jonas Petrauskas on Monday and met him in Vilnius on Thursday.", ["meeting vilnius 2026-01-15", "phone-call - 2026-01-19"]],
    // "Rozmowa" after a sentence that also tells of a meeting in a place is that meeting's.
    ["pl", "Prezydent Tomasz Malinowski rozmawiał w poniedziałek telefonicznie z premierem Jonasem Petrauskasem, a w czwartek spotkał się z nim w Wilnie. Rozmowa trwała trzy godziny.", ["meeting vilnius 2026-01-15", "phone-call - 2026-01-19", "meeting vilnius 2026-01-15 180"]],
  ])("%s: %s", (lang, text, expected) => {
    expect(told(lang, text).sort()).toEqual([...expected].sort());
  });
});

describe("whose visit a spokesman announces", () => {
  const visits = (lang: string, text: string) => claimsOf(lang, text).filter((c) => c.kind === "presence").map((c) => `${c.subject} ${c.modality} ${c.location}`);
  it.each([
    // Pro-drop: the speaker is the one who will visit.
    ["pl", "Minister Jan Nowak zapowiedział, że odwiedzi w piątek Gdynię.", ["person-novak planned place-pl-gdini"]],
    // A subject named by a title is not the speaker.
    ["pl", "Rzecznik MSZ Paweł Wroński przekazał, że minister odwiedzi Gdynię.", []],
  ])("%s: %s", (lang, text, expected) => {
    expect(visits(lang, text)).toEqual(expected);
  });
});
