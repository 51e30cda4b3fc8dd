/**
 * Quantities: a number (digits or words, with its hedge) followed by what it counts ("at least 12
 * people were killed", "zginęło 19 osób", "34.2% of the vote", "$800bn"), or a toll phrase before
 * it ("the death toll rose to 19"). Numbers inside time expressions (years, dates, durations) are
 * not quantities. The hedge table in ../normalize/hedges.ts turns hedges into intervals.
 *
 * A count says what it counts (the lexicon's `counted` and `countedBefore`, an open vocabulary:
 * killed, injured, aboard, items, perpetrators, prisoners, power, age, margin of error ...), of
 * whom (a share belongs to the candidate or party named in its clause) and which part of the whole
 * it is: a number after "including"/"w tym" is a subgroup of the count before it, "three of the
 * robbers" is a part, "two Italians" among the injured are nationals. Subgroups carry a `group` so
 * they are never compared with the whole.
 */
import type { Article, QuantityValue, TimeValue } from "../types.js";
import type { TimeExpression } from "../normalize/time/types.js";
import { NUMBER_WORD_PATTERN, parseNumberPhrase, vagueQuantity } from "../normalize/numbers.js";
import { findHedgeBefore, findHedgeAfter, hedgeInterval } from "../normalize/hedges.js";
import type { Draft } from "./index.js";
import { hits, lowered, type CompiledLexicon, type SentenceInfo } from "./sentence.js";
import { timeValue } from "./time-value.js";
import { fold, stemKey } from "../text/fold.js";
import type { EntityRegistry } from "../normalize/entities.js";
import type { ExtractionLexicon } from "../lang/index.js";

/** The innermost place named in the sentence (Sanok rather than Poland). */
function mostSpecificPlace(info: SentenceInfo, registry: EntityRegistry, body: string, citizenOf: RegExp): string | undefined {
  // "w tym obywatel <kraju>", "a citizen of <country>": a nationality, not where it happened.
  const places = info.mentions
    .filter((m) => m.type === "place" && !citizenOf.test(body.slice(Math.max(info.s.start, m.start - 40), m.start)))
    .map((m) => m.entity);
  return places.find((p) => places.every((q) => q === p || !registry.contains(p, q)));
}

const numberRes = new Map<string, RegExp>();

/**
 * Numbers in digits or words; matched case-sensitively on lower-cased text when it keeps offsets
 * (much faster than `i`). A unit may stick to the digits ("15GW").
 */
function numberRe(lang: string, onLowerCase: boolean): RegExp {
  const key = `${lang}:${onLowerCase}`;
  let re = numberRes.get(key);
  if (!re) {
    re = new RegExp(
      `(?<![\\p{L}\\p{N}.,])(?:\\d{1,3}(?:[ ,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?|${NUMBER_WORD_PATTERN(lang)})(?!\\p{N})(?!(?![gmkt]wh?(?![\\p{L}]))\\p{L})`,
      onLowerCase ? "gu" : "giu",
    );
    numberRes.set(key, re);
  }
  return re;
}

const MULTIPLIERS: Array<[RegExp, number]> = [
  [/^\s*(?:trillion|trn|bln)\b/iu, 1e12],
  [/^\s*(?:billion|bn|mld\.?|miliard\p{L}*)(?![\p{L}])/iu, 1e9],
  [/^\s*(?:million|mln\.?|milion\p{L}*|m)(?![\p{L}])/iu, 1e6],
  [/^\s*(?:thousand|tys\.?|tysi\p{L}*)(?![\p{L}])/iu, 1e3],
];

const CURRENCY_BEFORE: Array<[RegExp, string]> = [
  [/\$\s?$/u, "USD"],
  [/€\s?$/u, "EUR"],
  [/£\s?$/u, "GBP"],
];

const AS_OF = /(?:\bas of|\bas at|\bby|według stanu na|stan na|do godz\.?|do godziny)\s+(?:the\s+)?(?:(?:morning|evening|afternoon|night|end)\s+of\s+)?$/iu;
const COUNT_PROGRESS = /^\s*(?:of (?:the )?(?:ballots|votes|precincts|polling stations|protocols|districts|constituencies)\s+(?:counted|processed|tallied|reporting|in)\b|(?:przeliczonych|policzonych) (?:głosów|kart|protokołów)|głosów przeliczonych)/iu;
/** "po przeliczeniu 98 proc. protokołów", "with 98% counted": how far the count has gone, not a result. */
const COUNT_PROGRESS_BEFORE = /(?:(?<![\p{L}])po (?:przeliczeniu|zliczeniu|policzeniu|podliczeniu)|(?<![\p{L}])przeliczono|(?<![\p{L}])policzono)\s+$/iu;
const COUNTED_AFTER = /^\s*(?:counted|tallied|processed|reporting)\b/iu;
/** "Turnout in Sunday's presidential runoff reached", "do urn poszło". */
const TURNOUT_BEFORE = /(?:turnout|frekwencj\p{L}*)[^.;]{0,70}$|(?<![\p{L}])do urn (?:poszł|przyszł)\p{L}*\s+$/iu;
/** Another share between the turnout word and a figure: in "turnout was 60%, and X won 52%" the 52% is X's. */
const SHARE_BETWEEN = /\d\s?(?:%|proc|per ?cent)/iu;
/** "231 votes to 198", "231-198": the count of a division, for and against. */
const TALLY_AFTER = /^\s*(?:votes?\s+)?(?:to|against|-|–)\s*\d/iu;
const TURNOUT_AFTER = /^\s*(?:turnout\b|(?:of )?(?:eligible|registered) voters\b|uprawnionych(?![\p{L}]))/iu;
/** Categories that are results of one round of an election. */
const ROUNDS = new Set(["percent", "votes", "turnout", "lead"]);
/** Categories of a share or result, which belong to a subject. */
const SHARES = new Set(["percent", "votes", "seats", "turnout"]);
/** Categories a poll or projection estimates (an item's value "estimated at $102 million" is an appraisal, and the people on board are counted, not polled). */
const ESTIMATED = new Set(["percent", "votes", "seats", "turnout", "lead", "killed", "injured", "missing", "displaced", "evacuated"]);
/** What joins the members of a list of subgroups ("45 passengers and three crew", "230 pasażerów, dziesięcioro …"). */
const LIST_JOINER = /,|(?<![\p{L}])(?:and|or|i|oraz|lub|a także)(?![\p{L}])/u;
/** Categories whose whole figures are rounded ones. */
const ROUNDED = new Set(["percent", "turnout", "lead", "margin", "power", "money", "magnitude"]);
/** Categories read from the noun of a subgroup ("230 passengers" of those on board). */
const MEMBER_GROUPS = new Set(["passengers", "crew", "children"]);

