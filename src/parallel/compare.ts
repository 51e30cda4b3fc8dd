/**
 * Comparison of one group of linked pairs, in a form that can cross to a worker thread: the
 * group's claims once, and its pairs as indices into them, with their event labels and keys in
 * small string tables. The result is the findings already written as JSON Lines, without their
 * ids (numbered by the main thread in the order written).
 */
import { interner } from "../util/intern.js";
import { UnionFind } from "../util/union-find.js";
import type { Claim } from "../types.js";
import type { Rule } from "../compare/rule-api.js";
import type { LinkedPair } from "../link/index.js";
import type { EntityRegistry } from "../normalize/entities.js";
import { compareEach, indexPairs, type IndexedPairs } from "../compare/engine.js";
import { publicEvent, publicFinding } from "../format/json.js";
import { PositionBuilder } from "../compare/positions.js";
import { faultsOf, guardRules, untilSettled, type RuleFault } from "../compare/guard.js";

export interface CompareJob extends IndexedPairs {
  /** The group's documents, in input order. */
  docOrder: string[];
  referenceDate?: string;
  /** Names the main thread learned for unregistered entities of these claims (a worker's registry has not seen the articles' names). */
  names?: Array<[string, string]>;
  /** Front matter `source` of the job's documents that have one, for positions. */
  sources?: Array<[string, string]>;
}

/** Adds to a job the learned names of the entities its claims mention, for a worker to report them by. */
export function withNames(job: CompareJob, registry: EntityRegistry): CompareJob {
  const ids = new Set<string>();
  for (const c of job.claims) {
    for (const p of c.participants ?? []) ids.add(p);
    if (c.subject) ids.add(c.subject);
    if (c.name) ids.add(c.name.entity);
  }
  const names = registry.learnedNames(ids);
  if (names.length) job.names = names;
  return job;
}

/** Adds to a job the front matter `source` of its documents, for a worker to name positions by. */
export function withSources(job: CompareJob, sourceOf: (doc: string) => string | undefined): CompareJob {
  const sources: Array<[string, string]> = [];
  for (const d of job.docOrder) {
    const s = sourceOf(d);
    if (s) sources.push([d, s]);
  }
  if (sources.length) job.sources = sources;
  return job;
}

export interface CompareJobResult {
  /**
   * The findings as UTF-8 `--format jsonl` lines with a gap of ID_ROOM bytes where the id number
   * goes (`{"type":"finding","id":"f` + gap + `","rule":…}\n`): bytes, so they cross from a
   * worker without a copy, and the main thread numbers them in place (see findingLines).
   */
  text: Uint8Array;
  findings: number;
  conflicts: number;
  agreements: number;
  pairsCompared: number;
  /** Code rules switched off in this thread so far (the main thread names each once in `problems`). */
  faults?: RuleFault[];
  /** The job's events (aspects and positions) as `--format jsonl` lines without ids: `{"type":"event","id":"e",…}` for the main thread to number. */
  events: string[];
}

/** Packs the pairs of a group (in their order) into a job. */
export function compareJob(pairs: LinkedPair[], docIndex: Map<string, number>, referenceDate: string | undefined): CompareJob {
  const indexed = indexPairs(pairs);
  const job: CompareJob = { ...indexed, docOrder: inInputOrder([...new Set(indexed.claims.map((c) => c.doc))], docIndex) };
  if (referenceDate) job.referenceDate = referenceDate;
  return job;
}

/**
 * Splits linked pairs into comparison jobs of about `groupPairs` pairs (see pipeline.ts
 * compareJobs): whole connected parts of the pair graph, each job's pairs in their order.
 * Claims, documents and event keys are numbered once for all pairs, so grouping and packing
 * look up arrays rather than maps per pair; this runs on the main thread over every pair of a
 * corpus. Pairs are released once packed.
 */
