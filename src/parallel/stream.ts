/**
 * Streaming extraction: inputs come in one by one (article files, or chunks of JSON lines), are
 * extracted in units (on worker threads when there are several jobs and more than one unit of
 * input), and only their claims and a small summary are kept: article bodies are dropped as soon
 * as they have been extracted, so memory grows with the claims, not with the corpus. JSON lines
 * reach a worker as raw bytes, handed over without a copy, and are parsed there: the main thread
 * only reads. Results are merged in input order whatever the number of workers, so the report
 * does not depend on `--jobs`.
 */
import type { Claim, DocumentSummary, Problem } from "../types.js";
import type { EntityRegistry } from "../normalize/entities.js";
import { parseJsonlChunk, type JsonlChunk, type LoadItem } from "../load/jsonl.js";
import { expandPaths, loadArticleFile } from "../load/articles.js";
import { claimValidatorSync } from "../load/schemas.js";
import { extractUnit, type ExtractUnit, type InputOutcome } from "./extract.js";
import type { LazyPool } from "./pool.js";
import { InOrder } from "./ordered.js";

/** One input as read: an article file (or the reason it cannot be used), or a chunk of JSON lines. */
export type SourceUnit = { item: LoadItem } | { chunk: JsonlChunk };

/** Where articles come from. */
export interface Source {
  /** Reads the inputs in order; `chunkBytes` is the size wanted for the next chunk of JSON lines. */
  read(chunkBytes: () => number): AsyncIterable<SourceUnit>;
  /** Problems found before reading (missing paths, empty folders). */
  problems: Problem[];
  /** How much input there is, when known: for a progress bar. */
  total?: { items?: number; bytes?: number };
}

/** Files and folders (walked recursively), read one file at a time. */
export async function fileSource(paths: string[]): Promise<Source> {
  const { files, problems, ids } = await expandPaths(paths);
  async function* read(): AsyncGenerator<SourceUnit> {
    for (const file of files) yield { item: await loadArticleFile(file, ids.get(file)) };
  }
  return { read, problems, total: { items: files.length } };
}

export interface Progress {
  /** Inputs done (articles extracted plus inputs that became problems). */
  items: number;
  /** Bytes of input done. */
  bytes: number;
}

export interface StreamOptions {
  /** Used for in-process extraction (one job, or input too small for workers). */
  registry: EntityRegistry;
  /** Worker threads, started here only if the input is larger than one unit; the caller closes them. */
  workers: LazyPool;
  clock: () => number;
  onProgress?: (progress: Progress) => void;
  /** Bytes of input per unit sent to a worker. */
  batchBytes?: number;
  /** Called once every unit has been sent, while the last ones are still being extracted. */
  onInputDone?: () => void;
}

export interface ExtractedCorpus {
  /** One summary per article, in input order (claims counted, problems included). */
  documents: DocumentSummary[];
  /** Valid claims, in input order. */
  claims: Claim[];
  /** Problems of inputs that never became articles (missing paths, malformed lines, duplicate ids). */
  problems: Problem[];
  /** Bytes of article text. */
  bytes: number;
  latestPublished?: string;
  /** Main-thread time spent reading input (and parsing it, when there are no workers). */
  loadMs: number;
  /** The rest of the wall time until the last claims were in (reading overlaps extraction). */
  extractMs: number;
  /** Worker threads used (0: in-process). */
  workers: number;
}

const DEFAULT_BATCH_BYTES = 192 * 1024;
/** The smallest unit near the end of the input: smaller ones cost more in messages than they save. */
const MIN_BATCH_BYTES = 16 * 1024;

/** Whether the input is known to be larger than one unit, so extraction will use workers. */
export function needsWorkers(source: Source, batchBytes = DEFAULT_BATCH_BYTES): boolean {
  return (source.total?.bytes ?? 0) > batchBytes;
}

