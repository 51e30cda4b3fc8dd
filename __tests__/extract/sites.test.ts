/** Incident sites below the town (src/extract/sites.ts): districts, named parts of buildings, impact points, seats; and where they stay silent. */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";
import type { Claim, SiteValue } from "../../src/types.js";
import { sameSiteName, siteKey } from "../../src/extract/sites.js";

const sites = (lang: string, body: string): Claim[] => claimsOf(lang, body).filter((c) => c.kind === "incident" && c.site);

describe("incident sites fire", () => {
  it.each<[string, string, string, Partial<SiteValue>]>([
    ["en", "The freighter crashed near the Nowa Huta area of Krakow on Tuesday.", "crash", { kind: "district", key: "nowahuta" }],
    ["en", "The cargo jet crashed into a field near the ring road on Tuesday.", "crash", { kind: "point", class: "open-ground", key: "field", near: "ring" }],
    ["en", "The plane crashed into a residential building after take-off.", "crash", { kind: "point", class: "building", key: "residential" }],
    ["en", "The jet crashed onto a university hostel at lunchtime.", "crash", { kind: "point", class: "building", key: "hostel" }],
    ["en", "The plane struck the university’s canteen as it came down.", "crash", { kind: "point", class: "building", key: "canteen" }],
    ["en", "Thieves broke into the Rubens Gallery and stole three paintings.", "theft", { kind: "part", class: "gallery", key: "rubens" }],
    ["en", "The only survivor of the crash was sitting in seat 14C.", "crash", { kind: "seat", key: "14c" }],
    ["pl", "Samolot rozbił się w dzielnicy mieszkaniowej Nowa Huta we wtorek.", "crash", { kind: "district", key: "nowahuta" }],
    ["pl", "Samolot rozbił się, uderzając m.in. w akademik.", "crash", { kind: "point", class: "building", key: "hostel" }],
    ["pl", "Maszyna rozbiła się na polu w pobliżu obwodnicy.", "crash", { kind: "point", class: "open-ground", key: "field", near: "obwodnicy" }],
    ["pl", "Samolot runął na budynek mieszkalny tuż po starcie, doszło do katastrofy.", "crash", { kind: "point", class: "building", key: "residential" }],
    ["pl", "Złodzieje włamali się do Galerii Rubensa i ukradli trzy obrazy.", "theft", { kind: "part", class: "gallery", key: "rubensa" }],
    ["pl", "Katastrofę przeżył pasażer, który siedział na miejscu 14C.", "crash", { kind: "seat", key: "14c" }],
  ])("%s: %s", (lang, body, type, site) => {
    const found = sites(lang, body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ eventType: type, site });
    expect(found[0]!.inherited ?? []).not.toContain("site");
  });

  it("gives a named site in a sentence without a trigger the article's main incident, its type inherited", () => {
    const found = sites("en", "Thieves stole three paintings from the museum on Sunday. The theft was over quickly. The two men first reached the Rubens Gallery.");
    expect(found.map((c) => [c.eventType, c.site?.key, c.inherited?.includes("eventType")])).toEqual([["theft", "rubens", true]]);
  });

  it.each([
    ["The freighter crashed near the Nowa Huta area of Krakow on Tuesday.", "own"],
    ["The freighter crashed near the centre of the district; Krakow officials said on Tuesday.", "none"],
  ])("takes the town after a named district as the place: %s (%s)", (body, want) => {
    const [c] = claimsOf("en", body).filter((x) => x.kind === "incident");
    const own = c?.location !== undefined && !(c.inherited ?? []).includes("location");
    expect(own ? "own" : "none").toBe(want);
  });

  it("names one claim per site when a sentence gives several impact points", () => {
    const found = sites("en", "The plane crashed into a field and then hit a warehouse on Tuesday.");
    expect(found.map((c) => c.site?.key)).toEqual(["field", "warehouse"]);
  });
});

describe("incident sites stay silent", () => {
  it.each([
    // No incident in the article: a district alone says nothing.
    ["en", "The mayor opened a library in the Nowa Huta area on Tuesday."],
    // A district someone comes from is not where it happened.
    ["en", "Police said the thieves stole the jewels. Two men from the Nowa Huta area were arrested."],
    // A common noun without a word of impact or place before it.
    ["en", "The crash raised questions about building standards near airports."],
    // A common noun far from the trigger, in a sentence of its own without one.
    ["en", "The plane crashed on Tuesday. Firefighters later searched a nearby field."],
    // A town is the incident's place, not a district of it.
    ["en", "The plane crashed in the Krakow area on Tuesday."],
    // The noun is a possessive modifier; its head is no site word.
    ["en", "The plane crashed near the college's main gate."],
    // A capitalised district noun belongs to an institution's name.
    ["en", "The Nowa Huta District Council said the plane crashed on Tuesday."],
    // A part's noun in lower case is no proper name.
    ["en", "Thieves stole a painting from the Rubens gallery shop."],
    // A seat number needs a row letter.
    ["en", "The plane crashed; the candidate lost his seat 14 days later."],
    ["pl", "Samolot rozbił się we wtorek. Ratownicy przeszukali pole obok."],
  ])("%s: %s", (lang, body) => {
    expect(sites(lang, body)).toEqual([]);
  });
});

describe("site names", () => {
  it.each([
    ["Nowa Huta", "Nowahuta", true],
    ["Rubens", "Rubensa", true],
    ["Apollo", "Apollina", true],
    ["Rubens", "Rembrandta", false],
    ["Wola", "Wolin", false],
    ["Mokotów", "Mokotowie", true],
  ])("%s and %s: %s", (a, b, same) => {
    expect(sameSiteName(siteKey(a), siteKey(b))).toBe(same);
  });
});
