/**
 * Link: decides which claims talk about the same thing, so rules only compare those.
 *
 * Algorithm (never all pairs of claims):
 * 1. Event frames. Each article's meeting mentions were grouped into frames at extraction. A
 *    frame gets blocking keys `participant|week` for every participant and every ISO week its
 *    time window touches (windows longer than ~10 weeks get one coarse key per quarter).
 *    Only frames sharing a key are candidates, and a candidate pair is the same event when the
 *    participants nest (or share three people), the places are the same or one contains the
 *    other, and the time windows overlap (or, for identical participants and place, lie at most
 *    two days apart, which is the case a date rule should see). Union-find over those pairs
 *    gives the events.
 * 2. Whereabouts. Presence, travel and located meetings get keys `person|week`; two claims
 *    sharing a key with overlapping windows are paired for the person rules.
 * 3. Names. Name claims are grouped by entity, one representative per distinct given-name key.
 * A block that grows beyond MAX_BLOCK is split further by day, so a famous person in a big
 * corpus does not make one quadratic block.
 */
import type { Claim, TimeValue } from "../types.js";
import type { LinkType } from "../compare/rule-api.js";
import type { EntityRegistry } from "../normalize/entities.js";
import { addDays, dayNumber, daysBetween, overlaps, spanDays } from "../util/dates.js";

export interface LinkedPair {
  a: Claim;
  b: Claim;
  link: LinkType;
  /** Plain description of the event or subject the two claims share. */
  event: string;
  /** Stable key of the event (for deduplicating findings). */
  eventKey: string;
}

export interface LinkResult {
  pairs: LinkedPair[];
  events: number;
  candidatePairs: number;
}

const MAX_BLOCK = 64;
const LONG_WINDOW_DAYS = 70;

interface Frame {
  key: string;
  doc: string;
  claims: Claim[];
  participants: Set<string>;
  location?: string;
  time?: TimeValue;
}

/** Links claims; pure and deterministic for the same input order. */
export function linkClaims(claims: Claim[], registry: EntityRegistry): LinkResult {
  const frames = buildFrames(claims, registry);
  const union = new UnionFind(frames.length);
  let candidatePairs = 0;
  const framePairs: Array<[number, number]> = [];
  const found = candidates(frames.map((f, idx) => ({ idx, doc: f.doc, keys: frameKeys(f) })));
  for (let k = 0; k < found.length; k += 2) {
    const i = found[k]!;
    const j = found[k + 1]!;
    candidatePairs++;
    if (sameEvent(frames[i]!, frames[j]!, registry)) {
      union.join(i, j);
      framePairs.push([i, j]);
    }
  }
  const pairs: LinkedPair[] = [];
  const label = new Map<number, string>();
  const eventLabel = (i: number) => {
    const root = union.find(i);
    let text = label.get(root);
    if (!text) {
      text = describeFrame(frames[root]!, registry);
      label.set(root, text);
    }
    return text;
  };
  for (const [i, j] of framePairs) {
    const root = `event:${union.find(i)}`;
    for (const a of frames[i]!.claims) for (const b of frames[j]!.claims) pairs.push({ a, b, link: "event", event: eventLabel(i), eventKey: root });
  }
  // Claims of one frame may contradict each other inside one article.
  frames.forEach((frame, i) => {
    const cs = frame.claims;
    if (cs.length < 2) return;
    const event = eventLabel(i);
    const eventKey = `event:${union.find(i)}`;
    for (let x = 0; x < cs.length; x++) for (let y = x + 1; y < cs.length; y++) pairs.push({ a: cs[x]!, b: cs[y]!, link: "event", event, eventKey });
  });
  const events = new Set(frames.map((_, i) => union.find(i))).size;
  const person = personPairs(claims, registry);
  const names = namePairs(claims, registry);
  const quantities = quantityPairs(claims, registry);
  const statuses = eventPairs(claims, registry);
  return {
    pairs: [...pairs, ...person.pairs, ...names.pairs, ...quantities.pairs, ...statuses.pairs],
    events,
    candidatePairs: candidatePairs + person.candidates + names.candidates + quantities.candidates + statuses.candidates,
  };
}