export function* packJobs(pairs: LinkedPair[], docIndex: Map<string, number>, referenceDate: string | undefined, groupPairs: number): Generator<CompareJob> {
  const n = pairs.length;
  const claimNumbers = interner<Claim>();
  const claims = claimNumbers.values;
  const claimDoc: number[] = [];
  const docs = interner<string>();
  const events = interner<string>();
  // Per pair: its claims' numbers.
  const pairA = new Int32Array(n);
  const pairB = new Int32Array(n);
  const parts = new UnionFind();
  const claim = (c: Claim) => {
    const i = claimNumbers.index(c);
    if (i === claimDoc.length) {
      parts.add();
      claimDoc.push(docs.index(c.doc));
    }
    return i;
  };
  // Claims of one pair are joined; so are pairs that share an event key (the engine keeps one
  // finding per documents, event, aspect and verdict, and an event's positions are built from
  // all its verdicts, so an event is never split between jobs).
  const firstOfEvent: number[] = [];
  // Runs of pairs share a claim and an event key (the claims of one frame against another's):
  // the last one looked up is remembered.
  let lastClaim: Claim | undefined;
  let lastA = 0;
  let lastKey: string | undefined;
  let e = 0;
  for (let k = 0; k < n; k++) {
    const p = pairs[k]!;
    const a = p.a === lastClaim ? lastA : claim(p.a);
    lastClaim = p.a;
    lastA = a;
    const b = claim(p.b);
    pairA[k] = a;
    pairB[k] = b;
    parts.join(a, b);
    if (p.eventKey !== lastKey) {
      lastKey = p.eventKey;
      e = events.index(p.eventKey);
      if (e === firstOfEvent.length) firstOfEvent.push(a);
    }
    parts.join(a, firstOfEvent[e]!);
  }
  // Pair indices by connected part, in order of first pair.
  const groups = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    const root = parts.find(pairA[k]!);
    const members = groups.get(root);
    if (members) members.push(k);
    else groups.set(root, [k]);
  }
  // A claim's number in the job being packed (-1: not in it), and which documents it has.
  const local = new Int32Array(claims.length).fill(-1);
  const docNames = docs.values;
  const docInJob = new Uint8Array(docNames.length);
  let chunk: number[] = [];
  const pack = (): CompareJob => {
    const order = Int32Array.from(chunk).sort();
    chunk = [];
    const jobClaims: Claim[] = [];
    const globals: number[] = [];
    const jobDocs: string[] = [];
    const interned = interner<string>();
    const strings = interned.values;
    const string = (s: string) => interned.index(s);
    // Consecutive pairs mostly share their link type, label and key: each remembers its last string.
    const link = lastString(string);
    const label = lastString(string);
    const key = lastString(string);
    const localClaim = (i: number) => {
      let l = local[i]!;
      if (l < 0) {
        local[i] = l = jobClaims.length;
        jobClaims.push(claims[i]!);
        globals.push(i);
        const d = claimDoc[i]!;
        if (!docInJob[d]) {
          docInJob[d] = 1;
          jobDocs.push(docNames[d]!);
        }
      }
      return l;
    };
    const packed = new Int32Array(order.length * 5);
    let o = 0;
    for (const k of order) {
      const p = pairs[k]!;
      packed[o++] = localClaim(pairA[k]!);
      packed[o++] = localClaim(pairB[k]!);
      packed[o++] = link(p.link);
      packed[o++] = label(p.event);
      packed[o++] = key(p.eventKey);
      (pairs as Array<LinkedPair | undefined>)[k] = undefined;
    }
    for (const i of globals) {
      local[i] = -1;
      docInJob[claimDoc[i]!] = 0;
    }
    const job: CompareJob = { claims: jobClaims, pairs: packed, strings, docOrder: inInputOrder(jobDocs, docIndex) };
    if (referenceDate) job.referenceDate = referenceDate;
    return job;
  };
  for (const members of groups.values()) {
    for (const k of members) chunk.push(k);
    if (chunk.length >= groupPairs) yield pack();
  }
  if (chunk.length) yield pack();
}

/** `number` with the last string it was asked about remembered. */
function lastString(number: (s: string) => number): (s: string) => number {
  let last: string | undefined;
  let index = 0;
  return (s) => {
    if (s !== last) {
      last = s;
      index = number(s);
    }
    return index;
  };
}

/** Documents sorted in input order (one missing from the index counts as the first; ties keep the order given). */
function inInputOrder(docs: string[], docIndex: Map<string, number>): string[] {
  return docs.sort((x, y) => (docIndex.get(x) ?? 0) - (docIndex.get(y) ?? 0));
}

