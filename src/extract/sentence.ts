/**
 * Per-sentence analysis shared by the claim extractors: entity mentions, who the sentence is
 * attributed to, where the reported content starts, clauses, and which mentions are modifiers
 * ("Smith’s son-in-law", "envoys for Koval", "zięć prezydenta Smitha") rather than actors.
 */
import { compileSites, type CompiledSites } from "./sites.js";
import type { ExtractionLexicon } from "../lang/index.js";
import type { TimeExpression } from "../normalize/time/types.js";
import { EntityRegistry, findMentions, surnameKey, type Mention, type NameLexicon } from "../normalize/entities.js";
import type { Sentence } from "../text/sentences.js";
import { tokenize, type Token } from "../text/tokens.js";
import { fold, stemKey as stemKeyOf } from "../text/fold.js";
import { NUMBER_WORD_PATTERN } from "../normalize/numbers.js";
import { FactorScanner, requiredFactors } from "../text/literal-factors.js";
import { execSplit, splitLeadingAssertion, type SplitPattern } from "../text/leading-assertion.js";
import { activeEventTypes, eventTypesVersion, extractorTriggers, triggerSource } from "./event-types.js";

/** A lexicon compiled to regexes once per language. */
export interface CompiledLexicon {
  lex: ExtractionLexicon;
  names: NameLexicon;
  relational: Set<string>;
  re: Record<
    | "meeting" | "joined" | "presence" | "travel" | "attend" | "locative" | "directional" | "speech" | "sourceBefore"
    | "complementizer" | "planned" | "conditional" | "negated" | "confirmed" | "denied" | "postponed" | "cancelled" | "cutShort" | "continued"
    | "tonePositive" | "toneNegative" | "pronouns" | "roleAnaphora" | "anaphoricEvent" | "anaphoricAgency" | "unnamedSource"
    | "repeated" | "clauseBreak" | "locativeBefore" | "directionalBefore" | "locativeGap" | "directionalGap" | "speechWord" | "placePreposition" | "nearPlace" | "meetingNoun" | "participantLinks" | "supportVerbs" | "finitePast" | "nonFiniteBefore" | "negationBefore" | "negationAfter" | "firstPersonPlural" | "meetingFalseBefore" | "groupAnaphora" | "alternative" | "visit" | "since" | "estimate" | "delegation" | "callNoun" | "arrival" | "relativeWhere" | "plannedHappening" | "topic" | "tookPlace",
    RegExp
  >;
  relationalLinks: Set<string>;
  genitiveTitles: Set<string>;
  conjunctions: Set<string>;
  counted: Array<{ category: string; re: RegExp }>;
  countedBefore: Array<{ category: string; re: RegExp }>;
  events: Array<{ type: string; re: RegExp }>;
  /** Event types read by the incident extractor (rules/events/*.json), with their trigger patterns. */
  incidents: Array<{ type: string; re: RegExp }>;
  /** The triggers of incident types with participants (calls): verbs of talking at a distance. */
  calls: RegExp[];
  amountRoles: Array<{ role: string; re: RegExp }>;
  orgAnaphora: RegExp;
  /** One whole word that belongs to an institution's name. */
  nonPersonWord: RegExp;
  /** All that may stand between a meeting verb and its object's name. */
  meetingObjectGap: RegExp;
  /** The object gap followed by a description: its lower-case words are group 1 (see describedObject). */
  describedGap: RegExp;
  /** The end of a gap after a meeting verb that introduces its object later in the clause ("spotkał się w Mińsku z białoruską opozycjonistką "). */
  laterObject: RegExp;
  /** The rest of a list of two-word names ("and X Y", ", X Y and Z W"), then only spaces: an earlier name of the list. */
  coordinatedName: RegExp;
  /** A purpose preposition and up to three words, then the end: what stands before an event noun that is the purpose of a verb. */
  purposeBefore: RegExp;
  /** Words a claim needs (meeting, travel, attendance, tone, event, a number in words): with a digit, the fast path's filter. */
  checkable: RegExp[];
  /** Numbers in words ("twelve", "kilkanaście"); digits are tested apart. */
  numberWords: RegExp;
  /** Where inside a town an incident was (./sites.ts). */
  sites: CompiledSites;
}

/** After `\s+` no letter can precede the subordinator, so it needs no lookbehind (which would slow the scan). */
const CLAUSE_BREAKS: Record<string, string> = {
  // ", so the two leaders will meet in a runoff on June 1": a consequence is a clause of its own, with its own tense.
  en: "(?:,|;|—|–)?\\s+\\b(?:as(?!\\s+(?:many|much|well|of|soon|long|far|part|a result|such|if|though|early|late|recently|saying|a|an)\\b)|while|whereas|but|amid|although|because|after which)\\b|,\\s+so\\b(?!\\s+(?:far|much|many|that|as|long|too)\\b)|;",
  pl: "(?:,|;|—|–)?\\s+(?:podczas gdy|gdy|ale|lecz|bo|ponieważ|choć|chociaż|natomiast)(?![\\p{L}])|,\\s+(?:a|jednak|dlatego|więc|zatem|toteż)(?![\\p{L}])|;",
};

const compiled = new Map<string, CompiledLexicon>();