function buildFrames(claims: Claim[], registry: EntityRegistry): Frame[] {
  const byKey = new Map<string, Frame>();
  for (const c of claims) {
    if (!c.frame || (c.kind !== "meeting" && c.kind !== "statement" && c.kind !== "status")) continue;
    let frame = byKey.get(c.frame);
    if (!frame) {
      frame = { key: c.frame, doc: c.doc, claims: [], participants: new Set() };
      byKey.set(c.frame, frame);
    }
    frame.claims.push(c);
    if (c.kind !== "meeting") continue;
    for (const p of c.participants ?? []) frame.participants.add(p);
    if (c.location && (!frame.location || registry.contains(frame.location, c.location))) frame.location = c.location;
    if (c.time?.start && (!frame.time || frame.time.inferred || (!c.time.inferred && spanDays(c.time) < spanDays(frame.time)))) frame.time = c.time;
  }
  // A frame naming nobody can still be identified by a town and a day ("talks in Istanbul on Friday").
  return [...byKey.values()].filter((f) => f.participants.size > 0 || (f.location && registryHasParent(f.location, registry) && f.time && !f.time.inferred && spanDays(f.time) <= 1));
}

function registryHasParent(place: string, registry: EntityRegistry): boolean {
  return registry.get(place)?.within !== undefined || place.startsWith("place-");
}

function frameKeys(frame: Frame): string[] {
  const buckets = timeBuckets(frame.time);
  const keys: string[] = [];
  for (const p of frame.participants) for (const b of buckets) keys.push(`${p}|${b}`);
  if (frame.participants.size === 0 && frame.location && frame.time?.start) keys.push(`@${frame.location}|${frame.time.start.slice(0, 10)}`);
  else if (frame.location && frame.time?.start && spanDays(frame.time) <= 1 && !frame.time.inferred) keys.push(`@${frame.location}|${frame.time.start.slice(0, 10)}`);
  return keys;
}

/** Week numbers a window touches; one coarse bucket for long or unknown windows. */
function timeBuckets(t: TimeValue | undefined): string[] {
  if (!t?.start || !t.end) return ["*"];
  const first = Math.floor((dayNumber(t.start) + 3) / 7);
  const last = Math.floor((dayNumber(t.end) + 3) / 7);
  if ((last - first) * 7 > LONG_WINDOW_DAYS) return [`q${t.start.slice(0, 4)}-${Math.floor((Number(t.start.slice(5, 7)) - 1) / 3)}`];
  const out: string[] = [];
  // One week of margin on each side, so "two days apart" across a week boundary still meet.
  for (let w = first - 1; w <= last + 1; w++) out.push(`w${w}`);
  return out;
}

/**
 * Pairs of items that share a blocking key and come from different documents, sorted, as
 * `[i0, j0, i1, j1, …]`. Item indices are dense (`items[k].idx === k`), so a pair is one number,
 * `i * n + j`: collecting them in a typed array, sorting and dropping repeats gives the pairs in
 * order without a string or an array per pair (this runs over every claim of a large corpus).
 */
function candidates(items: Array<{ idx: number; doc: string; keys: string[] }>, sameDoc = false): Int32Array {
  const blocks = new Map<string, number[]>();
  for (const item of items) for (const key of item.keys) {
    const block = blocks.get(key);
    if (block) block.push(item.idx);
    else blocks.set(key, [item.idx]);
  }
  const n = items.length;
  const docOf: string[] = [];
  for (const item of items) docOf[item.idx] = item.doc;
  let keys = new Float64Array(1024);
  let count = 0;
  for (const block of blocks.values()) {
    const limit = Math.min(block.length, MAX_BLOCK);
    for (let x = 0; x < block.length; x++) {
      const i = block[x]!;
      // In an oversized block each item is compared with its MAX_BLOCK neighbours only.
      for (let y = x + 1; y < block.length && y - x < limit; y++) {
        const j = block[y]!;
        if (!sameDoc && docOf[i] === docOf[j]) continue;
        if (count === keys.length) {
          const grown = new Float64Array(keys.length * 2);
          grown.set(keys);
          keys = grown;
        }
        keys[count++] = i < j ? i * n + j : j * n + i;
      }
    }
  }
  const sorted = keys.subarray(0, count).sort();
  const out = new Int32Array(count * 2);
  let o = 0;
  for (let k = 0; k < count; k++) {
    const key = sorted[k]!;
    if (k > 0 && key === sorted[k - 1]) continue;
    const i = Math.floor(key / n);
    out[o++] = i;
    out[o++] = key - i * n;
  }
  return out.subarray(0, o);
}

