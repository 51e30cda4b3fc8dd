/**
 * Document-level event coreference. Meeting mentions in one article that can be the same event
 * (no contradicting place or time, shared participants, or an anaphoric "the talks") are put in
 * one frame; a claim then inherits the participants, place and time its own sentence leaves out,
 * and says so in `inherited`. Frames are what the link stage matches across articles.
 */
import type { Article, Claim, TimeValue } from "../types.js";
import { overlaps, spanDays } from "../util/dates.js";
import type { Draft } from "./index.js";
import { inferredWindow } from "./time-value.js";

interface Frame {
  id: string;
  /** Whether the frame is an event that happened or one that is planned; a denial fits either. */
  mood?: "event" | "plan";
  participants: Set<string>;
  location?: string;
  time?: TimeValue;
  members: Draft[];
}

/** Assigns frames, fills inherited fields, drops drafts that state nothing of their own, and numbers claims. */
export function assignFrames(drafts: Draft[], article: Article, nested: PlaceRelation): Claim[] {
  const frames: Frame[] = [];
  let last: Frame | undefined;
  for (const d of drafts) {
    if (d.kind === "meeting") {
      if (d.repeated) continue;
      const frame = findFrame(frames, last, d, nested) ?? newFrame(frames, article);
      join(frame, d);
      d.frame = frame.id;
      last = frame;
    } else if ((d.kind === "statement" || (d.kind === "status" && !d.participants?.length)) && last) {
      // A characterisation, or an event with nobody named ("the memorandum was not signed"), belongs to the current story.
      d.frame = last.id;
    }
  }
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
  const { own: _own, joined: _joined, anaphoric: _anaphoric, repeated: _repeated, reference: _reference, ...rest } = d;
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
function findFrame(frames: Frame[], last: Frame | undefined, d: Draft, nested: PlaceRelation): Frame | undefined {
  if (!d.participants?.length) {
    // "The meeting", "such talks" refer back to the latest compatible frame; a bare mention only continues the current one.
    const candidates = d.anaphoric ? [...frames].reverse() : last ? [last] : [];
    for (const frame of candidates) {
      if (!compatible(frame, d, nested)) continue;
      if (d.location && !frame.location && !d.anaphoric) return undefined;
      return frame;
    }
    return undefined;
  }
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i]!;
    if (!compatible(frame, d, nested)) continue;
    const shared = d.participants.some((p) => frame.participants.has(p));
    if (shared || d.joined || frame.participants.size === 0) return frame;
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
  return true;
}

function join(frame: Frame, d: Draft): void {
  frame.members.push(d);
  frame.mood ??= moodOf(d);
  for (const p of d.participants ?? []) frame.participants.add(p);
  if (d.location && !frame.location) frame.location = d.location;
  // A denial's time ("at the moment") is when it was denied, not when the event is.
  if (d.modality !== "denied" && d.time?.start && (!frame.time || spanDays(d.time) < spanDays(frame.time))) frame.time = d.time;
}
