/**
 * Extraction: article → claims. Reads each sentence once (linear in the text), finds meetings,
 * travel, presence, statements, quantities and names with the language's lexicon, then groups
 * an article's meeting mentions into event frames (doc-level coreference) and fills each claim's
 * missing participants, place and time from its frame, marking them as inherited.
 */
import type { Article, Claim, Modality, Status, TimeValue } from "../types.js";
import { lexiconFor } from "../lang/index.js";
import { findTimeExpressions } from "../normalize/time/index.js";
import type { TimeExpression } from "../normalize/time/types.js";
import { EntityRegistry, givenNameKey, type Mention } from "../normalize/entities.js";
import { splitSentences, type Sentence } from "../text/sentences.js";
import { fold } from "../text/fold.js";
import { analyseSentence, compileLexicon, hits, isTitle, matches, type CompiledLexicon, type DocMemory, type Hit, type SentenceInfo } from "./sentence.js";
import { extractQuantities, noteEstimates } from "./quantities.js";
import { assignFrames } from "./frames.js";
import { assignIncidentFrames, clockLine, incidentClaims, participantTypes, settleSiteTypes, timeByClockLine } from "./incidents.js";
import { headNoun, nounParticipants } from "./participant-lists.js";
import { borrowDepartureDates, noteDepartures, type Departure } from "./departure-date.js";
import { timeValue } from "./time-value.js";
import { findOffsets } from "./offsets.js";
import { delegationsIn, mayNameDelegation, roundIn, talksParties } from "./delegations.js";
import { partyIndex } from "../normalize/parties.js";
import { daysBetween } from "../util/dates.js";

/** A claim before ids and frames are assigned. */
export type Draft = Omit<Claim, "id" | "doc"> & {
  own: Set<string>;
  joined?: boolean;
  anaphoric?: boolean;
  repeated?: boolean;
  /** The day an undated plan was stated, when the article says ("said on Tuesday"). */
  reference?: string;
  /** Named with a demonstrative ("that meeting", "tamto spotkanie"): the meeting just mentioned, even one in the background. */
  demonstrative?: boolean;
  /** A delegation named beside another meeting word: it joins talks between countries, not the story's meeting of people. */
  party?: boolean;
};

export interface ExtractResult {
  claims: Claim[];
  unsupportedLanguage: boolean;
}

/** Extracts the claims of one article. Pure: the reference date is the article's own publication date. */
export function extractClaims(article: Article, registry: EntityRegistry): ExtractResult {
  const lexicon = lexiconFor(article.lang);
  if (!lexicon) return { claims: [], unsupportedLanguage: true };
  const lex = compileLexicon(lexicon);
  const body = article.body;
  const timeOptions = article.published ? { lang: lexicon.lang, referenceDate: article.published } : { lang: lexicon.lang };
  const allTimes = findTimeExpressions(body, timeOptions);
  const sentences = splitSentences(body);
  const memory: DocMemory = { people: new Map(), lastByRole: new Map(), orgs: [], speechDays: new Map(), conditionalPlans: new Map() };
  const drafts: Draft[] = [];
  const placeCounts = new Map<string, number>();
  let t = 0;
  let previousEnd = 0;
  let previousSentence: Sentence | undefined;
  const departures: Departure[] = [];
  let lineClock: TimeExpression | undefined;
  for (const s of sentences) {
    while (t < allTimes.length && allTimes[t]!.span[0] < s.start) t++;
    const times: TimeExpression[] = [];
    for (let k = t; k < allTimes.length && allTimes[k]!.span[1] <= s.end; k++) times.push(allTimes[k]!);
    const info = analyseSentence(s, body, times, lex, registry, memory);
    const said = info.attribution?.speaker ? info.speechTimes.find((x) => x.start && x.granularity === "day") : undefined;
    if (said?.start) memory.speechDays.set(info.attribution!.speaker!, said.start.slice(0, 10));
    const ctx: BuildContext = { info, lex, registry, memory, body, article };
    noteEstimates(info, lex, body, article, previousEnd);
    previousEnd = s.end;
    // Most sentences of an article state nothing checkable; only names are kept from them.
    const first = drafts.length;
    const calls: Draft[] = info.checkable ? callAnaphora(ctx) : [];
    drafts.push(...calls);
    if (info.checkable) {
      drafts.push(...meetingClaims(ctx), ...statementClaims(ctx), ...eventClaims(ctx));
      if (info.mentions.some((m) => m.type === "place" || m.type === "event")) drafts.push(...movementClaims(ctx));
      drafts.push(...extractQuantities(info, lex, body, article, registry));
      departures.push(...noteDepartures(info, body, lex.lex));
    }
    // Incidents also read a site named in a sentence with nothing else to check ("they reached the X Gallery").
    const incidents = incidentClaims(ctx, INCIDENT_HELPERS);
    // "9.30am" on a line of its own times the event told on the next line.
    if (lineClock) timeByClockLine(incidents, lineClock);
    drafts.push(...incidents);
    if (info.checkable) drafts.push(...offsetClaims(ctx, drafts, first, previousSentence));
    previousSentence = s;
    lineClock = info.checkable ? clockLine(info, body) : undefined;
    drafts.push(...nameClaims(ctx));
    for (const m of info.mentions) if (m.type === "place") placeCounts.set(m.entity, (placeCounts.get(m.entity) ?? 0) + 1);
    remember(info, lex, registry, memory);
    // Only the sentence right after a call's may speak of "the call" or "rozmowa" without naming it again.
    const call = [...calls, ...incidents].find((d) => d.eventType !== undefined && participantTypes().has(d.eventType));
    // A sentence that also tells of a meeting in a place leaves "rozmowa" after it to that meeting.
    const inPerson = drafts.slice(first).some((d) => d.kind === "meeting" && d.location !== undefined);
    memory.lastCall = inPerson ? undefined : call?.eventType;
    // "The two presidents" after a call between two people are those two, as after a meeting.
    if (call?.participants && call.participants.length >= 2) memory.lastGroup = [...call.participants];
  }
  // A count whose sentence names no place (or only a country) belongs to the article's main place:
  // where its incidents happened when it tells of any (a flight's destination or a speaker's city,
  // however often named, is not where the dead were counted), else the place it names most.
  const incidentPlaces = new Map<string, number>();
  for (const d of drafts) if (d.kind === "incident" && d.location && d.own.has("location")) incidentPlaces.set(d.location, (incidentPlaces.get(d.location) ?? 0) + 1);
  const main = mainPlace(incidentPlaces, registry) ?? mainPlace(placeCounts, registry);
  if (main) {
    for (const d of drafts) {
      if (d.kind !== "quantity" || d.subject) continue;
      if (!d.location || (d.location !== main && registry.contains(d.location, main))) {
        d.location = main;
        // Said so, because the count may be of another incident the article mentions.
        d.inherited = ["location"];
      }
    }
  }
  settleSiteTypes(drafts, article);
  borrowDepartureDates(drafts, departures, body);
  assignIncidentFrames(drafts, article, (a, b) => registry.contains(a, b));
  const parties = partyIndex(registry);
  const claims = assignFrames(drafts, article, (a, b) => registry.contains(a, b), (id) => parties.isCountry(id));
  return { claims, unsupportedLanguage: false };
}

