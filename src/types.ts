/**
 * Shapes shared by every stage of the pipeline: load → extract → normalize → link → compare → format.
 *
 * Position convention (as in the report contract): every `span` is `[start, end)` in UTF-16
 * code units of the article body after front matter is removed, so `body.slice(start, end)`
 * is the quote. Spans are 0-based; printed lines and columns are 1-based.
 */
import type { Granularity, TimeExpression } from "./normalize/time/types.js";

/** A problem that did not stop the run: an unreadable article, a claim that failed validation... */
export interface Problem {
  code: string;
  message: string;
  /** The file the problem is about. */
  path?: string;
}

/** One input article after loading. */
export interface Article {
  /** File name without extension (or the `id` front-matter field / JSON Lines field). */
  id: string;
  path: string;
  body: string;
  lang: string;
  /** ISO date or date-time; absent when neither front matter nor the text gives one. */
  published?: string;
  /** Where `published` came from. */
  publishedFrom: "front-matter" | "printed" | "none";
  /** How `lang` was decided. */
  langFrom: "front-matter" | "detected";
  source?: string;
  title?: string;
  url?: string;
  problems: Problem[];
}

export type ClaimKind = "meeting" | "presence" | "travel" | "statement" | "quantity" | "status" | "name" | "incident";

/** Whether the article presents the claim as having happened, as a plan, conditionally, or denies it. */
export type Modality = "reported" | "planned" | "conditional" | "denied";

/** A status marker some claims carry: "the Palace confirmed", "postponed", ... */
/** "cut-short" and "continued" say how an event that happened ended: broken off early, or went on (behind closed doors). */
export type Status = "confirmed" | "denied" | "postponed" | "cancelled" | "cut-short" | "continued";

/**
 * A normalised time: an inclusive interval of ISO dates (or date-times), with what the time
 * normaliser knows beyond it, carried as it is on TimeExpression: the hedge's window (`earliest`/`latest`), the zone written and its UTC
 * offset, and the weekday written beside a date with whether it matches.
 */
export interface TimeValue extends Pick<TimeExpression, "earliest" | "latest" | "zone" | "utcOffsetMinutes" | "weekday" | "weekdayMismatch"> {
  start?: string;
  end?: string;
  /** TIMEX3 value, e.g. `2026-01-20`, `2025-12`, `FUTURE_REF`. */
  value?: string;
  granularity?: Granularity;
  text?: string;
  /** False when relative and no publication date was known. */
  anchored: boolean;
  /**
   * True when no time expression was stated and the window was derived from the
   * publication date (a reported event without a date is taken as recent news).
   */
  inferred?: boolean;
  /** Set when the event's own report gives no date and the date of another event was taken: a crash dated by its flight's departure. */
  borrowedFrom?: "departure";
}

export interface DurationValue {
  minMinutes: number;
  maxMinutes: number;
  text: string;
  /** The hedge that widened the interval ("about", "prawie"...), if any. */
  hedge?: string;
}

export interface QuantityValue {
  min: number;
  /** Absent for an open upper bound ("at least 12"). */
  max?: number;
  /** What is counted: killed, injured, missing, arrested, evacuated, votes, percent, money... */
  counted: string;
  unit?: string;
  text: string;
  hedge?: string;
  /** For amounts: what the amount is in the sentence ("claimed", "awarded", "offered"). */
  role?: string;
  /** "estimate" when the figure comes from a poll, projection or estimate rather than a count. */
  basis?: "estimate";
  /** The as-of time the article gives ("as of 6pm"), when it gives one. */
  asOf?: TimeValue;
  /**
   * The part of the counted whole the figure is about ("passengers" of those on board, "ground"
   * of the dead, "nationals" among the injured, "children"): only like is compared with like.
   */
  group?: string;
  /** For estimates: which poll or projection ("exit", "late"); different polls are different measurements. */
  poll?: string;
  /** For shares and turnout: which round of the election (1 for the first, 2 for a runoff or second round); different rounds are different results. */
  round?: number;
  /** The sentence names the place of the count below country level (a registered town, region or site): enough, with the same place on the other side, to take two counts for one incident. */
  local?: boolean;
  /** The unit of the last digit written (0.1 for "71.6%", 100000 for "10.6 million"): a rounded figure stands for ± half of it. */
  step?: number;
}

