/**
 * Document-level event coreference. Meeting mentions in one article that can be the same event
 * (no contradicting place or time, shared participants, or an anaphoric "the talks") are put in
 * one frame; a claim then inherits the participants, place and time its own sentence leaves out,
 * and says so in `inherited`. Frames are what the link stage matches across articles.
 */
import type { Article, Claim, TimeValue } from "../types.js";
import { addDays, overlaps, spanDays } from "../util/dates.js";
import type { Draft } from "./index.js";
import { inferredWindow } from "./time-value.js";

interface Frame {
  id: string;
  /** Whether the frame is an event that happened or one that is planned; a denial fits either. */
  mood?: "event" | "plan";
  participants: Set<string>;
  location?: string;
  time?: TimeValue;
  /** The round of talks its mentions name ("the second round"), if any. */
  round?: number;
  members: Draft[];
}

/** Days before publication beyond which a dated mention of talks is background, not the news. */
const BACKGROUND_DAYS = 14;

/** Assigns frames, fills inherited fields, drops drafts that state nothing of their own, and numbers claims. */
export function assignFrames(drafts: Draft[], article: Article, nested: PlaceRelation, isCountry: (id: string) => boolean = () => false): Claim[] {
  const frames: Frame[] = [];
  let last: Frame | undefined;
  // "The first talks came shortly after the war began in 2022": talks dated weeks before the
  // article are background; they neither take the story's later mentions nor give it their date.
  const cutoff = article.published ? addDays(article.published.slice(0, 10), -BACKGROUND_DAYS) : undefined;
  const background = (t: TimeValue | undefined) => cutoff !== undefined && t?.end !== undefined && !t.inferred && t.end.slice(0, 10) < cutoff;
  let mentioned: Frame | undefined;
  for (const d of drafts) {
    if (d.kind === "meeting") {
      if (d.repeated) continue;
      // "That meeting lasted an hour and a half": a length with nothing else of its own is the last meeting's mentioned,
      // one in the background only when a demonstrative points back to it ("the talks lasted" are the story's).
      const lengthOnly = d.duration !== undefined && !d.time && !d.participants?.length;
      const previous = lengthOnly && mentioned && compatible(mentioned, d, nested) && (d.demonstrative || !background(mentioned.time)) ? mentioned : undefined;
      const frame = previous ?? findFrame(frames, last, d, nested, background, isCountry) ?? newFrame(frames, article);
      join(frame, d);
      d.frame = frame.id;
      mentioned = frame;
      if (!background(frame.time)) last = frame;
    } else if ((d.kind === "statement" || (d.kind === "status" && !d.participants?.length)) && last) {
      // A characterisation, or an event with nobody named ("the memorandum was not signed"), belongs to the current story.
      d.frame = last.id;
    }
  }
  shareSeriesParties(frames, isCountry);
  for (const frame of frames) {
    if (!frame.time) {
      const reported = frame.members.some((m) => m.modality === "reported");
      const window = inferredWindow(article.published, reported ? "reported" : "planned");
      if (window) frame.time = window;
    }
  }
  const byId = new Map(frames.map((f) => [f.id, f]));
  const claims: Claim[] = [];
  const seenNames = new Set<string>();
  for (const d of drafts) {
    if (d.kind === "meeting" && (d.repeated || d.own.size === 0)) continue;
    if (d.kind === "name") {
      const key = `${d.name!.entity}|${d.name!.givenKey}`;
      if (seenNames.has(key)) continue;
      seenNames.add(key);
    }
    const frame = d.frame ? byId.get(d.frame) : undefined;
    // A count may already have its place from the article (see extractClaims).
    const inherited: string[] = [...(d.inherited ?? [])];
    if (frame && d.kind === "meeting") {
      if (!d.participants && frame.participants.size) (d.participants = [...frame.participants]), inherited.push("participants");
      if (!d.location && frame.location) (d.location = frame.location), inherited.push("location");
      if (!d.time && frame.time) (d.time = frame.time), inherited.push("time");
    }
    if (frame && d.kind === "status" && !d.time && frame.time && !frame.time.inferred) (d.time = frame.time), inherited.push("time");
    if ((d.kind === "travel" || d.kind === "presence") && !d.time) {
      const window = inferredWindow(article.published, d.modality === "reported" ? "reported" : "planned", d.reference);
      if (window) (d.time = window), inherited.push("time");
    }
    claims.push(toClaim(d, article, claims.length + 1, inherited));
  }
  return claims;
}