/**
 * Relative offsets of the sentence ("crashed less than a minute after take-off", see ./offsets.ts):
 * each goes on the sentence's claim of the event that holds its happening (the crash's incident,
 * the meeting that turned), else on a new claim of that kind that takes the rest from the
 * article's frame: the incident type its happening names or the article's latest one (inherited),
 * or the meeting told before.
 */
function offsetClaims(ctx: BuildContext, drafts: Draft[], first: number, previous: Sentence | undefined): Draft[] {
  const { info, body, article } = ctx;
  const found = findOffsets({ s: info.s, body, lang: ctx.lex.lex.lang, times: info.times, clauses: info.clauses, ...(previous ? { previous } : {}) });
  const out: Draft[] = [];
  // The incident the article told before this sentence, else in it: what an engine failure or a fuel cut-off is part of.
  const told = (from: number, to: number) => drafts.slice(from, to).reverse().find((x) => x.kind === "incident" && x.eventType)?.eventType;
  const storyType = told(0, first) ?? told(first, drafts.length);
  for (const f of found) {
    if (!inContent(info, f.at)) continue;
    // A turn or a departure belongs to a meeting the article has told of.
    if (f.of === "meeting" && !drafts.some((x) => x.kind === "meeting")) continue;
    const type = f.of === "incident" ? (f.eventType ?? storyType) : undefined;
    const mine = [...drafts.slice(first), ...out].filter((d) => d.kind === f.of && !d.offset && (f.of !== "incident" || d.eventType === type));
    let d = mine[0];
    if (!d) {
      const eventType = type;
      const inherited = f.of === "incident" && !f.eventType;
      if (f.of === "incident" && !eventType) continue;
      const trigger = { ...f.happening, text: body.slice(f.happening.start, f.happening.end) };
      d = base(ctx, f.of, modalityAt(ctx, trigger, clauseOf(info, trigger.start)));
      if (eventType) d.eventType = eventType;
      if (inherited) d.inherited = ["eventType"];
      else if (eventType) d.own.add("eventType");
      // A meeting mention naming nobody refers back to the meeting told before.
      if (f.of === "meeting") d.anaphoric = true;
      out.push(d);
    }
    d.offset = f.offset;
    d.own.add("offset");
    // The span is the offset's, not the length of the meeting or incident.
    if (d.duration && f.source && d.duration.text === f.source.text) {
      delete d.duration;
      d.own.delete("duration");
    }
  }
  return out;
}

/** The place an article is about: the most mentioned one below country level, else the most mentioned. */
function mainPlace(counts: Map<string, number>, registry: EntityRegistry): string | undefined {
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const local = ranked.find(([id]) => registry.get(id)?.within);
  return (local ?? ranked[0])?.[0];
}

interface BuildContext {
  info: SentenceInfo;
  lex: CompiledLexicon;
  registry: EntityRegistry;
  memory: DocMemory;
  body: string;
  article: Article;
}

/** Keeps what later sentences refer back to: the last person, event, agency, and who holds which role. */
function remember(info: SentenceInfo, lex: CompiledLexicon, registry: EntityRegistry, memory: DocMemory): void {
  for (const m of info.mentions) {
    if (m.type === "person") {
      memory.lastPerson = m.entity;
      const before = info.tokens.slice(Math.max(0, m.tokenStart - 3), m.tokenStart);
      for (const token of before) if (isTitle(token.text, lex)) memory.lastByRole.set(fold(token.text).replace(/(?:em|a|owi)$/, ""), m.entity);
    } else if (m.type === "event") memory.lastEvent = m.entity;
    else if (m.type === "organization") {
      memory.lastAgency = m.entity;
      memory.orgs.push({ id: m.entity, key: fold(registry.get(m.entity)?.name ?? m.text) });
    }
  }
  if (info.attribution?.speaker) memory.lastPerson = info.attribution.speaker;
}

/** The claim builders the incident extractor (./incidents.ts) shares. */
const INCIDENT_HELPERS = {
  clauseOf: (info: SentenceInfo, at: number) => clauseOf(info, at),
  inContent: (info: SentenceInfo, x: { start: number; end: number }) => inContent(info, x),
  modalityAt: (ctx: BuildContext, trigger: Hit, clause: Hit) => modalityAt(ctx, trigger, clause),
  placeIn: (ctx: BuildContext, clause: Hit, trigger?: Hit) => placeIn(ctx, clause, trigger),
  timeIn: (ctx: BuildContext, clause: Hit, modality: Modality, near?: Hit) => timeIn(ctx, clause, modality, near),
  base: (ctx: BuildContext, kind: "incident", m: { modality: Modality; condition?: string; status?: Status }) => base(ctx, kind, m),
};

