/**
 * Resolves mentions of people, places, organisations and events to canonical entities from the
 * registry (rules/entities/*.json). Matching works on `stemKey`s, so case, diacritics, Polish
 * case endings and common transliteration differences need no aliases; near spellings of a
 * surname fall back to Levenshtein distance. A capitalised name that the registry does not know
 * still becomes an entity (`person-<surname key>`), so it links across articles.
 */
import levenshtein from "fast-levenshtein";
import { fold, nameKey, stemKey, stripEnding, withoutApostropheEnding } from "../text/fold.js";
import { gazetteer, placeKeys, type GeoPlace } from "./gazetteer.js";
import type { Token } from "../text/tokens.js";

export type EntityType = "person" | "place" | "organization" | "event";

/** One registry entry, as written in rules/entities/*.json. */
export interface EntityDef {
  id: string;
  type: EntityType;
  name: string;
  given?: string[];
  surname?: string[];
  aliases?: string[];
  roles?: string[];
  /** A place's containing place. */
  within?: string;
  /** Where an event takes place. */
  location?: string;
  /** Where an organisation sits. */
  seat?: string;
  /** A country's national adjectives ("Slovak", "słowacki"): see ./parties.ts. */
  demonyms?: string[];
  /** Nouns for a country's people ("Slovaks", "Słowacy"). */
  nationals?: string[];
}

/** An entity found in a text. */
export interface Mention {
  entity: string;
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** Given name as written before the surname, if any. */
  given?: string;
  givenStart?: number;
  /** Written with a possessive ("Koval’s schedule"): a modifier, not an actor. */
  possessive: boolean;
  registered: boolean;
  /** Index of the first and one past the last token of the mention. */
  tokenStart: number;
  tokenEnd: number;
}

const MAX_ALIAS_TOKENS = 5;
/** Word infos kept before the memo is cleared (a bound on memory over long runs). */
const WORD_MEMO_LIMIT = 200_000;

/** A word's keys and the names it can start, as {@link EntityRegistry.word} returns them. */
export interface WordInfo {
  /** `stemKey` of the word. */
  key: string;
  /** `fold` of the word. */
  folded: string;
  /** The most tokens a name starting with this word can have (1 when no multi-word name starts with it). */
  maxTokens: number;
  /** Second words (keys, and raw words of exact-case names) of the multi-word names this word starts. */
  seconds: Set<string> | undefined;
  secondsExact: Set<string> | undefined;
  /** The entity the word names on its own. */
  single: EntityDef | undefined;
  /** The registered person whose surname is one edit away; null until asked. */
  fuzzy: EntityDef | undefined | null;
  /** Whether the word is a known given name (see {@link EntityRegistry.isGivenName}); set when first asked. */
  given?: boolean;
}
const FUZZY_MIN_LENGTH = 6;

/** The registry with its lookup index; build once per run. */
export class EntityRegistry {
  /** Names of unregistered entities as articles write them (see {@link learnName}). */
  private readonly learned = new Map<string, string>();
  readonly byId = new Map<string, EntityDef>();
  private readonly index = new Map<string, EntityDef[]>();
  /** Aliases that must match letter case exactly ("US", "AP", "UN" are also words). */
  private readonly exactCase = new Map<string, EntityDef[]>();
  /**
   * Surname keys by their one-letter deletions (symmetric-delete index): two keys one edit apart
   * share an entry, so a near spelling is found without scanning every surname.
   */
  private readonly surnameVariants = new Map<string, Array<{ key: string; def: EntityDef }>>();
  /** First word (key) of every multi-word name → its longest length, so most tokens skip multi-word lookups. */
  private readonly multiFirst = new Map<string, number>();
  /** The same for names matched letter case and all ("UN Security Council"), by their raw first word. */
  private readonly multiFirstExact = new Map<string, number>();
  /** Second words of multi-word names by their first (keys; raw words for exact-case names). */
  private readonly multiSecond = new Map<string, Set<string>>();
  private readonly multiSecondExact = new Map<string, Set<string>>();
  private readonly givenKeys = new Map<string, Set<string>>();
  /** Given-name keys of every registered person. */
  private readonly allGiven = new Set<string>();
  /** Per word text; most words of a text recur, and every token is looked up. */
  private readonly words = new Map<string, WordInfo>();

  constructor(defs: EntityDef[]) {
    for (const def of defs) this.add(def);
  }