function toClaim(d: Draft, article: Article, n: number, inherited: string[]): Claim {
  const { own: _own, joined: _joined, anaphoric: _anaphoric, repeated: _repeated, reference: _reference, demonstrative: _demonstrative, party: _party, ...rest } = d;
  const claim: Claim = { id: `${article.id}#${n}`, doc: article.id, ...rest };
  if (inherited.length) claim.inherited = inherited;
  return claim;
}

function newFrame(frames: Frame[], article: Article): Frame {
  const frame: Frame = { id: `${article.id}@${frames.length + 1}`, participants: new Set(), members: [] };
  frames.push(frame);
  return frame;
}

/** The most recent frame this mention can belong to. */
function findFrame(
  frames: Frame[],
  last: Frame | undefined,
  d: Draft,
  nested: PlaceRelation,
  background: (t: TimeValue | undefined) => boolean,
  isCountry: (id: string) => boolean,
): Frame | undefined {
  // A background mention and the story's own ones never share a frame, whichever is undated.
  const era = (frame: Frame) => (d.time ? background(d.time) === background(frame.time) : !background(frame.time)) && (frame.time !== undefined || !background(d.time));
  if (!d.participants?.length) {
    // "The meeting", "such talks" refer back to the latest compatible frame; a bare mention only continues the current one.
    const candidates = d.anaphoric ? [...frames].reverse() : last ? [last] : [];
    for (const frame of candidates) {
      if (!compatible(frame, d, nested) || !era(frame)) continue;
      if (d.location && !frame.location && !d.anaphoric) return undefined;
      return frame;
    }
    return undefined;
  }
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i]!;
    if (!compatible(frame, d, nested) || !era(frame)) continue;
    const shared = d.participants.some((p) => frame.participants.has(p));
    // "The Slovak negotiator said ...": a country alone is no party of a meeting between people only.
    const countries = [...frame.participants].some(isCountry);
    const countryOnly = !shared && d.participants.every(isCountry) && frame.participants.size > 0 && !countries;
    if (shared || (d.joined && !countryOnly) || (d.party && countries) || frame.participants.size === 0) return frame;
  }
  return undefined;
}

/** True when one place is the other or lies inside it (the Palace in Prague). */
export type PlaceRelation = (a: string, b: string) => boolean;

function moodOf(d: Draft): Frame["mood"] {
  return d.modality === "reported" ? "event" : d.modality === "planned" || d.modality === "conditional" ? "plan" : undefined;
}

function compatible(frame: Frame, d: Draft, nested: PlaceRelation): boolean {
  const mood = moodOf(d);
  if (frame.mood && mood && frame.mood !== mood) return false;
  if (frame.location && d.location && !nested(frame.location, d.location) && !nested(d.location, frame.location)) return false;
  if (frame.time && d.time && !overlaps(frame.time, d.time)) return false;
  // "The first round took place in May": another round is another meeting.
  if (frame.round !== undefined && d.round !== undefined && frame.round !== d.round) return false;
  return true;
}

/**
 * Rounds of one series of talks are between the same parties: a round named without its
 * countries ("the first round was also held in the capital") takes those of another round the
 * article names with two or more.
 */
function shareSeriesParties(frames: Frame[], isCountry: (id: string) => boolean): void {
  const countries = (f: Frame) => [...f.participants].filter(isCountry);
  const series = frames.find((f) => f.round !== undefined && countries(f).length >= 2);
  if (!series) return;
  for (const f of frames) {
    if (f.round === undefined || f === series || countries(f).length > 0) continue;
    for (const id of countries(series)) f.participants.add(id);
  }
}

function join(frame: Frame, d: Draft): void {
  frame.members.push(d);
  frame.mood ??= moodOf(d);
  if (d.round !== undefined) frame.round ??= d.round;
  for (const p of d.participants ?? []) frame.participants.add(p);
  if (d.location && !frame.location) frame.location = d.location;
  // A denial's time ("at the moment") is when it was denied, not when the event is.
  if (d.modality !== "denied" && d.time?.start && (!frame.time || spanDays(d.time) < spanDays(frame.time))) frame.time = d.time;
}
