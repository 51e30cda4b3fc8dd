/**
 * Incidents (and the other event types of rules/events/ read by this extractor: explosions,
 * fires, crashes, attacks, outages, thefts, votes, phone calls...): one claim per event type and
 * clause whose trigger word the sentence holds, with where it happened (a place in the trigger's
 * clause, after a locative preposition: never the country of a nationality word), its date, its
 * clock time or that of its start or end ("began at 12:33 p.m.", "o godz. 22.15", "shortly after
 * 3 am"), its duration when a verb of lasting governs it ("lasted six hours", "zajęła im siedem
 * minut"), modality and attribution as for meetings.
 *
 * Then, per article, mentions of one type with compatible places and dates form an incident frame
 * (`frame`, `<doc>@i<n>`, a key counts or other claims can attach to), and a mention inherits the
 * frame's place and date when its own sentence leaves them out, marked `inherited`.
 */
import type { Article, ClockValue, Modality, Status, TimeValue } from "../types.js";
import type { TimeExpression } from "../normalize/time/types.js";
import type { Mention } from "../normalize/entities.js";
import { hits, type Hit, type SentenceInfo, type CompiledLexicon } from "./sentence.js";
import type { Draft } from "./index.js";
import { inferredWindow } from "./time-value.js";
import { daysBetween, overlaps } from "../util/dates.js";
import { activeEventTypes, eventTypesVersion } from "./event-types.js";
import { districtOfBefore, findSites } from "./sites.js";

/** What the incident extractor borrows from the claim builders of ./index.ts. */
export interface IncidentHelpers<C extends { info: SentenceInfo; lex: CompiledLexicon; body: string; article: Article }> {
  clauseOf(info: SentenceInfo, at: number): Hit;
  inContent(info: SentenceInfo, x: { start: number; end: number }): boolean;
  modalityAt(ctx: C, trigger: Hit, clause: Hit): { modality: Modality; condition?: string; status?: Status; purposeOfDeniedTrip?: boolean };
  placeIn(ctx: C, clause: Hit, trigger?: Hit): { id: string; at: Mention | undefined } | undefined;
  timeIn(ctx: C, clause: Hit, modality: Modality, near?: Hit): TimeValue | undefined;
  base(ctx: C, kind: "incident", m: { modality: Modality; condition?: string; status?: Status }): Draft;
}

/** Words near a clock time that make it the start or the end of the event. */
const START_WORDS = /(?<![\p{L}])(?:began|begun|begin|begins|started|starts|start|broke out|erupted|hit|struck|occurred|happened|rozpoczął\p{L}*|rozpoczęł\p{L}*|zaczął\p{L}*|zaczęł\p{L}*|wybuchł\p{L}*|doszło|wystąpił\p{L}*|opened|otwarto|otwart\p{L}*|lost|went out|went dark|utracono|stracił\p{L}*|straciły|zgasł\p{L}*)(?![\p{L}])/iu;
const END_WORDS = /(?<![\p{L}])(?:ended|ends|end|finished|closed|close|was restored|were restored|restored|was over|was extinguished|put out|zakończył\p{L}*|zakończon\p{L}*|skończył\p{L}*|przywrócon\p{L}*|przywrócono|ugaszon\p{L}*|ugaszono|zamknięt\p{L}*|zamknięto)(?![\p{L}])/iu;

/** Verbs of lasting that govern a duration of the event ("lasted six hours", "zajęła im siedem minut"). */
const LASTING_BEFORE = /(?<![\p{L}])(?:lasted|lasting|lasts|last|took|taking|takes|burned for|burnt for|raged for|went on for|for|trwał\p{L}*|trwając\p{L}*|trwa|zajęł\p{L}*|zajął|zajmie|zajmuje|przez)(?![\p{L}])[^.;]{0,60}$/iu;

/** A verb of needing right before a length, and an infinitive of ending the incident after it. */
const NEEDED_BEFORE = /(?<![\p{L}])(?:needed|need|needs|spent|required|potrzebowa\p{L}*|potrzeba\p{L}*)\s+$/iu;
const QUELL_AFTER = /^,?\s+(?:to|by|aby|żeby|na)\s+(?:put out|extinguish|douse|contain|bring (?:\p{L}+\s+){0,2}under control|restore|ugasi\p{L}*|ugaszenie|opanowa\p{L}*|opanowanie|przywróci\p{L}*|przywrócenie)(?![\p{L}])/iu;

