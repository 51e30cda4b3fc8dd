/**
 * Comparison of one group of linked pairs, in a form that can cross to a worker thread: the
 * group's claims once, and its pairs as indices into them, with their event labels and keys in
 * small string tables. The result is the findings already written as JSON Lines, without their
 * ids (numbered by the main thread in the order written).
 */
import type { Claim } from "../types.js";
import type { LinkType, Rule } from "../compare/rule-api.js";
import type { LinkedPair } from "../link/index.js";
import type { EntityRegistry } from "../normalize/entities.js";
import { compareClaims } from "../compare/engine.js";
import { publicFinding } from "../format/json.js";

export interface CompareJob {
  claims: Claim[];
  /** [claim a, claim b, link, event label index, event key index] */
  pairs: Array<[number, number, LinkType, number, number]>;
  strings: string[];
  /** The group's documents, in input order. */
  docOrder: string[];
  referenceDate?: string;
}

export interface CompareJobResult {
  /**
   * The findings as UTF-8 JSON lines, each without its opening brace and id (`,"rule":…}\n`):
   * bytes, so they cross from a worker without a copy and go to the output without re-encoding.
   */
  text: Uint8Array;
  findings: number;
  conflicts: number;
  agreements: number;
  pairsCompared: number;
}

/** Packs the pairs of a group (in their order) into a job. */
export function compareJob(pairs: LinkedPair[], docIndex: Map<string, number>, referenceDate: string | undefined): CompareJob {
  const claimIndex = new Map<Claim, number>();
  const claims: Claim[] = [];
  const stringIndex = new Map<string, number>();
  const strings: string[] = [];
  const claim = (c: Claim) => {
    let i = claimIndex.get(c);
    if (i === undefined) {
      claimIndex.set(c, (i = claims.length));
      claims.push(c);
    }
    return i;
  };
  const string = (s: string) => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      stringIndex.set(s, (i = strings.length));
      strings.push(s);
    }
    return i;
  };
  const packed = pairs.map((p): [number, number, LinkType, number, number] => [claim(p.a), claim(p.b), p.link, string(p.event), string(p.eventKey)]);
  const docs = [...new Set(claims.map((c) => c.doc))].sort((x, y) => (docIndex.get(x) ?? 0) - (docIndex.get(y) ?? 0));
  const job: CompareJob = { claims, pairs: packed, strings, docOrder: docs };
  if (referenceDate) job.referenceDate = referenceDate;
  return job;
}

/** Runs the rules over a job's pairs and writes its findings (in report order) as JSON lines. */
export function runCompareJob(job: CompareJob, rules: Rule[], registry: EntityRegistry): CompareJobResult {
  const pairs: LinkedPair[] = job.pairs.map(([a, b, link, event, eventKey]) => ({ a: job.claims[a]!, b: job.claims[b]!, link, event: job.strings[event]!, eventKey: job.strings[eventKey]! }));
  const out = compareClaims(pairs, rules, { registry, docOrder: job.docOrder, ...(job.referenceDate ? { referenceDate: job.referenceDate } : {}) });
  // Each line is encoded straight into one buffer, kept from job to job: joining the lines into
  // one string would build, flatten and encode a string of megabytes per job, and fresh memory
  // costs a page fault per page on first use.
  let text = scratch;
  let length = 0;
  let conflicts = 0;
  for (const f of out.findings) {
    if (f.verdict === "conflict") conflicts++;
    f.id = "";
    const json = JSON.stringify(publicFinding(f));
    // At most three bytes per UTF-16 unit, plus the newline.
    const room = (json.length - ID_PREFIX.length) * 3 + 1;
    if (length + room > text.length) {
      const grown = Buffer.allocUnsafe(Math.max(text.length * 2, length + room));
      text.copy(grown, 0, 0, length);
      text = scratch = grown;
    }
    length += text.write(json.slice(ID_PREFIX.length), length, "utf8");
    text[length++] = 10;
  }
  // A copy in a buffer of its own, which can be handed over to the main thread without copying.
  return { text: new Uint8Array(text.subarray(0, length)), findings: out.findings.length, conflicts, agreements: out.findings.length - conflicts, pairsCompared: out.pairsCompared };
}

/** Where a job's findings are written before they are copied out (grown as needed, never shrunk). */
let scratch = Buffer.allocUnsafe(1 << 20);

/** What every finding's JSON starts with before its id is filled in. */
const ID_PREFIX = '{"id":""';

/**
 * The `--format jsonl` lines of a job result, with ids numbered from `firstId`:
 * `{"type":"finding","id":"f12",…}`. JSON text never holds a raw newline, so lines split at
 * newline bytes. Written byte by byte into one buffer: this runs once per finding of the corpus
 * on the main thread, while the workers compare.
 */
export function findingLines(result: CompareJobResult, firstId: number): Uint8Array {
  const src = Buffer.from(result.text.buffer, result.text.byteOffset, result.text.byteLength);
  const lastId = String(firstId + result.findings - 1);
  const out = Buffer.allocUnsafe(src.length + result.findings * (LINE_PREFIX.length + lastId.length + 1));
  let o = 0;
  let start = 0;
  for (let i = 0; i < result.findings; i++) {
    const end = src.indexOf(10, start) + 1;
    o += LINE_PREFIX.copy(out, o);
    o += out.write(String(firstId + i), o, "latin1");
    out[o++] = 34; // the id's closing quote
    o += src.copy(out, o, start, end);
    start = end;
  }
  return out.subarray(0, o);
}

/** What each `--format jsonl` finding line starts with, up to its id number. */
const LINE_PREFIX = Buffer.from('{"type":"finding","id":"f', "latin1");