/** Compiles (and caches) a lexicon's patterns. */
export function compileLexicon(lex: ExtractionLexicon): CompiledLexicon {
  // Event types are data (rules/events/): a run's user types make a new compilation.
  const cacheKey = `${lex.lang}#${eventTypesVersion()}`;
  const cached = compiled.get(cacheKey);
  if (cached) return cached;
  const r = scanner;
  // The meeting and visit words come from their event-type files, one source of truth; the lexicon's own pattern is the fallback.
  const meetingSource = extractorTriggers("meeting", lex.lang) ?? lex.meeting;
  const visitSource = extractorTriggers("visit", lex.lang) ?? lex.visit;
  const result: CompiledLexicon = {
    lex,
    names: { titles: new Set(lex.titles), stopwords: new Set(lex.stopwords) },
    relational: new Set(lex.relationalNouns),
    relationalLinks: new Set(lex.relationalLinks),
    genitiveTitles: new Set(lex.genitiveTitles),
    conjunctions: new Set(lex.conjunctions),
    re: {
      meeting: r(meetingSource), joined: r(lex.joined), presence: r(lex.presence), travel: r(lex.travel), attend: r(lex.attend),
      locative: r(lex.locative), directional: r(lex.directional), speech: r(lex.speech), sourceBefore: r(lex.sourceBefore),
      complementizer: r(lex.complementizer), planned: r(lex.planned), conditional: r(lex.conditional), negated: r(lex.negated),
      confirmed: r(lex.confirmed), denied: r(lex.denied), postponed: r(lex.postponed), cancelled: r(lex.cancelled),
      cutShort: r(lex.cutShort), continued: r(lex.continued),
      tonePositive: r(lex.tonePositive), toneNegative: r(lex.toneNegative), pronouns: r(lex.pronouns),
      roleAnaphora: r(lex.roleAnaphora), anaphoricEvent: r(lex.anaphoricEvent), anaphoricAgency: r(lex.anaphoricAgency),
      unnamedSource: r(lex.unnamedSource), repeated: r(lex.repeated), clauseBreak: r(CLAUSE_BREAKS[lex.lang] ?? CLAUSE_BREAKS.en!),
      meetingNoun: new RegExp(lex.meetingNoun, "iu"), participantLinks: new RegExp(lex.participantLinks, "iu"),
      supportVerbs: new RegExp(lex.supportVerbs, "iu"), finitePast: new RegExp(lex.finitePast, "iu"), nonFiniteBefore: new RegExp(lex.nonFiniteBefore, "iu"), negationBefore: new RegExp(lex.negationBefore, "iu"),
      negationAfter: new RegExp(lex.negationAfter, "iu"),
      // Gaps and single words checked against a preposition or verb list.
      locativeBefore: new RegExp(`(?:${lex.locative})\\s+(?:the\\s+)?$`, "iu"),
      directionalBefore: new RegExp(`(?:${lex.directional})\\s+$`, "iu"),
      locativeGap: prepositionGap(lex.locative),
      directionalGap: prepositionGap(lex.directional),
      speechWord: new RegExp(`^(?:${lex.speech})$`, "iu"),
      placePreposition: new RegExp(`^(?:${lex.locative}|${lex.directional})$`, "iu"),
      nearPlace: new RegExp(`^(?:${lex.nearPlace ?? "(?!)"})$`, "iu"),
      firstPersonPlural: new RegExp(lex.firstPersonPlural, "gu"), groupAnaphora: r(lex.groupAnaphora), alternative: r(lex.alternative), visit: r(visitSource), since: new RegExp(lex.since, "iu"), estimate: r(lex.estimate), callNoun: r(lex.callNoun), arrival: r(lex.arrival), tookPlace: r(lex.tookPlace), topic: r(lex.topic), plannedHappening: r(lex.plannedHappening), relativeWhere: new RegExp(lex.relativeWhere, "iu"), delegation: r(lex.delegation), meetingFalseBefore: new RegExp(lex.meetingFalseBefore, "iu"),
    },
    counted: Object.entries(lex.counted).map(([category, source]) => ({ category, re: new RegExp(`^\\s*(?:${source})`, "iu") })),
    countedBefore: Object.entries(lex.countedBefore).map(([category, source]) => ({ category, re: new RegExp(`(?:${source})\\s*$`, "iu") })),
    events: lex.events.map(([type, source]) => ({ type, re: r(source) })),
    incidents: activeEventTypes().flatMap((t) => {
      const source = t.extractor === "incident" ? triggerSource(t, lex.lang) : undefined;
      return source ? [{ type: t.id, re: r(source) }] : [];
    }),
    calls: activeEventTypes().flatMap((t) => {
      const source = t.extractor === "incident" && t.aspects.includes("participants") ? triggerSource(t, lex.lang) : undefined;
      return source ? [r(source)] : [];
    }),
    orgAnaphora: new RegExp(lex.orgAnaphora, "iu"),
    nonPersonWord: new RegExp(`^(?:${lex.nonPersonWords})$`, "iu"),
    meetingObjectGap: new RegExp(`^(?:${lex.meetingObjectGap})$`, "iu"),
    // Case-sensitive: the description is in lower case, a demonym before it capitalised.
    laterObject: new RegExp(`(?:^|\\s)(?:${lex.withPreposition})\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?((?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3})$`, "u"),
    describedGap: new RegExp(`^(?:${lex.meetingObjectGap})(?:\\p{Lu}\\p{Ll}+\\s+)?((?:\\p{Ll}[\\p{Ll}-]*\\s+){1,2})$`, "u"),
    purposeBefore: new RegExp(`(?:^|\\s)(?:${lex.purpose})\\s+(?:[\\p{L}\\p{N}’'-]+\\s+){0,3}$`, "iu"),
    coordinatedName: coordinatedNames(lex.conjunctions),
    amountRoles: lex.amountRoles.map(([role, source]) => ({ role, re: r(source) })),
    checkable: [],
    numberWords: scanner(NUMBER_WORD_PATTERN(lex.lang, { digits: false })),
    sites: compileSites(lex.sites),
  };
  // The claim builders ask for these same patterns next, so testing them one by one costs nothing extra.
  result.checkable = [result.re.meeting, result.re.delegation, result.re.travel, result.re.attend, result.re.tonePositive, result.re.toneNegative, ...result.events.map((e) => e.re), ...result.incidents.map((e) => e.re), result.numberWords];
  registerPrefilter([...Object.values(result.re), ...result.events.map((e) => e.re), ...result.incidents.map((e) => e.re), ...result.amountRoles.map((e) => e.re), result.numberWords]);
  compiled.set(cacheKey, result);
  return result;
}

/**
 * The rest of a list of two-word names, then only spaces: what stands between an earlier name of
 * the list and the verb they share (", Tomasz Kowalczyk and Ingrid Halvorsen " before "met").
 */
function coordinatedNames(conjunctions: string[]): RegExp {
  const words = conjunctions.filter((c) => /\p{L}/u.test(c)).join("|");
  const separator = `(?:\\s*,(?:\\s+(?:${words}))?|\\s+(?:${words}))`;
  const name = "\\s+\\p{Lu}[\\p{L}’'-]*\\s+\\p{Lu}[\\p{L}’'-]*";
  return new RegExp(`^(?:${separator}${name}){1,6}\\s+$`, "u");
}

/** Prepositions of where from or where to, in both languages: a place after them is not where something is or goes. */
const ORIGIN_OR_DESTINATION = "(?:z|ze|od|spod|from|to|into|towards|do)";

/** A gap between a verb and a place that passes through one of `prepositions` ("flew on Monday to"). */
function prepositionGap(prepositions: string): RegExp {
  // The words between the preposition and the place are its complement ("w stolicy", "in the city of"), never another
  // preposition that governs the place instead ("przyjechał we wtorek z Kijowa" came from Kyiv, "in May from Kyiv").
  return new RegExp(`^(?:\\s+[\\p{L}’'-]+){0,2}?\\s+(?:${prepositions})\\s+(?:the\\s+)?(?:(?!${ORIGIN_OR_DESTINATION}\\s)[\\p{L}’'-]+\\s+){0,2}$`, "iu");
}

/** A match of a lexicon pattern, in body offsets. */
export interface Hit {
  start: number;
  end: number;
  text: string;
  /** For a clause cut at a coordinator before a second meeting verb: where the first verb's subject stands. */
  subject?: { start: number; end: number };
}

/**
 * Scanning patterns are matched against the lower-cased sentence when their source has no upper-case
 * letter of its own: case-insensitive Unicode matching is several times slower in V8.
 */
