/**
 * Linking incidents (claims of kind `incident`, one frame per article and incident, see
 * src/extract/incidents.ts): two frames of different articles are the same incident when they
 * are of the same event type, their places are nested, missing, or in one region below country
 * level (a field near a town and a hostel in the city next to it: the location rule decides),
 * and their date windows overlap (an undated frame lies in the days before publication, marked
 * inferred). Two stated days at most two days apart in one located place are still linked, so the
 * date rule can say that one report has the wrong day; so are two that name the same district or
 * part of a building, when one of them names no town.
 *
 * Never all pairs: blocking keys `type|week` for every week a frame's window touches.
 */
import type { Claim, TimeValue } from "../types.js";
import type { EntityRegistry } from "../normalize/entities.js";
import { overlaps } from "../util/dates.js";
import { participantTypes } from "../extract/incidents.js";
import { Blocking, regionOf, timeBuckets, type LinkContext, type LinkedPair } from "./index.js";

interface IncidentFrame {
  key: string;
  doc: string;
  type: string;
  claims: Claim[];
  location?: string;
  time?: TimeValue;
  /** Everyone named by the frame's mentions. */
  people: string[];
  /** Named sites below the town (`district:key`, `part:key`): a place of their own even where no town is named. */
  sites: Set<string>;
}

/** Days apart two stated dates of one located incident may be and still be linked (for the date rule). */
const MAX_DATE_GAP_DAYS = 2;

function buildFrames(claims: Claim[], registry: EntityRegistry): IncidentFrame[] {
  const byKey = new Map<string, IncidentFrame>();
  for (const c of claims) {
    if (c.kind !== "incident" || !c.eventType || !c.frame) continue;
    let f = byKey.get(c.frame);
    if (!f) byKey.set(c.frame, (f = { key: c.frame, doc: c.doc, type: c.eventType, claims: [], people: [], sites: new Set() }));
    if (c.site?.key && (c.site.kind === "district" || c.site.kind === "part")) f.sites.add(`${c.site.kind}:${c.site.key}`);
    for (const p of c.participants ?? []) if (!f.people.includes(p)) f.people.push(p);
    f.claims.push(c);
    if (c.location && (!f.location || registry.contains(f.location, c.location))) f.location = c.location;
    if (c.time?.start && c.time.end && (!f.time || (f.time.inferred && !c.time.inferred))) f.time = c.time;
  }
  return [...byKey.values()];
}

function placesCompatible(a: string | undefined, b: string | undefined, registry: EntityRegistry): boolean {
  if (!a || !b || a === b || registry.contains(a, b) || registry.contains(b, a)) return true;
  // A town the gazetteer named but whose country it does not know may lie in a country or continent named by the other.
  const unknown = (p: string) => p.startsWith("place-") && registry.get(p)?.within === undefined;
  const broad = (p: string) => registry.get(p) !== undefined && registry.get(p)!.within === undefined && !p.startsWith("place-");
  if ((unknown(a) && broad(b)) || (unknown(b) && broad(a))) return true;
  const ra = regionOf(a, registry);
  // One region below country level: a country's two cities are two incidents.
  return ra === regionOf(b, registry) && registry.get(ra)?.within !== undefined;
}

function sameIncident(f: IncidentFrame, g: IncidentFrame, { registry, days }: LinkContext): boolean {
  if (f.type !== g.type || !placesCompatible(f.location, g.location, registry)) return false;
  // A call (or another event with participants) is one event only between the same people.
  if (participantTypes().has(f.type) && !f.people.some((p) => g.people.includes(p))) return false;
  if (!f.time || !g.time) return true;
  if (overlaps(f.time, g.time)) return true;
  const sharedSite = [...f.sites].some((k) => g.sites.has(k));
  if (f.time.inferred || g.time.inferred || ((!f.location || !g.location) && !sharedSite)) return false;
  const dayLike = days.span(f.time) <= 1 && days.span(g.time) <= 1;
  // Below country level: a registered place with a parent, or a place the gazetteer named ("place-…").
  const below = (p: string | undefined) => p !== undefined && (registry.get(p)?.within !== undefined || p.startsWith("place-"));
  const local = sharedSite || below(f.location) || below(g.location);
  return dayLike && local && Math.abs(days.between(f.time.start!, g.time.start!)) <= MAX_DATE_GAP_DAYS;
}

function describe(f: IncidentFrame, registry: EntityRegistry): string {
  const where = f.location ? ` in ${registry.get(f.location)?.name ?? f.location.replace(/^place-/, "")}` : "";
  const when = f.time?.start && !f.time.inferred ? `, ${f.time.start === f.time.end ? f.time.start : `${f.time.start}..${f.time.end}`}` : "";
  return `${f.type.replace(/-/g, " ")}${where}${when}`.replace(/^./, (c) => c.toUpperCase());
}

/** Links incident frames across articles and adds their claim pairs; returns the candidates considered. */
export function incidentPairs(claims: Claim[], ctx: LinkContext, out: LinkedPair[]): number {
  const { registry, days, keys } = ctx;
  const frames = buildFrames(claims, registry);
  if (!frames.length) return 0;
  const blocking = new Blocking();
  for (const f of frames) {
    const name = keys.name(`incident|${f.type}`);
    for (const b of timeBuckets(f.time, days, keys)) blocking.add(keys.key(name, b));
    blocking.next();
  }
  // Linked frames, as a union of frame indices, so a story told by three articles is one event.
  const parent = frames.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const linked: Array<[number, number]> = [];
  let candidates = 0;
  const seen = new Set<number>();
  const byKey = new Map<number, number[]>();
  frames.forEach((_, i) => {
    for (let e = blocking.starts[i]!; e < blocking.starts[i + 1]!; e++) {
      const k = blocking.keys[e]!;
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push(i);
    }
  });
  for (const list of byKey.values()) {
    // Like the other linkers, an oversized block pairs each frame with its nearest neighbours only.
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < Math.min(list.length, x + 64); y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (frames[i]!.doc === frames[j]!.doc) continue;
        const code = i * frames.length + j;
        if (seen.has(code)) continue;
        seen.add(code);
        candidates++;
        if (sameIncident(frames[i]!, frames[j]!, ctx)) {
          linked.push([i, j]);
          parent[find(i)] = find(j);
        }
      }
    }
  }
  const labels = new Map<number, string>();
  const label = (i: number) => {
    const root = find(i);
    let l = labels.get(root);
    if (l === undefined) labels.set(root, (l = describe(frames[root]!, registry)));
    return { event: l, eventKey: `incident:${frames[root]!.key}` };
  };
  for (const [i, j] of linked) {
    const { event, eventKey } = label(i);
    for (const a of frames[i]!.claims) for (const b of frames[j]!.claims) out.push({ a, b, link: "event", event, eventKey });
  }
  // Mentions within one article are not compared: a timeline's clock times are different moments of one incident.
  return candidates;
}