/**
 * A clock time of an event, of its start or of its end ("began at 12:33 p.m.", "o godz. 22.15",
 * "shortly after 3 am"), as an inclusive interval of local date-times after the hedge.
 */
export interface ClockValue {
  /** Earliest and latest local date-time (`2025-04-28T12:33`); equal for an exact time. */
  start: string;
  end: string;
  text: string;
  /** Which moment of the event: the event itself (an explosion), its start or its end. */
  point: "event" | "start" | "end";
  /** "around", "shortly after", "before", "ok.", ... */
  hedge?: string;
  /** The time zone as written ("GMT", "Eastern time", "local time"), when the text names one. */
  zone?: string;
  /** Offset from UTC of that zone, when known: the time is then comparable across zones. */
  utcOffsetMinutes?: number;
}

/**
 * A relative time offset between two moments of one event: "went down under two minutes after
 * take-off", "cztery minuty po starcie", "25 minutes into the meeting it turned". The span is in
 * seconds after the hedge ("under two minutes" is 0–120 s, "about 20 minutes" 17.5–22.5 min).
 */
export interface OffsetValue {
  /** The moment counted from: "take-off", "start", "arrival", "landing", "end", "turn", or "event:<word>". */
  anchor: string;
  relation: "after" | "before";
  /** The moment timed: "crash", "fuel-cutoff", "turn", "departure", ... */
  happening: string;
  minSeconds: number;
  maxSeconds: number;
  /** The words of the span as written ("less than a minute", "tuż po"). */
  text: string;
  /** "less-than", "approx", "shortly" (a span given by words alone: "just after"), ... */
  hedge?: string;
  /** The anchor was not written but taken to be the event's start ("after about 40 minutes"), or derived. */
  anchorInferred?: boolean;
  /** The happening was not the one the span times in its clause (another clause, or after "and then"). */
  happeningInferred?: boolean;
}

export type Tone = "positive" | "negative" | "neutral" | "mixed";

export interface StatementValue {
  /** Canonical entity id of the speaker. */
  speaker: string;
  tone?: Tone;
  /** The words of the characterisation, as written ("very positive", "pozytywne"). */
  characterisation?: string;
}

export interface NameValue {
  entity: string;
  /** Given name exactly as written in the article. */
  given: string;
  /** Comparison key of the given name (folded, transliteration-insensitive). */
  givenKey: string;
  surname: string;
}

/**
 * The site of an incident below its town (src/extract/sites.ts): a district ("the X area"), a
 * named part of a building ("the X Gallery"), an impact point named by a common noun ("a
 * field", "a hostel"), or a seat ("seat 14C").
 */
export interface SiteValue {
  kind: "district" | "part" | "point" | "seat";
  /** A part's class ("gallery", "hall"); a point's kind of ground ("open-ground", "building", "campus"). */
  class?: string;
  /** A folded key of the name ("x"), a point's thing in any language ("hostel"), or the seat ("14c"). */
  key?: string;
  /** The words as written. */
  text: string;
  /** The landmark the site is said to be near ("a field near X": "X"). */
  near?: string;
}

/** A checkable claim after normalisation; validated against schemas/claim.schema.json. */
export interface Claim {
  /** `<doc>#<n>`, unique in the run. */
  id: string;
  doc: string;
  kind: ClaimKind;
  modality: Modality;
  /** Who the article says the claim comes from ("the agency", "a White House spokesman"). */
  attribution?: string;
  status?: Status;
  /** The person the claim is about (traveller, speaker, whose whereabouts). */
  subject?: string;
  participants?: string[];
  /** Canonical place id (where a meeting is, where a person is or goes). */
  location?: string;
  time?: TimeValue;
  duration?: DurationValue;
  quantity?: QuantityValue;
  statement?: StatementValue;
  /** The condition of a conditional claim ("only if the documents are ready"). */
  condition?: string;
  name?: NameValue;
  /** For incidents (and other event types read from rules/events): the type ("fire", "outage"). */
  eventType?: string;
  /** The clock time of the event, or of its start or end. */
  clock?: ClockValue;
  /** For incidents: where inside the town it happened (a district, a part of a building, an impact point, a seat). */
  site?: SiteValue;
  /** A moment of the event timed from another of its moments ("less than a minute after take-off"). */
  offset?: OffsetValue;
  /** Participants known to be absent ("without Miller"). */
  absent?: string[];
  /** Which round of talks the meeting is ("the second round", "trzecia runda"): different rounds are different events. */
  round?: number;
  /** Document-local event frame this mention belongs to (doc-level coreference). */
  frame?: string;
  /** Fields filled from the frame rather than stated in the claim's own sentence. */
  inherited?: string[];
  /** The article's publication date, copied for rules that depend on order. */
  published?: string;
  evidence: { quote: string; span: [number, number] };
}

