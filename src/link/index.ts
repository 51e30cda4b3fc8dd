/**
 * Link: decides which claims talk about the same thing, so rules only compare those.
 *
 * Algorithm (never all pairs of claims):
 * 1. Event frames. Each article's meeting mentions were grouped into frames at extraction. A
 *    frame gets blocking keys `participant|week` for every participant and every ISO week its
 *    time window touches (windows longer than ~10 weeks get one coarse key per quarter).
 *    Only frames sharing a key are candidates, and a candidate pair is the same event when the
 *    participants nest (or share three people), the places are the same or one contains the
 *    other (or, for two or more shared people, the same stated day puts them in two places: one
 *    event placed differently), and the time windows overlap (or, for identical participants and place, lie at most
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
import { addDays, Days, overlaps } from "../util/dates.js";
import { UnionFind } from "../util/union-find.js";
import { incidentPairs } from "./incidents.js";
import { distinctClaims } from "./distinct.js";
import { partyIndex } from "../normalize/parties.js";
import { gazetteer, placeKey } from "../normalize/gazetteer.js";

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
  /** The participants as a list, once the frame is complete. */
  people: string[];
  location?: string;
  time?: TimeValue;
  /** The countries among the participants (parties of talks between delegations), and the people. */
  countries: string[];
  persons: string[];
  /** The round of talks its claims name, if any. */
  round?: number;
}

/** Links claims; pure and deterministic for the same input order. */
export function linkClaims(claims: Claim[], registry: EntityRegistry): LinkResult {
  // Event labels name the people the registry does not know as the articles wrote them.
  for (const c of claims) if (c.kind === "name" && c.name) registry.learnName(c.name.entity, `${c.name.given} ${c.name.surname}`);
  const ctx: LinkContext = { registry, days: new Days(), keys: new BlockKeys() };
  const frames = buildFrames(claims, ctx);
  const union = new UnionFind(frames.length);
  let candidatePairs = 0;
  const framePairs: number[] = [];
  const docs = new Map<string, number>();
  const frameDocs = new Int32Array(frames.length);
  frames.forEach((f, i) => {
    let d = docs.get(f.doc);
    if (d === undefined) docs.set(f.doc, (d = docs.size));
    frameDocs[i] = d;
  });
  const blocking = new Blocking();
  for (const f of frames) frameKeys(f, ctx, blocking);
  const found = candidates(blocking, frameDocs);
  for (let k = 0; k < found.length; k += 2) {
    const i = found[k]!;
    const j = found[k + 1]!;
    candidatePairs++;
    if (sameEvent(frames[i]!, frames[j]!, ctx)) {
      union.join(i, j);
      framePairs.push(i, j);
    }
  }
  // One label and one key string per event, made when the event is first met.
  const labels: string[] = [];
  const eventKeys: string[] = [];
  const event = (i: number) => {
    const root = union.find(i);
    if (labels[root] === undefined) {
      labels[root] = describeFrame(frames[root]!, registry);
      eventKeys[root] = `event:${root}`;
    }
    return root;
  };
  const pairs: LinkedPair[] = [];
  // Pairs are made between claims with different values only (an article repeating one meeting's facts a thousand times is one claim per value).
  const distinct = frames.map((f) => distinctClaims(f.claims));
  for (let k = 0; k < framePairs.length; k += 2) {
    const i = framePairs[k]!;
    const root = event(i);
    const label = labels[root]!;
    const eventKey = eventKeys[root]!;
    for (const a of distinct[i]!) for (const b of distinct[framePairs[k + 1]!]!) pairs.push({ a, b, link: "event", event: label, eventKey });
  }
  // Claims of one frame may contradict each other inside one article.
  frames.forEach((_frame, i) => {
    const cs = distinct[i]!;
    if (cs.length < 2) return;
    const root = event(i);
    const label = labels[root]!;
    const eventKey = eventKeys[root]!;
    for (let x = 0; x < cs.length; x++) for (let y = x + 1; y < cs.length; y++) pairs.push({ a: cs[x]!, b: cs[y]!, link: "event", event: label, eventKey });
  });
  const events = new Set(frames.map((_, i) => union.find(i))).size;
  candidatePairs += personPairs(claims, ctx, pairs);
  candidatePairs += namePairs(claims, registry, pairs);
  candidatePairs += quantityPairs(claims, ctx, pairs);
  candidatePairs += eventPairs(claims, ctx, pairs);
  candidatePairs += incidentPairs(claims, ctx, pairs);
  return { pairs, events, candidatePairs };
}