function sameEvent(f: Frame, g: Frame, registry: EntityRegistry): boolean {
  if (f.participants.size === 0 || g.participants.size === 0) {
    // Only a town and a day identify an event that names nobody: both must state them.
    const day = (x: Frame) => (x.time && !x.time.inferred && spanDays(x.time) <= 1 ? x.time.start!.slice(0, 10) : undefined);
    return f.location !== undefined && f.location === g.location && day(f) !== undefined && day(f) === day(g);
  }
  const a = [...f.participants];
  const b = [...g.participants];
  const shared = a.filter((p) => g.participants.has(p)).length;
  const nested = shared === a.length || shared === b.length;
  if (!(nested || shared >= 3) || shared === 0) return false;
  if (shared === 1 && !(f.location && g.location)) return false;
  if (f.location && g.location && !registry.contains(f.location, g.location) && !registry.contains(g.location, f.location)) return false;
  if (!f.time || !g.time) return true;
  if (overlaps(f.time, g.time)) return true;
  const identical = shared === a.length && shared === b.length && f.location !== undefined && f.location === g.location;
  const dayLike = spanDays(f.time) <= 1 && spanDays(g.time) <= 1 && !f.time.inferred && !g.time.inferred;
  return identical && dayLike && Math.abs(daysBetween(f.time.start!, g.time.start!)) <= 2;
}

function describeFrame(f: Frame, registry: EntityRegistry): string {
  const names = [...f.participants].map((p) => registry.get(p)?.name ?? p);
  const who = names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  const where = f.location ? ` in ${registry.get(f.location)?.name ?? f.location.replace(/^place-/, "")}` : "";
  const when = f.time?.start ? `, ${f.time.start === f.time.end ? f.time.start : `${f.time.start}..${f.time.end}`}` : "";
  return who ? `${who} meet${where}${when}` : `Talks${where}${when}`;
}

/** Whereabouts: presence, travel and located meetings of one person with overlapping windows. */
function personPairs(claims: Claim[], registry: EntityRegistry): ClaimPairs {
  const keyed: KeyedClaim[] = [];
  const people: string[][] = [];
  for (const c of claims) {
    const named =
      c.kind === "presence" || c.kind === "travel"
        ? [c.subject, ...(c.participants ?? [])].filter((p): p is string => Boolean(p))
        : c.kind === "meeting" && c.location && !(c.inherited ?? []).includes("participants")
          ? c.participants ?? []
          : [];
    if (!named.length || !c.time?.start) continue;
    const buckets = timeBuckets(c.time);
    const unique = [...new Set(named)];
    people.push(unique);
    keyed.push({ claim: c, keys: unique.flatMap((p) => buckets.map((b) => `${p}|${b}`)) });
  }
  return blockedPairs(keyed, (a, b, i, j) => {
    if (a.time && b.time && !overlaps(a.time, b.time) && !(a.kind === "travel" && b.kind === "travel")) return undefined;
    const shared = people[i]!.filter((p) => people[j]!.includes(p));
    const who = shared.map((p) => registry.get(p)?.name ?? p).join(", ");
    const when = a.time?.start ?? "";
    return { a, b, link: "person", event: `Whereabouts of ${who}${when ? ` around ${when}` : ""}`, eventKey: `person:${shared.join("+")}` };
  });
}

/**
 * Counts: the same thing counted (killed, missing, a party's share) for the same subject or the
 * same place, in overlapping windows. A count with neither a subject nor a place is not linked:
 * "two killed" in one story and "five killed" in another are usually different incidents.
 */
function quantityPairs(claims: Claim[], registry: EntityRegistry): ClaimPairs {
  const keyed: KeyedClaim[] = [];
  for (const c of claims) {
    if (c.kind !== "quantity" || !c.quantity) continue;
    const anchor = c.subject ?? (c.location ? regionOf(c.location, registry) : undefined);
    if (!anchor) continue;
    const window = c.time?.start ? c.time : c.published ? { start: addDays(c.published, -QUANTITY_WINDOW_DAYS), end: c.published, anchored: true } : undefined;
    keyed.push({ claim: c, keys: timeBuckets(window).map((b) => `${c.quantity!.counted}|${anchor}|${b}`) });
  }
  return blockedPairs(keyed, (a, b) => {
    if ((a.subject ?? "") !== (b.subject ?? "")) return undefined;
    // Sanok and its province are one incident area; two places in one country are not.
    if (!a.subject && a.location !== b.location && !(nestedBelowCountry(a.location!, b.location!, registry) || nestedBelowCountry(b.location!, a.location!, registry))) return undefined;
    // A share is often dated by the vote in one report and by its announcement in another: allow a few days.
    if (a.time?.start && b.time?.start && !overlaps(a.time, b.time) && !(a.subject && Math.abs(daysBetween(a.time.start, b.time.start)) <= 3)) return undefined;
    const about = a.subject ? registry.get(a.subject)?.name ?? a.subject.replace(/^org-/, "") : registry.get(a.location!)?.name ?? a.location!;
    return { a, b, link: "event", event: `${a.quantity!.counted} (${about})`, eventKey: `quantity:${a.quantity!.counted}|${a.subject ?? a.location}` };
  });
}

