/** Country words (rules/entities/places.json `demonyms` and `nationals`) in English and inflected Polish. */
import { describe, it, expect } from "@jest/globals";
import { PartyIndex } from "../../src/normalize/parties.js";
import type { EntityDef } from "../../src/normalize/entities.js";

const defs: EntityDef[] = [
  { id: "norway", type: "place", name: "Norway", demonyms: ["Norwegian", "norweski"], nationals: ["Norwegians", "Norwegowie"] },
  { id: "finland", type: "place", name: "Finland", demonyms: ["Finnish", "fiński"], nationals: ["Finns", "Finowie"] },
  { id: "slovakia", type: "place", name: "Slovakia", demonyms: ["Slovak", "słowacki"], nationals: ["Słowacy"] },
  { id: "germany", type: "place", name: "Germany", demonyms: ["German", "niemiecki"] },
  { id: "oslo", type: "place", name: "Oslo", within: "norway" },
  { id: "anna-dahl", type: "person", name: "Anna Dahl", demonyms: ["Norwegian"] },
];
const index = new PartyIndex(defs);

describe("party words", () => {
  it.each([
    ["Norwegian", "norway"],
    ["norweska", "norway"],
    ["norweskiej", "norway"],
    ["norweskich", "norway"],
    ["norwescy", "norway"],
    ["Norwegowie", "norway"],
    ["Norwegów", "norway"],
    ["Norwegami", "norway"],
    ["Finnish", "finland"],
    ["fińskiego", "finland"],
    ["Słowakami", "slovakia"],
    ["Słowaków", "slovakia"],
    ["niemieccy", "germany"],
  ])("%s names %s", (word, id) => {
    expect(index.partyOf(word)).toBe(id);
  });

  it.each(["Norway", "Oslo", "norma", "pola", "Finowiec", "Germans"])("%s names no party", (word) => {
    // Country names are not demonyms, and only the listed nationals and their case forms count.
    expect(index.partyOf(word)).toBeUndefined();
  });

  it("reads compounds only when every part names a country", () => {
    expect(index.partiesOfCompound("Norwegian-Finnish")).toEqual(["norway", "finland"]);
    expect(index.partiesOfCompound("norwesko-polskich")).toEqual([]);
    expect(index.partiesOfCompound("norweskich")).toEqual([]);
  });

  it("knows which ids are countries with party words", () => {
    expect(index.isCountry("norway")).toBe(true);
    expect(index.isCountry("oslo")).toBe(false);
    // Only places carry party words.
    expect(index.isCountry("anna-dahl")).toBe(false);
  });
});