/** What the linking functions share in one run. */
export interface LinkContext {
  registry: EntityRegistry;
  days: Days;
  keys: BlockKeys;
}

/**
 * Blocking keys as numbers: a name part (a participant, a place, an anchor), numbered in order
 * of first use, and a time bucket (a week number, or another bucket numbered likewise), packed
 * into one number that equals another exactly when the string keys they stand for would be
 * equal. Building and hashing a string per key and claim was most of the candidate search.
 */
export class BlockKeys {
  private readonly names = new Map<string, number>();
  private readonly others = new Map<string, number>();

  /** The number of a name part. `kind` keeps two kinds of key on the same name apart. */
  name(name: string, kind: 0 | 1 = 0): number {
    let n = this.names.get(name);
    if (n === undefined) this.names.set(name, (n = this.names.size));
    return n * 2 + kind;
  }

  /** A week bucket `w<week>`: even codes; weeks past ±2^20 (year 20000) go by their string. */
  week(w: number): number {
    return Math.abs(w) < WEEK_LIMIT ? 2 * w : this.other(`w${w}`);
  }

  /** Any other bucket (a quarter, `*`, a day): odd codes. */
  other(bucket: string): number {
    let n = this.others.get(bucket);
    if (n === undefined) this.others.set(bucket, (n = this.others.size));
    if (n >= WEEK_LIMIT) throw new RangeError("too many distinct time buckets");
    return 2 * n + 1;
  }

  /** The key of a name part and a bucket code. */
  key(name: number, bucket: number): number {
    return name * BUCKET_SPAN + bucket + WEEK_LIMIT * 2;
  }
}

const WEEK_LIMIT = 2 ** 20;
/** Bucket codes lie in (-2^21, 2^21); name numbers stay below 2^31, so keys below 2^53. */
const BUCKET_SPAN = 2 ** 22;

function buildFrames(claims: Claim[], { registry, days }: LinkContext): Frame[] {
  const byKey = new Map<string, Frame>();
  for (const c of claims) {
    if (!c.frame || (c.kind !== "meeting" && c.kind !== "statement" && c.kind !== "status")) continue;
    let frame = byKey.get(c.frame);
    if (!frame) {
      frame = { key: c.frame, doc: c.doc, claims: [], participants: new Set(), people: [], countries: [], persons: [] };
      byKey.set(c.frame, frame);
    }
    frame.claims.push(c);
    if (c.kind !== "meeting") continue;
    for (const p of c.participants ?? []) frame.participants.add(p);
    if (c.round !== undefined) frame.round ??= c.round;
    if (c.location && (!frame.location || registry.contains(frame.location, c.location))) frame.location = c.location;
    if (c.time?.start && (!frame.time || frame.time.inferred || (!c.time.inferred && days.span(c.time) < days.span(frame.time)))) frame.time = c.time;
  }
  // A frame naming nobody can still be identified by a town and a day ("talks in Istanbul on Friday").
  const frames = [...byKey.values()].filter((f) => f.participants.size > 0 || (f.location && registryHasParent(f.location, registry) && f.time && !f.time.inferred && days.span(f.time) <= 1));
  const parties = partyIndex(registry);
  for (const f of frames) {
    f.people = [...f.participants];
    f.countries = f.people.filter((p) => parties.isCountry(p));
    f.persons = f.people.filter((p) => !parties.isCountry(p));
  }
  return frames;
}

function registryHasParent(place: string, registry: EntityRegistry): boolean {
  return registry.get(place)?.within !== undefined || place.startsWith("place-");
}