/** Runs the rules over a job's pairs and writes its findings (in report order) as JSON lines. */
export function runCompareJob(job: CompareJob, rules: Rule[], registry: EntityRegistry): CompareJobResult {
  // Each line is encoded straight into one buffer, kept from job to job, as its finding is made:
  // joining the lines into one string would build, flatten and encode a string of megabytes per
  // job, and fresh memory costs a page fault per page on first use.
  for (const [id, name] of job.names ?? []) registry.learnName(id, name);
  const guarded = guardRules(rules);
  let text = scratch;
  let length = 0;
  let findings = 0;
  let conflicts = 0;
  // A code rule switched off halfway leaves no findings in the job: it is compared again.
  let positions = new PositionBuilder(job.claims);
  const pairsCompared = untilSettled(guarded, () => {
    length = findings = conflicts = 0;
    positions = new PositionBuilder(job.claims);
    return compareEach(job, guarded, { registry, docOrder: job.docOrder, ...(job.referenceDate ? { referenceDate: job.referenceDate } : {}) }, (f) => {
      findings++;
      if (f.verdict === "conflict") conflicts++;
      const json = JSON.stringify(publicFinding(f));
      // At most three bytes per UTF-16 unit, plus the line's start and the newline.
      const room = json.length * 3 + LINE_HEAD + 1;
      if (length + room > text.length) {
        const grown = Buffer.allocUnsafe(Math.max(text.length * 2, length + room));
        text.copy(grown, 0, 0, length);
        text = scratch = grown;
      }
      text.set(LINE_PREFIX, length);
      // The JSON's `{"id":"` lands in the gap, which findingLines skips; its `"` closes the id.
      length += LINE_HEAD - ID_OPEN.length;
      length += text.write(json, length, "utf8");
      text[length++] = 10;
    }, positions);
  });
  const faults = faultsOf(guarded);
  const rank = new Map(job.docOrder.map((d, i) => [d, i]));
  const sources = new Map(job.sources ?? []);
  const events = positions.build({ rankOf: (d) => rank.get(d) ?? 0, sourceOf: (d) => sources.get(d) }).map((e) => JSON.stringify({ type: "event", ...publicEvent(e) }));
  // A copy in a buffer of its own, which can be handed over to the main thread without copying.
  const result: CompareJobResult = { text: new Uint8Array(text.subarray(0, length)), findings, conflicts, agreements: findings - conflicts, pairsCompared, events };
  if (faults.length) result.faults = faults;
  return result;
}

/** Where a job's findings are written before they are copied out (grown as needed, never shrunk). */
let scratch = Buffer.allocUnsafe(1 << 20);

/** What every finding's JSON starts with before its id is filled in: `{"id":""`, of which the last quote stays. */
const ID_OPEN = '{"id":"';

/** What each `--format jsonl` finding line starts with, up to its id number. */
const LINE_PREFIX = Buffer.from('{"type":"finding","id":"f', "latin1");

/** Bytes left for an id number in a job's lines: up to f99999999 without moving a line to a new buffer. */
const ID_ROOM = 8;

/** Bytes of a line before its id's closing quote. */
const LINE_HEAD = LINE_PREFIX.length + ID_ROOM;

/**
 * The `--format jsonl` lines of a job result, with ids numbered from `firstId`:
 * `{"type":"finding","id":"f12",…}`. Each id is written into its line's gap and the lines are
 * moved up over the rest of the gaps, in the result's own buffer: this runs once per finding of
 * the corpus on the main thread, while the workers compare, and a new buffer as large as the
 * findings costs a page fault per page. JSON text never holds a raw newline, so lines end at
 * newline bytes.
 */
export function findingLines(result: CompareJobResult, firstId: number): Uint8Array {
  const src = Buffer.from(result.text.buffer, result.text.byteOffset, result.text.byteLength);
  const widest = digits(firstId + result.findings - 1);
  // Ids longer than the gap (only past f99999999) need a buffer of their own.
  const out = widest <= ID_ROOM ? src : Buffer.allocUnsafe(src.length + result.findings * (widest - ID_ROOM));
  let o = 0;
  let start = 0;
  for (let i = 0; i < result.findings; i++) {
    const end = src.indexOf(10, start + LINE_HEAD) + 1;
    if (out !== src || o !== start) out.set(LINE_PREFIX, o);
    o += LINE_PREFIX.length;
    o = writeNumber(out, o, firstId + i);
    if (out === src) out.copyWithin(o, start + LINE_HEAD, end);
    else out.set(src.subarray(start + LINE_HEAD, end), o);
    o += end - start - LINE_HEAD;
    start = end;
  }
  return out.subarray(0, o);
}

function digits(n: number): number {
  let count = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) count++;
  return count;
}

/** Writes a positive integer's decimal digits at `at`; returns the position after them. */
function writeNumber(out: Uint8Array, at: number, n: number): number {
  const end = at + digits(n);
  let rest = n;
  for (let k = end - 1; k >= at; k--) {
    out[k] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return end;
}