interface CountRes {
  subgroup: RegExp;
  partitive: RegExp;
  additional: RegExp;
  predicates: Array<{ category: string; re: RegExp }>;
  groups: Array<{ group: string; re: RegExp }>;
  nationals: RegExp;
  people: RegExp;
  exchange: RegExp;
  total: RegExp;
  margin: RegExp;
  lead: RegExp;
  composition: RegExp;
  uncertain: RegExp;
  polls: Array<{ poll: string; re: RegExp }>;
  rounds: Array<{ round: number; re: RegExp }>;
  official: RegExp;
  change: RegExp;
  prior: RegExp;
  priorBefore: RegExp;
  division: RegExp;
  voters: RegExp;
  options: Array<{ option: string; re: RegExp }>;
  comparedWith: RegExp;
  scopes: Array<{ group: string; re: RegExp }>;
  downed: RegExp;
  then: RegExp;
  riseAfter: RegExp;
  citizenOf: RegExp;
  notMagnitude: RegExp;
  earlierPoll: RegExp;
  nonPerson: RegExp;
  partitiveBefore: RegExp;
  shareContext: RegExp;
  complementizer: RegExp;
  prisoners: RegExp;
  definite: RegExp;
  attributive: RegExp;
  age: RegExp;
}

const countRes = new WeakMap<ExtractionLexicon, CountRes>();

function countPatterns(lex: ExtractionLexicon): CountRes {
  let c = countRes.get(lex);
  if (c) return c;
  const k = lex.counts;
  const g = (source: string) => new RegExp(source, "giu");
  c = {
    subgroup: g(k.subgroup),
    partitive: new RegExp(k.partitive, "iu"),
    additional: new RegExp(k.additional, "iu"),
    predicates: k.predicates.map(([category, source]) => ({ category, re: new RegExp(source, "iu") })),
    groups: k.groups.map(([group, source]) => ({ group, re: new RegExp(source, "iu") })),
    nationals: new RegExp(`^\\s+(?:${k.nationals})(?![\\p{L}])`, "iu"),
    people: new RegExp(k.people, "iu"),
    exchange: new RegExp(k.exchange, "iu"),
    total: new RegExp(k.total, "iu"),
    margin: new RegExp(k.margin, "iu"),
    lead: new RegExp(k.lead, "iu"),
    composition: new RegExp(k.composition, "iu"),
    uncertain: new RegExp(k.uncertain, "iu"),
    polls: k.polls.map(([poll, source]) => ({ poll, re: g(source) })),
    rounds: k.rounds.map(([round, source]) => ({ round: Number(round), re: g(source) })),
    comparedWith: new RegExp(k.comparedWith, "iu"),
    official: new RegExp(k.official, "iu"),
    change: new RegExp(k.change, "iu"),
    prior: new RegExp(k.prior, "iu"),
    priorBefore: new RegExp(`(?:${k.prior})\\s+(?:(?:the|a|just|only)\\s+)?$`, "iu"),
    division: new RegExp(k.division, "iu"),
    voters: new RegExp(k.voters, "iu"),
    options: k.options.map(([option, source]) => ({ option, re: g(source) })),
    scopes: k.scopes.map(([group, source]) => ({ group, re: new RegExp(source, "iu") })),
    downed: new RegExp(k.downed, "iu"),
    then: new RegExp(k.then, "iu"),
    riseAfter: new RegExp(k.riseAfter ?? "(?!)", "iu"),
    notMagnitude: new RegExp(k.notMagnitude ?? "(?!)", "iu"),
    citizenOf: new RegExp(`(?<![\\p{L}])(?:${k.nationals})(?:\\s+(?:of|from))?\\s+$`, "iu"),
    earlierPoll: new RegExp(`(?:${k.earlierPoll})\\s+$`, "iu"),
    nonPerson: new RegExp(`^(?:${lex.nonPersonWords})$`, "iu"),
    // The words of "three of the robbers" before a number make it the whole the part is of ("one of the 242 on board").
    partitiveBefore: new RegExp(`(?<![\\p{L}])(?:${/\(\?:([^)]*)\)/u.exec(k.partitive)?.[1] ?? "(?!)"})\\s+(?:the\\s+)?$`, "iu"),
    shareContext: new RegExp(k.shareContext, "iu"),
    complementizer: new RegExp(lex.complementizer, "iu"),
    prisoners: new RegExp(lex.counted.prisoners ?? "(?!)", "iu"),
    definite: new RegExp(`(?:${k.definite})\\s+$`, "iu"),
    attributive: new RegExp(k.attributive, "iu"),
    age: new RegExp(`^(?:${lex.counted.age ?? "(?!)"})`, "iu"),
  };
  countRes.set(lex, c);
  return c;
}

/** The poll kind named last in `text` ("exit", "late"), if any. */
function lastPoll(text: string, res: CountRes): { poll: string; at: number } | undefined {
  let best: { poll: string; at: number } | undefined;
  for (const { poll, re } of res.polls) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // "the earlier exit poll had Trzaskowski ahead": a look back, not the poll of what follows.
      if (res.earlierPoll.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      if (!best || m.index > best.at) best = { poll, at: m.index };
    }
  }
  return best;
}

/**
 * Where an article said its figures come from a poll or projection, by paragraph: "according to an
 * exit poll" makes the next sentence's "turnout reached 72.8 percent" an estimate too, and of that poll.
 */
const estimateParagraph = new WeakMap<Article, { start: number; poll?: string; pending?: string }>();

/**
 * The as-of time a sentence opened with ("As of the evening of June 1, X was leading."), kept for
 * the figures of the next sentence of its paragraph ("The gap was minimal: 50.3% against 49.7%").
 */
