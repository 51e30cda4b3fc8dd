/**
 * Extraction of one article with claim validation: the unit of work shared by the in-process
 * path and the worker threads, so both give the same claims and problems.
 */
import type { ValidateFunction } from "ajv";
import type { Article, Claim, Problem } from "../types.js";
import { extractClaims } from "../extract/index.js";
import type { EntityRegistry } from "../normalize/entities.js";

export interface ArticleClaims {
  /** Claims that passed validation, in extraction order. */
  claims: Claim[];
  /** Problems extraction added to the article (unsupported language, invalid claims). */
  problems: Problem[];
}

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