/** Adds a frame's blocking keys as the next item of `blocking`. */
function frameKeys(frame: Frame, { days, keys }: LinkContext, blocking: Blocking): void {
  const buckets = timeBuckets(frame.time, days, keys);
  for (const p of frame.people) {
    const name = keys.name(p);
    for (const b of buckets) blocking.add(keys.key(name, b));
  }
  // `@place|day`: a key of its own kind, apart from the participants' keys.
  const t = frame.time;
  if (frame.location && t?.start && (frame.participants.size === 0 || (days.span(t) <= 1 && !t.inferred))) blocking.add(keys.key(keys.name(frame.location, 1), keys.other(t.start.slice(0, 10))));
  blocking.next();
}

/** Week numbers a window touches; one coarse bucket for long or unknown windows. As bucket codes (BlockKeys). */
export function timeBuckets(t: TimeValue | undefined, days: Days, keys: BlockKeys): number[] {
  if (!t?.start || !t.end) return [keys.other("*")];
  const first = Math.floor((days.number(t.start) + 3) / 7);
  const last = Math.floor((days.number(t.end) + 3) / 7);
  if ((last - first) * 7 > LONG_WINDOW_DAYS) return [keys.other(`q${t.start.slice(0, 4)}-${Math.floor((Number(t.start.slice(5, 7)) - 1) / 3)}`)];
  const out: number[] = [];
  // One week of margin on each side, so "two days apart" across a week boundary still meet.
  for (let w = first - 1; w <= last + 1; w++) out.push(keys.week(w));
  return out;
}

/** The blocking keys of items 0, 1, …, added in order and kept in one flat array. */
export class Blocking {
  keys = new Float64Array(1024);
  count = 0;
  /** Item i's keys are keys[starts[i]] up to keys[starts[i + 1]]. */
  readonly starts: number[] = [0];

  add(key: number): void {
    if (this.count === this.keys.length) this.keys = grow(this.keys, this.keys.length);
    this.keys[this.count++] = key;
  }

  /** Ends the current item's keys. */
  next(): void {
    this.starts.push(this.count);
  }

  get items(): number {
    return this.starts.length - 1;
  }
}

/**
 * Pairs of items that share a blocking key, each once, sorted, as `[i0, j0, i1, j1, …]`; with
 * `docs`, only pairs from different documents. Each block lists its items in order (all blocks
 * in one array, block by block); an item pairs with the items after it in each of its blocks (in
 * an oversized block, with its MAX_BLOCK neighbours only). Working item by item, a stamp per
 * partner drops repeats (two frames sharing two people over three weeks meet in six blocks)
 * and a small sort orders the partners, so the pairs come out in order without sorting them all
 * at once.
 */
function candidates(blocking: Blocking, docs?: Int32Array): Int32Array {
  const { keys, count: total, starts } = blocking;
  const n = blocking.items;
  // Each key occurrence's block, numbered in order of first use, and the blocks' sizes.
  const blockIds = new Map<number, number>();
  const blockOf = new Int32Array(total);
  const size = new Int32Array(total + 1);
  for (let e = 0; e < total; e++) {
    const key = keys[e]!;
    let block = blockIds.get(key);
    if (block === undefined) blockIds.set(key, (block = blockIds.size));
    blockOf[e] = block;
    size[block]!++;
  }
  // Where each block starts in `members`, and each key occurrence's place there.
  const blocks = blockIds.size;
  const start = new Int32Array(blocks + 1);
  for (let b = 0; b < blocks; b++) start[b + 1] = start[b]! + size[b]!;
  const fill = start.slice(0, blocks);
  const members = new Int32Array(total);
  const at = new Int32Array(total);
  for (let i = 0; i < n; i++) {
    for (let e = starts[i]!; e < starts[i + 1]!; e++) {
      const q = fill[blockOf[e]!]!++;
      members[q] = i;
      at[e] = q;
    }
  }
  const stamp = new Int32Array(n);
  let partners = new Int32Array(64);
  let out = new Int32Array(1024);
  let o = 0;
  for (let i = 0; i < n; i++) {
    let count = 0;
    for (let e = starts[i]!; e < starts[i + 1]!; e++) {
      const block = blockOf[e]!;
      const end = start[block + 1]!;
      const x = at[e]!;
      const stop = Math.min(end, x + Math.min(end - start[block]!, MAX_BLOCK));
      for (let q = x + 1; q < stop; q++) {
        const j = members[q]!;
        if (stamp[j] === i + 1 || (docs && docs[i] === docs[j])) continue;
        stamp[j] = i + 1;
        if (count === partners.length) partners = grow(partners, count);
        partners[count++] = j;
      }
    }
    if (count === 0) continue;
    const sorted = partners.subarray(0, count).sort();
    if (o + count * 2 > out.length) out = grow(out, Math.max(out.length, count * 2));
    for (let k = 0; k < count; k++) {
      out[o++] = i;
      out[o++] = sorted[k]!;
    }
  }
  return out.subarray(0, o);
}

