/**
 * Streaming input and output: JSON Lines through stdin, findings written group by group, a bad
 * line named by number, the progress bar, and worker threads giving the same report as one
 * thread. Counts and contents only; nothing here is timed.
 */
import { describe, it, expect, beforeAll } from "@jest/globals";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { spawn, spawnSync } from "node:child_process";
import { generateCorpus } from "../../src/testing/synthetic-corpus.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

interface Finding {
  id: string;
  rule: string;
  verdict: string;
  docs: string[];
  claims: Array<{ claim: string }>;
  explanation: string;
}

const dir = tempDir("crosscheck-stream-");
const rules = path.join(dir, "rules");
const corpus = generateCorpus(48, 11);
const jsonl = `${corpus.articles.map((a) => JSON.stringify({ id: a.id, published: a.published, lang: a.lang, source: "Synthetic", text: a.text })).join("\n")}\n`;
const corpusFile = path.join(dir, "corpus.jsonl");

/** Stdin as a stream of small chunks, so lines and multi-byte letters (Polish) are split across them. */
function stdin(text: string, chunk = 997): Readable {
  const bytes = Buffer.from(text);
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  return Readable.from(parts);
}

function lines(stdout: string): Array<Record<string, unknown>> {
  return stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A finding without its id (ids follow the order written, which differs between formats). */
const key = (f: Finding) => JSON.stringify({ ...f, id: undefined, type: undefined });

let fromFiles: { findings: Finding[]; summary: Record<string, number> };

beforeAll(async () => {
  mkdirSync(path.join(rules, "entities"), { recursive: true });
  writeFileSync(path.join(rules, "entities", "synthetic.json"), JSON.stringify(corpus.entities));
  const articles = path.join(dir, "articles");
  mkdirSync(articles);
  for (const a of corpus.articles) writeFileSync(path.join(articles, `${a.id}.md`), `---\npublished: ${a.published}\nlang: ${a.lang}\nsource: Synthetic\n---\n${a.text}`);
  writeFileSync(corpusFile, jsonl);
  const result = await runCli(["report", articles, "--rules", rules, "--format", "json"]);
  expect(result.code).toBe(0);
  fromFiles = JSON.parse(result.stdout) as typeof fromFiles;
});

describe("report - --input-format jsonl (stdin)", () => {
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    result = await runCli(["report", "-", "--input-format", "jsonl", "--rules", rules, "--format", "jsonl"], { stdin: stdin(jsonl) });
  });

  it("reads every article and ends with a summary line", () => {
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const out = lines(result.stdout);
    const summary = out[out.length - 1]!;
    expect(summary.type).toBe("summary");
    expect(summary.documents).toBe(48);
    expect(summary).toEqual({ type: "summary", ...fromFiles.summary });
  });

  it("finds the planted conflicts and agreements: the same findings as the JSON report of the same articles as files", () => {
    const findings = lines(result.stdout).filter((l) => l.type === "finding") as unknown as Finding[];
    expect(findings.some((f) => f.verdict === "conflict")).toBe(true);
    expect(findings.some((f) => f.verdict === "agree")).toBe(true);
    expect(findings.map(key).sort()).toEqual(fromFiles.findings.map(key).sort());
  });

  it("numbers findings in the order written, and is deterministic", async () => {
    const findings = lines(result.stdout).filter((l) => l.type === "finding");
    expect(findings.map((f) => f.id)).toEqual(findings.map((_, i) => `f${i + 1}`));
    const again = await runCli(["report", "-", "--input-format", "jsonl", "--rules", rules, "--format", "jsonl"], { stdin: stdin(jsonl, 4096) });
    expect(again.stdout).toBe(result.stdout);
  });

  it("gives the same whole report from a JSON Lines file as from the files", async () => {
    const json = await runCli(["report", corpusFile, "--input-format", "jsonl", "--rules", rules, "--format", "json"]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as typeof fromFiles;
    expect(report.findings.map((f) => ({ ...f }))).toEqual(fromFiles.findings.map((f) => ({ ...f })));
  });
});

describe("claims - --input-format jsonl (stdin)", () => {
  it("prints the same claims as for the articles as files, with the bad lines as problems", async () => {
    const fromJsonl = await runCli(["claims", "-", "--input-format", "jsonl", "--rules", rules], { stdin: stdin(`${jsonl}\n{broken\n`) });
    const asFiles = await runCli(["claims", path.join(dir, "articles"), "--rules", rules]);
    expect(asFiles.code).toBe(0);
    expect(fromJsonl.code).toBe(3);
    type Claims = { documents: Array<{ id: string; claims: unknown[] }>; problems: Array<{ message: string }> };
    const a = JSON.parse(fromJsonl.stdout) as Claims;
    const b = JSON.parse(asFiles.stdout) as Claims;
    expect(a.documents.map((d) => d.id)).toEqual(b.documents.map((d) => d.id));
    expect(a.documents.flatMap((d) => d.claims).length).toBeGreaterThan(48);
    expect(a.documents.map((d) => d.claims)).toEqual(b.documents.map((d) => d.claims));
    expect(a.problems.map((p) => p.message)).toEqual([expect.stringContaining("malformed JSON line")]);
  });
});