  /** Adds or replaces an entry (a user registry may redefine a built-in id). */
  add(def: EntityDef): void {
    this.words.clear();
    this.geoMemo.clear();
    this.countryIds.clear();
    this.byId.set(def.id, def);
    const forms = new Set<string>([def.name, ...(def.aliases ?? []), ...(def.surname ?? [])]);
    if (def.type === "person") {
      for (const given of def.given ?? []) for (const surname of def.surname ?? []) forms.add(`${given} ${surname}`);
      for (const surname of def.surname ?? []) {
        const key = stemKey(surname);
        if (key.length < FUZZY_MIN_LENGTH - 1) continue;
        for (const variant of deletions(key)) push(this.surnameVariants, variant, { key, def });
      }
      this.givenKeys.set(def.id, new Set((def.given ?? []).map((g) => stemKey(g))));
      for (const g of def.given ?? []) this.allGiven.add(stemKey(g));
    }
    for (const written of forms) {
      // "Lithuania's capital" is read as the tokens "Lithuania" and "capital" (see adjacent).
      const form = written.replace(/['’]s(?=\s)/gu, "");
      const exact = form.length <= 3 || (/^[\p{Lu}.]+$/u.test(form) && form.length <= 5);
      const key = exact ? form.replace(/\.$/, "") : stemKey(form);
      if (exact) push(this.exactCase, key, def);
      else push(this.index, key, def);
      const words = key.split(" ");
      if (words.length > 1) {
        const firsts = exact ? this.multiFirstExact : this.multiFirst;
        firsts.set(words[0]!, Math.max(firsts.get(words[0]!) ?? 0, words.length));
        const seconds = exact ? this.multiSecondExact : this.multiSecond;
        let set = seconds.get(words[0]!);
        if (!set) seconds.set(words[0]!, (set = new Set()));
        set.add(words[1]!);
      }
    }
  }

  get(id: string): EntityDef | undefined {
    return this.byId.get(id);
  }

  /**
   * How a report names an entity: the registry's name; for a person the registry does not know,
   * the full name an article wrote (see {@link learnName}); otherwise the id.
   */
  nameOf(id: string): string {
    return this.byId.get(id)?.name ?? this.learned.get(id) ?? gazetteer().byId(id)?.name ?? id;
  }

  /**
   * Remembers how articles write an unregistered entity's name. Of several spellings the
   * shortest is kept: Polish case endings only lengthen a name ("Johannem Wadephulem").
   */
  learnName(id: string, name: string): void {
    if (this.byId.has(id)) return;
    const known = this.learned.get(id);
    if (known === undefined || name.length < known.length) this.learned.set(id, name);
  }

  /** The learned names of some ids, to hand to another thread's registry. */
  learnedNames(ids: Iterable<string>): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (const id of ids) {
      const name = this.learned.get(id);
      if (name !== undefined) out.push([id, name]);
    }
    return out;
  }

  /** True when `inner` is `outer` or lies inside it (Kraków within Ukraine; a gazetteer town within its country). */
  contains(outer: string, inner: string): boolean {
    let current: string | undefined = inner;
    for (let depth = 0; current && depth < 8; depth++) {
      if (current === outer) return true;
      const def = this.byId.get(current);
      current = def ? (def.within ?? def.location ?? def.seat ?? this.continentOfCountry(def)) : this.geoWithin(current);
    }
    return false;
  }

  /** The country a gazetteer town lies in, under the registry's id when the registry lists it; a gazetteer country's continent. */
  private geoWithin(id: string): string | undefined {
    if (id.startsWith("country-")) return gazetteer().countryByCode(id.slice(8).toUpperCase())?.continent;
    const place = id.startsWith("place-") ? gazetteer().byId(id) : undefined;
    return place ? this.countryId(place.country) : undefined;
  }

  /** The continent of a registered place that is a country of the gazetteer ("spain" lies in "europe"). */
  private continentOfCountry(def: EntityDef): string | undefined {
    if (def.type !== "place") return undefined;
    let continent = this.continents.get(def.id);
    if (continent === undefined) {
      continent = null;
      for (const key of placeKeys(def.name, false)) {
        const country = gazetteer().country(key);
        if (country) {
          continent = country.continent ?? null;
          break;
        }
      }
      this.continents.set(def.id, continent);
    }
    return continent ?? undefined;
  }

  private readonly continents = new Map<string, string | null>();

  private readonly countryIds = new Map<string, string>();

  /** The id of a country by ISO code: the registry's entry for it if there is one ("poland"), else the gazetteer's. */
  countryId(code: string): string {
    let id = this.countryIds.get(code);
    if (id === undefined) {
      const country = gazetteer().countryByCode(code);
      const def = country ? this.lookup(country.name) : undefined;
      id = def?.type === "place" ? def.id : `country-${code.toLowerCase()}`;
      this.countryIds.set(code, id);
    }
    return id;
  }

  /**
   * A place the registry does not list, from the gazetteer: a country, or a town of at least
   * `minPopulation` people; `polish` tries the nominatives of a Polish case form ("Sopocie").
   * Its id is the registry's when the registry lists the same country. `exactTown` asks a town
   * to be written as the gazetteer spells it (no case form), where no preposition vouches for it.
   */
  geoPlace(text: string, polish: boolean, minPopulation: number, exactTown = false): { id: string; place: GeoPlace } | undefined {
    // Capitalised words recur across a corpus; each is looked up once per way of asking.
    const memoKey = `${polish ? 1 : 0}${exactTown ? 1 : 0}${minPopulation}|${text}`;
    let hit = this.geoMemo.get(memoKey);
    if (hit === undefined) {
      if (this.geoMemo.size >= WORD_MEMO_LIMIT) this.geoMemo.clear();
      hit = this.geoPlaceUncached(text, polish, minPopulation, exactTown) ?? null;
      this.geoMemo.set(memoKey, hit);
    }
    return hit ?? undefined;
  }

  private readonly geoMemo = new Map<string, { id: string; place: GeoPlace } | null>();

  private geoPlaceUncached(text: string, polish: boolean, minPopulation: number, exactTown: boolean): { id: string; place: GeoPlace } | undefined {
    const geo = gazetteer();
    const keys = placeKeys(text, polish);
    for (const key of keys) {
      const country = geo.country(key);
      if (country) return { id: this.countryId(country.country), place: country };
    }
    for (const key of keys) {
      const city = geo.city(key);
      if (!city || city.population < minPopulation) continue;
      // Stem keys blur: "Tajani" and "Tai'an" share one. Without a preposition to vouch for it, a town must be spelled as written.
      if (exactTown && letters(city.name) !== letters(text)) continue;
      return { id: city.id, place: city };
    }
    return undefined;
  }

  /**
   * The IANA time zone of a place when it is known: a gazetteer town's own, a country's only one
   * (or its capital's when its zones lie within two hours), and for a registry place the zone of
   * the town or country of the same name, else of the place it lies in.
   */
  timeZoneOf(id: string): string | undefined {
    const geo = gazetteer();
    let current: string | undefined = id;
    for (let depth = 0; current && depth < 8; depth++) {
      const place = geo.byId(current);
      if (place) return place.zone;
      const def = this.byId.get(current);
      if (!def) return undefined;
      if (def.type === "place") {
        const key = stemKey(def.name);
        const named = geo.country(key) ?? geo.city(key);
        if (named?.zone) return named.zone;
      }
      current = def.within ?? def.location ?? def.seat;
    }
    return undefined;
  }

  /** Whether a word is a given name: in the given-name lists, or a registered person's. */
  isGivenName(word: string): boolean {
    const info = this.word(word);
    if (info.given === undefined) info.given = this.isGivenKey(info.key);
    return info.given;
  }

  private isGivenKey(key: string): boolean {
    // Keys of two letters ("Le" and "Lee" share one) are too blurred to be evidence.
    const known = (k: string) => k.length >= 3 && (this.allGiven.has(k) || gazetteer().isGiven(k));
    if (known(key)) return true;
    // A short given name in a Polish case form keeps its ending in the key ("Janem", "Jana", "Jerzym"): try without it.
    const m = /^(.{3,}?)(?:em|om|owi|ego|emu|a|u|m)$/u.exec(key);
    return m !== null && known(m[1]!);
  }

  /** Whether two given-name keys are accepted spellings of this person's given name. */
  knownGiven(entity: string, key: string): boolean {
    return this.givenKeys.get(entity)?.has(key) ?? false;
  }

  /** Exact lookup of a phrase, letter case and inflection folded. */
  lookup(phrase: string): EntityDef | undefined {
    return this.word(phrase).single;
  }

  /** What the registry knows of a word (memoised until the registry changes). */
  word(text: string): WordInfo {
    let info = this.words.get(text);
    if (info === undefined) {
      if (this.words.size >= WORD_MEMO_LIMIT) this.words.clear();
      const key = stemKey(text);
      info = {
        key,
        folded: fold(text),
        maxTokens: Math.max(1, this.multiFirst.get(key) ?? 0, this.multiFirstExact.get(text) ?? 0),
        seconds: this.multiSecond.get(key),
        secondsExact: this.multiSecondExact.get(text),
        single: this.exactCase.get(text)?.[0] ?? this.index.get(key)?.[0],
        fuzzy: null,
      };
      this.words.set(text, info);
    }
    return info;
  }

  /** Looks up tokens[i..i+n) (n > 1, their `word` infos alongside) as one name. */
  lookupPhrase(tokens: Token[], words: WordInfo[], i: number, n: number): EntityDef | undefined {
    let raw = tokens[i]!.text;
    let key = words[i]!.key;
    for (let k = i + 1; k < i + n; k++) {
      raw += ` ${tokens[k]!.text}`;
      key += ` ${words[k]!.key}`;
    }
    return this.exactCase.get(raw)?.[0] ?? this.index.get(key)?.[0];
  }

  /** {@link fuzzySurname} of a word's key, memoised with the word. */
  fuzzyWord(info: WordInfo): EntityDef | undefined {
    if (info.fuzzy === null) info.fuzzy = this.fuzzySurname(info.key);
    return info.fuzzy;
  }

  /** A registered person whose surname is one edit away ("Vitkof" for "Nowak"). */
  fuzzySurname(key: string): EntityDef | undefined {
    if (key.length < FUZZY_MIN_LENGTH) return undefined;
    let best: EntityDef | undefined;
    for (const variant of deletions(key)) {
      for (const candidate of this.surnameVariants.get(variant) ?? []) {
        if (candidate.key[0] !== key[0] || levenshtein.get(candidate.key, key) > 1) continue;
        if (best && best.id !== candidate.def.id) return undefined; // ambiguous: say nothing
        best = candidate.def;
      }
    }
    return best;
  }
}

function letters(text: string): string {
  return fold(text).replace(/[^a-z]/g, "");
}

/** The key itself and every string one deletion away from it. */
function deletions(key: string): string[] {
  const out = [key];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.some((v) => v === value)) list.push(value);
}