/** Reads every input, extracts the claims of each article and keeps only what the report needs. */
export async function extractStream(source: Source, options: StreamOptions): Promise<ExtractedCorpus> {
  const { clock, workers } = options;
  const started = clock();
  const batchLimit = options.batchBytes ?? DEFAULT_BATCH_BYTES;
  const documents: DocumentSummary[] = [];
  const claims: Claim[] = [];
  const problems: Problem[] = [...source.problems];
  const duplicates: Problem[] = [];
  const firstPath = new Map<string, string>();
  const progress: Progress = { items: 0, bytes: 0 };
  let totalBytes = 0;
  let latestPublished: string | undefined;
  let loadMs = 0;
  let validate: ReturnType<typeof claimValidatorSync> | undefined;

  const merge = (outcomes: InputOutcome[]) => {
    for (const outcome of outcomes) {
      progress.items++;
      progress.bytes += outcome.bytes;
      if ("problem" in outcome) {
        problems.push(outcome.problem);
        continue;
      }
      const { doc } = outcome;
      const seen = firstPath.get(doc.id);
      if (seen !== undefined) {
        duplicates.push({ code: "duplicate-id", message: `${doc.path}: document id "${doc.id}" is already used by ${seen}; skipped`, path: doc.path });
        continue;
      }
      firstPath.set(doc.id, doc.path);
      totalBytes += outcome.bodyBytes;
      if (doc.published && (!latestPublished || doc.published > latestPublished)) latestPublished = doc.published;
      documents.push(doc);
      for (const c of outcome.claims) claims.push(c);
    }
    options.onProgress?.(progress);
  };

  // Units on workers; their results are merged in input order.
  let inflight: InOrder<InputOutcome[], undefined> | undefined;
  const run = async (unit: ExtractUnit, last: boolean) => {
    // Workers pay off only when there is more than one unit of input.
    const pool = !last || inflight || workers.started ? workers.start() : undefined;
    if (pool) {
      inflight ??= new InOrder(pool.size * 2, pool.size * 8, (outcomes: InputOutcome[]) => merge(outcomes));
      await inflight.add(pool.extract(unit), undefined);
      return;
    }
    validate ??= claimValidatorSync();
    let items: LoadItem[];
    if ("chunk" in unit) {
      // Parsing is reading, for the stats, when it happens here.
      const t = clock();
      items = await parseJsonlChunk(unit.chunk);
      loadMs += clock() - t;
    } else items = unit.items;
    // One article at a time, so progress moves with each.
    for (const item of items) merge(await extractUnit({ items: [item] }, options.registry, validate));
  };

  // Near the end of an input of known size, units shrink so the workers finish together: one
  // left with a big last unit would keep the report waiting while the others idle.
  const inputBytes = source.total?.bytes ?? 0;
  let readBytes = 0;
  const limit = () => {
    const pool = workers.started;
    if (!pool || inputBytes <= batchLimit) return batchLimit;
    return Math.max(MIN_BATCH_BYTES, Math.min(batchLimit, (inputBytes - readBytes) / (pool.size * 4)));
  };

  // Articles read one by one are batched; a unit is held back until the next one is read, so
  // the last one is known (a single unit is extracted here, without starting workers).
  let batch: LoadItem[] = [];
  let batchBytes = 0;
  let held: ExtractUnit | undefined;
  const send = async (unit: ExtractUnit) => {
    if (held) await run(held, false);
    held = unit;
  };
  const flushBatch = async () => {
    if (!batch.length) return;
    const items = batch;
    batch = [];
    batchBytes = 0;
    await send({ items });
  };

  const iterator = source.read(limit)[Symbol.asyncIterator]();
  for (;;) {
    const t = clock();
    const next = await iterator.next();
    loadMs += clock() - t;
    if (next.done) break;
    const unit = next.value;
    if ("chunk" in unit) {
      readBytes += unit.chunk.bytes.length;
      await flushBatch();
      await send({ chunk: unit.chunk });
      continue;
    }
    const { item } = unit;
    const bytes = item.bytes ?? ("article" in item ? Buffer.byteLength(item.article.body) : 0);
    readBytes += bytes;
    batch.push(item);
    batchBytes += bytes;
    if (batchBytes >= limit()) await flushBatch();
  }
  await flushBatch();
  if (held) await run(held, true);
  options.onInputDone?.();
  await inflight?.finish();
  const corpus: ExtractedCorpus = {
    documents,
    claims,
    problems: [...problems, ...duplicates],
    bytes: totalBytes,
    loadMs,
    extractMs: clock() - started - loadMs,
    workers: workers.started?.size ?? 0,
  };
  if (latestPublished) corpus.latestPublished = latestPublished;
  return corpus;
}