/** A copy of `array` with `extra` more room. */
function grow<T extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>>(array: T, extra: number): T {
  const grown = new (array.constructor as new (length: number) => T)(array.length + extra);
  grown.set(array);
  return grown;
}

function sameEvent(f: Frame, g: Frame, ctx: LinkContext): boolean {
  // "The second round" and "the third round" of one series are two meetings.
  if (f.round !== undefined && g.round !== undefined && f.round !== g.round) return false;
  if (sameParties(f, g, ctx)) return true;
  // Two different pairs of countries ("Poland and Lithuania", "Poland and Germany") are two meetings, even in one town on one day.
  if (f.countries.length >= 2 && g.countries.length >= 2) return false;
  return samePeople({ ...f, people: f.persons }, { ...g, people: g.persons }, ctx);
}

/**
 * Talks between the same countries (two or more, one report naming no more than the other), in
 * the same or nested places, at overlapping times or, both stated to the day in one place, at most
 * two days apart (the date rule then says which day is wrong).
 */
function sameParties(f: Frame, g: Frame, { registry, days }: LinkContext): boolean {
  if (f.countries.length < 2 || g.countries.length < 2) return false;
  const shared = f.countries.filter((c) => g.countries.includes(c)).length;
  if (shared < 2 || (shared !== f.countries.length && shared !== g.countries.length)) return false;
  if (f.location && g.location && !registry.contains(f.location, g.location) && !registry.contains(g.location, f.location)) return false;
  if (!f.time || !g.time) return true;
  if (overlaps(f.time, g.time)) return true;
  const dayLike = days.span(f.time) <= 1 && days.span(g.time) <= 1 && !f.time.inferred && !g.time.inferred;
  return dayLike && f.location !== undefined && f.location === g.location && Math.abs(days.between(f.time.start!, g.time.start!)) <= 2;
}

function samePeople(f: Frame, g: Frame, { registry, days }: LinkContext): boolean {
  if (f.people.length === 0 || g.people.length === 0) {
    // Only a town and a day identify an event that names nobody: both must state them.
    const day = (x: Frame) => (x.time && !x.time.inferred && days.span(x.time) <= 1 ? x.time.start!.slice(0, 10) : undefined);
    return f.location !== undefined && f.location === g.location && day(f) !== undefined && day(f) === day(g);
  }
  const a = f.people;
  const b = g.people;
  let shared = 0;
  for (const p of a) if (b.includes(p)) shared++;
  const nested = shared === a.length || shared === b.length;
  if (!(nested || shared >= 3) || shared === 0) return false;
  if (shared === 1 && !(f.location && g.location)) return false;
  if (f.location && g.location && !registry.contains(f.location, g.location) && !registry.contains(g.location, f.location)) return sameDayElsewhere(f, g, shared, days, registry);
  if (!f.time || !g.time) return true;
  if (overlaps(f.time, g.time)) return true;
  const identical = shared === a.length && shared === b.length && f.location !== undefined && f.location === g.location;
  const dayLike = days.span(f.time) <= 1 && days.span(g.time) <= 1 && !f.time.inferred && !g.time.inferred;
  return identical && dayLike && Math.abs(days.between(f.time.start!, g.time.start!)) <= 2;
}

/**
 * The same people on the same stated day in two different places: one event that the reports
 * place differently (so the location rule can say so), not two. Only for two or more shared
 * people, days both reports state ("this week" or an undated report may be another meeting) and
 * places below country level.
 */