/** Words that can be capitalised but never start a name (titles, roles, function words). */
export interface NameLexicon {
  /** Folded words that are titles or roles ("president", "minister", "prezydent"). */
  titles: Set<string>;
  /** Folded capitalised function words and other non-names ("the", "on", "w", "według"). */
  stopwords: Set<string>;
}

/**
 * Finds entity mentions in one sentence's tokens. `docPeople` carries unregistered people
 * already seen in the article, so a later surname-only mention resolves to them.
 */
export function findMentions(
  tokens: Token[],
  body: string,
  registry: EntityRegistry,
  lexicon: NameLexicon,
  docPeople: Map<string, string>,
): Mention[] {
  const words = tokens.map((t) => registry.word(t.text));
  const mentions: Mention[] = [];
  let headline: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = words[i]!;
    let matched: { def: EntityDef; n: number } | undefined;
    // A common word such as "the" starts some multi-word names: longer names are looked up only when the next word can be their second.
    const next = i + 1 < tokens.length ? words[i + 1]! : undefined;
    const longer = next !== undefined && (word.seconds?.has(next.key) === true || word.secondsExact?.has(tokens[i + 1]!.text) === true);
    for (let n = longer ? Math.min(MAX_ALIAS_TOKENS, tokens.length - i, word.maxTokens) : 1; n >= 1; n--) {
      if (n === 1 && !token.cap) break;
      if (n > 1 && !adjacent(tokens, body, i, n)) continue;
      const def = n === 1 ? word.single : registry.lookupPhrase(tokens, words, i, n);
      if (def) {
        matched = { def, n };
        break;
      }
    }
    if (!matched && token.cap && !lexicon.stopwords.has(word.folded) && !lexicon.titles.has(word.folded)) {
      const known = docPeople.get(word.key);
      if (known) {
        mentions.push(mention(tokens, body, i, 1, known, "person", false));
        continue;
      }
      const fuzzy = registry.fuzzyWord(word);
      if (fuzzy) matched = { def: fuzzy, n: 1 };
    }
    if (!matched) continue;
    const { def, n } = matched;
    const m = mention(tokens, body, i, n, def.id, def.type, true);
    if (def.type === "person" && (def.surname?.length ?? 0) > 0) attachGivenName(m, tokens, body, i, n, lexicon, registry, (headline ??= isHeadline(tokens)));
    mentions.push(m);
    i += n - 1;
  }
  return mentions;
}