const lowerSafe = new WeakSet<RegExp>();

/** Scanning patterns that open with an assertion, run as their faster split form (see leading-assertion.ts). */
const split = new WeakMap<RegExp, SplitPattern>();

function scanner(source: string): RegExp {
  const letters = source.replace(/\\[pP]\{[^}]*\}|\\[A-Za-z]/g, "");
  const re = /\p{Lu}/u.test(letters) ? new RegExp(source, "giu") : new RegExp(source, "gu");
  if (re.flags === "gu") lowerSafe.add(re);
  const parts = splitLeadingAssertion(source, re.flags);
  if (parts) split.set(re, parts);
  return re;
}

/** Whether a scanning pattern matches somewhere in `text` (resets the global pattern's position first). */
export function matches(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(lowerSafe.has(re) ? text.toLowerCase() : text);
  re.lastIndex = 0;
  return found;
}

let lowerSentence: Sentence | undefined;
let lowerText = "";

/** The sentence lower-cased, or undefined when lower-casing would move offsets (a few letters grow). */
export function lowered(s: Sentence): string | undefined {
  if (lowerSentence !== s) {
    lowerSentence = s;
    lowerText = s.text.toLowerCase();
  }
  return lowerText.length === s.text.length ? lowerText : undefined;
}

/**
 * Literal prefilter: a lower-case-safe pattern whose every match holds one of a few fixed strings
 * (its factors) cannot match a sentence holding none of them. One automaton pass per sentence
 * over the factors of all a lexicon's patterns rules out most patterns before any of them runs.
 */
interface PatternSlot {
  /** Index into the per-sentence hit cache. */
  index: number;
  scanner: FactorScanner;
  /** Position of the pattern in its scanner. */
  id: number;
  possible: Uint8Array;
}

const slots = new Map<RegExp, PatternSlot>();
let possibleSentence: Sentence | undefined;
let possibleScanner: FactorScanner | undefined;

function registerPrefilter(patterns: RegExp[]): void {
  const eligible = [...new Set(patterns)].filter((re) => lowerSafe.has(re));
  const factors = eligible.map((re) => requiredFactors(re.source));
  const scanner = new FactorScanner(factors);
  const possible = new Uint8Array(scanner.size);
  eligible.forEach((re, id) => slots.set(re, { index: slots.size, scanner, id, possible }));
}

/** False only when the pattern certainly has no match in the sentence. */
function mayMatch(slot: PatternSlot, s: Sentence): boolean {
  if (possibleSentence !== s || possibleScanner !== slot.scanner) {
    const text = lowered(s);
    if (text === undefined) return true;
    possibleSentence = s;
    possibleScanner = slot.scanner;
    slot.scanner.scan(text, slot.possible);
  }
  return slot.possible[slot.id] === 1;
}

const NO_HITS: readonly Hit[] = Object.freeze([]);

/**
 * Matches found per sentence and pattern (claim builders ask for the same pattern many times),
 * indexed by pattern slot; a new sentence invalidates them all at once by moving the generation.
 */
let cacheSentence: Sentence | undefined;
let generation = 0;
const cachedHits: Array<readonly Hit[]> = [];
const cachedGeneration: number[] = [];

/** All matches of `re` in the sentence, as body offsets. */
export function hits(re: RegExp, s: Sentence): readonly Hit[] {
  const slot = slots.get(re);
  if (!slot) return scan(re, s);
  if (cacheSentence !== s) {
    cacheSentence = s;
    generation++;
  }
  if (cachedGeneration[slot.index] === generation) return cachedHits[slot.index]!;
  const out = mayMatch(slot, s) ? scan(re, s) : NO_HITS;
  cachedHits[slot.index] = out;
  cachedGeneration[slot.index] = generation;
  return out;
}

function scan(re: RegExp, s: Sentence): Hit[] {
  const out: Hit[] = [];
  let text = s.text;
  if (lowerSafe.has(re)) {
    const lower = lowered(s);
    if (lower !== undefined) text = lower;
    else re = new RegExp(re.source, "giu");
  }
  const parts = split.get(re);
  if (parts) return scanSplit(parts, text, s, out);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: s.text.slice(m.index, m.index + m[0].length) });
  }
  return out;
}

/** {@link scan} for a pattern split at its leading assertion: the same loop, the same matches. */
function scanSplit(parts: SplitPattern, text: string, s: Sentence, out: Hit[]): Hit[] {
  parts.rest.lastIndex = 0;
  for (let m = execSplit(parts, text); m; m = execSplit(parts, text)) {
    if (m[0].length === 0) {
      parts.rest.lastIndex++;
      continue;
    }
    out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: s.text.slice(m.index, m.index + m[0].length) });
  }
  return out;
}

/** Who a sentence is attributed to. */
export interface Attribution {
  /** Display text: canonical name of a known source, or the words used ("a White House spokesman"). */
  source: string;
  /** The person speaking, when the source is a person (used for statements and "he"). */
  speaker?: string;
  /** Span of the attribution words; claims are built from the rest. */
  start: number;
  end: number;
  /** A relative clause between the source and its verb ("X, who was in Tirana, said") is content. */
  hole?: [number, number];
}

export interface SentenceInfo {
  s: Sentence;
  tokens: Token[];
  mentions: Mention[];
  /** Mentions that are actors (not modifiers, not the attribution source). */
  actors: Mention[];
  attribution?: Attribution;
  /** Time expressions inside the sentence, minus those that date the speech act. */
  times: TimeExpression[];
  /** Dates of the speech act ("said on Tuesday"), used as the reference for plans. */
  speechTimes: TimeExpression[];
  clauses: Hit[];
  /** False when the sentence holds nothing a claim could be built from (only names are kept). */
  checkable: boolean;
}

/** Document-level memory while reading an article sentence by sentence. */
export interface DocMemory {
  people: Map<string, string>;
  /** How the article first wrote each person the registry does not know, by id: what an attribution to them reads. */
  names?: Map<string, string>;
  /** Organisations named so far, latest last, for "the ministry" / "ministerstwo". */
  orgs: Array<{ id: string; key: string }>;
  lastPerson?: string;
  lastEvent?: string;
  lastAgency?: string;
  lastByRole: Map<string, string>;
  /** Participants of the latest meeting naming two or more people, for "the two leaders". */
  lastGroup?: string[];
  /** The day each speaker last spoke on ("said on Tuesday"): the reference of their undated plans. */
  speechDays: Map<string, string>;
  /** Each person's latest conditional plan, for "would instead ...". */
  conditionalPlans: Map<string, string>;
  /** The type of the call (an event with participants and no place) told last, until a meeting in a place is told. */
  lastCall?: string;
}