function sameDayElsewhere(f: Frame, g: Frame, shared: number, days: Days, registry: EntityRegistry): boolean {
  if (shared < 2 || !f.time?.start || !g.time?.start || f.time.inferred || g.time.inferred) return false;
  // A country is too often a guess (a nationality, "Ukraine's leader") to set against a town.
  if (!registryHasParent(f.location!, registry) || !registryHasParent(g.location!, registry)) return false;
  return days.span(f.time) <= 1 && days.span(g.time) <= 1 && overlaps(f.time, g.time);
}

function describeFrame(f: Frame, registry: EntityRegistry): string {
  const list = (ids: string[]) => {
    const names = ids.map((p) => registry.nameOf(p));
    return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  };
  const where = f.location ? ` in ${registry.nameOf(f.location).replace(/^place-/, "")}` : "";
  const when = f.time?.start ? `, ${f.time.start === f.time.end ? f.time.start : `${f.time.start}..${f.time.end}`}` : "";
  // Talks between countries are named by them; a lone country beside people (a delegation they meet) is left out of the label.
  if (f.countries.length >= 2) return `Talks between ${list(f.countries)}${where}${when}`;
  const who = list(f.persons.length ? f.persons : f.people);
  return who ? `${who} meet${where}${when}` : `Talks${where}${when}`;
}

/** Whereabouts: presence, travel and located meetings of one person with overlapping windows. */
function personPairs(claims: Claim[], ctx: LinkContext, out: LinkedPair[]): number {
  const { registry, days, keys } = ctx;
  const parties = partyIndex(registry);
  const keyed: Claim[] = [];
  const blocking = new Blocking();
  const people: string[][] = [];
  // One claim per set of equal values: an article repeating a place and day a thousand times is one whereabouts.
  for (const c of distinctClaims(claims.filter((x) => x.kind === "presence" || x.kind === "travel" || (x.kind === "meeting" && x.location)))) {
    const named =
      c.kind === "presence" || c.kind === "travel"
        ? [c.subject, ...(c.participants ?? [])].filter((p): p is string => Boolean(p))
        : c.kind === "meeting" && c.location && !(c.inherited ?? []).includes("participants")
          ? c.participants ?? []
          : [];
    if (!named.length || !c.time?.start) continue;
    // A country taking part in talks has no whereabouts.
    const unique = [...new Set(named)].filter((p) => !parties.isCountry(p));
    if (!unique.length) continue;
    const buckets = timeBuckets(c.time, days, keys);
    people.push(unique);
    for (const p of unique) {
      const name = keys.name(p);
      for (const b of buckets) blocking.add(keys.key(name, b));
    }
    blocking.next();
    keyed.push(c);
  }
  // A pair usually shares one person: that person's name and key, made once.
  const single = new Map<string, { who: string; eventKey: string }>();
  const one = (p: string) => {
    let s = single.get(p);
    if (!s) single.set(p, (s = { who: registry.nameOf(p), eventKey: `person:${p}` }));
    return s;
  };
  return blockedPairs(keyed, blocking, out, (a, b, i, j) => {
    if (a.time && b.time && !overlaps(a.time, b.time) && !(a.kind === "travel" && b.kind === "travel")) return undefined;
    const shared = people[i]!.filter((p) => people[j]!.includes(p));
    const known = shared.length === 1 ? one(shared[0]!) : undefined;
    const who = known ? known.who : shared.map((p) => registry.nameOf(p)).join(", ");
    const when = a.time?.start ?? "";
    return { a, b, link: "person", event: `Whereabouts of ${who}${when ? ` around ${when}` : ""}`, eventKey: known ? known.eventKey : `person:${shared.join("+")}` };
  });
}

/**
 * Counts: the same thing counted (killed, on board, items stolen, a party's share), of the same
 * subject when it has one, in overlapping time windows (the stated date, or the week before
 * publication). Counts with a subject link through it; counts without one link through what they
 * count and the time, and also through their places when both name one (the same or nested
 * places; two different towns are different incidents). Within one article, a subject-less
 * count pairs only with one stated for the same place. When one article gives several figures of
 * one thing and one of them agrees with the other article, the others are parts or earlier
 * figures, not rival counts: only the agreeing pairs are kept.
 */
