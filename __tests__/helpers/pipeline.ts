/** Whole-pipeline findings of one-off articles with the built-in rules, for linking and comparison tests. */
import { loadRuleSet } from "../../src/load/rules.js";
import { fromFields } from "../../src/load/articles.js";
import { runPipeline } from "../../src/pipeline.js";
import type { Article, Finding } from "../../src/types.js";

const ruleSet = await loadRuleSet();

/** An article with this id, language, publication date and body. */
export function article(id: string, lang: string, published: string, body: string): Article {
  const loaded = fromFields({ id, published, lang }, body, `${id}.md`, id);
  if (!("article" in loaded)) throw new Error(loaded.problem.message);
  return loaded.article;
}

/** The findings of a report over the articles. */
export function findings(...articles: Article[]): Finding[] {
  return runPipeline({ articles, problems: [], rules: ruleSet.rules, entities: ruleSet.entities, generatedAt: "2026-01-01T00:00:00Z" }).findings;
}
