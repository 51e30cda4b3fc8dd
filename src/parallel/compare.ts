/**
 * Comparison of one group of linked pairs, in a form that can cross to a worker thread: the
 * group's claims once, and its pairs as indices into them, with their event labels and keys in
 * small string tables. The result is the findings already written as JSON Lines, without their
 * ids (numbered by the main thread in the order written).
 */
import type { Rule } from "../compare/rule-api.js";
import type { LinkedPair } from "../link/index.js";
import type { EntityRegistry } from "../normalize/entities.js";
import { compareEach, indexPairs, type IndexedPairs } from "../compare/engine.js";
import { publicFinding } from "../format/json.js";

export interface CompareJob extends IndexedPairs {
  /** The group's documents, in input order. */
  docOrder: string[];
  referenceDate?: string;
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
}

/** Packs the pairs of a group (in their order) into a job. */
export function compareJob(pairs: LinkedPair[], docIndex: Map<string, number>, referenceDate: string | undefined): CompareJob {
  const job: CompareJob = { ...indexPairs(pairs), docOrder: [] };
  job.docOrder = [...new Set(job.claims.map((c) => c.doc))].sort((x, y) => (docIndex.get(x) ?? 0) - (docIndex.get(y) ?? 0));
  if (referenceDate) job.referenceDate = referenceDate;
  return job;
}

/** Runs the rules over a job's pairs and writes its findings (in report order) as JSON lines. */
export function runCompareJob(job: CompareJob, rules: Rule[], registry: EntityRegistry): CompareJobResult {
  // Each line is encoded straight into one buffer, kept from job to job, as its finding is made:
  // joining the lines into one string would build, flatten and encode a string of megabytes per
  // job, and fresh memory costs a page fault per page on first use.
  let text = scratch;
  let length = 0;
  let findings = 0;
  let conflicts = 0;
  const pairsCompared = compareEach(job, rules, { registry, docOrder: job.docOrder, ...(job.referenceDate ? { referenceDate: job.referenceDate } : {}) }, (f) => {
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
  });
  // A copy in a buffer of its own, which can be handed over to the main thread without copying.
  return { text: new Uint8Array(text.subarray(0, length)), findings, conflicts, agreements: findings - conflicts, pairsCompared };
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
