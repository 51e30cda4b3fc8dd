/**
 * Benchmark of a day of wire copy: a few stories, each republished by many sites under other ids
 * (the same text, an update line added), at several sizes; and extraction speed on real text
 * (the dev corpus, read at bench time from the shared folder and repeated to about 20 MB with
 * varied ids; never copied into the project). Targets: output size and peak memory grow linearly
 * with the articles, 10,000 articles in under 60 s and 1 GB.
 *
 * `bench/run.ts` appends `wireSection`'s lines to its results; `node dist/bench/wire.js
 * [--sizes 1000,10000,50000]` runs this part alone and prints them.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { generateCorpus, prng } from "../src/testing/synthetic-corpus.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = path.join(ROOT, "dist", "src", "bin.js");

/** Stories in the wire corpus (the synthetic generator's first articles: a few events, each told by two to four of them). */
const STORIES = 40;

interface WireRun {
  articles: number;
  inputMB: number;
  format: "jsonl" | "json";
  wallS: number;
  outputMB: number;
  peakRssMB: number;
  findings: number;
  pairsCompared: number;
  claims: number;
  ms: Record<string, number>;
}

/** Writes `size` articles: the stories repeated in turn, each copy under its own id and outlet, some with an update line. */
async function wireCorpus(size: number, seed: number): Promise<{ dir: string; file: string; rules: string; bytes: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), `crosscheck-wire-${size}-`));
  const rules = path.join(dir, "rules");
  mkdirSync(path.join(rules, "entities"), { recursive: true });
  const base = generateCorpus(STORIES, seed);
  writeFileSync(path.join(rules, "entities", "synthetic.json"), JSON.stringify(base.entities));
  const file = path.join(dir, `wire-${size}.jsonl`);
  const out = createWriteStream(file);
  const rand = prng(seed + 1);
  for (let i = 0; i < size; i++) {
    const a = base.articles[i % base.articles.length]!;
    const update = rand() < 0.5 ? `Updated ${String(8 + Math.floor(rand() * 12)).padStart(2, "0")}:${String(Math.floor(rand() * 60)).padStart(2, "0")}.\n\n` : "";
    const line = `${JSON.stringify({ id: `wire-${i}-${Math.floor(rand() * 1e9).toString(36)}`, published: a.published, lang: a.lang, source: `Outlet ${i % 97}`, text: `${update}${a.text}` })}\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { dir, file, rules, bytes: statSync(file).size };
}

/** Runs the CLI on a JSON Lines corpus, counting the bytes it writes; the stats line comes from stderr. */
async function runReport(file: string, rules: string | undefined, format: "jsonl" | "json"): Promise<{ wallS: number; outputBytes: number; stats: Record<string, unknown> & { ms: Record<string, number> } }> {
  const args = [BIN, "report", file, "--input-format", "jsonl", ...(rules ? ["--rules", rules] : []), "--format", format, "--stats", "--quiet"];
  const started = performance.now();
  const { code, stderr, bytes } = await new Promise<{ code: number | null; stderr: string; bytes: number }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    let count = 0;
    child.stdout.on("data", (chunk: Buffer) => (count += chunk.length));
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => (err += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ code: status, stderr: err, bytes: count }));
  });
  const wallS = (performance.now() - started) / 1000;
  if (code !== 0 && code !== 3) throw new Error(`crosscheck exited with ${code} on ${file}:\n${stderr}`);
  const line = stderr.split("\n").find((l) => l.startsWith('{"stats"'));
  if (!line) throw new Error(`no stats line from crosscheck on ${file}:\n${stderr}`);
  return { wallS, outputBytes: bytes, stats: (JSON.parse(line) as { stats: Record<string, unknown> & { ms: Record<string, number> } }).stats };
}

/** The dev corpus folder, looked for beside the project (main checkout) and beside the worktrees. */
function devCorpus(): string | undefined {
  for (const dir of [path.resolve(ROOT, "..", "shared", "corpus", "dev", "articles"), path.resolve(ROOT, "..", "..", "shared", "corpus", "dev", "articles")]) if (existsSync(dir)) return dir;
  return undefined;
}

/** Real articles repeated to about `targetMB`, each copy under a new id, as JSON Lines in a temporary file. */
async function realCorpus(dir: string, targetMB: number): Promise<{ dir: string; file: string; bytes: number; articles: number }> {
  const docs = readdirSync(dir).filter((f) => f.endsWith(".md") || f.endsWith(".txt")).sort().map((f) => frontMatter(readFileSync(path.join(dir, f), "utf8"), f));
  const tmp = mkdtempSync(path.join(tmpdir(), "crosscheck-real-"));
  const file = path.join(tmp, "real.jsonl");
  const out = createWriteStream(file);
  let bytes = 0;
  let articles = 0;
  for (let round = 0; bytes < targetMB * 1e6; round++) {
    for (const d of docs) {
      const line = `${JSON.stringify({ ...d.fields, id: `${d.fields.id}-r${round}`, text: d.body })}\n`;
      bytes += Buffer.byteLength(line);
      articles++;
      if (!out.write(line)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    }
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { dir: tmp, file, bytes: statSync(file).size, articles };
}

/** The simple `key: value` front matter of the dev corpus. */
function frontMatter(text: string, name: string): { fields: Record<string, string>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const fields: Record<string, string> = { id: name.replace(/\.[^.]+$/, "") };
  if (!m) return { fields, body: text };
  for (const line of m[1]!.split("\n")) {
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (kv && ["id", "published", "lang", "source", "title"].includes(kv[1]!)) fields[kv[1]!] = kv[2]!.replace(/^"(.*)"$/, "$1");
  }
  return { fields, body: text.slice(m[0].length) };
}

const int = (n: number) => n.toLocaleString("en-US");
const exponent = (y1: number, y2: number, n1: number, n2: number) => Math.log(y2 / y1) / Math.log(n2 / n1);
const mark = (ok: boolean) => (ok ? "**met**" : "**not met**");

function table(headers: string[], rows: string[][]): string {
  return [`| ${headers.join(" | ")} |`, `|${headers.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

/** Runs the wire-copy corpus at each size and the real-text extraction line; returns markdown lines. */
export async function wireSection(sizes: number[], seed: number, log: (text: string) => void): Promise<string[]> {
  const runs: WireRun[] = [];
  for (const size of sizes) {
    log(`wire copy: ${int(size)} articles…`);
    const corpus = await wireCorpus(size, seed);
    try {
      for (const format of size <= 10_000 ? (["jsonl", "json"] as const) : (["jsonl"] as const)) {
        const r = await runReport(corpus.file, corpus.rules, format);
        const st = r.stats as unknown as { claims: number; pairsCompared: number; findings: number; peakRssMB: number };
        runs.push({ articles: size, inputMB: corpus.bytes / 1e6, format, wallS: r.wallS, outputMB: r.outputBytes / 1e6, peakRssMB: st.peakRssMB, findings: st.findings, pairsCompared: st.pairsCompared, claims: st.claims, ms: r.stats.ms });
        log(`  --format ${format}: ${r.wallS.toFixed(1)} s, output ${(r.outputBytes / 1e6).toFixed(2)} MB, peak RSS ${st.peakRssMB} MB, ${int(st.findings)} findings`);
      }
    } finally {
      rmSync(corpus.dir, { recursive: true, force: true });
    }
  }
  const parts: string[] = [];
  parts.push(
    `## Wire copy`,
    "",
    `${STORIES} synthetic articles about a few events, republished in turn under new ids and outlet names (half with an update line on top), as JSON Lines; ` +
      "`report wire.jsonl --input-format jsonl --format jsonl|json --stats --quiet`, output bytes counted on a pipe. Copies are found by MinHash and count as one source, so comparison and output should not grow with the copies.",
    "",
    table(
      ["articles", "input MB", "format", "claims", "pairs compared", "findings", "output MB", "total s", "extract s", "link s", "compare s", "peak RSS MB"],
      runs.map((r) => [int(r.articles), r.inputMB.toFixed(1), r.format, int(r.claims), int(r.pairsCompared), int(r.findings), r.outputMB.toFixed(2), r.wallS.toFixed(1), ((r.ms.load ?? 0) / 1000 + (r.ms.extract ?? 0) / 1000).toFixed(1), ((r.ms.link ?? 0) / 1000).toFixed(1), ((r.ms.compare ?? 0) / 1000).toFixed(1), String(r.peakRssMB)]),
    ),
    "",
  );
  const lines = runs.filter((r) => r.format === "jsonl");
  const targets: string[][] = [];
  if (lines.length > 1) {
    const a = lines[0]!;
    const b = lines[lines.length - 1]!;
    const out = exponent(Math.max(a.outputMB, 1e-6), Math.max(b.outputMB, 1e-6), a.articles, b.articles);
    const rss = exponent(a.peakRssMB, b.peakRssMB, a.articles, b.articles);
    targets.push([`output size grows at most linearly (${int(a.articles)} → ${int(b.articles)}, jsonl)`, `exponent ${out.toFixed(2)}`, mark(out <= 1.05)]);
    targets.push([`peak memory grows at most linearly (${int(a.articles)} → ${int(b.articles)}, jsonl)`, `exponent ${rss.toFixed(2)}`, mark(rss <= 1.05)]);
  }
  for (const r of runs.filter((x) => x.articles === 10_000)) {
    targets.push([`10,000 articles < 60 s and < 1 GB (--format ${r.format})`, `${r.wallS.toFixed(1)} s, ${r.peakRssMB} MB`, mark(r.wallS < 60 && r.peakRssMB < 1024)]);
  }
  if (targets.length) parts.push(table(["target", "measured", ""], targets), "");

  const dev = devCorpus();
  if (dev) {
    log("real text: the dev corpus repeated to about 20 MB…");
    const real = await realCorpus(dev, 20);
    try {
      const r = await runReport(real.file, undefined, "jsonl");
      const extractS = ((r.stats.ms.load ?? 0) + (r.stats.ms.extract ?? 0)) / 1000;
      parts.push(
        `Extraction on real text: the ${readdirSync(dev).length} dev-corpus articles repeated to ${(real.bytes / 1e6).toFixed(1)} MB (${int(real.articles)} articles, ids varied; read from the shared folder at bench time): ` +
          `read + extraction ${extractS.toFixed(1)} s, ${(real.bytes / 1e6 / extractS).toFixed(2)} MB/s; end to end ${r.wallS.toFixed(1)} s, ${(real.bytes / 1e6 / r.wallS).toFixed(2)} MB/s (the repeats are found to be copies, so little is compared).`,
        "",
      );
      log(`  extraction ${(real.bytes / 1e6 / extractS).toFixed(2)} MB/s, end to end ${r.wallS.toFixed(1)} s`);
    } finally {
      rmSync(real.dir, { recursive: true, force: true });
    }
  } else parts.push("Extraction on real text: not run (the shared dev corpus was not found).", "");
  return parts;
}

// Run alone: `node dist/bench/wire.js [--sizes 1000,10000,50000] [--seed 42]`.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const at = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const sizes = (at("--sizes") ?? "1000,10000,50000").split(",").map(Number);
  wireSection(sizes, Number(at("--seed") ?? 42), (t) => process.stderr.write(`${t}\n`))
    .then((parts) => process.stdout.write(`${parts.join("\n")}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