/** Analyses one sentence. */
export function analyseSentence(
  s: Sentence,
  body: string,
  times: TimeExpression[],
  lex: CompiledLexicon,
  registry: EntityRegistry,
  memory: DocMemory,
): SentenceInfo {
  const tokens = tokenize(s.text, s.start);
  const mentions = findMentions(tokens, body, registry, lex.names, memory.people).filter((m) => !isDatelinePlace(m, s, body));
  addUnregisteredPeople(tokens, body, mentions, lex, memory, registry, hits(lex.re.meeting, s));
  addUnregisteredPlaces(tokens, body, mentions, lex, registry);
  // A dateline's country may come from the gazetteer only: drop it once every place is found.
  for (let i = mentions.length - 1; i >= 0; i--) if (isDatelinePlace(mentions[i]!, s, body)) mentions.splice(i, 1);
  mentions.sort((a, b) => a.start - b.start);
  // Most sentences state nothing checkable: no meeting, trip, figure, characterisation or place.
  // A length written as one word ("siedmiominutowa akcja") has no digit or number word to show it.
  const checkable = mentions.some((m) => m.type === "place" || m.type === "event") || /\d/.test(s.text) || times.some((t) => t.type === "DURATION") || lex.checkable.some((re) => hits(re, s).length > 0);
  const attribution = checkable ? findAttribution(s, body, mentions, lex, registry, memory) : undefined;
  const speechTimes: TimeExpression[] = [];
  const contentTimes: TimeExpression[] = [];
  for (const t of times) {
    if (isDateline(t, s, body)) continue;
    if (attribution && isSpeechTime(t, attribution, body)) speechTimes.push(t);
    else contentTimes.push(t);
  }
  const modifiers = modifierSet(mentions, tokens, body, lex);
  const actors = mentions.filter(
    (m) => !m.possessive && !(attribution && m.start >= attribution.start && m.end <= attribution.end) && !modifiers.has(m),
  );
  let clauses = checkable ? splitClauses(s, lex) : [{ start: s.start, end: s.end, text: "" }];
  // "X, who was in Tirana for a summit, said Ukraine was ready for a meeting": the relative clause is a clause of its own.
  const hole = attribution?.hole;
  if (hole) {
    clauses = clauses.flatMap((c) =>
      [c.start, ...[hole[0], hole[1]].filter((p) => p > c.start && p < c.end), c.end]
        .map((p, i, all) => ({ start: p, end: all[i + 1] ?? p, text: "" }))
        .filter((x) => x.end > x.start),
    );
  }
  if (checkable) clauses = clauses.flatMap((c) => splitCoordinatedMeetings(c, s, body, lex));
  return { s, tokens, mentions, actors, attribution, times: contentTimes, speechTimes, clauses, checkable };
}

/**
 * "She met the mayor for 30 minutes and is expected to meet the president in Warsaw on Thursday": two
 * meeting verbs joined by a coordinator are two meetings, each with its own place, date and length. The
 * clause is cut at the coordinator, and the second part remembers where the shared subject stands.
 */
function splitCoordinatedMeetings(c: Hit, s: Sentence, body: string, lex: CompiledLexicon): Hit[] {
  // A call is a verb of talking too: "spoke by phone with X on Monday and met him in Vilnius on Thursday".
  const verbs = [...hits(lex.re.meeting, s).filter((h) => !lex.re.meetingNoun.test(h.text)), ...lex.calls.flatMap((re) => hits(re, s))]
    .filter((h) => h.start >= c.start && h.end <= c.end)
    .sort((a, b) => a.start - b.start);
  if (verbs.length < 2) return [c];
  const words = lex.lex.conjunctions.filter((w) => /^\p{L}+$/u.test(w));
  if (!words.length) return [c];
  const coordinator = new RegExp(`\\s(?:${words.join("|")})\\s`, "giu");
  const out: Hit[] = [];
  let current: Hit = { ...c };
  let first = verbs[0]!;
  for (const v of verbs.slice(1)) {
    const gap = body.slice(first.end, v.start);
    let cut = -1;
    for (const m of gap.matchAll(coordinator)) cut = first.end + m.index;
    if (cut < 0) continue;
    out.push({ ...current, end: cut });
    current = { start: cut, end: c.end, text: "", subject: { start: current.subject?.start ?? current.start, end: first.start } };
    first = v;
  }
  out.push(current);
  return out;
}

/** Splits a sentence at subordinators, so "talks were fruitful ... as officials met in Brussels" keeps its places apart. */
function splitClauses(s: Sentence, lex: CompiledLexicon): Hit[] {
  const out: Hit[] = [];
  let from = s.start;
  for (const h of hits(lex.re.clauseBreak, s)) {
    if (h.start > from) out.push({ start: from, end: h.start, text: "" });
    from = h.start;
  }
  out.push({ start: from, end: s.end, text: "" });
  return out;
}

/**
 * Detects a person the registry does not know: two capitalised name words after a title, before
 * a speech verb, or right next to a meeting word as its subject or object ("Johann Wadephul met
 * Antonio Tajani", "spotkał się z Johannem Wadephulem"), unless a word of them belongs to an
 * institution's name ("European Commission").
 */
function addUnregisteredPeople(
  tokens: Token[],
  body: string,
  mentions: Mention[],
  lex: CompiledLexicon,
  memory: DocMemory,
  registry: EntityRegistry,
  meetings: readonly Hit[],
): void {
  const taken = new Set<number>();
  for (const m of mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken.add(k);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (taken.has(i) || taken.has(i + 1)) continue;
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (!a.cap || !b.cap || !isNameWord(a.text, lex) || !isNameWord(b.text, lex)) continue;
    // Names are two words: "Rady Bezpieczeństwa Narodowego" is an institution.
    // "premier Łotwy X Y", "minister spraw zagranicznych Węgier X Y": a place after a title is the title's.
    const titledCountry = i > 0 && placeOfTitle(tokens, i - 1, body, mentions, lex, registry);
    if ((tokens[i + 2]?.cap && body.slice(b.end, tokens[i + 2]!.start).trim() === "") || (i > 0 && tokens[i - 1]!.cap && body.slice(tokens[i - 1]!.end, a.start).trim() === "" && !isTitle(tokens[i - 1]!.text, lex) && !titledCountry)) continue;
    if (registry.lookup(a.text) || registry.lookup(b.text)) continue;
    // Institutions ("Electoral Commission"), regnal numbers ("Louis XIV") and places ("Air India") are not people.
    if (lex.nonPersonWord.test(a.text) || lex.nonPersonWord.test(b.text) || /^[IVXLC]+$/.test(b.text)) continue;
    const prev = tokens[i - 1];
    // After a title's complement ("minister sprawiedliwości"), where an institution's name may stand, only a known given name opens a person.
    const afterTitle = prev !== undefined && (isTitle(prev.text, lex) || titledCountry || (titleWithComplement(tokens, i, lex) && registry.isGivenName(a.text)));
    if (!afterTitle && (registry.geoPlace(a.text, false, BIG_TOWN, true) || registry.geoPlace(b.text, false, BIG_TOWN, true))) continue;
    const next = tokens[i + 2];
    const beforeSpeech = next !== undefined && lex.re.speechWord.test(next.text);
    // Without a title, the first word must be a known given name: "Red Electrica said" names a company.
    if (!afterTitle && (!registry.isGivenName(a.text) || (!beforeSpeech && !afterClosingSpeech(tokens, i, body, lex) && !meetingParty(a, b, body, meetings, lex)))) continue;
    const key = stemKeyOf(b.text);
    const id = memory.people.get(key) ?? `person-${surnameKey(b.text).replace(/[^a-z0-9]+/g, "-")}`;
    memory.people.set(key, id);
    if (!memory.names?.has(id)) (memory.names ??= new Map()).set(id, `${a.text} ${b.text}`);
    mentions.push({
      entity: id, type: "person", start: a.start, end: b.end, text: `${a.text} ${b.text}`, given: a.text, givenStart: a.start,
      possessive: false, registered: false, tokenStart: i, tokenEnd: i + 2,
    });
    taken.add(i).add(i + 1);
    i++;
  }
}