const asOfCarry = new WeakMap<Article, { previous?: TimeValue; current?: TimeValue; previousDate?: TimeValue; currentDate?: TimeValue }>();

function statedAsOf(info: SentenceInfo, body: string): TimeExpression | undefined {
  return info.times.find((t) => (t.type === "TIME" || t.type === "DATE") && AS_OF.test(body.slice(Math.max(info.s.start, t.span[0] - 40), t.span[0])));
}

/** Tracks paragraphs that announced estimates or an as-of time; call once per sentence, before extracting. */
export function noteEstimates(info: SentenceInfo, lex: CompiledLexicon, body: string, article: Article, previousEnd: number): void {
  const newParagraph = /\n\s*\n/.test(body.slice(previousEnd, info.s.start));
  const carry = asOfCarry.get(article) ?? {};
  const own = statedAsOf(info, body);
  const date = [...info.times].reverse().find((t) => t.type === "DATE");
  asOfCarry.set(article, {
    previous: newParagraph || /\n/.test(body.slice(previousEnd, info.s.start)) ? undefined : carry.current,
    current: own ? timeValue(own) : undefined,
    // The last date of the sentence before, for a sentence that opens on "Wówczas" ("then").
    previousDate: newParagraph ? undefined : carry.currentDate,
    currentDate: date ? timeValue(date) : undefined,
  });
  let state = estimateParagraph.get(article);
  if (newParagraph) {
    estimateParagraph.delete(article);
    state = undefined;
  }
  // "Official results released on Monday gave the party 35.4%": a count, and no poll is carried past it.
  const res = countPatterns(lex.lex);
  if (res.official.test(info.s.text) && !hits(lex.re.estimate, info.s).length) {
    estimateParagraph.delete(article);
    return;
  }
  // The poll the previous sentences named is the one this sentence's figures default to.
  if (state?.pending) state.poll = state.pending;
  if (hits(lex.re.estimate, info.s).length) {
    const poll = lastPoll(info.s.text, res)?.poll;
    const next = { start: info.s.start, poll: state?.poll, pending: poll ?? state?.poll };
    estimateParagraph.set(article, next);
  }
}

/** What a number counts, and which part of the whole it is. */
interface Counted {
  counted: string;
  /** Where the words saying what is counted end (for hedges after them). */
  end: number;
  group?: string;
  unit?: string;
  /** The count is the whole ("all 260 people on board"). */
  total?: boolean;
}

/** Matches the lexicon's counted-after patterns at the start of `text`. */
function countedAfter(lex: CompiledLexicon, text: string): { category: string; length: number } | undefined {
  for (const c of lex.counted) {
    const hit = c.re.exec(text);
    if (hit && hit[0].trim().length > 0) return { category: c.category, length: hit[0].length };
  }
  return undefined;
}

/** What happens to a counted group later in its sentence ("… were killed", "… zginęło"). */
function predicate(res: CountRes, text: string): string | undefined {
  let best: { category: string; at: number } | undefined;
  for (const { category, re } of res.predicates) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.at)) best = { category, at: m.index };
  }
  return best?.category;
}