export type Severity = "info" | "warning" | "error";
export type Verdict = "agree" | "conflict";

/** A claim as it appears inside a finding. */
export interface ClaimRef {
  claim: string;
  doc: string;
  quote: string;
  span: [number, number];
  /** The normalised value compared, in words ("121–180 min", "Geneva"). */
  value: string;
  modality: Modality;
  attribution?: string;
  published?: string;
}

export interface Finding {
  id: string;
  rule: string;
  verdict: Verdict;
  aspect: string;
  severity: Severity;
  qualifiers: string[];
  event: string;
  docs: [string, string];
  claims: [ClaimRef, ClaimRef];
  explanation: string;
}

export interface DocumentSummary {
  id: string;
  path: string;
  lang: string;
  published?: string;
  source?: string;
  title?: string;
  url?: string;
  claims: number;
  problems: Problem[];
  /** MinHash signature of the body (src/link/duplicates.ts), for finding copies; internal, not in the JSON report. */
  signature?: Uint32Array;
}

/** Articles with (nearly) the same text: one source. `doc` is the one compared; `copies` are never compared. */
export interface DuplicateGroup {
  doc: string;
  copies: string[];
  /** The lowest estimated similarity (Jaccard of word 5-shingles) of a copy to `doc`. */
  similarity: number;
}

/** One source's quote for a position: the first claim of that document in it. */
export interface PositionQuote {
  doc: string;
  /** The document's front matter `source`, else its id. */
  source: string;
  claim: string;
  quote: string;
  span: [number, number];
  value: string;
  attribution?: string;
}

/** Claims about one aspect of an event whose values the rules found to agree. */
export interface Position {
  /** The normalised value, in words, of its first claim. */
  value: string;
  /** Modality of its first claim; `modalities` lists all. */
  modality: "reported" | "planned" | "conditional" | "denied";
  modalities: Array<"reported" | "planned" | "conditional" | "denied">;
  /** Distinct sources (front matter `source`, else document id), in input order. */
  sources: string[];
  docs: string[];
  attributions: string[];
  /** One quote per document. */
  quotes: PositionQuote[];
  /** How many claims hold it. */
  claims: number;
  /** Indices (in the aspect's `positions`) of the positions the rules found incompatible with it. */
  against: number[];
}

/** One aspect of an event (duration, location, …): agree with one position, conflict with several incompatible ones. */
export interface EventAspect {
  aspect: string;
  verdict: Verdict;
  severity: Severity;
  qualifiers: string[];
  rules: string[];
  positions: Position[];
}

/** A linked event with its aspects, as a fact-check reads. */
export interface EventReport {
  id: string;
  event: string;
  verdict: Verdict;
  severity: Severity;
  docs: string[];
  aspects: EventAspect[];
}

export interface Report {
  tool: { name: string; version: string };
  generatedAt: string;
  documents: DocumentSummary[];
  claims: Claim[];
  findings: Finding[];
  /** Groups of copies of one text (src/link/duplicates.ts). */
  duplicates?: DuplicateGroup[];
  /** Linked events with their aspects and positions (src/compare/positions.ts). */
  events?: EventReport[];
  problems: Problem[];
  summary: { documents: number; claims: number; agreements: number; conflicts: number; problems: number };
  stats?: RunStats;
}

/** What `--stats` shows: how much work each stage did, and how long it took. */
export interface RunStats {
  articles: number;
  bytes: number;
  claims: number;
  events: number;
  candidatePairs: number;
  pairsCompared: number;
  findings: number;
  ms: Record<string, number>;
}
