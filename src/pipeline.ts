/**
 * The pipeline after loading: extract → normalise/validate → link → compare → report.
 * Pure apart from the injected clock, which only times the stages for `--stats`.
 *
 * Two ways through it: `runPipeline` takes loaded articles (in memory); the CLI streams articles
 * through `extractStream` (src/parallel/stream.ts), which keeps only claims, and then calls
 * `analyse` for a whole report, or `linkCorpus` and `compareJobs` to write findings as they are
 * made.
 */
import type { Article, Claim, Problem, Report, RunStats } from "./types.js";
import type { Rule } from "./compare/rule-api.js";
import { linkClaims, type LinkedPair, type LinkResult } from "./link/index.js";
import { compareClaims } from "./compare/engine.js";
import { EntityRegistry, type EntityDef } from "./normalize/entities.js";
import { claimValidatorSync } from "./load/schemas.js";
import { extractArticle, summary } from "./parallel/extract.js";
import type { ExtractedCorpus } from "./parallel/stream.js";
import { packJobs, type CompareJob } from "./parallel/compare.js";
import { groupDuplicates, sourceClaims, type DuplicateGroup } from "./link/duplicates.js";

export const TOOL = { name: "crosscheck", version: "0.1.0" } as const;

export interface PipelineInput {
  articles: Article[];
  /** Problems of inputs that never became articles. */
  problems: Problem[];
  rules: Rule[];
  entities: EntityDef[];
  /** ISO timestamp for `generatedAt`; the CLI passes the current time. */
  generatedAt: string;
  /** Milliseconds clock for stage timings (performance.now in the CLI). */
  clock?: () => number;
  /** Time already spent loading, for the stats table. */
  loadMs?: number;
}

/** Registry construction is shared between runs with the same entities. */
export function buildRegistry(entities: EntityDef[]): EntityRegistry {
  return new EntityRegistry(entities);
}

/** Extracts and validates the claims of each article; invalid claims become problems of their document. */
export function extractAll(articles: Article[], registry: EntityRegistry): { claims: Claim[]; perDoc: Map<string, number> } {
  const validate = claimValidatorSync();
  const claims: Claim[] = [];
  const perDoc = new Map<string, number>();
  for (const article of articles) {
    const result = extractArticle(article, registry, validate);
    article.problems.push(...result.problems);
    for (const c of result.claims) claims.push(c);
    perDoc.set(article.id, result.claims.length);
  }
  return { claims, perDoc };
}

/** Runs the whole pipeline on loaded articles and returns the report. */
export function runPipeline(input: PipelineInput): Report {
  const clock = input.clock ?? (() => 0);
  const start = clock();
  const registry = buildRegistry(input.entities);
  const { claims, perDoc } = extractAll(input.articles, registry);
  const corpus: ExtractedCorpus = {
    documents: input.articles.map((a) => summary(a, perDoc.get(a.id) ?? 0)),
    claims,
    problems: input.problems,
    bytes: input.articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0),
    loadMs: input.loadMs ?? 0,
    extractMs: clock() - start,
    workers: 0,
  };
  const latest = latestPublished(input.articles);
  if (latest) corpus.latestPublished = latest;
  return analyse(corpus, { rules: input.rules, registry, generatedAt: input.generatedAt, clock });
}

export interface AnalyseOptions {
  rules: Rule[];
  registry: EntityRegistry;
  generatedAt: string;
  clock?: () => number;
}