/** What the number at [start, end) counts, read from the words around it. */
function whatIsCounted(lex: CompiledLexicon, res: CountRes, body: string, s: { start: number; end: number }, start: number, end: number, hedgeStart: number): Counted | undefined {
  const before = body.slice(Math.max(s.start, start - 60), start);
  for (const [cur, code] of CURRENCY_BEFORE) if (cur.test(before)) return { counted: "money", end, unit: code };
  const after = body.slice(end, Math.min(s.end, end + 80));
  const rest = body.slice(end, s.end);
  const lead = body.slice(Math.max(s.start, hedgeStart - 100), hedgeStart);
  // A margin of error, a lead: what the figure is says the phrase before it, whatever unit follows.
  if (res.margin.test(lead)) {
    const unit = countedAfter(lex, after);
    return { counted: "margin", end: end + (unit && (unit.category === "percent" || unit.category === "margin") ? unit.length : 0), unit: "points" };
  }
  // "by 231 votes to 198" is a tally of a vote, not a winner's margin.
  if (res.lead.test(lead) && !TALLY_AFTER.test(after)) {
    const unit = countedAfter(lex, after);
    return { counted: "lead", end: end + (unit ? unit.length : 0), unit: leadUnit(unit?.category, after.slice(0, unit ? unit.length : 0)) };
  }
  // "three of the robbers", "241 of the 242 on board": a part of the group named next.
  const partitive = res.partitive.exec(after);
  if (partitive) {
    const object = after.slice(partitive[0].length);
    const num = /^\s+(?:the\s+)?(\d[\d, ]*|\p{L}+)/u.exec(object);
    let group = "part";
    let counted: string | undefined;
    if (num) {
      const ofWhole = countedAfter(lex, object.slice(num[0].length));
      // "won 29 of the 90 seats", "zdobył 29 z 90 mandatów": the party's seats out of the chamber's.
      if (ofWhole && (ofWhole.category === "seats" || ofWhole.category === "votes") && /^\d/u.test(num[1]!)) return { counted: ofWhole.category, end };
      if (ofWhole && parseNumberPhrase(num[1]!.trim(), lex.lex.lang) !== undefined) group = ofWhole.category;
      else counted = countedAfter(lex, object.replace(/^\s+(?:the\s+)?/u, ""))?.category;
    }
    counted ??= predicate(res, rest) ?? fromBefore(lex, res, body, s, start, hedgeStart);
    return counted ? { counted, end, group } : undefined;
  }
  // "two more thieves": an addition to an earlier count.
  const more = res.additional.exec(after);
  if (more) {
    const c = countedAfter(lex, after.slice(more[0].length));
    return c ? { counted: c.category, end: end + more[0].length + c.length, group: "part" } : undefined;
  }
  for (const { group, re } of res.groups) {
    const m = re.exec(after);
    if (!m) continue;
    const c = countedAfter(lex, after.slice(m[0].length)) ?? countedAfter(lex, after);
    // Unknown here, the counted thing may come from the count the group is part of ("260 osób, w tym 19 na ziemi").
    const counted = c?.category ?? fromBefore(lex, res, body, s, start, hedgeStart) ?? predicate(res, rest) ?? "";
    return { counted, end: end + m[0].length, group };
  }
  // "rannych zostało dwóch Włochów", "three British nationals": nationals among the counted.
  const word = /^\s+(\p{Lu}[\p{L}’'-]*)/u.exec(after);
  if (word && !countedAfter(lex, after)) {
    const afterWord = after.slice(word[0].length);
    const nationals = res.nationals.exec(afterWord);
    const tail = nationals ? afterWord.slice(nationals[0].length) : afterWord;
    const counted = countedAfter(lex, tail)?.category ?? fromBefore(lex, res, body, s, start, hedgeStart) ?? predicate(res, rest) ?? "";
    return { counted, end: end + word[0].length + (nationals ? nationals[0].length : 0), group: "nationals" };
  }
  const c = countedAfter(lex, after);
  if (c) {
    const found: Counted = { counted: c.category, end: end + c.length };
    // "Police detained three suspects": what happened to them says what the count is.
    if (c.category === "suspects" || c.category === "perpetrators") {
      const verb = fromBefore(lex, res, body, s, start, hedgeStart);
      // Those arrested are suspects anyway; attackers killed are a group of the dead.
      if (verb === "arrested") return { counted: verb, end: found.end };
      if (verb === "killed" || verb === "injured") return { counted: verb, end: found.end, group: c.category };
    }
    // "241 people onboard a flight … have been killed", "killing all 260 people on board": the dead among those on board.
    if (c.category === "aboard" && !res.partitiveBefore.test(body.slice(Math.max(s.start, hedgeStart - 16), hedgeStart))) {
      const verb = fromBefore(lex, res, body, s, start, hedgeStart) ?? predicate(res, body.slice(found.end, s.end));
      if (verb === "killed" || verb === "injured" || verb === "missing") return { counted: verb, end: found.end, group: "aboard", total: res.total.test(body.slice(s.start, hedgeStart)) };
    }
    // "242 passengers onboard", "242 passengers and crew on-board" are everyone on board.
    if (c.category === "passengers" && /^\s*(?:and crew\s+)?(?:on board|onboard|on-board|aboard|na pokładzie)/iu.test(body.slice(found.end, found.end + 24))) return { counted: "aboard", end: found.end };
    return found;
  }
  if (res.people.test(after)) {
    const m = res.people.exec(after)!;
    if (res.exchange.test(body.slice(s.start, s.end))) return { counted: "prisoners", end: end + m[0].length };
    const counted = fromBefore(lex, res, body, s, start, hedgeStart) ?? predicate(res, rest);
    return counted ? { counted, end: end + m[0].length } : undefined;
  }
  // "1000 za 1000", "1,000 for 1,000": an exchange of prisoners.
  if (/^\s+(?:za|na|for)\s+\d/iu.test(after) && res.prisoners.test(body.slice(s.start, s.end))) return { counted: "prisoners", end };
  const counted = fromBefore(lex, res, body, s, start, hedgeStart);
  return counted ? { counted, end } : undefined;
}

/**
 * The unit of a gap: votes, percentage points, or percent. "A lead of 3 points" and "przewaga 3 pkt
 * proc." are one measure; "a margin of 10%" may be relative to the loser's share, so it is kept apart.
 */
function leadUnit(category: string | undefined, words: string): string {
  if (category === "votes") return "votes";
  if (/%|per ?cent|proc/iu.test(words) && !/point|pkt|punkt/iu.test(words)) return "percent";
  return "points";
}

/** A verb or toll phrase before the number ("zginęło 19 osób", "killing at least 12"); "all", "łącznie" may stand between. */
function fromBefore(lex: CompiledLexicon, res: CountRes, body: string, s: { start: number }, start: number, hedgeStart: number): string | undefined {
  for (const from of hedgeStart < start ? [start, hedgeStart] : [start]) {
    let text = body.slice(Math.max(s.start, from - 120), from);
    const total = res.total.exec(text);
    if (total) text = text.slice(0, total.index);
    const direct = lex.countedBefore.find((c) => c.re.test(text));
    if (direct) return direct.category;
  }
  return undefined;
}

/** Quantities of one sentence. */
export function extractQuantities(info: SentenceInfo, lex: CompiledLexicon, body: string, article: Article, registry: EntityRegistry): Draft[] {
  const out: Draft[] = [];
  const s = info.s;
  // Without a digit, only a number in words can start a quantity.
  if (!/\d/.test(s.text) && !hits(lex.numberWords, s).length) return out;
  const res = countPatterns(lex.lex);
  const lower = lowered(s);
  const text = lower ?? s.text;
  const re = numberRe(lex.lex.lang, lower !== undefined);
  re.lastIndex = 0;
  // A bare number read as a clock hour ("wzrosła do 19") may still be a count; anything longer is a time.
  const timeSpans = [...info.times, ...info.speechTimes].filter((t) => !/^\d{1,2}$/.test(t.text)).map((t) => t.span);
  const estimate = hits(lex.re.estimate, info.s).length > 0;
  const paragraph = estimateParagraph.get(article);
  /** The last count of the sentence that was not a subgroup: what "including …" refers to. */
  let head: { counted: string; end: number; listing?: boolean } | undefined;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = s.start + m.index;
    let end = start + m[0].length;
    // "a 40-year-old" reads as forty years to the time normaliser; it is an age.
    // "wzrosła w poniedziałek do 13" reads as 13:00 to it; a toll verb right before the number says it is a count.
    if (
      timeSpans.some(([a, b]) => start < b && end > a) &&
      !res.age.test(body.slice(end, end + 12)) &&
      !(end - start <= 3 && lex.countedBefore.some((c) => c.re.test(body.slice(Math.max(s.start, start - 120), start))))
    )
      continue;
    const raw = s.text.slice(m.index, m.index + m[0].length);
    let value = parseValue(raw, lex.lex.lang);
    // "no one was killed": none, not one.
    const none = /^one$/iu.test(raw) && /(?:^|\s)no\s+$/iu.test(body.slice(Math.max(s.start, start - 4), start));
    if (none) value = 0;
    let range = value === undefined ? vagueQuantity(raw, lex.lex.lang) : undefined;
    if (value === undefined && !range) continue;
    let step = stepOf(raw);
    for (const [mult, factor] of MULTIPLIERS) {
      const after = mult.exec(body.slice(end, end + 16));
      if (after) {
        if (value !== undefined) value *= factor;
        if (range) range = [range[0] * factor, range[1] * factor];
        step *= factor;
        end += after[0].length;
        break;
      }
    }
    // "1000 za 1000": the second figure repeats the first.
    const pair = /^\s+(?:za|na|for)\s+(\d[\d, ]*\d|\d)/iu.exec(body.slice(end, s.end));
    let hedge = findHedgeBefore(body, start, lex.lex.lang) ?? undefined;
    let found = whatIsCounted(lex, res, body, s, start, end, hedge?.start ?? start);
    if (pair) re.lastIndex = end - s.start + pair[0].length;
    // A division: "231 lawmakers voting in favour", "Za głosowało 240 posłów", "with 12 abstentions", and the second figure of "231 votes to 198".
    const division = res.division.test(s.text);
    let option: string | undefined;
    if (division && found && !found.counted && found.group === "nationals" && res.voters.test(body.slice(end, s.end))) found = undefined; // "Twelve MPs abstained": no nationality
    if (division && (!found || found.counted === "votes")) {
      const voters = found ? undefined : res.voters.exec(body.slice(end, s.end));
      // "240 posłów" are votes only beside an option ("Za głosowało 240 posłów"); "będzie miało 157 posłów" are seats held.
      const votersOption = voters ? ballotOption(body, start, end + voters[0].length, s.start, s, res, true) : undefined;
      if (voters && votersOption && votersOption !== "invalid" && votersOption !== "cast") {
        found = { counted: "votes", end: end + voters[0].length };
        option = votersOption;
      }
      else if (!found && DIVISION_SECOND.test(body.slice(Math.max(s.start, start - 30), start))) {
        found = { counted: "votes", end };
        option = "no";
      } else if (found && TALLY_AFTER.test(body.slice(found.end, s.end))) option = "yes";
      // "przeciw było 198", "and 198 against", "a 12 wstrzymało się": a bare figure beside an option word.
      else if (!found) {
        option = ballotOption(body, start, end, s.start, s, res, true);
        if (option && option !== "invalid" && option !== "cast") found = { counted: "votes", end };
        else option = undefined;
      }
    }
    if (!found) continue;
    const clauseStart = info.clauses.find((c) => start >= c.start && start < c.end)?.start ?? s.start;
    const lead = body.slice(Math.max(s.start, start - 60), start);
    // The size of a collection the stolen items were taken from, a number only wondered about: no claim.
    if (res.composition.test(lead) || res.uncertain.test(body.slice(clauseStart, start))) continue;
    let { counted, group } = found;
    // The whole in "29 of the 90 seats" is the size of the chamber, nobody's result.
    const wholeBefore = body.slice(Math.max(s.start, (hedge?.start ?? start) - 16), hedge?.start ?? start);
    if ((counted === "seats" || counted === "votes") && res.partitiveBefore.test(wholeBefore) && !res.total.test(wholeBefore)) continue;
    // "rose by 6.3 percentage points", "up from 12.1%": a change, or an earlier result, not a figure of the moment.
    if (SHARES.has(counted) || counted === "lead") {
      const before = body.slice(Math.max(s.start, (hedge?.start ?? start) - 60), hedge?.start ?? start);
      if (res.change.test(before) || res.priorBefore.test(before)) continue;
    }
    let unit = found.unit ?? (counted === "margin" || counted === "lead" ? "points" : undefined);
    // "shot down 98 of them": those downed are not those launched.
    if (!group && (counted === "drones" || counted === "missiles") && res.downed.test(body.slice(clauseStart, found.end))) group = "downed";
    // "among Poles voting abroad, X took 63.49%": the share of the votes cast abroad.
    if (!group && SHARES.has(counted)) group = res.scopes.find(({ re }) => re.test(body.slice(s.start, start)))?.group;
    const countedEnd = found.end;
    // "wzrosła do 19": the "do" belongs to the verb, it is no "up to" hedge.
    if (hedge && lex.countedBefore.some((c) => c.re.test(body.slice(Math.max(s.start, start - 120), start)))) hedge = undefined;
    // "Do 14 wzrosła liczba ofiar", "To 23 rose the toll": the rise's "do" stands before the figure.
    if (hedge && res.riseAfter.test(body.slice(end, Math.min(s.end, end + 30)))) hedge = undefined;
    if (counted === "money" && !unit) unit = /zł|złot|PLN|zlot/iu.test(body.slice(end, end + 30)) ? "PLN" : /euro|EUR/iu.test(body.slice(end, end + 30)) ? "EUR" : /dolar|dollar|USD/iu.test(body.slice(end, end + 30)) ? "USD" : undefined;
    if (counted === "power") {
      // Gigawatts throughout: "1,500 MW" is 1.5 GW.
      if (/^\s*(?:mw|megawat)/iu.test(body.slice(end, end + 12))) {
        if (value !== undefined) value /= 1000;
        if (range) range = [range[0] / 1000, range[1] / 1000];
        step /= 1000;
      }
      unit = "GW";
      // "z 26 GW spadło do 12 GW", "from 26 GW to 12 GW": levels, not the amount lost.
      if (/(?:^|\s)(?:z|od|do|from|to)\s*$/iu.test(lead)) continue;
    }
    // "with 98% of ballots counted" measures the count's progress, not a result.
    if (
      counted === "percent" &&
      (COUNT_PROGRESS.test(body.slice(countedEnd, countedEnd + 50)) || COUNTED_AFTER.test(body.slice(countedEnd, countedEnd + 20)) || COUNT_PROGRESS_BEFORE.test(body.slice(Math.max(s.start, start - 30), start)))
    )
      continue;
    if (counted === "percent" && (turnoutBefore(body.slice(Math.max(s.start, start - 90), start)) || TURNOUT_AFTER.test(body.slice(countedEnd, countedEnd + 20)))) counted = "turnout";
    // A number right after "including"/"w tym" is a part of the count before it, and so are the numbers listed with it.
    const between = head ? body.slice(head.end, hedge?.start ?? start) : "";
    const sub = head !== undefined && (subgroupMarker(res.subgroup, between) || (head.listing && between.length < 60 && LIST_JOINER.test(between) && !/[.;:]\s/u.test(between)));
    if (sub && head) {
      group = MEMBER_GROUPS.has(counted) ? counted : group ?? (counted === head.counted ? "part" : counted || "part");
      counted = head.counted;
      head.listing = true;
      head.end = countedEnd;
    } else if (!group && counted) head = { counted, end: countedEnd };
    // A part of a group ("three of the robbers", "two more thieves") is no figure to compare; nor is "the two thieves", a group already met.
    if (!counted || group === "part") continue;
    // "o sile 9 w skali Beauforta", "porywy o sile 120 km/h": the force of a wind, not a quake's magnitude (which stays under 10).
    if (counted === "magnitude" && ((value ?? 0) > 10 || res.notMagnitude.test(body.slice(end, Math.min(s.end, end + 30))))) continue;
    if ((counted === "perpetrators" || counted === "suspects") && res.definite.test(body.slice(Math.max(s.start, start - 12), start))) continue;
    const hedgeAfter = hedge ? undefined : findHedgeAfter(body, countedEnd, lex.lex.lang);
    const hedgeId = hedge?.hedge ?? hedgeAfter?.hedge;
    let min: number;
    let max: number | undefined;
    if (range) [min, max] = range;
    else if (hedgeId) {
      const interval = hedgeInterval(hedgeId, value!, { step: ["percent", "turnout", "money", "margin", "lead", "power", "magnitude"].includes(counted) ? 0.1 : 1 });
      min = interval.min;
      max = interval.max;
    } else min = max = value!;
    const textStart = hedge ? hedge.start : none ? start - 3 : start;
    const q: QuantityValue = { min, counted, text: body.slice(textStart, countedEnd).trim() };
    if (max !== undefined) q.max = max;
    if (unit) q.unit = unit;
    if (group) q.group = group;
    if (hedgeId && hedgeId !== "exact") q.hedge = hedgeId;
    // A whole percentage is as rounded as "71.6%" ("49 percent" holds 49.3); a whole count of people is exact.
    if (!range && !hedgeId && step > 0 && (step !== 1 || ROUNDED.has(counted))) q.step = step;
    // A value said to be estimated ("worth an estimated $102 million") is an appraisal, not a poll; a margin of error is about a poll by nature.
    if (ESTIMATED.has(counted) && (estimate || paragraph !== undefined)) {
      q.basis = "estimate";
      // "X won 36.1%, according to an exit poll": with none named before the figure, the poll its own sentence names after it.
      const poll = lastPoll(body.slice(s.start, start), res)?.poll ?? (estimate ? lastPoll(s.text, res)?.poll : undefined) ?? paragraph?.poll;
      if (poll) q.poll = poll;
    }
    if (ROUNDS.has(counted)) {
      const round = roundOf(info, start, res);
      if (round !== undefined) q.round = round;
    }
    // "domagają się 3,5 mln zł" is not "zasądził 1,2 mln zł": the role word nearest the amount decides.
    if (counted === "money") {
      const nearest = lex.amountRoles
        .flatMap(({ role, re }) => hits(re, info.s).map((h) => ({ role, distance: Math.min(Math.abs(h.start - countedEnd), Math.abs(start - h.end)) })))
        .sort((x, y) => x.distance - y.distance)[0];
      if (nearest && nearest.distance <= 80) q.role = nearest.role;
    }
    // A count is a state at a moment: "as of 6 p.m.", or a time of day its sentence gives ("still missing on Monday morning").
    const asOf = statedAsOf(info, body) ?? info.times.find((t) => t.type === "TIME" && timeValue(t).start?.includes("T"));
    if (asOf) q.asOf = timeValue(asOf);
    else {
      const carried = asOfCarry.get(article)?.previous;
      if (carried) q.asOf = carried;
    }
    // "198 against", "58.4% voting yes", "Nieważnych było 2,1 proc.": the option's figure, not a candidate's.
    if ((counted === "votes" || counted === "percent") && !group) {
      option ??= ballotOption(body, start, countedEnd, clauseStart, s, res, division);
      if (option) q.group = group = option;
    }
    const d: Draft = { kind: "quantity", modality: "reported", quantity: q, evidence: { quote: s.text, span: [s.start, s.end] }, own: new Set(["quantity"]) };
    if (info.attribution) d.attribution = info.attribution.source;
    if (article.published) d.published = article.published.slice(0, 10);
    const subject = option ? undefined : (SHARES.has(counted) && counted !== "turnout" ? subjectAfter(body.slice(countedEnd, s.end), res) : undefined) ?? subjectOf(info, start, counted, lex, res, registry);
    if (subject) d.subject = subject;
    // A share of nobody known cannot be compared; an option's figure (for, against, invalid) needs nobody.
    else if (!option && (counted === "percent" || counted === "votes" || counted === "seats" || counted === "age")) continue;
    const place = mostSpecificPlace(info, registry, body, res.citizenOf);
    if (place) d.location = place;
    if (place && registry.get(place)?.within !== undefined) q.local = true;
    // Not a date read off the figure itself ("1000 za 1000" is no year 1000).
    const ownEnd = pair ? end + pair[0].length : countedEnd;
    // "well above the 2015 referendum", "niż w 2015 r.": the date of what the figure is compared with, not its own.
    const when = info.times.find(
      (t) =>
        t.type === "DATE" &&
        t !== asOf &&
        !(t.span[0] < ownEnd && t.span[1] > textStart) &&
        !res.comparedWith.test(body.slice(Math.max(s.start, t.span[0] - 30), t.span[0])) &&
        // "18.4%, compared with 12.1% four years ago": the date is the earlier figure's.
        !((SHARES.has(counted) || counted === "lead") && t.span[0] >= ownEnd && res.prior.test(body.slice(ownEnd, t.span[0]))),
    );
    const whenValue = when ? timeValue(when) : undefined;
    if (whenValue && whenValue.start && whenValue.granularity !== "ref") d.time = whenValue;
    // "Wówczas uzgodniono wymianę 1000 za 1000": the figure of the date the sentence before gave.
    else if (res.then.test(s.text) && asOfCarry.get(article)?.previousDate) d.time = asOfCarry.get(article)!.previousDate!;
    else if (whenValue) d.time = whenValue;
    out.push(d);
    // "killing all 260 people on board" also says how many were on board.
    if (found.total && group === "aboard" && max === min) {
      const aboard: Draft = { ...d, quantity: { min, max, counted: "aboard", text: q.text }, own: new Set(["quantity"]) };
      out.push(aboard);
    }
  }
  return out;
}

/**
 * The round of the election a figure at `at` is of: the round word nearest it in its clause, else
 * in its sentence ("turnout in the runoff reached 64.7%", "w pierwszej turze frekwencja wyniosła 52,1 proc.").
 */
function roundOf(info: SentenceInfo, at: number, res: CountRes): number | undefined {
  const clause = info.clauses.find((c) => at >= c.start && at < c.end);
  const text = info.s.text;
  let best: { round: number; distance: number; inClause: boolean } | undefined;
  for (const { round, re } of res.rounds) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = info.s.start + m.index;
      const end = start + m[0].length;
      const distance = end <= at ? at - end : start - at;
      const inClause = clause !== undefined && start >= clause.start && end <= clause.end;
      if (!best || (inClause && !best.inClause) || (inClause === best.inClause && distance < best.distance)) best = { round, distance, inClause };
    }
  }
  return best?.round;
}