/** Minutes of a local date-time, as a number (ISO `YYYY-MM-DDTHH:MM`). */
export function clockMinutes(iso: string): number {
  const day = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 60000;
  return day + Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
}

/** The local date-time of a minute number. */
export function clockIso(minutes: number): string {
  return new Date(minutes * 60000).toISOString().slice(0, 16);
}

/** The clock time nearest the trigger in its clause (else in the sentence), with its hedge, point and zone. */
function clockIn(ctx: { info: SentenceInfo; body: string }, clause: Hit, trigger: Hit, inContent: (x: { start: number; end: number }) => boolean): { clock: ClockValue; expression: TimeExpression } | undefined {
  const { info, body } = ctx;
  const timed = info.times.filter((x) => x.type === "TIME" && /T\d{2}:\d{2}/.test(x.start ?? "") && x.start === x.end && inContent({ start: x.span[0], end: x.span[1] }));
  const distance = (x: TimeExpression) => Math.min(Math.abs(x.span[0] - trigger.end), Math.abs(trigger.start - x.span[1]));
  const inClause = timed.filter((x) => x.span[0] >= clause.start && x.span[1] <= clause.end);
  const t = (inClause.length ? inClause : timed.filter((x) => distance(x) <= 100)).sort((a, b) => distance(a) - distance(b))[0];
  if (!t?.start) return undefined;
  const around = body.slice(Math.max(clause.start, t.span[0] - 45), Math.min(clause.end, t.span[1] + 45));
  // "Od godziny 12:30", "since 3 am", "from 9 p.m.": the time the state began.
  const digit = t.text.search(/\d/);
  const before = body.slice(Math.max(clause.start, t.span[0] - 30), t.span[0]) + (digit > 0 ? t.text.slice(0, digit) : "");
  const since = /(?<![\p{L}])(?:od|since|from)\s+(?:godz\p{L}*\.?\s+)?$/iu.test(before);
  // "A fire broke out in a hall at the shipyard shortly after 10 pm": the verb may sit further from
  // the time than the window around it, between the trigger and the time.
  const between = t.span[0] >= trigger.end ? body.slice(trigger.start, t.span[0]) : "";
  const starts = START_WORDS.test(around) || (between.length <= 120 && START_WORDS.test(between) && !END_WORDS.test(between));
  const point: ClockValue["point"] = since ? "start" : END_WORDS.test(around) ? "end" : starts ? "start" : "event";
  const clock = clockValue(t, point);
  return clock ? { clock, expression: t } : undefined;
}

/** The clock value of a time expression with a clock: its window (hedge, or the rounding of a round time), zone and offset. */
export function clockValue(t: TimeExpression, point: ClockValue["point"]): ClockValue | undefined {
  if (!t.start || !/T\d{2}:\d{2}/.test(t.start)) return undefined;
  // The time text may run on into a weekday ("12:33 p.m. Monday"); only the clock matters here.
  const at = clockMinutes(t.start);
  let lo = at;
  let hi = at;
  let hedge: string | undefined;
  // The normaliser's window, where its grammar read a hedge: it knows how round the time is
  // ("around noon", a word, is ±1 h; "around 12:30" ±15 min; "shortly after 3 am" 3:00–3:30).
  if (t.earliest && t.latest) {
    lo = clockMinutes(t.earliest);
    hi = clockMinutes(t.latest);
    if (lo < at || hi > at) hedge = lo < at && hi > at ? "around" : hi > at ? (hi - at <= 30 ? "shortly after" : "after") : at - lo <= 30 ? "shortly before" : "before";
  }
  // A time given to the hour ("at 3 am") is as precise as reporters round it.
  // So is a time on the hour or half hour ("od godziny 12:30" may be 12:33 rounded).
  if (!hedge && (t.granularity === "hour" || /T\d{2}:(?:00|30)/.test(t.start))) (lo = at - 5), (hi = at + 5);
  const clock: ClockValue = { start: clockIso(lo), end: clockIso(hi), text: t.text, point };
  if (hedge) clock.hedge = hedge;
  if (t.zone) clock.zone = t.zone;
  if (t.utcOffsetMinutes !== undefined) clock.utcOffsetMinutes = t.utcOffsetMinutes;
  return clock;
}