/** Links and compares the claims of an extracted corpus and returns the whole report. */
export function analyse(corpus: ExtractedCorpus, options: AnalyseOptions): Report {
  const clock = options.clock ?? (() => 0);
  let t = clock();
  const ms: Record<string, number> = { load: corpus.loadMs, extract: corpus.extractMs };
  const lap = (stage: string) => {
    const now = clock();
    ms[stage] = now - t;
    t = now;
  };
  const linked = linkCorpus(corpus, options.registry);
  lap("link");
  const sources = new Map(corpus.documents.flatMap((d) => (d.source ? [[d.id, d.source] as const] : [])));
  const compared = compareClaims(linked.pairs, options.rules, { ...compareOptions(corpus, options.registry), positions: true, sourceOf: (doc) => sources.get(doc) });
  lap("compare");
  const problems = allProblems(corpus);
  return {
    tool: { ...TOOL },
    generatedAt: options.generatedAt,
    documents: corpus.documents,
    claims: corpus.claims,
    findings: compared.findings,
    duplicates: linked.duplicates,
    events: compared.events ?? [],
    problems,
    summary: {
      documents: corpus.documents.length,
      claims: corpus.claims.length,
      agreements: compared.findings.filter((f) => f.verdict === "agree").length,
      conflicts: compared.findings.filter((f) => f.verdict === "conflict").length,
      problems: problems.length,
    },
    stats: runStats(corpus, corpus.claims.length, linked, compared.pairsCompared, compared.findings.length, ms),
  };
}

/**
 * Links the claims of a corpus (all of them: names link across the whole corpus), as sources:
 * copies of another article's text are one source with it, listed in `duplicates`. A copy's
 * claims that the group's first text also makes are left out before any pair is made (which is
 * what keeps a story republished many times from costing pairs per copy); what an edited copy
 * adds is linked like any claim, but never paired with its own group.
 */
export function linkCorpus(corpus: ExtractedCorpus, registry: EntityRegistry): LinkResult & { duplicates: DuplicateGroup[] } {
  const duplicates = groupDuplicates(corpus.documents);
  // Signatures are needed only for this.
  for (const d of corpus.documents) delete d.signature;
  const { claims, sameSource } = sourceClaims(corpus.claims, duplicates);
  const linked = linkClaims(claims, registry);
  if (duplicates.length) linked.pairs = linked.pairs.filter((p) => !sameSource(p.a.doc, p.b.doc));
  return { ...linked, duplicates };
}

/** Options for `compareClaims` on a corpus. */
export function compareOptions(corpus: ExtractedCorpus, registry: EntityRegistry): Parameters<typeof compareClaims>[2] {
  return {
    registry,
    docOrder: corpus.documents.map((d) => d.id),
    ...(corpus.latestPublished ? { referenceDate: corpus.latestPublished } : {}),
  };
}

/** Every problem of a corpus: inputs that never became articles first, then each document's. */
export function allProblems(corpus: ExtractedCorpus): Problem[] {
  return [...corpus.problems, ...corpus.documents.flatMap((d) => d.problems)];
}

export function runStats(corpus: ExtractedCorpus, claims: number, linked: LinkResult, pairsCompared: number, findings: number, ms: Record<string, number>): RunStats {
  return {
    articles: corpus.documents.length,
    bytes: corpus.bytes,
    claims,
    events: linked.events,
    candidatePairs: linked.candidatePairs,
    pairsCompared,
    findings,
    ms,
  };
}

/**
 * Splits linked pairs into comparison jobs, so findings can be written (and forgotten) as they
 * are made, and jobs can run on worker threads. A job holds whole connected parts of the pair
 * graph: claims joined by a pair, and pairs of one event between the same two documents (which
 * the engine deduplicates together), always fall in the same job, and each job's pairs keep their
 * order, so the findings are exactly those of one `compareClaims` over all pairs. Within a job
 * they come in report order (conflicts first). Pairs are released once packed.
 */
export function* compareJobs(pairs: LinkedPair[], corpus: ExtractedCorpus, groupPairs = 20_000): Generator<CompareJob> {
  yield* packJobs(pairs, new Map(corpus.documents.map((d, i) => [d.id, i])), corpus.latestPublished, groupPairs);
}

function latestPublished(articles: Article[]): string | undefined {
  let latest: string | undefined;
  for (const a of articles) if (a.published && (!latest || a.published > latest)) latest = a.published;
  return latest;
}