/** The second figure of a tally: "231 votes to 198", "231-198". */
const DIVISION_SECOND = /\d\s*(?:votes?\s+)?(?:to|-|–)\s*$/iu;

/**
 * The ballot option of a vote count or share: the option word nearest the figure with no comma,
 * semicolon or dash between (so in "Za głosowało 240 posłów, przeciw było 198" each has its own).
 * Only "invalid" and "cast" (the ballots cast in all) are read outside a division or referendum.
 */
function ballotOption(body: string, start: number, end: number, clauseStart: number, s: { start: number; end: number }, res: CountRes, division: boolean): string | undefined {
  let best: { option: string; distance: number } | undefined;
  const text = body.slice(s.start, s.end);
  for (const { option, re } of res.options) {
    if (!division && option !== "invalid" && option !== "cast") continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const a = s.start + m.index;
      const b = a + m[0].length;
      const between = b <= start ? body.slice(Math.max(b, clauseStart), start) : body.slice(end, a);
      if (b <= start && b < clauseStart) continue;
      if (/[,;–—]|\d/u.test(between) || between.length > 60) continue;
      const distance = between.length;
      if (!best || distance < best.distance) best = { option, distance };
    }
  }
  return best?.option;
}

/** Whether a turnout word leads to the figure that `before` ends at, with no other share between. */
function turnoutBefore(before: string): boolean {
  const m = TURNOUT_BEFORE.exec(before);
  return m !== null && !SHARE_BETWEEN.test(m[0]);
}