/** Only spaces (and "the") between a verb and its direct object: "visited Tirana". */
const DIRECT_OBJECT_GAP = /^\s+(?:the\s+)?$/iu;

/** The clause that contains an offset. */
function clauseOf(info: SentenceInfo, at: number): Hit {
  return info.clauses.find((c) => at >= c.start && at < c.end) ?? { start: info.s.start, end: info.s.end, text: "" };
}

const inside = (x: { start: number; end: number }, c: { start: number; end: number }) => x.start >= c.start && x.end <= c.end;

/** The region of the sentence that carries content (outside the attribution words). */
function inContent(info: SentenceInfo, x: { start: number; end: number }): boolean {
  const a = info.attribution;
  if (a?.hole && x.start >= a.hole[0] && x.end <= a.hole[1]) return true;
  return !a || x.end <= a.start || x.start >= a.end;
}

/** Modality of an event mention from markers in its clause near the trigger. */
function modalityAt(ctx: BuildContext, trigger: Hit, clause: Hit): { modality: Modality; condition?: string; status?: Status; purposeOfDeniedTrip?: boolean } {
  const { info, lex } = ctx;
  const s = info.s;
  const inClause = (re: RegExp) => hits(re, s).filter((h) => inside(h, clause) && inContent(info, h));
  const near = (h: Hit, before: number, after: number) => h.end <= trigger.start ? trigger.start - h.end <= before : h.start - trigger.end <= after;
  let status: Status | undefined;
  // A noun's own verb may stand far after it: "Zaplanowane na piątek spotkanie ministrów … zostało przełożone".
  const noun = lex.re.meetingNoun.test(trigger.text);
  const statusNear = (h: Hit) => near(h, 40, 40) || (noun && h.start >= trigger.end && !hits(lex.re.meeting, s).some((m) => m.start > trigger.end && m.end <= h.start));
  if (inClause(lex.re.cancelled).some(statusNear)) status = "cancelled";
  else if (inClause(lex.re.postponed).some(statusNear)) status = "postponed";
  // "cutting short talks that were supposed to …", "dalsza część rozmów": the event happened, whatever
  // plan a relative clause around it mentions; what is said is how it ended.
  const ending = inClause(lex.re.cutShort).some((h) => near(h, 30, 30)) ? "cut-short" : inClause(lex.re.continued).some((h) => near(h, 30, 40)) ? "continued" : undefined;
  const denial = inClause(lex.re.denied).find((h) => near(h, 60, 20));
  const negatedBefore = lex.re.negationBefore.test(ctx.body.slice(Math.max(clause.start, trigger.start - 30), trigger.start));
  const negatedAfter = lex.re.negationAfter.test(ctx.body.slice(trigger.end, Math.min(clause.end, trigger.end + 90)));
  if (denial || negatedBefore || negatedAfter) return { modality: "denied", status: "denied" };
  if (info.attribution && hits(lex.re.denied, s).some((h) => inside(h, info.attribution!))) return { modality: "denied", status: "denied" };
  if (ending && !status) return { modality: "reported", status: ending };
  if (!status && (inClause(lex.re.confirmed).length > 0 || (info.attribution && hits(lex.re.confirmed, s).some((h) => inside(h, info.attribution!))))) {
    status = "confirmed";
  }
  const conditions = hits(lex.re.conditional, s).filter((h) => inContent(info, h));
  const cond = conditions.find((h) => h.start >= trigger.start);
  // "If the talks succeed, he would travel to Kyiv": a sentence that opens on a condition puts
  // all of it under that condition, the condition being the clause up to the first comma.
  const opening = cond ? undefined : conditions.find((h) => h.start < trigger.start && OPENS_SENTENCE.test(ctx.body.slice(s.start, h.start)));
  if (cond || opening) {
    const marker = (cond ?? opening)!;
    const rest = ctx.body.slice(marker.end, s.end).replace(/[.!?…]+$/u, "");
    const condition = (opening ? rest.slice(0, rest.search(/,|$/u)) : rest).trim();
    const result: { modality: Modality; condition?: string; status?: Status } = { modality: "conditional", condition: condition || marker.text };
    if (status) result.status = status;
    return result;
  }
  // A noun ("talks") takes its mood from words right around it; a verb ("will meet", "plan to meet") from its auxiliaries.
  const nominal = lex.re.meetingNoun.test(trigger.text) && !lex.re.supportVerbs.test(ctx.body.slice(Math.max(clause.start, trigger.start - 40), trigger.start));
  const plans = inClause(lex.re.planned);
  // "will travel to Brussels on Thursday for a NATO meeting": the meeting is the plan's purpose.
  const plan = nominal ? plans.filter((h) => h.end <= trigger.start).pop() : undefined;
  const purposeOfPlan = plan !== undefined && lex.purposeBefore.test(ctx.body.slice(clause.start, trigger.start));
  // "nie poleci do Brukseli na szczyt": the trip is denied, which says nothing of the summit itself.
  if (purposeOfPlan && inClause(lex.re.negated).some((h) => h.start >= plan.start - 30 && h.end <= trigger.start)) return { modality: "denied", purposeOfDeniedTrip: true };
  // "could not gain height and crashed": a finite past verb is what happened, whatever modal precedes it.
  const finitePast = !nominal && lex.re.finitePast.test(trigger.text) && !lex.re.nonFiniteBefore.test(ctx.body.slice(Math.max(clause.start, trigger.start - 40), trigger.start));
  // "Spotkanie z prezydentem X ma się odbyć w listopadzie", "the meeting with X will take place": the noun's own verb.
  const happensLater = nominal && inClause(lex.re.plannedHappening).some((h) => h.start >= trigger.end);
  const planned = purposeOfPlan || happensLater || (!finitePast && plans.some((h) => near(h, nominal ? 10 : 45, 15))) || futureTime(info, clause, trigger, ctx.body, ctx.article.published);
  const result: { modality: Modality; status?: Status } = { modality: planned ? "planned" : "reported" };
  if (status) result.status = status;
  return result;
}