function quantityPairs(claims: Claim[], { registry, days, keys }: LinkContext, out: LinkedPair[]): number {
  // Where each article's incidents happened, by its own words: a count's place taken from there is a sound guess.
  const incidentPlaces = new Set<string>();
  for (const c of claims) if (c.kind === "incident" && c.location && !c.inherited?.includes("location")) incidentPlaces.add(`${c.doc}|${c.location}`);
  const placedByIncident = (c: Claim) => c.location !== undefined && incidentPlaces.has(`${c.doc}|${c.location}`);
  const keyed: Claim[] = [];
  const blocking = new Blocking();
  for (const c of distinctClaims(claims.filter((x) => x.kind === "quantity"))) {
    if (c.kind !== "quantity" || !c.quantity) continue;
    const q = c.quantity;
    const window = quantityWindow(c);
    if (!window) continue;
    const name = keys.name(c.subject ? `${q.counted}|${c.subject}` : `${q.counted}|${q.group ?? ""}|*`);
    for (const b of timeBuckets(window, days, keys)) blocking.add(keys.key(name, b));
    blocking.next();
    keyed.push(c);
  }
  const found: LinkedPair[] = [];
  const counted = blockedPairs(keyed, blocking, found, (a, b) => {
    if ((a.subject ?? "") !== (b.subject ?? "")) return undefined;
    if (!a.subject) {
      const stated = (c: Claim) => (c.location && !c.inherited?.includes("location") ? c.location : undefined);
      // Two counts in one article are compared only when both state the same place.
      // Two figures of one sentence are two different things ("3 died in Galicia and 1 in Madrid").
      // Two figures of one sentence are two different things ("3 died in Galicia and 1 in Madrid"); in two sentences
      // they are the same measure when both state the same place, or the same role of an amount ("the award").
      const sameMeasure = (stated(a) && stated(a) === stated(b)) || (a.quantity!.role !== undefined && a.quantity!.role === b.quantity!.role);
      if (a.doc === b.doc && (!sameMeasure || a.evidence.span[0] === b.evidence.span[0])) return undefined;
      // Only places the sentences state keep counts apart; an article's main place is a guess.
      const pa = stated(a);
      const pb = stated(b);
      // Two towns of the gazetteer are known apart too, though the registry does not list them.
      if (pa && pb && pa !== pb && !UNPLACED_COUNTS.has(a.quantity!.counted) && (!placesMayMeet(pa, pb, registry) || twoTowns(pa, pb, registry))) return undefined;
      // A place taken from the article is a guess, but a guess that the counts are of two towns
      // neither of which holds the other ("one dead" under a headline on one town against "two dead in
      // <another town>") is no reason to link them: the same day often brings two such incidents. Two
      // guesses from the places articles name most are not enough to keep counts apart (an
      // article's most named place may be a flight's destination).
      // Two guesses keep counts apart when one is where its article's incident happened.
      const oneGuess = (pa === undefined) !== (pb === undefined);
      const twoIncidentPlaces = pa === undefined && pb === undefined && (placedByIncident(a) || placedByIncident(b));
      if (a.doc !== b.doc && (oneGuess || twoIncidentPlaces) && a.location && b.location && a.location !== b.location
        && !UNPLACED_COUNTS.has(a.quantity!.counted) && twoTowns(a.location, b.location, registry)) return undefined;
    }
    const wa = quantityWindow(a)!;
    const wb = quantityWindow(b)!;
    // A share is often dated by the vote in one report and by its announcement in another: allow a few days.
    // Windows assumed from publication dates only meet in blocking (weeks apart or not); stated dates must overlap.
    const bothStated = wa !== undefined && wb !== undefined && wa === a.time && wb === b.time;
    if (bothStated && !overlaps(wa, wb) && !(a.subject && Math.abs(days.between(wa.start!, wb.start!)) <= 3)) return undefined;
    if (!bothStated && a.doc !== b.doc && !overlaps(wa, wb) && Math.abs(days.between(wa.start!, wb.start!)) > QUANTITY_WINDOW_DAYS) return undefined;
    const what = a.quantity!.group ? `${a.quantity!.counted}, ${a.quantity!.group}` : a.quantity!.counted;
    const about = a.subject ? registry.nameOf(a.subject).replace(/^(?:org|name)-/, "") : a.location ? registry.get(a.location)?.name ?? a.location.replace(/^place-/, "") : "";
    return { a, b, link: "event", event: about ? `${what} (${about})` : what, eventKey: `quantity:${what}|${a.subject ?? ""}` };
  });
  out.push(...consistentReadings(found, keyed, registry));
  return counted;
}