/** Whether the text between a count and the next number holds a subgroup marker, with no sentence break. */
function subgroupMarker(re: RegExp, between: string): boolean {
  re.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = re.exec(between); m; m = re.exec(between)) last = m;
  // The marker must lead straight to the number: "w tym 19", not "w tym badaniu uzyskał 49,3".
  return last !== undefined && /^[\s,:]*$/u.test(between.slice(last.index + last[0].length)) && !/[.;]\s/u.test(between);
}

/** The unit of the last digit written: 0.01 for "71.63", 1 for "241" and for number words. */
function stepOf(raw: string): number {
  const m = /^\d[\d ,]*?(?:[.,](\d{1,2}))?$/u.exec(raw.trim());
  if (!m || !m[1]) return 1;
  // "10,606" in English is ten thousand six hundred and six, not ten point six: a group of three is no decimal part.
  return 10 ** -m[1].length;
}

function parseValue(raw: string, lang: string): number | undefined {
  const compact = raw.replace(/(\d)[ ](?=\d{3}\b)/g, "$1");
  if (/^\d/.test(compact)) {
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) return Number(compact.replace(/,/g, ""));
    if (/^\d+,\d+$/.test(compact)) return lang === "en" && /,\d{3}$/.test(compact) ? Number(compact.replace(",", "")) : Number(compact.replace(",", "."));
    return Number(compact);
  }
  return parseNumberPhrase(raw, lang);
}

