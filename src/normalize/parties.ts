/**
 * Parties of talks between countries: a word that names a country through its national adjective
 * ("Slovak", "słowackiej", "litewscy", the first half of "polsko-litewskich") or the noun for
 * its people ("Lithuanians", "Słowakami"). The words are data: the `demonyms` and `nationals` of
 * the country entries in rules/entities/places.json. Polish adjectives are listed once, in the
 * masculine nominative ("słowacki"); their other endings are read off it here, as are the case
 * forms of the plural nouns ("Litwini" → "Litwinów", "Litwinami"; "Słowacy" → "Słowaków").
 */
import { fold } from "../text/fold.js";
import type { EntityDef, EntityRegistry } from "./entities.js";

/** Endings of a Polish adjective after its stem in "-sk"/"-ck" ("słowack-iej"), "-o" in a compound ("polsko-"). */
const ADJECTIVE_ENDINGS = new Set(["i", "a", "ie", "iej", "iego", "iemu", "im", "ich", "imi", "o", "y", "ej", "ego", "emu", "ym", "ych", "ymi", "e"]);

/** The case endings a plural noun of nationals takes in Polish, by the ending of its nominative. */
const PLURAL_CASES: Array<[string, string[]]> = [
  // Longest endings first: "Polacy" is "Polak-", not "Pola-c-".
  ["anie", ["an", "anami", "anom", "anach"]],
  ["owie", ["ow", "ami", "om", "ach"]],
  ["acy", ["akow", "akami", "akom", "akach"]],
  ["ini", ["inow", "inami", "inom", "inach"]],
  ["ycy", ["ykow", "ykami", "ykom", "ykach"]],
  ["cy", ["cow", "cami", "com", "cach"]],
  ["si", ["chow", "chami", "chom", "chach"]],
  ["zy", ["zow", "zami", "zom", "zach"]],
];

/** Country words of a registry, built once per registry. */
export class PartyIndex {
  /** Folded English demonyms and nationals, and every folded Polish noun form → country id. */
  private readonly exact = new Map<string, string>();
  /** Folded Polish adjective stems ("slowack") → country id. */
  private readonly stems = new Map<string, string>();

  constructor(defs: Iterable<EntityDef>) {
    for (const def of defs) {
      if (def.type !== "place") continue;
      for (const word of def.demonyms ?? []) {
        const f = fold(word);
        // "słowacki", "łotewski": a Polish adjective, read by its stem; "Slovak", "Czech": as written.
        if (/(?:sk|ck|zk)i$/u.test(f) && word === word.toLowerCase()) this.stems.set(f.slice(0, -1), def.id);
        else this.exact.set(f, def.id);
      }
      for (const word of def.nationals ?? []) {
        const f = fold(word);
        this.exact.set(f, def.id);
        for (const [ending, cases] of PLURAL_CASES) {
          if (!f.endsWith(ending)) continue;
          const stem = f.slice(0, -ending.length);
          for (const c of cases) this.exact.set(stem + c, def.id);
          break;
        }
      }
    }
  }

  /** The country a single word names as an adjective or a noun for its people, if any. */
  partyOf(word: string): string | undefined {
    const f = fold(word.replace(/['’]s$/u, ""));
    const exact = this.exact.get(f);
    if (exact) return exact;
    for (let cut = Math.min(f.length - 3, 8); cut >= 1; cut--) {
      const stem = f.slice(0, f.length - cut);
      const ending = f.slice(f.length - cut);
      const id = this.stems.get(stem);
      if (id && ADJECTIVE_ENDINGS.has(ending)) return id;
    }
    // The masculine personal plural softens the stem: "ukraińscy", "niemieccy".
    const soft = /^(.+)(sc|cc)y$/u.exec(f);
    if (soft) return this.stems.get(`${soft[1]}${soft[2] === "sc" ? "sk" : "ck"}`);
    return undefined;
  }

  /** The countries of a hyphenated compound ("polsko-litewskich", "Polish-Lithuanian"), when every part names one. */
  partiesOfCompound(word: string): string[] {
    const parts = word.split(/[-‐–]/u);
    if (parts.length < 2) return [];
    const ids = parts.map((p) => this.partyOf(p));
    return ids.every((id): id is string => id !== undefined) ? [...new Set(ids)] : [];
  }

  /** Whether an entity id is a country that has party words. */
  isCountry(id: string): boolean {
    return this.countries.has(id);
  }

  private get countries(): Set<string> {
    return (this.countrySet ??= new Set([...this.exact.values(), ...this.stems.values()]));
  }

  private countrySet: Set<string> | undefined;
}

const indexes = new WeakMap<EntityRegistry, { size: number; index: PartyIndex }>();

/** The party index of a registry (rebuilt when entries were added since). */
export function partyIndex(registry: EntityRegistry): PartyIndex {
  const cached = indexes.get(registry);
  if (cached && cached.size === registry.byId.size) return cached.index;
  const index = new PartyIndex(registry.byId.values());
  indexes.set(registry, { size: registry.byId.size, index });
  return index;
}