/**
 * Two places known to lie apart: towns or countries (the gazetteer's, or registered ones the
 * gazetteer knows) neither of which holds the other, or two registered places with parents. A
 * town against a region, or against a place nobody knows, is not known to differ (the gazetteer
 * does not say which region a town is in).
 */
function twoTowns(a: string, b: string, registry: EntityRegistry): boolean {
  if (a === b || registry.contains(a, b) || registry.contains(b, a)) return false;
  const registered = (p: string) => registry.get(p)?.within !== undefined;
  const town = (p: string) => {
    const def = registry.get(p);
    if (!def) return p.startsWith("place-") && gazetteer().byId(p) !== undefined;
    return def.within !== undefined && gazetteer().city(placeKey(def.name)) !== undefined;
  };
  // A country holds its towns (the gazetteer knows each town's country), so one that does not is elsewhere.
  const country = (p: string) => {
    if (p.startsWith("country-")) return gazetteer().byId(p) !== undefined;
    const def = registry.get(p);
    return def !== undefined && def.within === undefined && gazetteer().country(placeKey(def.name)) !== undefined;
  };
  const placed = (p: string) => town(p) || country(p);
  return (placed(a) && placed(b)) || (registered(a) && registered(b));
}

/** Places two counts may share: the same, nested, or one the registry cannot place (an unregistered town in a registered country). */
function placesMayMeet(a: string, b: string, registry: EntityRegistry): boolean {
  if (registry.contains(a, b) || registry.contains(b, a)) return true;
  const known = (p: string) => registry.get(p) !== undefined;
  return !known(a) || !known(b);
}

/**
 * The pairs left once figures another reading reconciles are dropped: a conflict between two
 * articles goes when either article also gives, for the same thing and subject, a figure that
 * meets the other side's (in any subgroup: "241 killed" in a headline is the "241 of the 242 on
 * board" of the other article, and "two thieves" in an article that also says four are some of them).
 */