/** Only quotes, brackets or a dash before a word: the word opens its sentence. */
const OPENS_SENTENCE = /^[\s"“”„«»'‘’(–—-]*$/u;

/**
 * A date in the clause that lies after the publication date marks a plan: "the future", or a day
 * close to the trigger ("druga tura odbędzie się 8 czerwca" in a May article). A day past
 * publication is not enough (a report may be dated in another zone), and a deadline ("a plant to be
 * built by 2028" after "signed a memorandum") dates something else.
 */
function futureTime(info: SentenceInfo, clause: Hit, trigger: Hit, body: string, published: string | undefined): boolean {
  const limit = published ? new Date(Date.parse(published.slice(0, 10)) + 86_400_000).toISOString().slice(0, 10) : undefined;
  const near = (t: { span: [number, number] }) => (t.span[0] >= trigger.end ? t.span[0] - trigger.end : trigger.start - t.span[1]) <= 60;
  return info.times.some(
    (t) =>
      inside({ start: t.span[0], end: t.span[1] }, clause) &&
      (t.value === "FUTURE_REF" ||
        (limit !== undefined && t.type === "DATE" && t.start !== undefined && t.start.slice(0, 10) > limit && near(t) && !DEADLINE_BEFORE.test(body.slice(Math.max(clause.start, t.span[0] - 12), t.span[0])))),
  );
}

/** "by 2028", "until June", "do 2028 r.", "przed czerwcem": a deadline, not the day of the event. */
const DEADLINE_BEFORE = /(?:^|\s)(?:by|until|till|before|do|przed)\s+(?:the\s+end\s+of\s+)?$/iu;

/** People who act in a clause: named actors plus "he"/"on" resolved to the speaker or the last person. */
function peopleIn(ctx: BuildContext, clause: Hit): string[] {
  const { info, lex, memory } = ctx;
  const ids = info.actors.filter((m) => m.type === "person" && inside(m, clause) && inContent(info, m)).map((m) => m.entity);
  const pronoun = hits(lex.re.pronouns, info.s).find((h) => inside(h, clause) && inContent(info, h));
  if (pronoun) {
    const id = info.attribution?.speaker ?? memory.lastPerson;
    if (id) ids.unshift(id);
  }
  // "Musimy spotkać się", "we will meet": the speaker is one of them.
  if (info.attribution?.speaker && hits(lex.re.firstPersonPlural, info.s).some((h) => inside(h, clause) && inContent(info, h))) ids.unshift(info.attribution.speaker);
  const role = hits(lex.re.roleAnaphora, info.s).find((h) => inside(h, clause) && inContent(info, h) && /^(?:the|ten)\s/i.test(h.text));
  if (role) {
    const id = memory.lastByRole.get(fold(role.text.replace(/^the\s+/i, "")));
    if (id) ids.unshift(id);
  }
  return [...new Set(ids)];
}

/** Where: a place after a locative preposition, an event with a known location, "the forum", or "the Palace meeting". */
function placeIn(ctx: BuildContext, clause: Hit, trigger?: Hit): { id: string; at: Mention | undefined } | undefined {
  const { info, lex, registry, memory, body } = ctx;
  // "Spotkanie prezydenta X z premier Y odbyło się w piątek w Gdańsku": the verb of taking place is as near as the noun.
  const anchors = trigger ? [trigger, ...hits(lex.re.tookPlace, info.s).filter((h) => inside(h, clause) && h.start >= trigger.end)] : [];
  const distance = (m: Mention) => (trigger ? Math.min(...anchors.map((h) => Math.min(Math.abs(m.start - h.end), Math.abs(h.start - m.end)))) : 0);
  // "rozmawiali o ćwiczeniach na Bałtyku", "talked about security in the Baltic": the topic's place, not the talks'.
  const topics = trigger ? hits(lex.re.topic, info.s).filter((h) => h.start >= trigger.end) : [];
  const aboutTopic = (m: Mention) => topics.some((h) => h.start < m.start && !/[,;:.]/u.test(body.slice(h.end, m.start)));
  const places = info.mentions
    .filter((m) => inside(m, clause) && inContent(info, m) && (m.type === "place" || m.type === "event") && distance(m) <= 80 && !aboutTopic(m))
    .sort((a, b) => distance(a) - distance(b));
  for (const m of places) {
    const before = body.slice(Math.max(clause.start, m.start - 24), m.start);
    const locative = lex.re.locativeBefore.test(before);
    const attributive = lex.lex.attributivePlaces && trigger !== undefined && lex.re.meetingNoun.test(trigger.text) && m.end <= trigger.start && /^\s*$/.test(body.slice(m.end, trigger.start));
    if (m.type === "event") {
      const loc = registry.get(m.entity)?.location;
      if (loc) return { id: loc, at: m };
      continue;
    }
    if (locative || attributive) return { id: m.entity, at: m };
  }
  // "will fly to Prague to meet Koval", "polecą do Pragi, aby spotkać się": the destination is where they meet.
  // "visited Moscow and met Putin": the place visited is where they meet.
  if (trigger) {
    for (const verb of [...hits(lex.re.travel, info.s), ...hits(lex.re.visit, info.s)]) {
      if (verb.end > trigger.start) continue;
      const direct = matches(lex.re.visit, verb.text);
      const destination = info.mentions.find(
        (m) => m.start >= verb.end && m.end <= trigger.start && m.type === "place" && (direct ? DIRECT_OBJECT_GAP : lex.re.directionalBefore).test(body.slice(verb.end, m.start)),
      );
      if (destination) return { id: destination.entity, at: destination };
    }
  }
  // "przyjechał do Gdańska, gdzie spotkał się z …", "flew to Vilnius, where he met …": the place the relative word stands for.
  if (trigger) {
    const before = info.mentions.filter((m) => m.type === "place" && m.end <= trigger.start && inContent(info, m)).pop();
    const between = before ? body.slice(before.end, trigger.start) : "";
    const relative = lex.re.relativeWhere.exec(between);
    if (before && relative && !/[.;:!?]/u.test(between.slice(relative[0].length))) return { id: before.entity, at: before };
  }
  const anaphora = hits(lex.re.anaphoricEvent, info.s).find((h) => inside(h, clause));
  if (anaphora && memory.lastEvent) {
    const loc = registry.get(memory.lastEvent)?.location;
    if (loc) return { id: loc, at: undefined };
  }
  return undefined;
}

/** The event time of a clause: the date or time nearest the event word, not the date of the speech act. */
function timeIn(ctx: BuildContext, clause: Hit, modality: Modality, near?: Hit): TimeValue | undefined {
  const published = ctx.article.published?.slice(0, 10);
  const candidates = ctx.info.times.filter(
    (x) =>
      (x.type === "DATE" || x.type === "TIME") &&
      !x.value.endsWith("_REF") &&
      inside({ start: x.span[0], end: x.span[1] }, clause) &&
      inContent(ctx.info, { start: x.span[0], end: x.span[1] }) &&
      // "since 2022" starts a period; a reported event cannot lie after its own report.
      !ctx.lex.re.since.test(ctx.body.slice(Math.max(clause.start, x.span[0] - 16), x.span[0])) &&
      !(modality === "reported" && published && x.start && x.start.slice(0, 10) > published),
  );
  // The most precise date wins ("on Friday" over "in 2025"), then the one nearest the event word.
  const rank = (x: TimeExpression) => (x.start && x.end ? daysBetween(x.start, x.end) : 9999);
  const distance = (x: TimeExpression) => (near ? Math.min(Math.abs(x.span[0] - near.end), Math.abs(near.start - x.span[1])) : x.span[0]);
  const t = candidates.sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b))[0];
  return t ? timeValue(t) : undefined;
}