/**
 * A timeline's clock line: a line that holds only a clock time ("9.30am", "21:15") times the
 * event told on the line after it. Returns the expression when the sentence is such a line.
 */
export function clockLine(info: SentenceInfo, body: string): TimeExpression | undefined {
  const { s } = info;
  const wholeLine = (s.start === 0 || body[s.start - 1] === "\n") && (s.end === body.length || body[s.end] === "\n" || body[s.end] === "\r");
  if (!wholeLine || !clockOnly(s.text.replace(/[:.–—-]+$/u, ""))) return undefined;
  return info.times.find((x) => x.type === "TIME" && x.start !== undefined && /T\d{2}:\d{2}/.test(x.start));
}

/** Gives the incident mentions of a timeline line that name no clock time of their own the time of the clock line above it. */
export function timeByClockLine(drafts: Draft[], line: TimeExpression): void {
  for (const d of drafts) {
    if (d.kind !== "incident" || d.clock || d.modality !== "reported") continue;
    const clock = clockValue(line, "event");
    if (clock) (d.clock = clock), d.own.add("clock");
  }
}

/** Words of a clock time that name no day ("around 9 p.m. local time", "ok. godz. 12.30"). */
const CLOCK_WORDS = /\d{1,4}(?:[:.]\d{2})?|[ap]\.?\s?m\.?|godz\p{L}*\.?|(?:local|czasu)\s+\p{L}+|time|GMT|UTC|CES?T|around|about|shortly|just|after|before|at|by|approximately|roughly|o|ok\.?|około|tuż|po|przed|noon|midnight|południ\p{L}*|północ\p{L}*/giu;

/** Whether a time expression is only a clock time, its day taken from the publication date. */
export function clockOnly(text: string): boolean {
  return /\d{1,2}[:.]\d{2}|\d\s*[ap]\.?\s?m(?![\p{L}])|godz|\d{4}\s*(?:GMT|UTC)/iu.test(text) && !/[\p{L}\d]/u.test(text.replace(CLOCK_WORDS, ""));
}

/** A duration of the event in the clause, governed by a verb of lasting. */
function durationNear(ctx: { info: SentenceInfo; body: string }, clause: Hit, owns: (at: number) => boolean = () => true): Draft["duration"] | undefined {
  const { info, body } = ctx;
  for (const x of info.times) {
    if (x.type !== "DURATION" || x.minMinutes === undefined || x.maxMinutes === undefined || x.maxMinutes > 7 * 24 * 60) continue;
    if (x.span[0] < clause.start || x.span[1] > clause.end || !owns(x.span[0])) continue;
    // "Firefighters needed more than four hours to put out the blaze": putting it out took that long.
    const quelled = NEEDED_BEFORE.test(body.slice(Math.max(clause.start, x.span[0] - 24), x.span[0])) && QUELL_AFTER.test(body.slice(x.span[1], x.span[1] + 40));
    if (!quelled && !LASTING_BEFORE.test(body.slice(Math.max(clause.start, x.span[0] - 70), x.span[0]))) continue;
    // "five minutes after take-off", "po starcie": an offset from another moment, not the event's length.
    // "burned for six hours before firefighters …" is still a length: the verb of lasting governs it directly.
    const governed = /(?<![\p{L}])(?:for|lasted|lasting|took|trwał\p{L}*|trwając\p{L}*|przez|zajęł\p{L}*|zajął)\s+$/iu.test(body.slice(Math.max(clause.start, x.span[0] - 12), x.span[0]));
    if (!governed && /^\s*(?:after|before|later|earlier|ago|po|przed|później|wcześniej|temu)(?![\p{L}])/iu.test(body.slice(x.span[1], x.span[1] + 12))) continue;
    const d: NonNullable<Draft["duration"]> = { minMinutes: x.minMinutes, maxMinutes: x.maxMinutes, text: x.text };
    if (x.mod) d.hedge = x.mod.toLowerCase().replace(/_/g, "-");
    return d;
  }
  return undefined;
}

/** A length standing right before the trigger as its adjective ("24–48 hour ceasefires", "72-hour truce"), with only a hyphen or spaces between. */
function adjectiveLength(info: SentenceInfo, body: string, trigger: Hit): Draft["duration"] | undefined {
  const x = info.times.find((t) => t.type === "DURATION" && t.minMinutes !== undefined && t.maxMinutes !== undefined && t.span[1] <= trigger.start && /^[\s-]*$/u.test(body.slice(t.span[1], trigger.start)));
  if (!x) return undefined;
  const d: NonNullable<Draft["duration"]> = { minMinutes: x.minMinutes!, maxMinutes: x.maxMinutes!, text: x.text };
  if (x.mod) d.hedge = x.mod.toLowerCase().replace(/_/g, "-");
  return d;
}