/** Words of a name reduced to their consonants, so transliterations meet ("Trzaskowski", "Trzaskovsky"; "Vishwaskumar", "Viswashkumar"). */
function skeleton(word: string): string {
  const key = stemKey(word).replace(/w/g, "v");
  // The first letter stays, vowel or not, so short names keep apart ("Holub" is h-l-b, not l-b).
  return key.slice(0, 1) + key.slice(1).replace(/[aeiouyh]/g, "").replace(/(.)\1+/g, "$1");
}

/** A subject key for a name the registry does not know: a person by the surname, an organisation by all its words. */
function nameKey(words: string[], res: CountRes): string {
  let lastInstitution = -1;
  words.forEach((w, i) => {
    if (res.nonPerson.test(w)) lastInstitution = i;
  });
  // "Koalicji Obywatelskiej Rafał Trzaskowski": a person after the party's name is the person.
  const person = lastInstitution < 0 ? words : words.length - lastInstitution > 2 ? words.slice(lastInstitution + 2) : undefined;
  if (person) return `name-${skeleton(person[person.length - 1]!)}`;
  return `org-${stemKey(words.join(" ")).replace(/[^a-z0-9]+/g, "-")}`;
}

const AGE_WINDOW = 80;

/** Who a share, count or age belongs to: the nearest named organisation, person or capitalised name before the number in the clause. */
function subjectOf(info: SentenceInfo, at: number, counted: string, lex: CompiledLexicon, res: CountRes, registry: EntityRegistry): string | undefined {
  if (counted === "age") return ageSubject(info, at, lex, res);
  if (!SHARES.has(counted)) return undefined;
  if (counted === "turnout") return "turnout";
  const clause = info.clauses.find((c) => at >= c.start && at < c.end);
  const from = clause?.start ?? info.s.start;
  const attribution = info.attribution;
  const named = [...info.mentions]
    .reverse()
    .find((m) => m.end <= at && m.start >= from && (m.type === "organization" || m.type === "person") && !(attribution && m.start >= attribution.start && m.end <= attribution.end));
  // An unregistered party: the capitalised words nearest before the number (not the source's name).
  const tokens = info.tokens.filter((t) => t.end <= at && t.start >= from && !(attribution && t.start >= attribution.start && t.end <= attribution.end));
  const body = info.s.text;
  // A capitalised word is taken for a candidate or party only where the sentence speaks of votes or results.
  const context = res.shareContext.test(body);
  // "Official results gave …": the words naming the count are no party.
  const officialWords = res.official.exec(body);
  const inOfficial = (t: { start: number }) => officialWords !== null && t.start - info.s.start >= officialWords.index && t.start - info.s.start < officialWords.index + officialWords[0].length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (named && tokens[i]!.end <= named.end) break;
    const nameLike = (k: number) => isNameWord(info, tokens[k]!, lex);
    // A capitalised first word is taken for a name only when a verb of winning follows it ("Trzaskowski received 48.11%").
    const opening = i === 0 && tokens.length > 1 && res.shareContext.test(tokens[1]!.text);
    if (!nameLike(i) || (i === 0 && !opening) || inOfficial(tokens[i]!)) continue;
    let j = i;
    while (j > 0 && nameLike(j - 1)) j--;
    if (j === 0 && i === 0 && !opening) continue;
    // A name closed by a comma is an apposition's ("Karol Nawrocki, head of the Institute of National Remembrance, won …"), not the subject.
    const gap = body.slice(tokens[i]!.end - info.s.start, at - info.s.start);
    if ((named && named.end <= tokens[j]!.start && gap.includes(",")) || res.complementizer.test(gap)) {
      i = j;
      continue;
    }
    // "the X mayoral election", "na prezydenta <town in the genitive>", "<nationality> voters": the place of the vote, not a candidate.
    if (res.attributive.test(body.slice(tokens[i]!.end - info.s.start)) || (i === j && placeWord(tokens[i]!.text, lex.lex.lang, registry))) {
      i = j;
      continue;
    }
    // "Sylwester Marciniak poinformował, że oddano …": the speaker is not whose votes they are.
    if (!context) break;
    return nameKey(tokens.slice(j, i + 1).map((t) => t.text), res);
  }
  // "X Y, a candidate of the Z party, won 50.9%": the party in the apposition is not whose share it is.
  if (named?.type === "organization") {
    const person = info.mentions.find((m) => m.type === "person" && m.start >= from && m.end <= named.start && !(attribution && m.start >= attribution.start && m.end <= attribution.end));
    if (person && /^,/u.test(body.slice(person.end - info.s.start).trimStart()) && body.slice(person.end - info.s.start, named.start - info.s.start).includes(",")) return person.entity;
    // The same with a name the registry does not know: two capitalised words opening the clause, then a comma.
    let k = 0;
    while (k < tokens.length && tokens[k]!.end <= named.start && isNameWord(info, tokens[k]!, lex)) k++;
    if (k >= 2 && /^\s*,/u.test(body.slice(tokens[k - 1]!.end - info.s.start))) return nameKey(tokens.slice(0, k).map((t) => t.text), res);
  }
  // A person the registry does not know gets the key a name without a mention gets, so "Anna Berg
  // received" (a person found by her given name) meets "Anna Berg otrzymała" (a capitalised name).
  if (named?.type === "person" && registry.get(named.entity) === undefined) {
    const words = body.slice(named.start - info.s.start, named.end - info.s.start).split(/\s+/u).filter(Boolean);
    if (words.length) return nameKey(words, res);
  }
  return named?.entity;
}