function durationIn(ctx: BuildContext, clause: Hit): Claim["duration"] | undefined {
  const t = ctx.info.times.find(
    (x) =>
      x.type === "DURATION" && x.minMinutes !== undefined && x.maxMinutes !== undefined && x.maxMinutes <= 24 * 60 && inside({ start: x.span[0], end: x.span[1] }, clause) &&
      // "a day before the talks", "five minutes after take-off" count from an event: not its length.
      x.after === undefined && x.before === undefined,
  );
  if (!t || t.minMinutes === undefined || t.maxMinutes === undefined) return undefined;
  const d: NonNullable<Claim["duration"]> = { minMinutes: t.minMinutes, maxMinutes: t.maxMinutes, text: t.text };
  if (t.mod) d.hedge = t.mod.toLowerCase().replace(/_/g, "-");
  return d;
}

function evidence(ctx: BuildContext): Claim["evidence"] {
  const s = ctx.info.s;
  return { quote: s.text, span: [s.start, s.end] };
}

function base(ctx: BuildContext, kind: Claim["kind"], m: { modality: Modality; condition?: string; status?: Status }): Draft {
  const d: Draft = { kind, modality: m.modality, evidence: evidence(ctx), own: new Set() };
  if (m.condition) d.condition = m.condition;
  if (m.status) d.status = m.status;
  if (ctx.info.attribution) d.attribution = ctx.info.attribution.source;
  if (ctx.article.published) d.published = ctx.article.published.slice(0, 10);
  return d;
}

/** "that meeting", "those talks", "tamto spotkanie", "tamte rozmowy": the meeting just mentioned. */
const DEMONSTRATIVE_BEFORE = /(?<![\p{L}])(?:that|those|tamt\p{L}*|owo|owe|owa)\s+$/iu;

/** "the talks", "this meeting", "such high-level talks": the meeting named before. */
const DETERMINER_BEFORE = /\b(?:the|this|that|these|such)\s+(?:[\p{L}-]+\s+)?$/iu;

/** Where in the sentence a call (an event type with participants, read by the incident extractor) is named. */
function callHits(ctx: BuildContext): Hit[] {
  const types = participantTypes();
  return ctx.lex.incidents.filter((t) => types.has(t.type)).flatMap((t) => hits(t.re, ctx.info.s));
}

/**
 * "Rozmowa trwała 20 minut", "The call lasted 40 minutes" right after a sentence that told of a phone
 * call: the length of that call (its type inherited), never of a meeting, when the clause names no place.
 */
function callAnaphora(ctx: BuildContext): Draft[] {
  const { info, lex, memory } = ctx;
  if (!memory.lastCall || callHits(ctx).length) return [];
  const noun = hits(lex.re.callNoun, info.s).find((h) => inContent(info, h));
  if (!noun) return [];
  const clause = clauseOf(info, noun.start);
  const duration = durationIn(ctx, clause);
  if (!duration || placeIn(ctx, clause, noun)) return [];
  const d = base(ctx, "incident", modalityAt(ctx, noun, clause));
  d.eventType = memory.lastCall;
  d.inherited = ["eventType"];
  d.duration = duration;
  d.own.add("duration");
  return [d];
}

