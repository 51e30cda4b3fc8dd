/**
 * Streaming extraction: articles come in one by one (from files or JSON Lines), are extracted in
 * batches (on worker threads when there are several jobs and more than one batch of input), and
 * only their claims and a small summary are kept: article bodies are dropped as soon as they have
 * been extracted, so memory grows with the claims, not with the corpus. Claims come out in input
 * order whatever the number of workers, so the report does not depend on `--jobs`.
 */
import type { Article, Claim, DocumentSummary, Problem } from "../types.js";
import type { EntityRegistry } from "../normalize/entities.js";
import type { LoadItem } from "../load/jsonl.js";
import { expandPaths, loadArticleFile } from "../load/articles.js";
import { claimValidatorSync } from "../load/schemas.js";
import { extractArticle, type ArticleClaims } from "./extract.js";
import type { LazyPool } from "./pool.js";
import { InOrder } from "./ordered.js";

/** Where articles come from. */
export interface Source {
  items: AsyncIterable<LoadItem>;
  /** Problems found before reading (missing paths, empty folders). */
  problems: Problem[];
  /** How much input there is, when known: for a progress bar. */
  total?: { items?: number; bytes?: number };
}

/** Files and folders (walked recursively), read one file at a time. */
export async function fileSource(paths: string[]): Promise<Source> {
  const { files, problems } = await expandPaths(paths);
  async function* items(): AsyncGenerator<LoadItem> {
    for (const file of files) yield await loadArticleFile(file);
  }
  return { items: items(), problems, total: { items: files.length } };
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
  /** Worker threads, started here only if the input is larger than one batch; the caller closes them. */
  workers: LazyPool;
  clock: () => number;
  onProgress?: (progress: Progress) => void;
  /** Bytes of article text per batch sent to a worker. */
  batchBytes?: number;
  /** Called once every batch has been sent, while the last ones are still being extracted. */
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
  /** Main-thread time spent reading and parsing input. */
  loadMs: number;
  /** The rest of the wall time until the last claims were in (reading overlaps extraction). */
  extractMs: number;
  /** Worker threads used (0: in-process). */
  workers: number;
}

const DEFAULT_BATCH_BYTES = 192 * 1024;
/** The smallest batch near the end of the input: smaller ones cost more in messages than they save. */
const MIN_BATCH_BYTES = 16 * 1024;

/** Whether the input is known to be larger than one batch, so extraction will use workers. */
export function needsWorkers(source: Source, batchBytes = DEFAULT_BATCH_BYTES): boolean {
  return (source.total?.bytes ?? 0) > batchBytes;
}

/** Reads every input, extracts the claims of each article and keeps only what the report needs. */
export async function extractStream(source: Source, options: StreamOptions): Promise<ExtractedCorpus> {
  const { clock } = options;
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

  let batch: Article[] = [];
  let batchDocs: number[] = [];
  let batchBytes = 0;
  const { workers } = options;
  let validate: ReturnType<typeof claimValidatorSync> | undefined;

  const merge = (docs: number[], bytes: number, results: ArticleClaims[]) => {
    docs.forEach((d, i) => {
      const result = results[i]!;
      const doc = documents[d]!;
      doc.claims = result.claims.length;
      doc.problems.push(...result.problems);
      for (const c of result.claims) claims.push(c);
    });
    progress.items += docs.length;
    progress.bytes += bytes;
    options.onProgress?.(progress);
  };
  // Batches on workers; their results are merged in input order.
  let inflight: InOrder<ArticleClaims[], { docs: number[]; bytes: number }> | undefined;
  const flush = async (last: boolean) => {
    if (batch.length === 0) return;
    const articles = batch;
    const docs = batchDocs;
    const bytes = batchBytes;
    batch = [];
    batchDocs = [];
    batchBytes = 0;
    // Workers pay off only when there is more than one batch of input.
    const pool = !last || inflight || workers.started ? workers.start() : undefined;
    if (pool) {
      inflight ??= new InOrder(pool.size * 2, pool.size * 8, (results: ArticleClaims[], batch: { docs: number[]; bytes: number }) => merge(batch.docs, batch.bytes, results));
      await inflight.add(pool.extract(articles), { docs, bytes });
    } else {
      validate ??= claimValidatorSync();
      merge(docs, bytes, articles.map((a) => extractArticle(a, options.registry, validate!)));
    }
  };

  // Near the end of an input of known size, batches shrink so the workers finish together: one
  // left with a big last batch would keep the report waiting while the others idle.
  const inputBytes = source.total?.bytes ?? 0;
  let readBytes = 0;
  const limit = () => {
    const pool = workers.started;
    if (!pool || inputBytes <= batchLimit) return batchLimit;
    return Math.max(MIN_BATCH_BYTES, Math.min(batchLimit, (inputBytes - readBytes) / (pool.size * 4)));
  };

  const iterator = source.items[Symbol.asyncIterator]();
  for (;;) {
    const t = clock();
    const next = await iterator.next();
    loadMs += clock() - t;
    if (next.done) break;
    const item = next.value;
    readBytes += item.bytes ?? 0;
    if ("problem" in item) {
      problems.push(item.problem);
      progress.items++;
      progress.bytes += item.bytes ?? 0;
      continue;
    }
    const article = item.article;
    const seen = firstPath.get(article.id);
    if (seen !== undefined) {
      duplicates.push({ code: "duplicate-id", message: `${article.path}: document id "${article.id}" is already used by ${seen}; skipped`, path: article.path });
      progress.items++;
      continue;
    }
    firstPath.set(article.id, article.path);
    const bytes = item.bytes ?? Buffer.byteLength(article.body);
    totalBytes += Buffer.byteLength(article.body);
    if (article.published && (!latestPublished || article.published > latestPublished)) latestPublished = article.published;
    documents.push(summary(article));
    batch.push(article);
    batchDocs.push(documents.length - 1);
    batchBytes += bytes;
    if (batchBytes >= limit()) await flush(false);
  }
  await flush(true);
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

/** What the report keeps of an article once it has been read: everything but the body. */
export function summary(a: Article, claims = 0): DocumentSummary {
  const d: DocumentSummary = { id: a.id, path: a.path, lang: a.lang, claims, problems: [...a.problems] };
  if (a.published) d.published = a.published;
  if (a.source) d.source = a.source;
  if (a.title) d.title = a.title;
  if (a.url) d.url = a.url;
  return d;
}
