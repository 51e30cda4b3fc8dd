/**
 * Comparison jobs and their JSON Lines: the lines of every job, numbered by findingLines, are
 * the findings the engine gives for those pairs, byte for byte as `publicFinding` lines; ids too
 * wide for the gap left in each line (past f99999999) are written as well.
 */
import { describe, it, expect, beforeAll } from "@jest/globals";
import { fileURLToPath } from "node:url";
import { loadArticles } from "../../src/load/articles.js";
import { loadRuleSet } from "../../src/load/rules.js";
import { buildRegistry, extractAll, linkCorpus, compareJobs } from "../../src/pipeline.js";
import { compareClaims } from "../../src/compare/engine.js";
import { runCompareJob, findingLines, type CompareJob } from "../../src/parallel/compare.js";
import { publicFinding } from "../../src/format/json.js";
import type { ExtractedCorpus } from "../../src/parallel/stream.js";
import type { LinkType, Rule } from "../../src/compare/rule-api.js";
import type { EntityRegistry } from "../../src/normalize/entities.js";
import type { LinkedPair } from "../../src/link/index.js";

const fixtures = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
let corpus: ExtractedCorpus;
let rules: Rule[];
let registry: EntityRegistry;

beforeAll(async () => {
  const loaded = await loadArticles([fixtures("articles")]);
  const set = await loadRuleSet([fixtures("rules")]);
  rules = set.rules;
  registry = buildRegistry(set.entities);
  const { claims, perDoc } = extractAll(loaded.articles, registry);
  const documents = loaded.articles.map((a) => ({ id: a.id, path: a.path, lang: a.lang, claims: perDoc.get(a.id) ?? 0, problems: [] }));
  corpus = { documents, claims, problems: [], bytes: 0, loadMs: 0, extractMs: 0, workers: 0 };
});

/** Small jobs, so there are several; each with its pairs as the engine would get them. */
function jobs(): Array<{ job: CompareJob; pairs: LinkedPair[] }> {
  const out: Array<{ job: CompareJob; pairs: LinkedPair[] }> = [];
  for (const job of compareJobs(linkCorpus(corpus, registry).pairs, corpus, 3)) {
    const pairs: LinkedPair[] = [];
    const at = (k: number) => job.pairs[k]!;
    for (let k = 0; k < job.pairs.length; k += 5) {
      pairs.push({ a: job.claims[at(k)]!, b: job.claims[at(k + 1)]!, link: job.strings[at(k + 2)] as LinkType, event: job.strings[at(k + 3)]!, eventKey: job.strings[at(k + 4)]! });
    }
    out.push({ job, pairs });
  }
  return out;
}

/** What the lines must be: each job's findings from the engine, numbered on from `firstId`. */
function expected(firstId: number): string {
  let id = firstId;
  let text = "";
  for (const { job, pairs } of jobs()) {
    for (const f of compareClaims(pairs, rules, { registry, docOrder: job.docOrder }).findings) {
      text += `${JSON.stringify({ type: "finding", ...publicFinding({ ...f, id: `f${id++}` }) })}\n`;
    }
  }
  return text;
}

function written(firstId: number): string {
  let id = firstId;
  let text = "";
  for (const { job } of jobs()) {
    const result = runCompareJob(job, rules, registry);
    text += Buffer.from(findingLines(result, id)).toString("utf8");
    id += result.findings;
  }
  return text;
}

describe("findingLines", () => {
  it("numbers the findings of every job in order, as publicFinding lines", () => {
    expect(jobs().length).toBeGreaterThan(1);
    const text = written(1);
    expect(text.split("\n").length).toBeGreaterThan(5);
    expect(text).toBe(expected(1));
  });

  it("writes ids wider than the room left for them", () => {
    const firstId = 99_999_999 - 2;
    const text = written(firstId);
    expect(text).toBe(expected(firstId));
    expect(text).toContain('"id":"f100000000"');
  });
});