/** Meetings and talks: one claim per clause that has a meeting word. */
function meetingClaims(ctx: BuildContext): Draft[] {
  const { info, lex } = ctx;
  const out: Draft[] = [];
  // A meeting word that is a call's ("rozmawiał we wtorek telefonicznie", "spoke with X by phone", "rozmowa
  // telefoniczna") tells of no meeting, nor does "the conversation" right after a call.
  const calls = callHits(ctx);
  const afterCall = callAnaphora(ctx).length > 0;
  const seen = new Set<number>();
  const repeated = hits(lex.re.repeated, info.s).length > 0;
  // "X also attended" names a participant of the meeting the story is about, without a meeting word.
  // A clause's claim takes its mood from a meeting verb where it has one: in "the theme of the talks is
  // his plan to meet X on Thursday" the talks are only named, the meeting with X is what is said.
  const nominal = (h: Hit) => (lex.re.meetingNoun.test(h.text) ? 1 : 0);
  const triggers = hits(lex.re.meeting, info.s)
    .map((h) => ({ h, clause: clauseOf(info, h.start).start }))
    .sort((a, b) => a.clause - b.clause || nominal(a.h) - nominal(b.h) || a.h.start - b.h.start)
    .map((x) => x.h);
  // "The Slovak delegation left early", "szef litewskiej delegacji X": a party of the talks the story is about.
  const delegations = mayNameDelegation(info, lex) ? delegationsIn(info, ctx.body, lex, ctx.registry) : [];
  // Each delegation is a claim of its own, read first so that it joins the story's talks before the sentence's other
  // meetings do ("Slovakia's lead delegate X said after talks that had lasted an hour"), also inside a meeting word's
  // clause, which may be about another meeting ("X confirmed that a presidential meeting was discussed").
  const delegationOnly = delegations.map((g) => ({ start: g.start, end: g.end, text: ctx.body.slice(g.start, g.end) }));
  const joinedOnly = triggers.length === 0 && !delegationOnly.length ? hits(lex.re.joined, info.s).slice(0, 1) : [];
  const delegationClauses = new Set<number>();
  for (const trigger of [...delegationOnly, ...triggers, ...joinedOnly]) {
    const clause = clauseOf(info, trigger.start);
    const byDelegation = delegationOnly.includes(trigger);
    // One delegation claim per clause, beside the clause's meeting claim.
    if (byDelegation ? delegationClauses.has(clause.start) : seen.has(clause.start)) continue;
    // A delegation's head may be the speaker ("said Slovakia's lead negotiator, X"): a party all the same.
    if (!byDelegation && !inContent(info, trigger)) continue;
    if (lex.re.meetingFalseBefore.test(ctx.body.slice(Math.max(clause.start, trigger.start - 12), trigger.start))) continue;
    if (!byDelegation && (calls.some((c) => c.start < trigger.end && trigger.start < c.end) || (afterCall && matches(lex.re.callNoun, trigger.text)))) continue;
    (byDelegation ? delegationClauses : seen).add(clause.start);
    const mod = modalityAt(ctx, trigger, clause);
    // The trip's own claim carries the denial.
    if (mod.purposeOfDeniedTrip) continue;
    // A delegation's mention says nothing of whether talks were denied ("the delegation did not know ...").
    if (byDelegation && mod.modality === "denied") continue;
    const d = base(ctx, "meeting", mod);
    let people = byDelegation ? [] : participantsOf(ctx, trigger, clause);
    // "… met the mayor and is expected to meet the president": the second verb shares the first one's subject.
    if (!byDelegation && clause.subject && !info.actors.some((m) => m.type === "person" && m.start >= clause.start && m.end <= trigger.start)) {
      const shared = peopleIn(ctx, { start: clause.subject.start, end: clause.subject.end, text: "" });
      if (shared.length) people = [...new Set([shared[0]!, ...people])];
    }
    if (!people.length && ctx.memory.lastGroup && hits(lex.re.groupAnaphora, info.s).some((h) => inside(h, clause))) people = [...ctx.memory.lastGroup];
    if (people.length >= 2) ctx.memory.lastGroup = people;
    // Countries and their heads of delegation take part too (countries are told apart from people when linking).
    const parties = byDelegation ? [] : talksParties(info, ctx.body, lex, ctx.registry, trigger, clause);
    // A delegation in the clause, or one whose head is among the people ("Slovakia's negotiator X met ..."), brings its countries.
    for (const g of delegations) if (inside(g, clause) || (g.head && people.includes(g.head))) parties.push(...g.countries, ...(g.head ? [g.head] : []));
    people = [...new Set([...people, ...parties])];
    if (people.length) (d.participants = people), d.own.add("participants");
    const round = byDelegation ? undefined : roundIn(ctx.body.slice(clause.start, clause.end), lex.lex);
    if (round) (d.round = round), d.own.add("round");
    // Where a meeting word stands in the sentence, the place and date are that meeting's, not the delegation's.
    const own = !byDelegation || triggers.length === 0;
    const place = own ? placeIn(ctx, clause, trigger) : undefined;
    if (place) (d.location = place.id), d.own.add("location");
    let time = own ? timeIn(ctx, clause, mod.modality, trigger) : undefined;
    // A delegation's sentence dates the talks only by a day ("arrived on Monday"), not by a season or a year it speaks of.
    if (byDelegation && time?.start && time.end && daysBetween(time.start.slice(0, 10), time.end.slice(0, 10)) > 0) time = undefined;
    if (time) (d.time = time), d.own.add("time");
    const duration = byDelegation ? undefined : durationIn(ctx, clause);
    if (duration) (d.duration = duration), d.own.add("duration");
    // Beside another meeting word the delegation may be that meeting's: it joins only talks between countries.
    if (byDelegation && triggers.length > 0) d.party = true;
    d.joined = joinedOnly.includes(trigger) || (byDelegation && triggers.length === 0) || hits(lex.re.joined, info.s).some((h) => inside(h, clause));
    d.repeated = repeated;
    d.anaphoric = ctx.article.lang !== "en" || DETERMINER_BEFORE.test(ctx.body.slice(Math.max(0, trigger.start - 30), trigger.start));
    if (DEMONSTRATIVE_BEFORE.test(ctx.body.slice(Math.max(0, trigger.start - 12), trigger.start))) d.demonstrative = true;
    if (d.status) d.own.add("status");
    out.push(d);
  }
  return out;
}

