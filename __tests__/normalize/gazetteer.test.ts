/**
 * Open entities: towns and countries from the gazetteer (with Polish case forms and exonyms),
 * their nesting and time zones, given names as evidence of a person, and the transliteration key
 * that makes one unregistered person of several spellings.
 */
import { describe, it, expect } from "@jest/globals";
import { loadRuleSet } from "../../src/load/rules.js";
import { buildRegistry } from "../../src/pipeline.js";
import { isInflectedTitle, surnameKey } from "../../src/normalize/entities.js";
import { placeKeys } from "../../src/normalize/gazetteer.js";

const registry = buildRegistry((await loadRuleSet()).entities);

describe("gazetteer places", () => {
  it.each([
    ["Tampere", false, "Tampere", "FI"],
    ["Porto", false, "Porto", "PT"],
    ["Sopot", false, "Sopot", "PL"],
    ["Winnipeg", false, "Winnipeg", "CA"],
    // Polish case forms and exonyms.
    ["Tampere", true, "Tampere", "FI"],
    ["Sopocie", true, "Sopot", "PL"],
    ["Winnipegu", true, "Winnipeg", "CA"],
    ["Pradze", true, "Prague", "CZ"],
    ["Wiedniu", true, "Vienna", "AT"],
    ["Lizbonie", true, "Lisbon", "PT"],
    ["Finlandii", true, "Finland", "FI"],
    ["Portugalii", true, "Portugal", "PT"],
    // A name in -r takes -rze; a town in -ok drops its "o".
    ["Leicesterze", true, "Leicester", "GB"],
    ["Rużomberku", true, "Ružomberok", "SK"],
    ["Stargardu", true, "Stargard", "PL"],
    // Names of several words, whose adjectives decline in Polish.
    ["Nowym Jorku", true, "New York City", "US"],
    ["New York", false, "New York City", "US"],
    ["Rio de Janeiro", false, "Rio de Janeiro", "BR"],
    ["Stanach Zjednoczonych", true, "United States of America", "US"],
  ])("%s (Polish: %s) is %s, %s", (text, polish, name, country) => {
    const hit = registry.geoPlace(text, polish, 1000);
    expect(hit?.place.name).toBe(name);
    expect(hit?.place.country).toBe(country);
  });

  it("knows capitals, which need no preposition in a text", () => {
    expect(registry.geoPlace("Tallinn", false, 1000, true)?.place.capital).toBe(true);
    expect(registry.geoPlace("Tampere", false, 1000, true)?.place.capital).toBe(false);
  });

  it("gives one id to the English and the Polish form of a town", () => {
    expect(registry.geoPlace("Sopocie", true, 1000)?.id).toBe(registry.geoPlace("Sopot", false, 1000)?.id);
    expect(registry.geoPlace("Pradze", true, 1000)?.id).toBe(registry.geoPlace("Prague", false, 1000)?.id);
  });

  it.each([
    // Ordinary words and names that only share a stem key with a town.
    ["Echoing", false, 1000, false],
    ["Tajani", false, 1_000_000, true],
    ["Sopot", false, 1_000_000, false],
  ])("%s is no place (Polish %s, from %d people, exact %s)", (text, polish, min, exact) => {
    expect(registry.geoPlace(text, polish, min, exact)).toBeUndefined();
  });

  it("nests towns in their country, under the registry's id when it lists the country", () => {
    const sopot = registry.geoPlace("Sopot", false, 1000)!.id;
    const tampere = registry.geoPlace("Tampere", false, 1000)!.id;
    expect(registry.contains(registry.countryId("PL"), sopot)).toBe(true);
    expect(registry.contains(registry.countryId("FI"), tampere)).toBe(true);
    expect(registry.contains(registry.countryId("PL"), tampere)).toBe(false);
    expect(registry.countryId("PL")).toBe(registry.lookup("Poland")?.id);
  });

  it.each([
    // rules/entities/continents.txt: a country, registered or only in the gazetteer, lies in its continent.
    ["europe", () => registry.lookup("Spain")!.id, true],
    ["europe", () => registry.countryId("FI"), true],
    ["europe", () => registry.geoPlace("Tampere", false, 1000)!.id, true],
    ["europe", () => registry.countryId("JP"), false],
    ["europe", () => registry.countryId("RU"), false],
    ["spain", () => "europe", false],
  ])("%s holds the place (%#): %s", (outer, inner, expected) => {
    expect(registry.contains(outer, inner())).toBe(expected);
  });

  it.each([
    ["Tampere", "Europe/Helsinki"],
    ["Winnipeg", "America/Winnipeg"],
    ["Porto", "Europe/Lisbon"],
  ])("%s keeps %s", (town, zone) => {
    expect(registry.timeZoneOf(registry.geoPlace(town, false, 1000)!.id)).toBe(zone);
  });

  it.each(["Kyiv", "Kijów", "Kijowie", "Kijowa", "Kiev"])("a registry place keeps its case forms and gets the gazetteer's zone: %s", (word) => {
    const id = registry.lookup(word)?.id;
    expect(id).toBe(registry.lookup("Kyiv")?.id);
    expect(registry.timeZoneOf(id!)).toBe("Europe/Kyiv");
  });

  it("gives countries their zone when one clock serves them, and none for the United States", () => {
    expect(registry.timeZoneOf(registry.countryId("PL"))).toBe("Europe/Warsaw");
    expect(registry.timeZoneOf(registry.countryId("UA"))).toBe("Europe/Kyiv");
    expect(registry.timeZoneOf("country-us")).toBeUndefined();
    expect(registry.timeZoneOf("no-such-place")).toBeUndefined();
  });

  it("names gazetteer places as GeoNames spells them", () => {
    expect(registry.nameOf(registry.geoPlace("Winnipegu", true, 1000)!.id)).toBe("Winnipeg");
  });

  it.each([
    ["Sopocie", ["sopoc", "sopot", "sopok"]],
    ["Pradze", ["pradz", "prad", "prag"]],
    // A neuter town in -o: "w Kownie" is Kowno.
    ["Kownie", ["kovn", "kovno"]],
  ])("Polish %s may stand for %j", (word, keys) => {
    expect(placeKeys(word, true)).toEqual(expect.arrayContaining(keys));
    expect(placeKeys(word, false)).toEqual([keys[0]]);
  });

  it.each([
    ["Kownie", "Kaunas"],
    ["Grodnie", "Hrodna"],
    ["Gnieźnie", "Gniezno"],
    ["Norymberdze", "Nürnberg"],
  ])("Polish %s is %s", (word, name) => {
    expect(registry.nameOf(registry.geoPlace(word, true, 1000)!.id)).toBe(name);
  });

  it("an English text does not read a Polish case form", () => {
    expect(registry.geoPlace("Kownie", false, 1000)).toBeUndefined();
  });
});