/** Polish verb forms (past tense, infinitive) that end a title's complement: "minister spotkał …" has none. */
const VERB_ENDING = /(?:ł|ła|ło|li|ły|ć|ed)$/u;

/**
 * A title and its complement of one or two lower-case words before the name: "minister
 * sprawiedliwości X Y", "minister spraw zagranicznych X" (never a verb: "minister
 * spotkał X Y" is no title of X).
 */
function titleWithComplement(tokens: Token[], i: number, lex: CompiledLexicon): boolean {
  for (let n = 1; n <= 2; n++) {
    const title = tokens[i - n - 1];
    if (!title) return false;
    const complement = tokens.slice(i - n, i);
    const ok = complement.every((t) => !t.cap && t.text.length >= 4 && /^\p{Ll}+$/u.test(t.text) && !lex.names.stopwords.has(fold(t.text)) && !VERB_ENDING.test(t.text) && !isTitle(t.text, lex));
    if (!ok) return false;
    if (isTitle(title.text, lex)) return true;
  }
  return false;
}

/**
 * A place's name (in any case form) standing right after a title or a title with its complement,
 * as Polish writes whose office it is: "premier Łotwy", "kanclerz Austrii", "minister spraw
 * zagranicznych Węgier", "prezydent Gdyni". Only a single word counts, so in "premier Czech X Y"
 * the name is X Y, while "minister X Y" stays as it was.
 */
function placeOfTitle(tokens: Token[], k: number, body: string, mentions: readonly Mention[], lex: CompiledLexicon, registry: EntityRegistry): boolean {
  const t = tokens[k];
  const title = tokens[k - 1];
  if (!t?.cap || !title || body.slice(title.end, t.start) !== " " || body.slice(t.end, tokens[k + 1]?.start ?? t.end) !== " ") return false;
  if (!isTitle(title.text, lex) && !titleWithComplement(tokens, k, lex)) return false;
  if (mentions.some((m) => m.type === "place" && m.tokenStart === k && m.tokenEnd === k + 1)) return true;
  // An office's acronym: "szefowa MSZ X Y", "rzecznik MON X Y".
  if (/^\p{Lu}{2,6}$/u.test(t.text)) return true;
  return registry.geoPlace(t.text, lex.lex.lang === "pl", PREPOSITION_TOWN) !== undefined;
}