/**
 * Tokens i..i+n are separated only by spaces or hyphens, or a possessive ("Lithuania's capital",
 * a name only when the registry has it so), so they can form one name.
 */
function adjacent(tokens: Token[], body: string, i: number, n: number): boolean {
  for (let k = i; k < i + n - 1; k++) {
    const gap = body.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (!/^[\s-]{1,2}$/.test(gap) && gap !== " - " && !/^['’]s\s$/u.test(gap)) return false;
  }
  return true;
}

function mention(tokens: Token[], body: string, i: number, n: number, entity: string, type: EntityType, registered: boolean): Mention {
  const start = tokens[i]!.start;
  const end = tokens[i + n - 1]!.end;
  return {
    entity,
    type,
    start,
    end,
    text: body.slice(start, end),
    possessive: /^['’]s?\b/.test(body.slice(end, end + 3)),
    registered,
    tokenStart: i,
    tokenEnd: i + n,
  };
}

/**
 * A headline in title case ("Trump Hosts Zelensky at the White House"): seven words in ten or
 * more start with a capital, so a capital says nothing about a name there.
 */
function isHeadline(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!/^\p{L}/u.test(t.text)) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 4 && caps >= 0.7 * words;
}

/**
 * When the matched name is a surname, a capitalised word right before it is the given name,
 * unless it is a title in any form, a function word or a place; where every word may be
 * capitalised (a sentence's first word, a title-case headline) it must be a known given name.
 */
function attachGivenName(m: Mention, tokens: Token[], body: string, i: number, n: number, lexicon: NameLexicon, registry: EntityRegistry, headline: boolean): void {
  let givenIndex = -1;
  if (n >= 2) givenIndex = i; // "Steve Nowak" matched as a full name
  else if (i > 0 && adjacent(tokens, body, i - 1, 2)) givenIndex = i - 1;
  if (givenIndex < 0) return;
  const candidate = tokens[givenIndex]!;
  const folded = fold(candidate.text);
  if (!candidate.cap || lexicon.stopwords.has(folded) || isInflectedTitle(folded, lexicon.titles)) return;
  if (registry.lookup(candidate.text)?.type === "place") return; // "Russian", "Palace" spokesman
  // At the start of a sentence or a headline any word is capitalised ("Echoing Trump's post"): only a known given name counts there.
  const opening = headline || givenIndex === 0 || /["“”„«»(:\n–—-]\s*$/u.test(body.slice(tokens[givenIndex - 1]!.end, candidate.start));
  if (opening && !registry.knownGiven(m.entity, stemKey(candidate.text)) && !registry.isGivenName(candidate.text)) return;
  if (givenIndex === i && n >= 2) {
    m.given = candidate.text;
    m.givenStart = candidate.start;
    return;
  }
  m.given = candidate.text;
  m.givenStart = candidate.start;
  m.start = candidate.start;
  m.text = body.slice(m.start, m.end);
  m.tokenStart = givenIndex;
}

/** Spellings of one sound across English, Polish, German and Slavic romanisations, longest first. */
const SOUNDS: Array<[RegExp, string]> = [
  [/shch|sch|szcz/g, "s"], [/trz|tsch|tsh|tch/g, "c"], [/rz|zh/g, "z"], [/sz|sh/g, "s"], [/cz/g, "c"], [/kh|ch/g, "h"],
  [/ts|tz/g, "c"], [/w/g, "v"], [/[yj]/g, "i"], [/ph/g, "f"], [/q/g, "k"], [/x/g, "ks"], [/(.)\1+/g, "$1"], [/ie/g, "e"],
];

/**
 * A surname key that transliterations of one name share: Zelensky, Zelenskiy, Zelenskyy and
 * Zełenski (and the Polish case forms, "Zełenskim"); Navrotsky and Nawrocki; Vishwaskumar and
 * Viswashkumar. Coarser than `stemKey`, so it names people the registry does not know, across
 * languages, and is never used to match the registry itself.
 */
export function surnameKey(surname: string): string {
  let key = fold(surname).replace(/[^a-z]/g, "");
  for (const [re, to] of SOUNDS) key = key.replace(re, to);
  return stripEnding(key);
}

/** A capitalised word that is a title in another form ("Presidents", "Prezydenci", "Ministrowie"). */
export function isInflectedTitle(folded: string, titles: Set<string>): boolean {
  if (titles.has(folded)) return true;
  for (const title of titles) {
    if (title.length >= 6 && !title.includes(" ") && folded.length - title.length <= 3 && folded.length >= title.length - 1 && folded.startsWith(title.slice(0, -1))) return true;
  }
  return false;
}

/** Comparison key of a given name: transliteration- and case-ending-insensitive. */
export function givenNameKey(given: string): string {
  return stripEnding(nameKey(withoutApostropheEnding(given)));
}
