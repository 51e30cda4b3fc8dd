/**
 * Extraction of articles with claim validation: the unit of work shared by the in-process path
 * and the worker threads, so both give the same claims and problems. A unit is a batch of
 * loaded articles (files, read on the main thread) or a chunk of JSON lines, parsed where it is
 * extracted so the main thread only reads bytes.
 */
import type { ValidateFunction } from "ajv";
import type { Article, Claim, DocumentSummary, Problem } from "../types.js";
import { extractClaims } from "../extract/index.js";
import type { EntityRegistry } from "../normalize/entities.js";
import { parseJsonlChunk, type JsonlChunk, type LoadItem } from "../load/jsonl.js";
import { textSignature } from "../link/duplicates.js";

export interface ArticleClaims {
  /** Claims that passed validation, in extraction order. */
  claims: Claim[];
  /** Problems extraction added to the article (unsupported language, invalid claims). */
  problems: Problem[];
}

/** Work for one extraction job. */
export type ExtractUnit = { items: LoadItem[] } | { chunk: JsonlChunk };

/** What became of one input: the reason it cannot be used, or what the report keeps of its article. */
export type InputOutcome =
  | { problem: Problem; bytes: number }
  | {
      doc: DocumentSummary;
      /** Valid claims, in extraction order. */
      claims: Claim[];
      /** UTF-8 bytes of the article's text. */
      bodyBytes: number;
      /** Bytes of input read for it (for progress). */
      bytes: number;
    };

/** Extracts and validates the claims of one article; invalid claims become problems of their document. */
export function extractArticle(article: Article, registry: EntityRegistry, validate: ValidateFunction): ArticleClaims {
  const result = extractClaims(article, registry);
  const problems: Problem[] = [];
  if (result.unsupportedLanguage) {
    problems.push({
      code: "unsupported-language",
      message: `${article.path}: language "${article.lang}" has no extraction lexicon yet; no claims extracted`,
      path: article.path,
    });
  }
  const claims: Claim[] = [];
  for (const claim of result.claims) {
    const id = claim.id;
    if (validate(claim)) claims.push(claim);
    else {
      const detail = (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`).join("; ");
      problems.push({ code: "invalid-claim", message: `${article.path}: claim ${id} failed validation: ${detail}`, path: article.path });
    }
  }
  return { claims, problems };
}

/** The outcomes of a unit's inputs, in input order; article bodies are not kept. */
export async function extractUnit(unit: ExtractUnit, registry: EntityRegistry, validate: ValidateFunction): Promise<InputOutcome[]> {
  const items = "chunk" in unit ? await parseJsonlChunk(unit.chunk) : unit.items;
  return items.map((item): InputOutcome => {
    if ("problem" in item) return { problem: item.problem, bytes: item.bytes ?? 0 };
    const { article } = item;
    const result = extractArticle(article, registry, validate);
    const doc = summary(article, result.claims.length);
    doc.problems.push(...result.problems);
    const bodyBytes = Buffer.byteLength(article.body);
    return { doc, claims: result.claims, bodyBytes, bytes: item.bytes ?? bodyBytes };
  });
}

/** What the report keeps of an article once it has been read: everything but the body. */
export function summary(a: Article, claims = 0): DocumentSummary {
  const d: DocumentSummary = { id: a.id, path: a.path, lang: a.lang, claims, problems: [...a.problems] };
  if (a.published) d.published = a.published;
  if (a.source) d.source = a.source;
  if (a.title) d.title = a.title;
  if (a.url) d.url = a.url;
  // Taken now: the body is not kept, and copies of one text are found after extraction.
  const signature = textSignature(a.body);
  if (signature) d.signature = signature;
  return d;
}
