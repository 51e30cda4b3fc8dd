/**
 * Talks between countries' delegations. Reads, in one sentence:
 * - the countries a delegation word stands for: a national adjective before it ("the Slovak
 *   delegation", "Polish and Lithuanian negotiators", "szefa litewskiej delegacji") or after it
 *   ("delegacja słowacka"), a country after it ("delegations of Poland and Lithuania", "delegacje
 *   Polski i Litwy"), or a possessive country before it ("Slovakia's lead negotiator");
 * - the person heading that delegation, named right after it with only titles and words of
 *   leading between ("head of the Slovak delegation, Defence Minister X", "szef litewskiej
 *   delegacji X", "delegacji przewodniczył doradca prezydenta X", "led by X");
 * - the countries of the talks themselves: a compound before the meeting word ("Polish-Lithuanian
 *   talks", "polsko-litewskich rozmów") or two countries that open the clause ("Poland and
 *   Lithuania held talks", "Polacy rozmawiali z Litwinami");
 * - which round of talks it is ("the second round", "trzecia runda"); "the first direct talks"
 *   is no round.
 * Countries become meeting participants (country entity ids, see src/normalize/parties.ts), and
 * a head of delegation one more participant; linking keeps countries apart from people.
 */
import type { ExtractionLexicon } from "../lang/lexicon.js";
import type { EntityRegistry, Mention } from "../normalize/entities.js";
import { partyIndex, type PartyIndex } from "../normalize/parties.js";
import { fold } from "../text/fold.js";
import type { Token } from "../text/tokens.js";
import { hits, isTitle, type CompiledLexicon, type Hit, type SentenceInfo } from "./sentence.js";

/** A delegation named in a sentence: the countries it stands for and who heads it. */
export interface Delegation {
  countries: string[];
  head?: string;
  /** Offsets of the delegation word. */
  start: number;
  end: number;
}

interface Compiled {
  delegation: RegExp;
  headLink: RegExp;
  round: RegExp;
  roundNumber: RegExp;
  ordinals: string[];
}

const compiled = new Map<string, Compiled>();

function compile(lex: ExtractionLexicon): Compiled {
  let c = compiled.get(lex.lang);
  if (c) return c;
  const ordinals = lex.ordinals.map((o) => fold(o));
  c = {
    delegation: new RegExp(`^(?:${lex.delegation})$`, "iu"),
    headLink: new RegExp(`^(?:${lex.headLinks})$`, "iu"),
    // "the second round", "druga runda", "trzeciej rundy rozmów", with at most one word between ("second negotiating round").
    round: new RegExp(`(?<![\\p{L}])(${ordinals.join("|")})\\p{L}*\\s+(?:\\p{L}+\\s+)?(?:${lex.roundWord})(?![\\p{L}])`, "iu"),
    // "round 2", "2nd round", "2. runda".
    roundNumber: new RegExp(`(?<![\\p{L}])(?:(?:${lex.roundWord})\\s+(\\d{1,2})(?!\\d)|(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:${lex.roundWord})(?![\\p{L}]))`, "iu"),
    ordinals,
  };
  compiled.set(lex.lang, c);
  return c;
}

/** The round number a text names ("the second round of talks" → 2), if any. */
export function roundIn(text: string, lex: ExtractionLexicon): number | undefined {
  const c = compile(lex);
  const folded = fold(text);
  const named = c.round.exec(folded);
  if (named) return c.ordinals.indexOf(named[1]!.toLowerCase()) + 1 || undefined;
  const digits = c.roundNumber.exec(folded);
  const n = digits ? Number(digits[1] ?? digits[2]) : NaN;
  return n >= 1 ? n : undefined;
}

const CONJUNCTIONS = new Set(["and", "i", "oraz", "a"]);
const ARTICLES = new Set(["the", "its", "their", "of"]);
/** Prepositions between a delegation word and the countries after it ("delegations of/from Poland", "delegacja z Litwy"). */
const OF = new Set(["of", "from", "z", "ze"]);