/**
 * A lone capitalised word that names a place (a registered one, a country, or a town of 15,000 or
 * more, in a Polish case form too) and is no given name. A surname that is also a small town's
 * name stays a name: only towns of that size are looked up.
 */
function placeWord(word: string, lang: string, registry: EntityRegistry): boolean {
  if (registry.isGivenName(word)) return false;
  if (registry.lookup(word)?.type === "place") return true;
  const found = registry.geoPlace(word, lang === "pl", 15_000, lang !== "pl");
  // A Polish case form keeps the first letters of its town's name; stem keys blur further (a surname may meet a foreign town's key).
  const head = (w: string) => fold(w).replace(/w/g, "v").slice(0, 4);
  return found !== undefined && head(found.place.name) === head(word);
}

/** "45.8% for Tomasz Grabowski", "45,8 proc. dla Tomasza Grabowskiego": the name after the figure is whose it is. */
function subjectAfter(after: string, res: CountRes): string | undefined {
  const m = /^\s*(?:of the (?:vote|ballots)\s+)?(?:for|dla)\s+((?:\p{Lu}[\p{L}’'-]+)(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/u.exec(after);
  return m ? nameKey(m[1]!.split(/\s+/u), res) : undefined;
}

function isNameWord(info: SentenceInfo, t: { text: string; start: number; end: number; cap: boolean }, lex: CompiledLexicon): boolean {
  return (
    t.cap &&
    !lex.names.stopwords.has(fold(t.text)) &&
    !info.times.some((x) => t.start >= x.span[0] && t.end <= x.span[1]) &&
    !info.mentions.some((m) => t.start >= m.start && t.end <= m.end)
  );
}

/** Whose age: the person named nearest the number ("a 40-year-old … Ramesh Kumar", "Jan Nowak, 38-latek"). */
function ageSubject(info: SentenceInfo, at: number, lex: CompiledLexicon, res: CountRes): string | undefined {
  const people = info.mentions.filter((m) => m.type === "person" && Math.abs((m.start < at ? m.end : m.start) - at) <= AGE_WINDOW);
  const runs: Array<{ key: string; distance: number }> = people.map((m) => ({ key: m.entity, distance: Math.abs((m.start < at ? m.end : m.start) - at) }));
  const tokens = info.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(info, tokens[i]!, lex)) continue;
    let j = i;
    while (j + 1 < tokens.length && isNameWord(info, tokens[j + 1]!, lex)) j++;
    // A person has a given name and a surname; one capitalised word may be a nationality.
    if (j > i) {
      const distance = tokens[i]!.start > at ? tokens[i]!.start - at : at - tokens[j]!.end;
      if (distance <= AGE_WINDOW) runs.push({ key: nameKey(tokens.slice(i, j + 1).map((t) => t.text), res), distance });
    }
    i = j;
  }
  return runs.sort((a, b) => a.distance - b.distance)[0]?.key;
}
