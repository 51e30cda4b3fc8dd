/**
 * Comparison never builds all pairs: on synthetic corpora of 500, 1,000 and 2,000 articles the
 * pairs compared (read from --stats) grow about linearly, not quadratically. Counts, not timings.
 */
import { describe, it, expect, beforeAll } from "@jest/globals";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateCorpus } from "../../src/testing/synthetic-corpus.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

interface Stats {
  articles: number;
  claims: number;
  events: number;
  candidatePairs: number;
  pairsCompared: number;
}

async function statsFor(count: number): Promise<Stats> {
  const corpus = generateCorpus(count, 7);
  const dir = tempDir(`corpus-${count}-`);
  const articles = path.join(dir, "articles");
  mkdirSync(articles);
  mkdirSync(path.join(dir, "rules", "entities"), { recursive: true });
  writeFileSync(path.join(dir, "rules", "entities", "synthetic.json"), JSON.stringify(corpus.entities));
  for (const a of corpus.articles) writeFileSync(path.join(articles, `${a.id}.md`), `---\npublished: ${a.published}\nlang: ${a.lang}\n---\n${a.text}`);
  const result = await runCli(["report", articles, "--rules", path.join(dir, "rules"), "--format", "jsonl", "--stats"]);
  expect(result.code).toBe(0);
  const line = result.stderr.trim().split("\n").find((l) => l.startsWith('{"stats"'))!;
  return (JSON.parse(line) as { stats: Stats }).stats;
}

describe("pairs compared grow linearly with the corpus", () => {
  const sizes = [500, 1000, 2000] as const;
  const stats = new Map<number, Stats>();
  beforeAll(async () => {
    for (const n of sizes) stats.set(n, await statsFor(n));
  }, 120_000);

  it("reads every article and links events", () => {
    for (const n of sizes) {
      expect(stats.get(n)!.articles).toBe(n);
      expect(stats.get(n)!.events).toBeGreaterThan(n / 6);
    }
  });

  it.each([[500, 1000], [1000, 2000]])("doubling %i → %i articles at most ~2.6× the pairs", (small, large) => {
    const ratio = stats.get(large)!.pairsCompared / stats.get(small)!.pairsCompared;
    expect(ratio).toBeGreaterThan(1.4);
    expect(ratio).toBeLessThan(2.6);
  });

  it("compares far fewer pairs than all pairs of claims", () => {
    const s = stats.get(2000)!;
    expect(s.pairsCompared).toBeLessThan((s.claims * (s.claims - 1)) / 2 / 100);
  });
});