/** A name right after a speech verb that closes a quote or a clause: "'…,' said X Y", "– podkreślił X Y". */
function afterClosingSpeech(tokens: Token[], i: number, body: string, lex: CompiledLexicon): boolean {
  const verb = tokens[i - 1];
  if (!verb || !lex.re.speechWord.test(verb.text) || body.slice(verb.end, tokens[i]!.start) !== " ") return false;
  const before = tokens[i - 2];
  const gap = body.slice(before ? before.end : Math.max(0, verb.start - 4), verb.start);
  return /[,–—"”'’»]\s*$/u.test(gap);
}

/** Two name words that are the subject or the object of a meeting word next to them, and no institution. */
function meetingParty(a: Token, b: Token, body: string, meetings: readonly Hit[], lex: CompiledLexicon): boolean {
  if (lex.nonPersonWord.test(a.text) || lex.nonPersonWord.test(b.text)) return false;
  return meetings.some((h) => {
    // A noun takes names before it as modifiers ("Black Sea talks"), after it only through a preposition ("talks with").
    const m = lex.re.meetingNoun.exec(h.text);
    const noun = m !== null && m.index === 0 && m[0].length === h.text.length;
    if (h.start >= b.end) {
      const gap = body.slice(b.end, h.start);
      return !noun && (/^\s+$/u.test(gap) || lex.coordinatedName.test(gap));
    }
    if (h.end <= a.start) {
      const gap = body.slice(h.end, a.start);
      return (lex.meetingObjectGap.test(gap) && (!noun || /\p{L}/u.test(gap))) || describedObject(gap, lex) || (!noun && laterObject(gap, lex));
    }
    return false;
  });
}

/**
 * A meeting's object described before its name: "met Belarusian opposition figure X", "spotkał się z
 * białoruską opozycjonistką X": the object gap, an optional capitalised demonym and one or two
 * lower-case words none of which is a function word ("met with reporters after X" describes no X).
 */
/**
 * A meeting verb's object later in its clause, after a place or a day: "spotkał się w zeszłym tygodniu
 * w Mińsku z białoruską opozycjonistką X", "met on Tuesday in Vilnius with X" (no punctuation between).
 */
function laterObject(gap: string, lex: CompiledLexicon): boolean {
  if (gap.length > 80 || /[,.;:!?()"“”„–—]/u.test(gap)) return false;
  const m = lex.laterObject.exec(gap);
  if (!m) return false;
  const words = (m[1] ?? "").trim().split(/\s+/u).filter(Boolean);
  return words.every((w) => w.length >= 3 && !lex.names.stopwords.has(fold(w)) && !lex.re.meeting.test(w));
}

function describedObject(gap: string, lex: CompiledLexicon): boolean {
  const m = lex.describedGap.exec(gap);
  if (!m) return false;
  const words = (m[1] ?? "").trim().split(/\s+/u);
  return words.every((w) => w.length >= 3 && !lex.names.stopwords.has(fold(w)) && !lex.re.meeting.test(w));
}

/** Towns this large need no preposition before them to be taken for places ("Mumbai said ..."). */
const BIG_TOWN = 1_000_000;
/** After "in", "to", "w", "do" a town of the gazetteer counts from this size. */
const PREPOSITION_TOWN = 1_000;

/**
 * Places the registry does not know. The gazetteer (countries, and GeoNames towns with their
 * Polish case forms: "w Sopocie" is Sopot) gives a town right after "in", "to", "w", "do", and
 * without one a country or a capital or a town of a million, unless its name is also a given
 * name ("Chad", "Jordan", "Georgia"). Any other capitalised word right after such a preposition is
 * still taken for a place ("was in Tirana", "w Tiranie"): its key folds inflection, so the two meet.
 */
function addUnregisteredPlaces(tokens: Token[], body: string, mentions: Mention[], lex: CompiledLexicon, registry: EntityRegistry): void {
  const taken = new Set<number>();
  for (const m of mentions) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken.add(k);
  const polish = lex.lex.lang === "pl";
  const add = (entity: string, i: number, n: number) => {
    const start = tokens[i]!.start;
    const end = tokens[i + n - 1]!.end;
    mentions.push({ entity, type: "place", start, end, text: body.slice(start, end), possessive: /^['’]s?\b/u.test(body.slice(end, end + 3)), registered: false, tokenStart: i, tokenEnd: i + n });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken.has(i) || !t.cap || !isNameWord(t.text, lex)) continue;
    const prev = tokens[i - 1];
    const afterPreposition = prev !== undefined && lex.re.placePreposition.test(prev.text) && body.slice(prev.end, t.start) === " ";
    // "w pobliżu <miasta>", "near <town>": a town of the gazetteer after a word of nearness; any
    // other name there may be a person ("obok <nazwiska>"), so it is no open place.
    const afterNear = !afterPreposition && prev !== undefined && lex.re.nearPlace.test(prev.text) && body.slice(prev.end, t.start) === " ";
    // The object of a verb of visiting is a place ("visited Szczecin", "odwiedzi w poniedziałek Gdynię"), when the gazetteer knows it.
    const afterVisit = !afterPreposition && visitObject(tokens, i, body, lex);
    const next = tokens[i + 1];
    // Two capitalised words in a row are more often an organisation or a person than a town, unless the gazetteer has them.
    if (next?.cap && body.slice(t.end, next.start) === " ") {
      if (afterPreposition && !taken.has(i + 1) && isNameWord(next.text, lex) && !(tokens[i + 2]?.cap && body.slice(next.end, tokens[i + 2]!.start) === " ")) {
        const geo = registry.geoPlace(`${t.text} ${next.text}`, polish, PREPOSITION_TOWN);
        if (geo) add(geo.id, i, 2);
      }
      i++;
      continue;
    }
    const geo = registry.geoPlace(t.text, polish, PREPOSITION_TOWN, !afterPreposition && !afterNear && !afterVisit);
    // Without a preposition only a word in title case: "WARSAW, April 14 –" is a dateline, not a place of the story.
    if (geo && (afterPreposition || afterVisit || (afterNear && !registry.isGivenName(t.text)) || (/^\p{Lu}\p{Ll}/u.test(t.text) && !registry.isGivenName(t.text)))) {
      if (afterPreposition || afterNear || afterVisit || geo.place.kind === "country" || geo.place.capital || geo.place.population >= BIG_TOWN) {
        add(geo.id, i, 1);
        continue;
      }
    }
    if (!afterPreposition) continue;
    // A name in -ia keeps an "i" the Polish -ii form loses to its ending ("<Name>ia", "w <Name>ii"): drop it on both.
    const key = stemKeyOf(t.text).replace(/[^a-z0-9]+/g, "-").replace(/(?<=[a-z]{4})i$/, "");
    if (key.length < 3) continue;
    add(`place-${key}`, i, 1);
  }
}

/** Whether token `i` follows a verb of visiting, with at most two lower-case words between them ("odwiedzi w poniedziałek"). */
function visitObject(tokens: Token[], i: number, body: string, lex: CompiledLexicon): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k]!;
    if (!/^\s+$/u.test(body.slice(t.end, tokens[k + 1]!.start))) return false;
    if (matches(lex.re.visit, t.text)) return true;
    if (t.cap) return false;
  }
  return false;
}

function isNameWord(word: string, lex: CompiledLexicon): boolean {
  const f = fold(word);
  return word.length > 1 && !lex.names.stopwords.has(f) && !isTitle(word, lex) && !/\d/.test(word);
}

/**
 * A title word, allowing inflected forms ("prezydentem" for "prezydent"). English inflects a title
 * only for the plural: a surname that opens with "Pope" or "General" is a name, not a title inflected.
 */
export function isTitle(word: string, lex: CompiledLexicon): boolean {
  const f = fold(word);
  if (lex.names.titles.has(f)) return true;
  const english = lex.lex.lang === "en";
  for (const title of lex.names.titles) {
    if (title.length < 4 || !f.startsWith(title) || f.length - title.length > 4) continue;
    if (!english || /^(?:s|es)?$/u.test(f.slice(title.length))) return true;
  }
  return false;
}

/**
 * People who only qualify another noun rather than act: a possessive ("Smith’s son-in-law"), a
 * relational noun linked to them ("envoys FOR Koval", "zięć PREZYDENTA Smitha"), a relational
 * noun after them ("the Smith administration"), and names coordinated with such a modifier
 * ("envoys for Smith and Koval"). A relational noun directly before a name is an apposition:
 * "envoy Steve Nowak" is the envoy.
 */
function modifierSet(mentions: Mention[], tokens: Token[], body: string, lex: CompiledLexicon): Set<Mention> {
  const placeTokens = new Set<number>();
  for (const m of mentions) if (m.type !== "person") for (let k = m.tokenStart; k < m.tokenEnd; k++) placeTokens.add(k);
  const out = new Set<Mention>();
  let previous: Mention | undefined;
  for (const m of mentions) {
    if (m.type !== "person") continue;
    if (isModifier(m, tokens, body, lex, placeTokens) || (previous && out.has(previous) && coordinated(previous, m, tokens, lex))) out.add(m);
    previous = m;
  }
  return out;
}

function coordinated(a: Mention, b: Mention, tokens: Token[], lex: CompiledLexicon): boolean {
  const between = tokens.slice(a.tokenEnd, b.tokenStart).map((t) => fold(t.text));
  return between.length > 0 && between.length <= 4 && between.some((w) => lex.conjunctions.has(w)) && between.every((w) => lex.conjunctions.has(w) || lex.names.titles.has(w) || isTitleWord(w, lex));
}

function isTitleWord(folded: string, lex: CompiledLexicon): boolean {
  for (const title of lex.names.titles) if (title.length >= 4 && folded.startsWith(title) && folded.length - title.length <= 4) return true;
  return lex.names.titles.has(folded);
}

function isModifier(m: Mention, tokens: Token[], body: string, lex: CompiledLexicon, placeTokens: Set<number>): boolean {
  const after = tokens[m.tokenEnd];
  if (after && lex.relational.has(fold(after.text)) && body.slice(m.end, after.start).trim() === "") return true;
  let linked = false;
  let genitive = false;
  for (let k = m.tokenStart - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
    const word = fold(tokens[k]!.text);
    if (lex.relationalLinks.has(word)) {
      linked = true;
      continue;
    }
    // A title in the genitive ("zięć prezydenta X") passes the link on to the noun before it; alone after a verb
    // it is the verb's object ("przyjął w poniedziałek premiera Estonii X"), and X acts.
    if (lex.genitiveTitles.has(word)) {
      if (genitive || !relationalBefore(tokens, k, lex)) break;
      genitive = true;
      continue;
    }
    if (lex.relational.has(word)) return linked || genitive;
    if (placeTokens.has(k) || isTitle(tokens[k]!.text, lex) || /^(?:the|a|an)$/.test(word)) continue;
    break;
  }
  return false;
}

/** Whether the word right before token `k` is a relational noun that a genitive title can depend on ("zięć", "doradca"). */
function relationalBefore(tokens: Token[], k: number, lex: CompiledLexicon): boolean {
  const before = tokens[k - 1];
  return before !== undefined && lex.relational.has(fold(before.text)) && !lex.genitiveTitles.has(fold(before.text));
}

/** Finds the source of a sentence: "the agency reported", "according to PAP", "jak przekazał X", "X: ...". */
function findAttribution(
  s: Sentence,
  body: string,
  mentions: Mention[],
  lex: CompiledLexicon,
  registry: EntityRegistry,
  memory: DocMemory,
): Attribution | undefined {
  const sourceOf = (m: Mention): Attribution => {
    const def = registry.get(m.entity);
    const attribution: Attribution = { source: def?.name ?? m.text, start: m.start, end: m.end };
    if (m.type === "person") attribution.speaker = m.entity;
    return attribution;
  };
  // "Nowak: Musimy ..." / "PAP: ..."
  const lead = /^([^:\n]{2,40}):\s/.exec(s.text);
  if (lead) {
    const m = mentions.find((x) => x.start >= s.start && x.end <= s.start + lead[1]!.length && x.type !== "place");
    if (m) return { ...sourceOf(m), start: s.start, end: s.start + lead[0].length };
  }
  // "according to PAP", "według agencji PAP", "jak przekazał Rusłan Pietrow"
  for (const h of hits(lex.re.sourceBefore, s)) {
    // "według agencji PAP" names a source; "według ostatecznych danych Odnowa ..." does not.
    const m = mentions.find((x) => x.start >= h.end && /^\s*(?:\p{L}+\s+)?$/u.test(body.slice(h.end, x.start)) && x.type !== "place");
    if (m) return { ...sourceOf(m), start: h.start, end: extendToComma(s, m.end) };
    const unnamed = withoutContent(firstHitAfter(lex.re.unnamedSource, s, h.end, 25), s, lex);
    if (unnamed) return { source: unnamed.text, start: h.start, end: extendToComma(s, unnamed.end) };
  }
  const speech = hits(lex.re.speech, s)[0];
  if (!speech) return undefined;
  // A place right before the verb speaks for its institution ("the Palace confirmed", "Warsaw said").
  const subject = [...mentions]
    .reverse()
    .find((x) => x.end <= speech.start && speech.start - x.end <= 60 && !x.possessive && (x.type !== "place" || /^\s+$/.test(body.slice(x.end, speech.start))));
  // The subject is the nearest name before the verb unless a content clause ("that", "że") sits between them.
  let attribution: Attribution | undefined;
  const agency = lastHitBefore(lex.re.anaphoricAgency, s, speech.start);
  const unnamed = lastHitBefore(lex.re.unnamedSource, s, speech.start);
  const role = lastHitBefore(lex.re.roleAnaphora, s, speech.start);
  const pronoun = lastHitBefore(lex.re.pronouns, s, speech.start);
  const candidates: Array<{ at: number; make: () => Attribution | undefined }> = [];
  if (subject) candidates.push({ at: subject.end, make: () => sourceOf(subject) });
  if (agency && memory.lastAgency) {
    const id = memory.lastAgency;
    candidates.push({ at: agency.end, make: () => ({ source: registry.get(id)?.name ?? id, start: agency.start, end: agency.end }) });
  }
  if (unnamed) candidates.push({ at: unnamed.end, make: () => ({ source: unnamed.text, start: unnamed.start, end: unnamed.end }) });
  if (role) {
    const id = memory.lastByRole.get(fold(role.text.replace(/^the\s+/i, "")));
    if (id) candidates.push({ at: role.end, make: () => ({ source: registry.get(id)?.name ?? memory.names?.get(id) ?? id, speaker: id, start: role.start, end: role.end }) });
  }
  if (pronoun && memory.lastPerson && pronoun.start - s.start < 4) {
    const id = memory.lastPerson;
    candidates.push({ at: pronoun.end, make: () => ({ source: registry.get(id)?.name ?? memory.names?.get(id) ?? id, speaker: id, start: pronoun.start, end: pronoun.end }) });
  }
  candidates.sort((a, b) => b.at - a.at);
  // A name is not the speaker when a clause or a new subject ("…, the government said", "…, his office said") stands between them.
  const nearest = candidates.find((c) => {
    const between = s.text.slice(c.at - s.start, speech.start - s.start);
    // The agency of a dateline ("CITY, Nov 5 (Agency) - …, officials said") is no subject of the story's verbs.
    return speech.start - c.at <= 60 && !/\b(?:that|że)\b/iu.test(between) && !/,\s+(?:the|a|an|his|her|their|its)\s/iu.test(between) && !/^\)?\s*[–—-]\s/u.test(between);
  });
  // Verb-subject order: "– powiedział Nowak", "said Orlov", "…, poinformował rzecznik resortu".
  // After a quote or clause ("… – poinformował w czwartek pełnomocnik mec. Piotr Nowacki"), the source may come a few words later.
  const afterQuote = /(?:[–—,"”]|\s-)\s*$/u.test(body.slice(Math.max(s.start, speech.start - 3), speech.start));
  const sourceAfterVerb = (): Attribution | undefined => {
    const after = mentions.find(
      (x) => x.start >= speech.end && x.type !== "place" && (/^\s*(?:się\s+|by\s+)?$/u.test(body.slice(speech.end, x.start)) || (afterQuote && x.start - speech.end <= 60 && !/[,.;:]/.test(body.slice(speech.end, x.start).replace(/\b\p{L}{1,4}\./gu, "")))),
    );
    if (after) return { ...sourceOf(after), start: speech.start, end: after.end };
    // "– poinformowały w poniedziałek władze miasta", "– poinformowała w środę jego kancelaria": after a dash or a
    // quote, an unnamed source a few words on (the day of the report may stand between the verb and its source).
    const unnamedAfter = withoutContent(firstHitAfter(lex.re.unnamedSource, s, speech.end, afterQuote ? 40 : 3), s, lex);
    if (!unnamedAfter || !(afterQuote ? /^[^,.;:]*$/u : /^\s*$/u).test(body.slice(speech.end, unnamedAfter.start))) return undefined;
    return { source: unnamedAfter.text, start: speech.start, end: unnamedAfter.end };
  };
  // After a dash or a closing quote the source follows the verb, and a name before it belongs to
  // the content ("…do Brukseli na szczyt UE – poinformował rzecznik rządu"). A comma is no such
  // sign: "Zelensky, who was in Tirana, said…" names its speaker first.
  // "…a question about the president, reports Axios.": a verb after a comma with a name right after it
  // that closes the sentence is also verb-subject order.
  const named = mentions.find((x) => x.start >= speech.end && x.type !== "place" && /^\s+$/u.test(body.slice(speech.end, x.start)));
  const closingSource = named !== undefined && /,\s*$/u.test(body.slice(Math.max(s.start, speech.start - 3), speech.start)) && /^\s*(?:[.!?…"”)]*\s*$|,)/u.test(body.slice(named.end, s.end));
  // A hyphen between spaces stands for a dash in plain-text wire copy ("… na miasto - poinformowały władze").
  const afterDash = closingSource || /(?:[–—"”]|\s-)\s*$/u.test(body.slice(Math.max(s.start, speech.start - 3), speech.start));
  // "… z opozycjonistką X – podało niezależne radio": the words after the verb are the source; X is content.
  const trailing = (): Attribution | undefined => {
    // The speech word may match the start of a longer form ("podało"): the source begins after the whole word.
    const verbEnd = speech.end + (/^\p{L}*/u.exec(body.slice(speech.end, s.end))?.[0].length ?? 0);
    const rest = body.slice(verbEnd, s.end).replace(/[.!?…"”»]+\s*$/u, "").trim();
    const words = rest.split(/\s+/u).filter(Boolean);
    if (!words.length || words.length > 5 || /[,;:]/u.test(rest)) return undefined;
    return { source: rest, start: speech.start, end: verbEnd + body.slice(verbEnd, s.end).indexOf(rest) + rest.length };
  };
  attribution = (afterDash ? sourceAfterVerb() ?? trailing() : undefined) ?? nearest?.make() ?? sourceAfterVerb();
  if (!attribution) return undefined;
  // The attribution covers the source up to the speech verb (and "that"/"że" right after it).
  const start = Math.min(attribution.start, speech.start);
  let end = Math.max(attribution.end, speech.end);
  const between = body.slice(attribution.end, speech.start);
  const relative = /^\s*,\s*(?:who|which|który|która|którzy)\b[^]*,\s*$/iu.exec(between);
  if (relative && attribution.end < speech.start) attribution.hole = [attribution.end, speech.start];
  const comp = firstHitAfter(lex.re.complementizer, s, end, 40);
  // "said after talks that lasted 40 minutes": a "that" right after a meeting word opens a relative clause about it, not the content.
  const relativeToMeeting = comp !== undefined && hits(lex.re.meeting, s).some((h) => h.start >= end && /^\s+$/u.test(body.slice(h.end, comp.start)));
  if (comp && !relativeToMeeting) end = comp.end;
  // "X quoted Y as saying": the speaker is Y.
  const quoted = /\bquoted\s+$/i.test(s.text.slice(0, speech.end - s.start)) || speech.text.toLowerCase() === "quoted";
  if (quoted) {
    const speaker = mentions.find((x) => x.start >= speech.end && x.type === "person");
    if (speaker) {
      attribution.speaker = speaker.entity;
      end = Math.max(end, speaker.end);
    }
  }
  return { ...attribution, start, end };
}

function extendToComma(s: Sentence, from: number): number {
  const rest = s.text.slice(from - s.start);
  const comma = /^[^,.;]{0,40}[,]/u.exec(rest);
  return comma ? from + comma[0].length : from;
}

/**
 * An unnamed source cut before the first word a claim is built from: the words a source pattern
 * takes after "rzecznik" ("rzecznik resortu", "rzecznik MSZ") may run into the content when no
 * comma follows ("Według rzecznika resortu rozmowy trwały godzinę").
 */
function withoutContent(source: Hit | undefined, s: Sentence, lex: CompiledLexicon): Hit | undefined {
  if (!source) return undefined;
  let end = source.end;
  for (const re of lex.checkable) for (const h of hits(re, s)) if (h.start > source.start && h.start < end) end = h.start;
  if (end === source.end) return source;
  const text = s.text.slice(source.start - s.start, end - s.start).trimEnd();
  return { start: source.start, end: source.start + text.length, text };
}


function firstHitAfter(re: RegExp, s: Sentence, from: number, within: number): Hit | undefined {
  return hits(re, s).find((h) => h.start >= from && h.start - from <= within);
}

function lastHitBefore(re: RegExp, s: Sentence, before: number): Hit | undefined {
  let found: Hit | undefined;
  for (const h of hits(re, s)) if (h.end <= before) found = h;
  return found;
}

/** "WARSAW, April 14 –": the place the dispatch was filed from, not where things happened. */
function isDatelinePlace(m: Mention, s: Sentence, body: string): boolean {
  if (m.type !== "place") return false;
  if (m.start === s.start && m.text === m.text.toUpperCase() && /^,/.test(body.slice(m.end, m.end + 1))) return true;
  // The country after a dateline's town ("CITY, Country (Agency) —", "CITY, Country, April 7 (Agency) -") is the dispatch's too.
  return /^[\p{Lu} .'-]{2,},\s*$/u.test(body.slice(s.start, m.start)) && /^\s*(?:,\s*[\p{L}\d .]{1,20})?\s*\([^)]{1,40}\)\s*[–—-]/u.test(body.slice(m.end, m.end + 70));
}

/** "CITY, March 10 (Agency) –", "CITY, Country, April 7 (Agency) -": the date of the dispatch, not of the event. */
function isDateline(t: TimeExpression, s: Sentence, body: string): boolean {
  if (t.span[0] - s.start > 60) return false;
  return /^[\p{Lu} .'-]{2,}(?:,\s*\p{Lu}[\p{L} .'-]{1,30})?,?\s*$/u.test(body.slice(s.start, t.span[0])) && /^\s*(?:\([^)]{1,40}\))?\s*[–—-]/u.test(body.slice(t.span[1], t.span[1] + 50));
}

/** "said on Tuesday", "Petrov on Wednesday said": the date of the speech act, not of the event. */
function isSpeechTime(t: TimeExpression, attribution: Attribution, body: string): boolean {
  if (t.type === "DURATION" || t.type === "SET") return false;
  if (attribution.hole && t.span[0] >= attribution.hole[0] && t.span[1] <= attribution.hole[1]) return false;
  if (t.span[0] >= attribution.start && t.span[1] <= attribution.end) return true;
  const gap = body.slice(attribution.end, t.span[0]);
  return t.span[0] >= attribution.end && /^\s*(?:on|at|in|w|we)?\s*$/iu.test(gap) && /\b(?:said|says|told|reported|stated|announced|added|powiedział\p{L}*|przekazał\p{L}*|poinformował\p{L}*)\s*$/iu.test(body.slice(attribution.start, attribution.end));
}