describe("bad JSON Lines input", () => {
  const good = JSON.stringify({ id: "a", published: "2026-01-21", lang: "en", text: "Adam Kowalski and Maria Nowak met in Warsaw on Tuesday for two hours." });
  const input = [good, "{not json", "", JSON.stringify({ id: "b", lang: "en" }), JSON.stringify(["x"]), JSON.stringify({ id: "c", published: "21/01/2026", text: "Text." }), JSON.stringify({ id: "a", text: "Again." })].join("\n");

  it("names each bad line by number, still reports the good ones, and exits 3", async () => {
    const result = await runCli(["report", "-", "--input-format", "jsonl", "--format", "jsonl"], { stdin: stdin(input, 7) });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("stdin:2: malformed JSON line");
    expect(result.stderr).toContain('stdin:4: "text" must be a string');
    expect(result.stderr).toContain("stdin:5: a line must be a JSON object");
    // The input contract (src/load/fields.ts): a bad field is left out and the article still read.
    expect(result.stderr).toContain('stdin:6: field "published" must be an ISO date');
    expect(result.stderr).toContain('stdin:7: document id "a" is already used by stdin:1');
    const out = lines(result.stdout);
    expect(out.filter((l) => l.type === "problem").map((l) => l.code)).toEqual(["malformed-line", "malformed-line", "malformed-line", "duplicate-id", "bad-field", "unanchored-date", "unsupported-language"]);
    expect(out[out.length - 1]).toMatchObject({ type: "summary", documents: 2 });
  });

  it("exits 2 when no line is usable, and names a missing file", async () => {
    expect((await runCli(["report", "-", "--input-format", "jsonl"], { stdin: stdin("{oops\n") })).code).toBe(2);
    const missing = await runCli(["report", path.join(dir, "nope.jsonl"), "--input-format", "jsonl"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.jsonl: no such file or directory");
  });

  it("rejects a --jobs that is not a positive whole number", async () => {
    const result = await runCli(["report", "samples", "--jobs", "0"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--jobs must be a whole number");
  });
});

describe("--stats", () => {
  it("adds workers and peak memory to the stats line of --format jsonl", async () => {
    const result = await runCli(["report", corpusFile, "--input-format", "jsonl", "--rules", rules, "--format", "jsonl", "--stats"], { peakRssMB: () => 123.4, cpuMs: () => 4567.8 });
    const line = result.stderr.trim().split("\n").find((l) => l.startsWith('{"stats"'))!;
    const stats = (JSON.parse(line) as { stats: Record<string, unknown> }).stats;
    expect(stats).toMatchObject({ articles: 48, workers: 0, peakRssMB: 123, cpuMs: 4568 });
    expect(Object.keys(stats.ms as object)).toEqual(["load", "extract", "link", "compare", "format"]);
  });
});

describe("progress bar", () => {
  // Each clock reading advances 50 ms, so the run "lasts" well over a second.
  const slowClock = () => {
    let t = 0;
    return () => (t += 50);
  };

  it("is drawn on a terminal's stderr for a long run, and cleared at the end", async () => {
    const result = await runCli(["report", corpusFile, "--input-format", "jsonl", "--rules", rules, "--format", "jsonl"], { stderrIsTTY: true, clock: slowClock() });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/\r\u001b\[2Kcrosscheck \[[█░]+\] +\d+%/);
    expect(result.stderr.endsWith("\r\u001b[2K")).toBe(true);
  });

  it("is not drawn with --quiet, when stderr is not a terminal, or for a short run", async () => {
    const argv = ["report", corpusFile, "--input-format", "jsonl", "--rules", rules, "--format", "jsonl"];
    expect((await runCli([...argv, "--quiet"], { stderrIsTTY: true, clock: slowClock() })).stderr).toBe("");
    expect((await runCli(argv, { stderrIsTTY: false, clock: slowClock() })).stderr).toBe("");
    expect((await runCli(argv, { stderrIsTTY: true })).stderr).toBe("");
  });
});

describe("worker threads (the built binary)", () => {
  const bin = "dist/src/bin.js";
  /** Enough text for several batches, so the workers really run: the corpus as JSON Lines, and its registry (people left out when asked). */
  const bigCorpus = (name: string, seed: number, options: { withoutPeople?: boolean } = {}) => {
    if (!existsSync(bin)) throw new Error("build first (npm run build): this test runs dist/src/bin.js");
    const big = generateCorpus(60, seed);
    const file = path.join(dir, `${name}.jsonl`);
    writeFileSync(file, big.articles.map((a) => JSON.stringify({ id: a.id, published: a.published, lang: a.lang, text: a.text })).join("\n"));
    const rules = path.join(dir, `${name}-rules`);
    mkdirSync(path.join(rules, "entities"), { recursive: true });
    const entities = options.withoutPeople ? { entities: big.entities.entities.filter((e) => e.type !== "person") } : big.entities;
    writeFileSync(path.join(rules, "entities", "synthetic.json"), JSON.stringify(entities));
    return { big, file, rules };
  };
  it("give the same output with --jobs 2 as with --jobs 1", () => {
    const { file, rules: bigRules } = bigCorpus("big", 5);
    const run = (jobs: string) =>
      spawnSync(process.execPath, [bin, "report", file, "--input-format", "jsonl", "--rules", bigRules, "--format", "jsonl", "--stats", "--jobs", jobs], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    const one = run("1");
    const two = run("2");
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const workers = (r: typeof one) => (JSON.parse(r.stderr.trim().split("\n").find((l) => l.startsWith('{"stats"'))!) as { stats: { workers: number } }).stats.workers;
    expect(workers(one)).toBe(0);
    expect(workers(two)).toBe(2);
  });

  it("name people the registry does not know as the articles wrote them, on workers too", () => {
    // Every person left out of the registry: they become unregistered entities ("person-…").
    const { big, file, rules: bigRules } = bigCorpus("unregistered", 9, { withoutPeople: true });
    const people = big.entities.entities.filter((e) => e.type === "person").map((e) => String(e.name));
    const run = (jobs: string) => spawnSync(process.execPath, [bin, "report", file, "--input-format", "jsonl", "--rules", bigRules, "--format", "jsonl", "--jobs", jobs], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    const one = run("1");
    const two = run("2");
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const findings = one.stdout.trim().split("\n").map((l) => JSON.parse(l) as { type: string; event?: string; aspect?: string; claims?: Array<{ value: string }> }).filter((f) => f.type === "finding");
    expect(findings.length).toBeGreaterThan(10);
    const named = (text: string) => people.some((p) => text.includes(p));
    expect(findings.filter((f) => named(f.event!)).length).toBeGreaterThan(0);
    // Compared on the workers: participants findings list the learned names, not ids.
    const participants = findings.filter((f) => f.aspect === "participants");
    expect(participants.length).toBeGreaterThan(0);
    for (const f of participants) for (const c of f.claims!) expect(c.value).not.toMatch(/\bperson-/);
  });

  it("stop quietly when the reader closes the pipe early (`| head`)", async () => {
    const { file, rules: rulesDir } = bigCorpus("pipe", 11);
    const child = spawn(process.execPath, [bin, "report", file, "--input-format", "jsonl", "--rules", rulesDir, "--format", "jsonl"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    // Read the first chunk of findings, then hang up, as `head -1` does.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", (status) => resolve(status)));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });

  it("parse JSON lines themselves and report bad lines, duplicates and line numbers as one thread does", () => {
    const { big, file, rules: bigRules } = bigCorpus("bad-big", 7);
    const good = big.articles.map((a) => JSON.stringify({ id: a.id, published: a.published, lang: a.lang, text: a.text }));
    // Bad lines spread over the input, so they fall in different chunks on different workers.
    const lines = good.flatMap((l, i) => (i % 15 === 7 ? [l, "{broken", "", JSON.stringify({ id: big.articles[i]!.id, lang: "en", text: "A duplicate." })] : [l]));
    writeFileSync(file, `${lines.join("\r\n")}\r\n`);
    const run = (jobs: string) => spawnSync(process.execPath, [bin, "report", file, "--input-format", "jsonl", "--rules", bigRules, "--format", "jsonl", "--jobs", jobs], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    const one = run("1");
    const two = run("2");
    expect(one.status).toBe(3);
    expect(two.status).toBe(3);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toContain("bad-big.jsonl:9: malformed JSON line");
    expect(one.stderr).toContain(`bad-big.jsonl:11: document id "${big.articles[7]!.id}" is already used by ${file}:8`);
    const summary = JSON.parse(one.stdout.trim().split("\n").pop()!) as { documents: number };
    expect(summary.documents).toBe(60);
  });
});