/**
 * Who takes part in a meeting: for a meeting noun, the names after "with"/"between" ("a possible
 * meeting with Nowak and Miller" does not include whoever is asked about it); otherwise, and
 * for verbs and "held talks", the people acting in the clause.
 */
function participantsOf(ctx: BuildContext, trigger: Hit, clause: Hit): string[] {
  const { info, lex, body } = ctx;
  const isNoun = lex.re.meetingNoun.test(headNoun(trigger));
  const supported = isNoun && lex.re.supportVerbs.test(body.slice(Math.max(clause.start, trigger.start - 40), trigger.start));
  const listed = isNoun && !supported ? nounParticipants(info, body, lex, trigger, clause) : undefined;
  if (listed) {
    // "Merz was in Warsaw for talks with Tusk": the clause's subject takes part too.
    const subject = info.actors.filter((m) => m.type === "person" && m.start >= clause.start && m.end <= trigger.start && inContent(info, m)).pop();
    return [...new Set(subject ? [subject.entity, ...listed] : listed)];
  }
  return peopleIn(ctx, clause);
}

/** Travel ("will fly to Prague", "polecą do Pragi"), attendance of an event, and presence ("remain in Kraków"). */
function movementClaims(ctx: BuildContext): Draft[] {
  const { info, lex, registry, body } = ctx;
  const out: Draft[] = [];
  const places = info.mentions.filter((m) => (m.type === "place" || m.type === "event") && inContent(info, m));
  const add = (kind: "travel" | "presence", verb: Hit, target: Mention) => {
    const clause = clauseOf(info, verb.start);
    const subjectClause = { start: clause.start, end: verb.start, text: "" };
    let people = peopleIn(ctx, subjectClause);
    // A subordinate clause may stand between the subject and its verb ("Novak, who ..., as ..., was due to fly").
    if (!people.length) {
      const before = info.actors.filter((m) => m.type === "person" && m.end <= verb.start && inContent(info, m));
      if (before.length) people = [before[before.length - 1]!.entity];
    }
    // Reported speech about oneself: "Kowalski zapowiedział, że weźmie udział ..." (pro-drop), "X said he would ...";
    // not when the clause names its subject by a title ("rzecznik przekazał, że minister odwiedzi …").
    const from = Math.max(subjectClause.start, info.attribution?.end ?? 0);
    const titled = info.tokens.some((t) => t.start >= from && t.end <= verb.start && isTitle(t.text, lex));
    if (!people.length && info.attribution?.speaker && !titled) people = [info.attribution.speaker];
    if (!people.length) return;
    const location = target.type === "event" ? registry.get(target.entity)?.location : target.entity;
    if (!location) return;
    const mod = modalityAt(ctx, verb, clause);
    // "He would travel only if …; he would instead remain in Kyiv": the alternative is conditional too.
    const earlier = ctx.memory.conditionalPlans.get(people[0]!);
    if (mod.modality === "planned" && earlier && hits(lex.re.alternative, info.s).some((h) => inside(h, clause))) {
      mod.modality = "conditional";
      mod.condition = `unless: ${earlier}`;
    }
    if (mod.modality === "conditional" && mod.condition && !mod.condition.startsWith("unless: ")) ctx.memory.conditionalPlans.set(people[0]!, mod.condition);
    const d = base(ctx, kind, mod);
    d.subject = people[0]!;
    // An undated plan runs from the day it was stated.
    const said = ctx.memory.speechDays.get(people[0]!);
    if (said && mod.modality !== "reported") d.reference = said;
    d.own.add("subject");
    if (people.length > 1) d.participants = people;
    d.location = location;
    d.own.add("location");
    const time = timeIn(ctx, clause, mod.modality, verb);
    if (time) (d.time = time), d.own.add("time");
    out.push(d);
  };
  const used = new Set<Mention>();
  const scan = (re: RegExp, viaPrepositionGap: RegExp, kind: "travel" | "presence", direct: boolean, eventsOnly = false) => {
    for (const verb of hits(re, info.s)) {
      if (!inContent(info, verb)) continue;
      const target = places.find((p) => {
        if (used.has(p) || p.start < verb.end || (eventsOnly && p.type !== "event")) return false;
        const gap = body.slice(verb.end, p.start);
        if (gap.length > 40) return false;
        const viaPreposition = viaPrepositionGap.test(gap);
        return viaPreposition || (direct && DIRECT_OBJECT_GAP.test(gap));
      });
      if (target) {
        used.add(target);
        add(kind, verb, target);
      }
    }
  };
  // Attending names a trip only when what is attended is an event with a place ("the World Economic Forum").
  scan(lex.re.attend, lex.re.locativeGap, "travel", true, true);
  scan(lex.re.travel, lex.re.directionalGap, "travel", false);
  scan(lex.re.presence, lex.re.locativeGap, "presence", false);
  scan(lex.re.arrival, lex.re.directionalGap, "presence", false);
  scan(lex.re.visit, lex.re.locativeGap, "presence", true);
  return out;
}

/** "X described the talks as very positive", "określając spotkanie jako pozytywne". */
function statementClaims(ctx: BuildContext): Draft[] {
  const { info, lex } = ctx;
  const speaker = info.attribution?.speaker ?? speakerBeforeCharacterisation(ctx);
  if (!speaker) return [];
  const positive = hits(lex.re.tonePositive, info.s).filter((h) => inContent(ctx.info, h));
  const negative = hits(lex.re.toneNegative, info.s).filter((h) => inContent(ctx.info, h));
  if (!positive.length && !negative.length) return [];
  if (!hits(lex.re.meeting, info.s).length) return [];
  const negatedPositive = positive.filter((h) => /\b(?:not|nie)\s+(?:\p{L}+\s+)?$/iu.test(ctx.body.slice(Math.max(0, h.start - 12), h.start)));
  const tone = positive.length > negatedPositive.length && !negative.length ? "positive" : negative.length && !positive.length ? "negative" : negative.length || negatedPositive.length ? "mixed" : "positive";
  const words = [...positive, ...negative].sort((a, b) => a.start - b.start);
  const d = base(ctx, "statement", { modality: "reported" });
  d.subject = speaker;
  d.statement = { speaker, tone, characterisation: words.map((w) => w.text).join(", ") };
  d.own.add("statement");
  d.anaphoric = true;
  return [d];
}