/**
 * Which event word a duration at `at` measures: the nearest one before it ("the talks, lasting just
 * 40 minutes, … a ceasefire" are the talks'), else the nearest after it ("a 72-hour truce").
 */
function lastsOf(at: number, events: readonly Hit[]): Hit | undefined {
  let before: Hit | undefined;
  let after: Hit | undefined;
  for (const e of events) {
    if (e.end <= at) {
      if (!before || e.end > before.end) before = e;
    } else if (e.start >= at && (!after || e.start < after.start)) after = e;
  }
  return before ?? after;
}

/** What may stand between a trigger verb and the place it hit: nothing, or "the city of". */
const DIRECT_OBJECT_GAP = /^\s+(?:the\s+(?:city|town|village|port|capital)\s+of\s+)?$/iu;

/** Prepositions that put an incident at a place, beyond the language's locatives ("near Nadiad", "w pobliżu Gdańska"). */
const INCIDENT_LOCATIVE = /(?<![\p{L}])(?:in|at|inside|near|outside|close to|off|over|on|on the outskirts of|w|we|na|przy|pod|nad|koło|obok|w pobliżu|w okolicach|niedaleko)\s+(?:the\s+)?(?:(?:city|town|village|port|capital|region|district|province|miasta|mieście|wsi|regionie|stolicy)\s+(?:of\s+)?)?$/iu;

/**
 * Where the incident happened: the nearest place in the trigger's clause that a locative
 * preposition introduces. A flight's destination ("headed for London") or a nationality
 * ("Spain's grid", "dwóch Włochów") is not where it happened.
 */
function incidentPlace(ctx: { info: SentenceInfo; body: string; lex: CompiledLexicon }, clause: Hit, trigger: Hit, inContent: (x: { start: number; end: number }) => boolean): string | undefined {
  const { info, body } = ctx;
  const distance = (m: Mention) => Math.min(Math.abs(m.start - trigger.end), Math.abs(trigger.start - m.end));
  const places = info.mentions
    .filter((m) => m.type === "place" && m.start >= clause.start && m.end <= clause.end && inContent(m) && distance(m) <= 60)
    .sort((a, b) => distance(a) - distance(b));
  // After the trigger, a comma or a dash ends the incident's own phrase ("the robbery reverberated …, prompting soul-searching in France").
  const sameSpan = (m: Mention) => m.end <= trigger.start || !/[,;:–—()]/u.test(body.slice(trigger.end, m.start));
  // "near the X area of Y": the town after a named district is where it happened, as if the district were not named.
  const districtOf = districtOfBefore(ctx.lex.lex.sites);
  const before = (m: Mention) => {
    const text = body.slice(Math.max(clause.start, m.start - 80), m.start);
    const named = districtOf?.exec(text);
    return named ? text.slice(0, named.index) : text.slice(-40);
  };
  // "the army attacked the city", "drony zaatakowały miasto": the place right after a finite trigger verb is its target.
  const target = (m: Mention) => m.start >= trigger.end && ctx.lex.re.finitePast.test(trigger.text) && DIRECT_OBJECT_GAP.test(body.slice(trigger.end, m.start));
  return places.find((m) => sameSpan(m) && (INCIDENT_LOCATIVE.test(before(m)) || target(m)))?.entity;
}