/** The country a token names: a national adjective or noun, or (with `names`) the country's own name. */
function countryOf(t: Token, parties: PartyIndex, registry: EntityRegistry, polish: boolean, names: boolean): string | undefined {
  // English demonyms are capitalised ("US" against "us"); Polish adjectives are not.
  const party = polish || t.cap ? parties.partyOf(t.text) : undefined;
  if (party) return party;
  if (!names || !t.cap) return undefined;
  const def = registry.lookup(t.text.replace(/['’]s$/u, ""));
  return def && parties.isCountry(def.id) ? def.id : undefined;
}

/** Only spaces and commas (and a possessive ending, which the tokenizer leaves out: "Slovakia's lead negotiator"). */
const onlySpace = (s: string) => /^(?:['’]s)?[\s,]*$/u.test(s);

/** The delegations a sentence names, with their countries and heads. */
export function delegationsIn(info: SentenceInfo, body: string, lex: CompiledLexicon, registry: EntityRegistry): Delegation[] {
  const c = compile(lex.lex);
  const parties = partyIndex(registry);
  const polish = lex.lex.lang === "pl";
  const tokens = info.tokens;
  const out: Delegation[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!;
    if (!c.delegation.test(word.text)) continue;
    const countries: string[] = [];
    let first = i;
    // Before it: "the Slovak", "Polish, Czech and Lithuanian", "Slovakia's lead", "szefa litewskiej".
    for (let j = i - 1; j >= 0 && i - j <= 8; j--) {
      const t = tokens[j]!;
      if (!onlySpace(body.slice(t.end, tokens[j + 1]!.start))) break;
      const possessive = /^['’]s(?![\p{L}])/u.test(body.slice(t.end, t.end + 3));
      const id = countryOf(t, parties, registry, polish, possessive);
      if (id) {
        countries.push(id);
        first = j;
        continue;
      }
      const f = fold(t.text);
      if (CONJUNCTIONS.has(f) || ARTICLES.has(f) || (countries.length === 0 && c.headLink.test(t.text))) {
        first = j;
        continue;
      }
      break;
    }
    // After it: "delegacja słowacka", "delegations of Poland and Lithuania", "delegacje Polski i Litwy".
    let last = i;
    for (let j = i + 1; j < tokens.length && j - i <= 6; j++) {
      const t = tokens[j]!;
      if (!onlySpace(body.slice(tokens[j - 1]!.end, t.start))) break;
      const id = countryOf(t, parties, registry, polish, true);
      if (id) {
        countries.push(id);
        last = j;
        continue;
      }
      const f = fold(t.text);
      if ((CONJUNCTIONS.has(f) && countries.length > 0) || (OF.has(f) && j === i + 1)) continue;
      break;
    }
    if (!countries.length) continue;
    const d: Delegation = { countries: [...new Set(countries)], start: word.start, end: word.end };
    const head = headAfter(info, body, lex, c, last) ?? headBefore(info, body, lex, c, first);
    if (head) d.head = head.entity;
    out.push(d);
  }
  return out;
}

/** The person named right after a delegation, with only titles, words of leading, commas and spaces between. */
function headAfter(info: SentenceInfo, body: string, lex: CompiledLexicon, c: Compiled, from: number): Mention | undefined {
  const tokens = info.tokens;
  const end = tokens[from]!.end;
  const person = info.mentions.find((m) => m.type === "person" && m.start >= end && !m.possessive);
  if (!person || person.start - end > 80) return undefined;
  const gap = tokens.filter((t) => t.start >= end && t.end <= person.start);
  if (gap.length > 7 || !/^[\s,\p{L}\p{M}.'’-]*$/u.test(body.slice(end, person.start))) return undefined;
  // A title's own words may stand beside it ("Defence Minister", "ministra obrony", "doradca prezydenta").
  const titled = gap.map((t) => isTitle(t.text, lex) || lex.genitiveTitles.has(fold(t.text)));
  const ok = gap.every((t, k) => titled[k] || c.headLink.test(t.text) || titled[k - 1] === true || titled[k + 1] === true);
  return ok ? person : undefined;
}

/** The person named in apposition right before a delegation: "X, head of the Polish delegation", "X, szef polskiej delegacji". */
function headBefore(info: SentenceInfo, body: string, lex: CompiledLexicon, c: Compiled, from: number): Mention | undefined {
  const start = info.tokens[from]!.start;
  const person = [...info.mentions].reverse().find((m) => m.type === "person" && m.end <= start);
  if (!person || start - person.end > 40 || !/^\s*,/u.test(body.slice(person.end, start))) return undefined;
  const gap = info.tokens.filter((t) => t.start >= person.end && t.end <= start);
  if (gap.length > 4 || !/^[\s,\p{L}\p{M}.'’-]*$/u.test(body.slice(person.end, start))) return undefined;
  return gap.every((t) => isTitle(t.text, lex) || c.headLink.test(t.text)) ? person : undefined;
}

/** The countries of talks named by the meeting word's own modifiers or the clause's subject. */
export function talksParties(info: SentenceInfo, body: string, lex: CompiledLexicon, registry: EntityRegistry, trigger: Hit, clause: Hit): string[] {
  const parties = partyIndex(registry);
  const polish = lex.lex.lang === "pl";
  const tokens = info.tokens;
  const at = tokens.findIndex((t) => t.start >= trigger.start);
  if (at < 0) return [];
  // "polsko-litewskich rozmów", "Poland-Lithuania border talks": a compound right before the word, or one word before it.
  for (let j = at - 1; j >= Math.max(0, at - 2); j--) {
    const t = tokens[j]!;
    if (t.start < clause.start) break;
    const parts = t.text.split(/[-‐–]/u);
    if (parts.length < 2) continue;
    const ids = parts.map((p) => countryOf({ ...t, text: p, cap: /^\p{Lu}/u.test(p) }, parties, registry, polish, true));
    if (ids.every((id): id is string => id !== undefined) && new Set(ids).size >= 2) return [...new Set(ids)];
  }
  // "Poland and Lithuania held talks", "Polacy rozmawiali z Litwinami": two countries opening the clause.
  const inClause = tokens.filter((t) => t.start >= clause.start && t.end <= trigger.start);
  const first = inClause.findIndex((t) => /\p{L}/u.test(t.text));
  if (first < 0) return [];
  const a = countryOf(inClause[first]!, parties, registry, polish, true);
  const possessive = (t: Token) => /^['’]s(?![\p{L}])/u.test(body.slice(t.end, t.end + 3));
  if (!a || possessive(inClause[first]!)) return [];
  for (let k = first + 1; k < inClause.length - 1 && k <= first + 4; k++) {
    const link = fold(inClause[k]!.text);
    if (!CONJUNCTIONS.has(link) && !["with", "z", "ze"].includes(link)) continue;
    const b = countryOf(inClause[k + 1]!, parties, registry, polish, true);
    if (b && b !== a && !possessive(inClause[k + 1]!)) return [a, b];
  }
  return [];
}

/** Whether a sentence names a delegation at all (the prefiltered, cached pattern: cheap before the token walk). */
export function mayNameDelegation(info: SentenceInfo, lex: CompiledLexicon): boolean {
  return hits(lex.re.delegation, info.s).length > 0;
}