/** "Podobnie wypowiedział się Nowak, określając spotkanie jako ..." has the speaker after the verb. */
function speakerBeforeCharacterisation(ctx: BuildContext): string | undefined {
  const person = ctx.info.actors.find((m) => m.type === "person");
  if (!person) return undefined;
  const after = ctx.body.slice(person.end, ctx.info.s.end);
  return /^\W{0,3}\s*(?:określając|nazywając|describing|calling)\b/iu.test(after) ? person.entity : undefined;
}

/**
 * Other events (a ruling, an appeal, a signing, an announcement): who is involved (the
 * organisations and people of the sentence, "the ministry" resolved to the last ministry named),
 * when, and whether it happened, is planned, or is denied. The type is the claim's subject.
 */
function eventClaims(ctx: BuildContext): Draft[] {
  const { info, lex, body, memory } = ctx;
  const out: Draft[] = [];
  // One event per clause: the first one named ("denies appealing the ruling" is about the appeal),
  // unless it only announces another ("ogłosi wyrok" is the ruling).
  const found: Array<{ type: string; h: Hit }> = [];
  for (const { type, re } of lex.events) {
    for (const h of hits(re, info.s)) {
      // "announced that ...", "ogłosił, że ...": a speech act, not the event.
      if (!matches(lex.re.complementizer, body.slice(h.end, h.end + 6)) && !/^\s*,\s*(?:że|iż)/u.test(body.slice(h.end, h.end + 6))) found.push({ type, h });
    }
  }
  if (found.length === 0) return [];
  found.sort((a, b) => a.h.start - b.h.start);
  const perClause = new Map<number, { type: string; h: Hit }>();
  for (const f of found) {
    const clause = clauseOf(info, f.h.start);
    const current = perClause.get(clause.start);
    if (!current || (current.type === "announcement" && f.type !== "announcement")) perClause.set(clause.start, f);
  }
  for (const { type, h: trigger } of perClause.values()) {
    const clause = clauseOf(info, trigger.start);
    const mod = modalityAt(ctx, trigger, clause);
    const d = base(ctx, "status", mod);
    d.subject = `event:${type}`;
    d.own.add("subject");
    const agents = info.mentions.filter((m) => (m.type === "organization" || m.type === "person") && !m.possessive).map((m) => m.entity);
    const anaphora = lex.orgAnaphora.exec(info.s.text);
    if (anaphora) {
      const word = fold(anaphora[1] ?? "").slice(0, 6);
      const org = [...memory.orgs].reverse().find((o) => o.key.includes(word));
      if (org) agents.push(org.id);
    }
    if (agents.length) (d.participants = [...new Set(agents)]), d.own.add("participants");
    const place = placeIn(ctx, clause, trigger);
    if (place) (d.location = place.id), d.own.add("location");
    // The event's own date may sit right after its verb ("ogłosiła w środę wyniki"), where a speech date would.
    const times = [...info.times, ...info.speechTimes].filter(
      (x) => (x.type === "DATE" || x.type === "TIME") && !x.value.endsWith("_REF") && Math.min(Math.abs(x.span[0] - trigger.end), Math.abs(trigger.start - x.span[1])) <= 60,
    );
    const nearest = times.sort((a, b) => Math.abs(a.span[0] - trigger.start) - Math.abs(b.span[0] - trigger.start))[0];
    if (nearest) (d.time = timeValue(nearest)), d.own.add("time");
    // "to mark the signing of a deal", "po podpisaniu umowy": an event named as a noun, with nothing
    // said of it (no status, denial, plan or date), is no report that it happened.
    if (d.modality === "reported" && !d.status && !d.time && nominalEvent(body, trigger, info.s.start)) continue;
    d.anaphoric = true;
    out.push(d);
  }
  return out;
}

/** A verbal noun naming an event: "the signing", "a ruling of", "podpisanie", "podpisania". */
const NOUN_DETERMINER_BEFORE = /(?<![\p{L}])(?:the|a|an|its|their|his|her|this|that|of)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const POLISH_VERBAL_NOUN = /(?:ni|ci)(?:e|a|u|em|ach|om)$/iu;

function nominalEvent(body: string, trigger: Hit, sentenceStart: number): boolean {
  const word = trigger.text.trim();
  if (/ing$/i.test(word)) return NOUN_DETERMINER_BEFORE.test(body.slice(Math.max(sentenceStart, trigger.start - 40), trigger.start));
  return POLISH_VERBAL_NOUN.test(word) && !/^\p{Lu}/u.test(word);
}

/** A given name written before a registered surname: kept to catch "Rustam" against "Rusłan". */
function nameClaims(ctx: BuildContext): Draft[] {
  const out: Draft[] = [];
  for (const m of ctx.info.mentions) {
    if (m.type !== "person" || !m.given || m.givenStart === undefined) continue;
    const surname = ctx.body.slice(m.givenStart + m.given.length, m.end).trim();
    if (!surname) continue;
    const d: Draft = {
      kind: "name",
      modality: "reported",
      subject: m.entity,
      name: { entity: m.entity, given: m.given, givenKey: givenNameKey(m.given), surname },
      evidence: evidence(ctx),
      own: new Set(["name"]),
    };
    if (ctx.article.published) d.published = ctx.article.published.slice(0, 10);
    out.push(d);
  }
  return out;
}
