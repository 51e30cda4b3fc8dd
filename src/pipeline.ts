/**
 * The pipeline after loading: extract → normalise/validate → link → compare → report.
 * Pure apart from the injected clock, which only times the stages for `--stats`.
 */
import type { Article, Claim, DocumentSummary, Problem, Report, RunStats } from "./types.js";
import type { Rule } from "./compare/rule-api.js";
import { extractClaims } from "./extract/index.js";
import { linkClaims } from "./link/index.js";
import { compareClaims } from "./compare/engine.js";
import { EntityRegistry, type EntityDef } from "./normalize/entities.js";
import { claimValidatorSync } from "./load/schemas.js";

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
    const result = extractClaims(article, registry);
    if (result.unsupportedLanguage) {
      article.problems.push({
        code: "unsupported-language",
        message: `${article.path}: language "${article.lang}" has no extraction lexicon yet; no claims extracted`,
        path: article.path,
      });
    }
    let kept = 0;
    for (const claim of result.claims) {
      const id = claim.id;
      if (validate(claim)) {
        claims.push(claim);
        kept++;
      } else {
        const detail = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`).join("; ");
        article.problems.push({ code: "invalid-claim", message: `${article.path}: claim ${id} failed validation: ${detail}`, path: article.path });
      }
    }
    perDoc.set(article.id, kept);
  }
  return { claims, perDoc };
}

/** Runs the whole pipeline on loaded articles and returns the report. */
export function runPipeline(input: PipelineInput): Report {
  const clock = input.clock ?? (() => 0);
  const ms: Record<string, number> = { load: input.loadMs ?? 0 };
  let t = clock();
  const lap = (stage: string) => {
    const now = clock();
    ms[stage] = now - t;
    t = now;
  };
  const registry = buildRegistry(input.entities);
  const { claims, perDoc } = extractAll(input.articles, registry);
  lap("extract");
  const linked = linkClaims(claims, registry);
  lap("link");
  const referenceDate = latestPublished(input.articles);
  const compared = compareClaims(linked.pairs, input.rules, {
    registry,
    docOrder: input.articles.map((a) => a.id),
    ...(referenceDate ? { referenceDate } : {}),
  });
  lap("compare");
  const documents: DocumentSummary[] = input.articles.map((a) => summary(a, perDoc.get(a.id) ?? 0));
  const problems = [...input.problems, ...input.articles.flatMap((a) => a.problems)];
  const stats: RunStats = {
    articles: input.articles.length,
    bytes: input.articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0),
    claims: claims.length,
    events: linked.events,
    candidatePairs: linked.candidatePairs,
    pairsCompared: compared.pairsCompared,
    findings: compared.findings.length,
    ms,
  };
  return {
    tool: { ...TOOL },
    generatedAt: input.generatedAt,
    documents,
    claims,
    findings: compared.findings,
    problems,
    summary: {
      documents: input.articles.length,
      claims: claims.length,
      agreements: compared.findings.filter((f) => f.verdict === "agree").length,
      conflicts: compared.findings.filter((f) => f.verdict === "conflict").length,
      problems: problems.length,
    },
    stats,
  };
}

function summary(a: Article, claims: number): DocumentSummary {
  const d: DocumentSummary = { id: a.id, path: a.path, lang: a.lang, claims, problems: a.problems };
  if (a.published) d.published = a.published;
  if (a.source) d.source = a.source;
  if (a.title) d.title = a.title;
  if (a.url) d.url = a.url;
  return d;
}

function latestPublished(articles: Article[]): string | undefined {
  let latest: string | undefined;
  for (const a of articles) if (a.published && (!latest || a.published > latest)) latest = a.published;
  return latest;
}