/** A determiner before an incident noun (and its modifiers): "the deadly Air India plane crash". */
const DEFINITE_BEFORE = /(?<![\p{L}])(?:the|this|that|its|last|such)\s+(?:[\p{L}\d’'-]+\s+){0,4}$/iu;
/** What may stand between an incident noun and its own date: "the crash on Thursday", "the fire of 12 June", "the stabbing happened late on Saturday". */
const ADJACENT_DATE = /^\s*(?:on|of|in|at|last|earlier|late|early)?\s*(?:the\s+)?$|^\s*,?\s*(?:which|that|który|która|które)(?![\p{L}])[^,;]*$|^\s*(?:happened|occurred|took\s+place|broke\s+out|began|started|erupted|struck)\s+(?:(?:late|early|shortly\s+after\s+\S+|just\s+before\s+\S+)\s+)?(?:on|in|at)?\s*(?:the\s+)?$/iu;

/** Event types whose reports are about someone (their aspects list participants). */
export function participantTypes(): Set<string> {
  const version = eventTypesVersion();
  if (!participantCache || participantCache.version !== version) {
    participantCache = { version, types: new Set(activeEventTypes().filter((t) => t.aspects.includes("participants")).map((t) => t.id)) };
  }
  return participantCache.types;
}
let participantCache: { version: number; types: Set<string> } | undefined;

/**
 * Words that refer back to the incident an article is about without naming its type: "the whole
 * operation took seven minutes", "akcja gaśnicza trwała sześć godzin", "the incident lasted…".
 */
const EVENT_ANAPHORA = /(?<![\p{L}])(?:operation|raid|incident|operacj\p{L}*|akcj\p{L}*|zdarzeni\p{L}*|incydent\p{L}*|it(?=\s+(?:only\s+|just\s+|all\s+)?took(?![\p{L}])))(?![\p{L}])/iu;
/** "it took them seven minutes to reach the roof": the length of another act, not of the incident. */
const INFINITIVE_AFTER = /^\s+to\s+\p{L}/u;

/**
 * Drafts whose generic noun ("the whole operation", "akcja", "it took") awaits its type, which the
 * whole article decides once read (see {@link resolveGenericTypes}).
 */
const generic = new WeakSet<Draft>();
/** Drafts told in a clause about years back ("trzy lata temu spłonął tu ratusz"): background, not the story's incident. */
const background = new WeakSet<Draft>();

/** A time words of which say "years": "years ago", "kilka lat temu", "dwa lata temu". */
const YEARS_WORDS = /(?<![\p{L}])(?:years?|decades?|lat|lata|rok|roku|dekad\p{L}*)(?![\p{L}])/iu;

/** Whether a clause is about years back: a time in it lies a year or more before publication, or says "years ago". */
function aboutYearsBack(info: SentenceInfo, clause: Hit, published: string | undefined): boolean {
  return info.times.some((x) => {
    if (x.span[0] < clause.start || x.span[1] > clause.end || x.type !== "DATE") return false;
    if (x.value === "PAST_REF") return YEARS_WORDS.test(x.text);
    return published !== undefined && x.end !== undefined && daysBetween(x.end.slice(0, 10), published) >= 365;
  });
}

/** Where an article's lead ends: the end of its first paragraph of 120 characters or more (a shorter one is a headline, read with it). */
function leadEnd(body: string): number {
  const breaks = /\n\s*\n/g;
  let from = 0;
  for (let m = breaks.exec(body); m; m = breaks.exec(body)) {
    if (m.index - from >= 120) return m.index;
    from = m.index + m[0].length;
  }
  return body.length;
}

/**
 * Gives each generic-noun draft the type of incident its article is about: the type its mentions
 * name most, a mention in the lead counting twice and one in a clause about years back not at
 * all, the first named on a tie. A generic noun in an article that names no incident is dropped.
 */
function resolveGenericTypes(drafts: Draft[], article: Article): void {
  const best = articleType(drafts, article);
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (!generic.has(d)) continue;
    if (best) d.eventType = best;
    else drafts.splice(i, 1);
  }
}

/** The type of incident an article is about (see {@link resolveGenericTypes}). */
function articleType(drafts: Draft[], article: Article): string | undefined {
  const lead = leadEnd(article.body);
  const counts = new Map<string, { n: number; first: number }>();
  for (const d of drafts) {
    if (d.kind !== "incident" || !d.eventType || generic.has(d) || background.has(d)) continue;
    const at = d.evidence.span[0];
    const c = counts.get(d.eventType) ?? { n: 0, first: at };
    c.n += at < lead ? 2 : 1;
    c.first = Math.min(c.first, at);
    counts.set(d.eventType, c);
  }
  let best: string | undefined;
  for (const [type, c] of counts) {
    const b = best ? counts.get(best)! : undefined;
    if (!b || c.n > b.n || (c.n === b.n && c.first < b.first)) best = type;
  }
  return best;
}

/**
 * A sentence with no trigger whose generic event noun is the subject of a verb of lasting takes
 * the type of incident the article is about (decided once the article is read): its duration is that incident's, its type inherited.
 */
function anaphoricDuration<C extends { info: SentenceInfo; lex: CompiledLexicon; body: string; article: Article }>(ctx: C, h: IncidentHelpers<C>): Draft[] {
  const { info, body } = ctx;
  const m = EVENT_ANAPHORA.exec(info.s.text);
  if (!m) return [];
  const noun: Hit = { start: info.s.start + m.index, end: info.s.start + m.index + m[0].length, text: m[0] };
  if (!h.inContent(info, noun)) return [];
  const clause = h.clauseOf(info, noun.start);
  // "siedmiominutowa akcja", "the seven-minute raid": a length written as the noun's adjective.
  const adjective = info.times.find((x) => x.type === "DURATION" && x.minMinutes !== undefined && x.maxMinutes !== undefined && x.span[1] <= noun.start && /^[\s-]*$/u.test(body.slice(x.span[1], noun.start)));
  const duration = adjective ? { minMinutes: adjective.minMinutes!, maxMinutes: adjective.maxMinutes!, text: adjective.text } : durationNear(ctx, clause);
  // Else the noun must be what lasts: it stands before the verb of lasting, a few words away.
  const at = duration ? info.times.find((x) => x.text === duration.text) : undefined;
  if (!duration || !at) return [];
  if (!adjective && (at.span[0] < noun.end || !/^[^.;]{0,80}$/u.test(body.slice(noun.end, at.span[0])) || INFINITIVE_AFTER.test(body.slice(at.span[1], at.span[1] + 12)))) return [];
  const mod = h.modalityAt(ctx, noun, clause);
  const d = h.base(ctx, "incident", mod);
  generic.add(d);
  d.inherited = ["eventType"];
  d.duration = duration;
  d.own.add("duration");
  return [d];
}

/** Event types whose reports can name a site below the town (their aspects list `site`). */
function siteTypes(): Set<string> {
  const version = eventTypesVersion();
  if (!siteCache || siteCache.version !== version) {
    siteCache = { version, types: new Set(activeEventTypes().filter((t) => t.aspects.includes("site")).map((t) => t.id)) };
  }
  return siteCache.types;
}
let siteCache: { version: number; types: Set<string> } | undefined;

/** How far from its trigger word a common-noun site or a seat may stand and still be that incident's. */
const SITE_REACH = 150;

/** Site claims whose type is the article's main incident, known only once the article is read (see {@link settleSiteTypes}). */
const pendingSites = new WeakSet<Draft>();

/**
 * The sites of the sentence (./sites.ts). A site near a trigger of a type with sites is that
 * incident's: the trigger's claim takes the first, another claim of the type each further one
 * (articles name several impact points). A named site (a district, a part of a building) in a
 * sentence without a trigger is the article's main incident's, its type inherited.
 */
function addSites<C extends { info: SentenceInfo; lex: CompiledLexicon; body: string; article: Article }>(ctx: C, h: IncidentHelpers<C>, out: Draft[], triggers: Map<Draft, Hit>): void {
  const types = siteTypes();
  if (!types.size) return;
  const { info } = ctx;
  const taken = (start: number, end: number) => info.mentions.some((m) => m.type === "place" && m.start < end && start < m.end);
  const found = findSites(info.s, ctx.lex.lex.sites, taken).filter((x) => h.inContent(info, x));
  if (!found.length) return;
  const carriers = out.filter((d) => d.eventType && types.has(d.eventType) && triggers.has(d));
  for (const x of found) {
    const distance = (d: Draft) => {
      const t = triggers.get(d)!;
      return Math.max(0, x.start - t.end, t.start - x.end);
    };
    const near = carriers.filter((d) => distance(d) <= SITE_REACH).sort((a, b) => distance(a) - distance(b))[0];
    if (near) {
      if (!near.site) {
        near.site = x.site;
        near.own.add("site");
        continue;
      }
      const d = h.base(ctx, "incident", { modality: near.modality, ...(near.condition ? { condition: near.condition } : {}) });
      d.eventType = near.eventType;
      d.own.add("eventType");
      d.site = x.site;
      d.own.add("site");
      out.push(d);
    } else if (x.named && !carriers.length) {
      const noun: Hit = { start: x.start, end: x.end, text: x.site.text };
      const d = h.base(ctx, "incident", h.modalityAt(ctx, noun, h.clauseOf(info, x.start)));
      d.site = x.site;
      d.own.add("site");
      d.inherited = ["eventType"];
      pendingSites.add(d);
      out.push(d);
    }
  }
}

/**
 * Gives the site claims of sentences without a trigger the type of the incident the article names
 * most ("they reached the X Gallery" in a story of a theft), or drops them when that type has
 * no sites or the article names no incident.
 */
export function settleSiteTypes(drafts: Draft[], article: Article): void {
  const type = articleType(drafts, article);
  const keep = type !== undefined && siteTypes().has(type);
  let w = 0;
  for (const d of drafts) {
    if (pendingSites.has(d)) {
      if (!keep) continue;
      d.eventType = type;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

/** The incident claims of one sentence. */
export function incidentClaims<C extends { info: SentenceInfo; lex: CompiledLexicon; body: string; article: Article }>(ctx: C, h: IncidentHelpers<C>): Draft[] {
  const { info, lex } = ctx;
  if (!lex.incidents.length) return [];
  const out: Draft[] = [];
  const triggers = new Map<Draft, Hit>();
  // A sentence with no checkable word has no trigger and no length: only a named site may be read there.
  if (info.checkable && !incidentMentions(ctx, h, out, triggers)) out.push(...anaphoricDuration(ctx, h));
  addSites(ctx, h, out, triggers);
  return out;
}

/**
 * The day an event's time names. Midnight closing a day ("shortly before midnight on Tuesday",
 * "we wtorek tuż przed północą", TIMEX value `…T24:00`) is the instant that starts the next day,
 * but the event happened on the day named.
 */
function calendarDay(value: string | undefined, start: string, end: string | undefined): [string, string] {
  const named = /^(\d{4}-\d{2}-\d{2})T24:00/.exec(value ?? "");
  if (named) return [named[1]!, named[1]!];
  return [start.slice(0, 10), (end ?? start).slice(0, 10)];
}

/** Adds the claims of the sentence's trigger words to `out`; returns whether it had any. */
function incidentMentions<C extends { info: SentenceInfo; lex: CompiledLexicon; body: string; article: Article }>(ctx: C, h: IncidentHelpers<C>, out: Draft[], triggers: Map<Draft, Hit>): boolean {
  const { info, lex } = ctx;
  const seen = new Set<string>();
  for (const { type, re } of lex.incidents) {
    for (const trigger of hits(re, info.s)) {
      if (!h.inContent(info, trigger)) continue;
      const clause = h.clauseOf(info, trigger.start);
      const key = `${type}|${clause.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const mod = h.modalityAt(ctx, trigger, clause);
      if (mod.purposeOfDeniedTrip) continue;
      const d = h.base(ctx, "incident", mod);
      d.eventType = type;
      d.own.add("eventType");
      if (aboutYearsBack(info, clause, ctx.article.published?.slice(0, 10))) background.add(d);
      const place = incidentPlace(ctx, clause, trigger, (x) => h.inContent(info, x));
      if (place) (d.location = place), d.own.add("location");
      let time = h.timeIn(ctx, clause, mod.modality, trigger) ?? h.timeIn(ctx, { start: info.s.start, end: info.s.end, text: "" }, mod.modality, trigger);
      // "around 1033 GMT" is a clock time, not the year 1033.
      if (time?.text && /^\d{4}$/.test(time.text) && /^\s*(?:GMT|UTC)(?![\p{L}])/u.test(ctx.body.slice(info.s.start + info.s.text.indexOf(time.text) + 4, info.s.end))) time = undefined;
      // "The death toll in the plane crash rose to 270 on Saturday": a definite mention of an incident told
      // before is the subject of another verb, whose date it is not, unless the date follows it ("the crash on Thursday").
      // A trigger that is itself the finite verb ("The plane plunged into the lake on Friday") has no other verb to lend its date to.
      if (time?.text && !ctx.lex.re.finitePast.test(trigger.text) && DEFINITE_BEFORE.test(ctx.body.slice(Math.max(clause.start, trigger.start - 40), trigger.start))) {
        const e = info.times.find((x) => x.text === time!.text);
        if (!e || !ADJACENT_DATE.test(ctx.body.slice(trigger.end, Math.max(trigger.end, e.span[0])))) time = undefined;
      }
      // "at 9 p.m." alone is dated by the publication day, which is a guess: the frame or the window decides.
      if (time?.text && clockOnly(time.text)) time = undefined;
      if (time?.start) {
        // The date of the event; its clock time is an aspect of its own.
        const [start, end] = calendarDay(time.value, time.start, time.end);
        const date: TimeValue = { ...time, start, end };
        if (date.granularity && ["hour", "minute", "second", "part-of-day"].includes(date.granularity)) date.granularity = "day";
        d.time = date;
        d.own.add("time");
      }
      const found = clockIn(ctx, clause, trigger, (x) => h.inContent(info, x));
      if (found) {
        d.clock = found.clock;
        d.own.add("clock");
        // "at 3 am on Sunday" dates the event itself, whatever other date (a dateline) stands nearer the trigger.
        const e = found.expression;
        if (e.start && !clockOnly(e.text) && e.text !== d.time?.text) {
          const [start, end] = calendarDay(e.value, e.start, e.end);
          d.time = { anchored: e.anchored, text: e.text, value: e.value, start, end, granularity: "day" };
          d.own.add("time");
        }
      }
      // Types with participants (a phone call): the people acting in the trigger's clause.
      if (participantTypes().has(type)) {
        const people = [...new Set(info.actors.filter((m) => m.type === "person" && m.start >= clause.start && m.end <= clause.end && h.inContent(info, m)).map((m) => m.entity))];
        if (people.length) (d.participants = people), d.own.add("participants");
      }
      // "short 24–48 hour ceasefires", "a 72-hour truce": a length written as the trigger's own adjective is its length.
      const duration = adjectiveLength(info, ctx.body, trigger) ?? durationNear(ctx, clause, (at) => lastsOf(at, [trigger, ...hits(lex.re.meeting, info.s)]) === trigger);
      if (duration) (d.duration = duration), d.own.add("duration");
      triggers.set(d, trigger);
      out.push(d);
    }
  }
  return out.length > 0;
}

interface IncidentFrame {
  id: string;
  type: string;
  location?: string;
  time?: TimeValue;
  people: Set<string>;
  /** Opened by a mention in a clause about years back (the museum's famous theft of 1911). */
  background?: boolean;
}

/**
 * Groups an article's incident mentions into frames (same type, nested or missing places,
 * overlapping dates), and fills a mention's missing place and date from its frame, marked
 * inherited; an undated frame of reported events lies in the days before publication (inferred).
 */
export function assignIncidentFrames(drafts: Draft[], article: Article, nested: (a: string, b: string) => boolean): void {
  resolveGenericTypes(drafts, article);
  const frames: IncidentFrame[] = [];
  const of = new Map<Draft, IncidentFrame>();
  for (const d of drafts) {
    if (d.kind !== "incident" || !d.eventType) continue;
    let frame: IncidentFrame | undefined;
    for (let i = frames.length - 1; i >= 0 && !frame; i--) {
      const f = frames[i]!;
      if (f.type !== d.eventType) continue;
      // An undated mention of the story is never a mention of the background incident told last.
      if (f.background && !background.has(d) && !d.time) continue;
      if (f.location && d.location && !nested(f.location, d.location) && !nested(d.location, f.location)) continue;
      if (f.time && d.time && !overlaps(f.time, d.time)) continue;
      // Two calls of one article with different people are two calls.
      if (f.people.size && d.participants?.length && !d.participants.some((p) => f.people.has(p))) continue;
      frame = f;
    }
    if (!frame) frames.push((frame = { id: `${article.id}@i${frames.length + 1}`, type: d.eventType, people: new Set(), background: background.has(d) }));
    for (const p of d.participants ?? []) frame.people.add(p);
    // The most specific place and the most precise date of the frame's mentions.
    if (d.location && (!frame.location || nested(frame.location, d.location))) frame.location = d.location;
    if (d.time?.start && d.modality !== "denied" && (!frame.time || (frame.time.start !== frame.time.end && d.time.start === d.time.end))) frame.time = d.time;
    d.frame = frame.id;
    of.set(d, frame);
  }
  for (const [d, frame] of of) {
    const inherited = [...(d.inherited ?? [])];
    if (!d.location && frame.location) (d.location = frame.location), inherited.push("location");
    if (!d.time) {
      const t = frame.time ?? inferredWindow(article.published, d.modality === "reported" ? "reported" : "planned");
      if (t) (d.time = t), inherited.push("time");
    }
    if (inherited.length) d.inherited = inherited;
  }
}