function consistentReadings(pairs: LinkedPair[], claims: Claim[], registry: EntityRegistry): LinkedPair[] {
  const byDoc = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.doc}|${c.quantity!.counted}|${c.subject ?? ""}|${c.quantity!.unit ?? ""}`;
    const list = byDoc.get(key);
    if (list) list.push(c);
    else byDoc.set(key, [c]);
  }
  const others = (c: Claim, doc: string) => byDoc.get(`${doc}|${c.quantity!.counted}|${c.subject ?? ""}|${c.quantity!.unit ?? ""}`) ?? [];
  // A figure of another town the article also tells of ("two dead in one town, one in another") reconciles nothing.
  const elsewhere = (x: Claim, o: Claim) => x.location !== undefined && o.location !== undefined && twoTowns(x.location, o.location, registry);
  const reconciled = (x: Claim, y: Claim) => others(x, y.doc).some((o) => o.quantity !== y.quantity && !elsewhere(x, o) && figuresMeet(x.quantity!, o.quantity!));
  return pairs.filter((p) => p.a.doc === p.b.doc || figuresMeet(p.a.quantity!, p.b.quantity!) || !(reconciled(p.a, p.b) || reconciled(p.b, p.a)));
}

/** Whether two figures overlap once hedges and rounding are allowed for. */
function figuresMeet(a: NonNullable<Claim["quantity"]>, b: NonNullable<Claim["quantity"]>): boolean {
  const lo = (q: typeof a) => q.min - (q.step && !q.hedge ? q.step / 2 : 0);
  const hi = (q: typeof a) => (q.max ?? Infinity) + (q.step && !q.hedge ? q.step / 2 : 0);
  return lo(a) <= hi(b) && lo(b) <= hi(a);
}

/**
 * Other events (rulings, appeals, signings, announcements): the same type of event involving a
 * shared organisation or person in overlapping or nearby windows. Events with nobody named are
 * linked through their article's frame instead.
 */
function eventPairs(claims: Claim[], { registry, days, keys }: LinkContext, out: LinkedPair[]): number {
  const keyed: Claim[] = [];
  const blocking = new Blocking();
  for (const c of claims) {
    if (c.kind !== "status" || !c.subject || !c.participants?.length) continue;
    const window = c.time?.start && !c.time.inferred ? c.time : c.published ? { start: addDays(c.published, -EVENT_WINDOW_DAYS), end: addDays(c.published, EVENT_WINDOW_DAYS), anchored: true } : undefined;
    for (const p of c.participants) {
      const name = keys.name(`${c.subject}|${p}`);
      for (const b of timeBuckets(window, days, keys)) blocking.add(keys.key(name, b));
    }
    blocking.next();
    keyed.push(c);
  }
  return blockedPairs(keyed, blocking, out, (a, b) => {
    const shared = (a.participants ?? []).filter((p) => (b.participants ?? []).includes(p));
    const what = a.subject!.replace(/^event:/, "");
    return { a, b, link: "event", event: `${what} (${shared.map((p) => registry.nameOf(p)).join(", ")})`, eventKey: `status:${a.subject}|${shared.join("+")}` };
  });
}

/**
 * The candidate pairs of claims keyed in `blocking` (within one document too), in order, each
 * turned into a linked pair by `link` and added to `out`, or dropped; `i` and `j` index `keyed`.
 * Returns how many candidates were considered (for --stats).
 */
export function blockedPairs(keyed: Claim[], blocking: Blocking, out: LinkedPair[], link: (a: Claim, b: Claim, i: number, j: number) => LinkedPair | undefined): number {
  const found = candidates(blocking);
  for (let k = 0; k < found.length; k += 2) {
    const i = found[k]!;
    const j = found[k + 1]!;
    const pair = link(keyed[i]!, keyed[j]!, i, j);
    if (pair) out.push(pair);
  }
  return found.length / 2;
}

/** Days around publication an undated event is taken to be near. */
const EVENT_WINDOW_DAYS = 10;

/** The place's ancestor just below country level (a province, or the city itself); a country is its own region. */
export function regionOf(place: string, registry: EntityRegistry): string {
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

/**
 * Counts of what an event fixed once and for all (the people on board, the items stolen, the
 * perpetrators, an age) are repeated in reports weeks later: they are taken to describe the month
 * before publication.
 */
const FIXED_COUNTS = new Set(["aboard", "passengers", "crew", "items", "perpetrators", "age"]);
const FIXED_WINDOW_DAYS = 30;

/** Counts a place in their sentence does not locate (prisoners exchanged, a poll's margin of error, an age). */
const UNPLACED_COUNTS = new Set(["prisoners", "margin", "lead", "age"]);

/** The days a count describes: its own stated date, else the days before its article's publication ("now" is no date of the event). */
function quantityWindow(c: Claim): TimeValue | undefined {
  if (c.time?.start && c.time.end && !c.time.inferred && c.time.granularity !== "ref") return c.time;
  if (!c.published) return undefined;
  const days = FIXED_COUNTS.has(c.quantity!.counted) ? FIXED_WINDOW_DAYS : QUANTITY_WINDOW_DAYS;
  return { start: addDays(c.published, -days), end: c.published, anchored: true };
}

/** Name claims: one representative per (entity, given-name key), paired within each entity. */
function namePairs(claims: Claim[], registry: EntityRegistry, out: LinkedPair[]): number {
  const byEntity = new Map<string, Map<string, Claim>>();
  for (const c of claims) {
    if (c.kind !== "name" || !c.name) continue;
    let variants = byEntity.get(c.name.entity);
    if (!variants) byEntity.set(c.name.entity, (variants = new Map()));
    if (!variants.has(c.name.givenKey)) variants.set(c.name.givenKey, c);
  }
  let count = 0;
  for (const [entity, variants] of byEntity) {
    const reps = [...variants.values()];
    const name = registry.nameOf(entity);
    const eventKey = `entity:${entity}`;
    for (let x = 0; x < reps.length; x++) {
      for (let y = x + 1; y < reps.length; y++) {
        out.push({ a: reps[x]!, b: reps[y]!, link: "entity", event: name, eventKey });
        count++;
      }
    }
  }
  return count;
}