/**
 * Other events (rulings, appeals, signings, announcements): the same type of event involving a
 * shared organisation or person in overlapping or nearby windows. Events with nobody named are
 * linked through their article's frame instead.
 */
function eventPairs(claims: Claim[], registry: EntityRegistry): ClaimPairs {
  const keyed: KeyedClaim[] = [];
  for (const c of claims) {
    if (c.kind !== "status" || !c.subject || !c.participants?.length) continue;
    const window = c.time?.start && !c.time.inferred ? c.time : c.published ? { start: addDays(c.published, -EVENT_WINDOW_DAYS), end: addDays(c.published, EVENT_WINDOW_DAYS), anchored: true } : undefined;
    keyed.push({ claim: c, keys: c.participants.flatMap((p) => timeBuckets(window).map((b) => `${c.subject}|${p}|${b}`)) });
  }
  return blockedPairs(keyed, (a, b) => {
    const shared = (a.participants ?? []).filter((p) => (b.participants ?? []).includes(p));
    const what = a.subject!.replace(/^event:/, "");
    return { a, b, link: "event", event: `${what} (${shared.map((p) => registry.get(p)?.name ?? p).join(", ")})`, eventKey: `status:${a.subject}|${shared.join("+")}` };
  });
}

interface KeyedClaim {
  claim: Claim;
  /** Blocking keys: claims sharing one are candidates. */
  keys: string[];
}

/** Linked pairs of one kind, and how many candidates were considered (for --stats). */
type ClaimPairs = { pairs: LinkedPair[]; candidates: number };

/**
 * The candidate pairs of keyed claims (within one document too), in order, each turned into a
 * linked pair by `link` or dropped; `i` and `j` index `keyed`.
 */
function blockedPairs(keyed: KeyedClaim[], link: (a: Claim, b: Claim, i: number, j: number) => LinkedPair | undefined): ClaimPairs {
  const found = candidates(keyed.map((k, idx) => ({ idx, doc: k.claim.doc, keys: k.keys })), true);
  const pairs: LinkedPair[] = [];
  for (let k = 0; k < found.length; k += 2) {
    const i = found[k]!;
    const j = found[k + 1]!;
    const pair = link(keyed[i]!.claim, keyed[j]!.claim, i, j);
    if (pair) pairs.push(pair);
  }
  return { pairs, candidates: found.length / 2 };
}

/** Days around publication an undated event is taken to be near. */
const EVENT_WINDOW_DAYS = 10;

/** The place's ancestor just below country level (a province, or the city itself); a country is its own region. */
function regionOf(place: string, registry: EntityRegistry): string {
  let current = place;
  for (let depth = 0; depth < 8; depth++) {
    const parent = registry.get(current)?.within;
    if (!parent || !registry.get(parent)?.within) return current;
    current = parent;
  }
  return current;
}

function nestedBelowCountry(outer: string, inner: string, registry: EntityRegistry): boolean {
  return registry.get(outer)?.within !== undefined && registry.contains(outer, inner);
}

/** Days before publication a count is taken to describe. */
const QUANTITY_WINDOW_DAYS = 7;

/** Name claims: one representative per (entity, given-name key), paired within each entity. */
function namePairs(claims: Claim[], registry: EntityRegistry): ClaimPairs {
  const byEntity = new Map<string, Map<string, Claim>>();
  for (const c of claims) {
    if (c.kind !== "name" || !c.name) continue;
    let variants = byEntity.get(c.name.entity);
    if (!variants) byEntity.set(c.name.entity, (variants = new Map()));
    if (!variants.has(c.name.givenKey)) variants.set(c.name.givenKey, c);
  }
  const pairs: LinkedPair[] = [];
  for (const [entity, variants] of byEntity) {
    const reps = [...variants.values()];
    const name = registry.get(entity)?.name ?? entity;
    for (let x = 0; x < reps.length; x++) for (let y = x + 1; y < reps.length; y++) pairs.push({ a: reps[x]!, b: reps[y]!, link: "entity", event: name, eventKey: `entity:${entity}` });
  }
  return { pairs, candidates: pairs.length };
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  join(i: number, j: number): void {
    const a = this.find(i);
    const b = this.find(j);
    // The smaller index stays root, so labels come from the earliest frame.
    if (a < b) this.parent[b] = a;
    else if (b < a) this.parent[a] = b;
  }
}