describe("given names", () => {
  it.each(["Karol", "Karolem", "Laure", "Laurence", "Volodymyr", "Wołodymyr", "Rustem", "Pedro", "Mateusz"])("%s is a given name", (word) => {
    expect(registry.isGivenName(word)).toBe(true);
  });
  it.each(["Echoing", "Presidents", "Electoral", "Commission", "Obrony", "Red", "Le", "Will", "March"])("%s is not", (word) => {
    expect(registry.isGivenName(word)).toBe(false);
  });
});

describe("titles in another form", () => {
  const titles = new Set(["president", "prezydent", "minister"]);
  it.each(["presidents", "prezydenci", "prezydentem", "ministers"])("%s is a title", (word) => {
    expect(isInflectedTitle(word, titles)).toBe(true);
  });
  it.each(["presidio", "echoing", "prezes"])("%s is not", (word) => {
    expect(isInflectedTitle(word, titles)).toBe(false);
  });
});

describe("transliterations of one surname share a key", () => {
  it.each([
    [["Zelensky", "Zelenskiy", "Zelenskyy", "Zełenski", "Zełenskim", "Zełenskiego"]],
    [["Navrotsky", "Nawrocki", "Nawrockim"]],
    [["Tshaskovsky", "Trzaskowski"]],
    [["Vishwaskumar", "Viswashkumar"]],
    [["Kirill", "Kiriłł"]],
    [["Medinsky", "Miedinski"]],
    [["Umerov", "Umierow"]],
  ])("%j", (spellings) => {
    expect(new Set(spellings.map(surnameKey)).size).toBe(1);
  });
  it.each([
    ["Nowak", "Kowal"],
    ["Tusk", "Trump"],
    ["Beccuau", "Darmanin"],
  ])("%s and %s stay apart", (a, b) => {
    expect(surnameKey(a)).not.toBe(surnameKey(b));
  });
});
