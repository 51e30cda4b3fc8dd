/**
 * `npm run bench [-- --sizes 1000,10000,50000 --seed 42 --jobs-size 10000 --out bench/results.md]`
 *
 * Builds deterministic synthetic corpora (src/testing/synthetic-corpus.ts) as JSON Lines files in
 * the system temp folder, runs the real CLI on each (`node dist/src/bin.js report FILE
 * --input-format jsonl --format jsonl --stats --quiet`, findings to /dev/null), and prints a table
 * of work done, seconds per stage, throughput, peak memory (reported by the CLI itself) and the
 * growth exponents between sizes. On the same text it measures two reference lines (a bare read
 * with a regex sentence split, and chrono-node's parser) so the figures read as ratios, runs one
 * size with --jobs 1, --jobs 2 and --jobs 1 held to one CPU (alternated, three times each, median
 * taken) and, for the machine's own ceiling, the two halves of that corpus by two --jobs 1
 * processes apart and at once, times start-up
 * on one small article (first, on a quiet machine), and marks each target as met or not. The table goes to stdout and to
 * bench/last-run.md (untracked), or, with `--record`, to bench/results.md and the tables of README.md
 * (between its `<!-- bench:… -->` markers): a run on a busy machine does not rewrite the record.
 */
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, availableParallelism, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { generateCorpus } from "../src/testing/synthetic-corpus.js";
import { wireSection } from "./wire.js";
import type { RunStats } from "../src/types.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = path.join(ROOT, "dist", "src", "bin.js");
const SAMPLE = path.join(ROOT, "samples", "000_90b6b6efa84f1162.txt");

interface Options {
  sizes: number[];
  seed: number;
  jobsSize: number | undefined;
  out: string;
  keep: boolean;
  /** Rewrite bench/results.md and README.md's tables. */
  record: boolean;
}

/** What the CLI prints with `--stats`, plus the fields only the process knows. */
type Stats = RunStats & { workers: number; peakRssMB: number; cpuMs: number };

interface Run {
  size: number;
  jobs: number | undefined;
  fileMB: number;
  wallS: number;
  stats: Stats;
}

interface Corpus {
  size: number;
  dir: string;
  file: string;
  rules: string;
  bytes: number;
}

export function parseArgs(argv: string[]): Options {
  const options: Options = { sizes: [1000, 10000, 50000], seed: 42, jobsSize: undefined, out: path.join(ROOT, "bench", "last-run.md"), keep: false, record: false };
  let out: string | undefined;
  const whole = (flag: string, text: string, min: number) => {
    if (!/^\d+$/.test(text.trim()) || Number(text) < min) throw new Error(`${flag} takes a whole number of at least ${min} (got ${JSON.stringify(text)})`);
    return Number(text);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? "";
    if (flag === "--sizes") options.sizes = value().split(",").map((s) => Number(s.trim()));
    else if (flag === "--seed") options.seed = whole(flag, value(), 0);
    else if (flag === "--jobs-size") options.jobsSize = whole(flag, value(), 10);
    else if (flag === "--out") out = path.resolve(value());
    else if (flag === "--keep") options.keep = true;
    else if (flag === "--record") options.record = true;
    else throw new Error(`unknown option ${arg} (use --sizes 1000,10000 --seed 42 --jobs-size 10000 --out FILE --keep --record)`);
  }
  if (options.record) options.out = path.join(ROOT, "bench", "results.md");
  if (out) options.out = out;
  if (!options.sizes.length || options.sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error("--sizes takes whole numbers of articles, at least 10 each");
  options.sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  return options;
}

/** Writes the corpus as JSON Lines and its registry as <dir>/rules/entities/synthetic.json. */
async function buildCorpus(size: number, seed: number): Promise<Corpus> {
  const dir = mkdtempSync(path.join(tmpdir(), `crosscheck-bench-${size}-`));
  const rules = path.join(dir, "rules");
  mkdirSync(path.join(rules, "entities"), { recursive: true });
  const corpus = generateCorpus(size, seed);
  writeFileSync(path.join(rules, "entities", "synthetic.json"), JSON.stringify(corpus.entities));
  const file = path.join(dir, `corpus-${size}.jsonl`);
  const out = createWriteStream(file);
  for (const a of corpus.articles) {
    const line = `${JSON.stringify({ id: a.id, published: a.published, lang: a.lang, source: "synthetic", text: a.text })}\n`;
    if (!out.write(line)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { size, dir, file, rules, bytes: statSync(file).size };
}

/** Runs the real CLI on a corpus; findings go to /dev/null, the stats line comes from stderr. */
async function runCli(corpus: Corpus, jobs: number | undefined, pinned = false): Promise<Run> {
  const args = [BIN, "report", corpus.file, "--input-format", "jsonl", "--rules", corpus.rules, "--format", "jsonl", "--stats", "--quiet"];
  if (jobs !== undefined) args.push("--jobs", String(jobs));
  const devnull = openSync("/dev/null", "w");
  const started = performance.now();
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = pinned
      ? spawn("taskset", ["-c", "0", process.execPath, ...args], { stdio: ["ignore", devnull, "pipe"] })
      : spawn(process.execPath, args, { stdio: ["ignore", devnull, "pipe"] });
    let err = "";
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => (err += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ code: status, stderr: err }));
  });
  const wallS = (performance.now() - started) / 1000;
  closeSync(devnull);
  if (code !== 0) throw new Error(`crosscheck exited with ${code} on ${corpus.file}:\n${stderr}`);
  const line = stderr.split("\n").find((l) => l.startsWith('{"stats"'));
  if (!line) throw new Error(`no stats line from crosscheck on ${corpus.file}:\n${stderr}`);
  return { size: corpus.size, jobs, fileMB: corpus.bytes / 1e6, wallS, stats: (JSON.parse(line) as { stats: Stats }).stats };
}

/** Reads a JSON Lines corpus line by line and yields each article's text. */
async function* texts(file: string, limitBytes = Infinity): AsyncGenerator<{ text: string; published: string }> {
  let rest = "";
  let seen = 0;
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const data = rest + (chunk as string);
    const lines = data.split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) {
      if (!line) continue;
      const { text, published } = JSON.parse(line) as { text: string; published: string };
      yield { text, published };
      seen += Buffer.byteLength(text);
      if (seen >= limitBytes) return;
    }
  }
}

/** Reference 1: read the file, parse each line, split the text into sentences with one regex. */
async function referenceSplit(corpus: Corpus): Promise<{ mbps: number; sentences: number }> {
  const started = performance.now();
  let sentences = 0;
  const boundary = /[.!?…]+["”’»)]*\s+|\n\s*\n/g;
  for await (const { text } of texts(corpus.file)) sentences += text.split(boundary).length;
  return { mbps: corpus.bytes / 1e6 / ((performance.now() - started) / 1000), sentences };
}

/** Reference 2: chrono-node's parse (English casual; it has no Polish) on a sample of the text. */
async function referenceChrono(corpus: Corpus, sampleBytes: number): Promise<{ mbps: number; sampleMB: number; dates: number }> {
  const chrono = await import("chrono-node");
  const sample: Array<{ text: string; published: string }> = [];
  let bytes = 0;
  for await (const item of texts(corpus.file, sampleBytes)) {
    sample.push(item);
    bytes += Buffer.byteLength(item.text);
  }
  chrono.parse(sample[0]!.text, new Date(`${sample[0]!.published}T12:00:00Z`)); // warm up
  const started = performance.now();
  let dates = 0;
  for (const { text, published } of sample) dates += chrono.parse(text, new Date(`${published}T12:00:00Z`)).length;
  return { mbps: bytes / 1e6 / ((performance.now() - started) / 1000), sampleMB: bytes / 1e6, dates };
}

/** Runs timed for start-up; the median is reported. */
const STARTUP_RUNS = 7;

/**
 * Wall time of `report` on one small article: the median of seven runs after one untimed run
 * (as hyperfine's --warmup: the first run after a build also pays for reading the files from disk).
 * Timed before the corpora, so that no earlier run's memory or disk traffic is still settling.
 */
function startupSeconds(): number {
  const once = () => {
    const started = performance.now();
    const result = spawnSync(process.execPath, [BIN, "report", SAMPLE], { stdio: "ignore" });
    if (result.status !== 0) throw new Error(`crosscheck report ${SAMPLE} exited with ${result.status}`);
    return (performance.now() - started) / 1000;
  };
  once();
  const times = Array.from({ length: STARTUP_RUNS }, once).sort((a, b) => a - b);
  return times[Math.floor(STARTUP_RUNS / 2)]!;
}

/**
 * Whether runs can be held to one CPU (`taskset`, Linux): the engine's helper threads then share
 * the core with the main thread, which is what "on one core" means literally.
 */
function canPin(): boolean {
  return spawnSync("taskset", ["-c", "0", "true"], { stdio: "ignore" }).status === 0;
}

/** Pairs of --jobs 1 / --jobs 2 runs for the speed-up. */
const JOB_PAIRS = 3;

/** The run with the median wall time. */
function median(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.wallS - b.wallS)[Math.floor(runs.length / 2)]!;
}

/**
 * Splits a corpus into two files of about the same number of bytes, cut after a line, for the
 * machine's own parallel reference: two independent single-job processes, one per half.
 */
function halves(corpus: Corpus): [Corpus, Corpus] {
  const data = readFileSync(corpus.file);
  const cut = data.indexOf(10, data.length >> 1) + 1;
  const parts = [data.subarray(0, cut), data.subarray(cut)] as const;
  return parts.map((bytes, i) => {
    const file = path.join(corpus.dir, `half-${i + 1}.jsonl`);
    writeFileSync(file, bytes);
    return { size: corpus.size / 2, dir: corpus.dir, file, rules: corpus.rules, bytes: bytes.length };
  }) as [Corpus, Corpus];
}

interface HalvesRun {
  /** Each half alone, one after the other. */
  apart: number;
  /** Both halves at once, until the later one is done. */
  together: number;
}

/**
 * What two busy processes get out of this machine, on this very work: the two halves of the
 * corpus run one after the other, then at once, each by its own `--jobs 1` process. Nothing is
 * linked or compared across the halves, so this does a little less work than one run on the
 * whole corpus; as a ratio (apart / together) it is the speed-up of perfect sharding, start-up
 * and warm-up included.
 */
async function halvesRun(parts: [Corpus, Corpus]): Promise<HalvesRun> {
  const a = await runCli(parts[0], 1);
  const b = await runCli(parts[1], 1);
  const both = await Promise.all(parts.map((part) => runCli(part, 1)));
  return { apart: a.wallS + b.wallS, together: Math.max(...both.map((r) => r.wallS)) };
}

const exponent = (y1: number, y2: number, n1: number, n2: number) => Math.log(y2 / y1) / Math.log(n2 / n1);
/** The exponent n log n shows between n1 and n2: the target growth. */
const nLogNExponent = (n1: number, n2: number) => exponent(n1 * Math.log(n1), n2 * Math.log(n2), n1, n2);
const s = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(1);
const mark = (ok: boolean) => (ok ? "**met**" : "**not met**");
const int = (n: number) => n.toLocaleString("en-US");

function table(headers: string[], rows: string[][]): string {
  return [`| ${headers.join(" | ")} |`, `|${headers.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build (npm run bench does)`);
  const cores = availableParallelism();
  const jobsSize = options.jobsSize ?? [...options.sizes].reverse().find((n) => n <= 10_000) ?? options.sizes[0]!;
  const log = (text: string) => process.stderr.write(`${text}\n`);
  const loadBefore = loadavg();
  const benchStart = performance.now();

  log("start-up on one small article…");
  const startup = startupSeconds();

  const runs: Run[] = [];
  let jobRuns: { one: Run; two: Run; pinnedOne: Run | undefined; all: { ones: Run[]; twos: Run[]; pins: Run[] }; shards: HalvesRun[] } | undefined;
  let references: { split: Awaited<ReturnType<typeof referenceSplit>>; chrono: Awaited<ReturnType<typeof referenceChrono>>; size: number } | undefined;
  for (const size of options.sizes) {
    log(`generating ${int(size)} articles…`);
    const corpus = await buildCorpus(size, options.seed);
    log(`  ${(corpus.bytes / 1e6).toFixed(1)} MB in ${corpus.file}; running crosscheck (--jobs default = ${cores})…`);
    const run = await runCli(corpus, undefined);
    runs.push(run);
    log(`  ${run.wallS.toFixed(1)} s, ${(run.fileMB / run.wallS).toFixed(2)} MB/s, peak RSS ${run.stats.peakRssMB} MB`);
    if (size === jobsSize) {
      // Alternated and taken at the median: on a shared machine one pair of runs measures the
      // neighbours' load as much as the change, and a burst hurts two busy threads more than one.
      log(`  --jobs 1 and --jobs 2 on ${int(size)} articles, ${JOB_PAIRS} times alternated…`);
      const ones: Run[] = [];
      const twos: Run[] = [];
      const pins: Run[] = [];
      const pin = canPin();
      for (let i = 0; i < JOB_PAIRS; i++) {
        ones.push(await runCli(corpus, 1));
        twos.push(await runCli(corpus, 2));
        if (pin) pins.push(await runCli(corpus, 1, true));
        log(`  --jobs 1 ${ones[i]!.wallS.toFixed(1)} s, --jobs 2 ${twos[i]!.wallS.toFixed(1)} s${pin ? `, --jobs 1 on one CPU ${pins[i]!.wallS.toFixed(1)} s` : ""}`);
      }
      const one = median(ones);
      const two = median(twos);
      const pinnedOne = pins.length ? median(pins) : undefined;
      log(`  the machine's own reference: the two halves one after the other, then at once, ${JOB_PAIRS} times…`);
      const parts = halves(corpus);
      const shards: HalvesRun[] = [];
      for (let i = 0; i < JOB_PAIRS; i++) {
        shards.push(await halvesRun(parts));
        log(`  apart ${shards[i]!.apart.toFixed(1)} s, at once ${shards[i]!.together.toFixed(1)} s`);
      }
      jobRuns = { one, two, pinnedOne, all: { ones, twos, pins }, shards };
      log(`  reference lines on the same text…`);
      references = { split: await referenceSplit(corpus), chrono: await referenceChrono(corpus, 4e6), size };
    }
    if (!options.keep) rmSync(corpus.dir, { recursive: true, force: true });
  }
  const loadAfter = loadavg();

  // The table.
  const rows = runs.map((r) => {
    const st = r.stats;
    return [
      int(r.size), r.fileMB.toFixed(1), int(st.articles), int(st.claims), int(st.events), int(st.pairsCompared), int(st.findings),
      s(st.ms.load), s(st.ms.extract), s(st.ms.link), s(st.ms.compare), s(st.ms.format), r.wallS.toFixed(1),
      (st.cpuMs / 1000).toFixed(1), (r.fileMB / r.wallS).toFixed(2), String(st.peakRssMB), String(st.workers),
    ];
  });
  const sizesTable = table(
    ["articles", "input MB", "read", "claims", "events", "pairs compared", "findings", "load s", "extract s", "link s", "compare s", "format s", "total s", "CPU s", "MB/s", "peak RSS MB", "workers"],
    rows,
  );
  const growthRows: string[][] = [];
  for (let i = 1; i < runs.length; i++) {
    const a = runs[i - 1]!;
    const b = runs[i]!;
    growthRows.push([
      `${int(a.size)} → ${int(b.size)}`,
      exponent(a.wallS, b.wallS, a.size, b.size).toFixed(2),
      exponent(a.stats.pairsCompared, b.stats.pairsCompared, a.size, b.size).toFixed(2),
      nLogNExponent(a.size, b.size).toFixed(2),
    ]);
  }
  const first = runs[0]!;
  const last = runs[runs.length - 1]!;
  const overall = runs.length > 1
    ? {
        time: exponent(first.wallS, last.wallS, first.size, last.size),
        pairs: exponent(first.stats.pairsCompared, last.stats.pairsCompared, first.size, last.size),
        limit: nLogNExponent(first.size, last.size),
      }
    : undefined;
  if (overall && runs.length > 2) growthRows.push([`${int(first.size)} → ${int(last.size)}`, overall.time.toFixed(2), overall.pairs.toFixed(2), overall.limit.toFixed(2)]);
  const growthTable = growthRows.length ? table(["sizes", "total time exponent", "pairs compared exponent", "n log n would be"], growthRows) : "(one size only: no growth exponent)";

  const parts: string[] = [];
  parts.push(`# crosscheck benchmark`, "");
  parts.push(
    `Machine: ${cores} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${process.platform}-${process.arch}. ` +
      `Load average before/after: ${loadBefore[0]!.toFixed(2)} / ${loadAfter[0]!.toFixed(2)}. Seed ${options.seed}. Bench wall time ${((performance.now() - benchStart) / 1000).toFixed(0)} s.`,
    "",
  );
  parts.push(
    "Each row is one run of `node dist/src/bin.js report corpus.jsonl --input-format jsonl --rules <tmp>/rules --format jsonl --stats --quiet` " +
      `(default --jobs = ${cores}) on a synthetic corpus (English and Polish, 2–6 KB articles, planted conflicts). ` +
      "Stage seconds come from `--stats`: with workers, load (reading and parsing on the main thread) overlaps extraction, and extract is the rest of the wall time until the last claims are in; " +
      "compare and format interleave (findings are written group by group). total is the wall time of the process, start-up included; CPU s is the process's CPU time, all threads; MB/s is input MB / total; peak RSS is the process's maxRSS (all threads).",
    "",
  );
  parts.push(sizesTable, "", "Growth exponents (log(y2/y1) / log(n2/n1); 1 is linear):", "", growthTable, "");

  // What --record puts in README.md: a short sizes table, the --jobs and reference tables, the ceilings and the targets.
  const readme = {
    table: [
      table(
        ["articles", "MB", "claims", "pairs compared", `total s (--jobs ${cores})`, "MB/s", "peak RSS MB"],
        runs.map((r) => [int(r.size), r.fileMB.toFixed(1), int(r.stats.claims), int(r.stats.pairsCompared), r.wallS.toFixed(1), (r.fileMB / r.wallS).toFixed(2), String(r.stats.peakRssMB)]),
      ),
    ],
    ceilings: [] as string[],
    targets: "",
  };
  let speedup: number | undefined;
  let oneCoreMBps: number | undefined;
  if (jobRuns) {
    const { one, two } = jobRuns;
    speedup = one.wallS / two.wallS;
    oneCoreMBps = one.fileMB / one.wallS;
    const extractOne = (one.stats.ms.load ?? 0) + (one.stats.ms.extract ?? 0);
    const extractTwo = (two.stats.ms.load ?? 0) + (two.stats.ms.extract ?? 0);
    const walls = (runs: Run[]) => runs.map((r) => r.wallS.toFixed(1)).join(", ");
    parts.push(
      `Parallel extraction on ${int(one.size)} articles (${one.fileMB.toFixed(1)} MB), the median of ${JOB_PAIRS} alternated runs each ` +
        `(--jobs 1: ${walls(jobRuns.all.ones)} s; --jobs 2: ${walls(jobRuns.all.twos)} s` +
        `${jobRuns.all.pins.length ? `; --jobs 1 held to one CPU: ${walls(jobRuns.all.pins)} s` : ""}):`,
      "",
    );
    const jobsTable = table(
        ["--jobs", "total s", "CPU s", "cores busy", "MB/s", "read+extract s", "link+compare+format s", "peak RSS MB", "speed-up"],
        [
          { label: "1", r: one, speed: "1.00×" },
          { label: "2", r: two, speed: `${speedup!.toFixed(2)}× (extraction ${(extractOne / extractTwo).toFixed(2)}×)` },
          ...(jobRuns.pinnedOne
            ? [{ label: "1, held to one CPU (`taskset -c 0`)", r: jobRuns.pinnedOne, speed: `${(one.wallS / jobRuns.pinnedOne.wallS).toFixed(2)}× (--jobs 2 is ${(jobRuns.pinnedOne.wallS / two.wallS).toFixed(2)}× faster)` }]
            : []),
        ].map(({ label, r, speed }) => [
          label,
          r.wallS.toFixed(1),
          (r.stats.cpuMs / 1000).toFixed(1),
          (r.stats.cpuMs / 1000 / r.wallS).toFixed(2),
          (r.fileMB / r.wallS).toFixed(2),
          s((r.stats.ms.load ?? 0) + (r.stats.ms.extract ?? 0)),
          s((r.stats.ms.link ?? 0) + (r.stats.ms.compare ?? 0) + (r.stats.ms.format ?? 0)),
          String(r.stats.peakRssMB),
          speed,
        ]),
      );
    parts.push(jobsTable, "");
    readme.table.push(jobsTable);
  }
  let ceilings: { cpu: number; shards: number } | undefined;
  if (jobRuns) {
    const { one, shards } = jobRuns;
    const apart = [...shards.map((r) => r.apart)].sort((a, b) => a - b)[Math.floor(shards.length / 2)]!;
    const together = [...shards.map((r) => r.together)].sort((a, b) => a - b)[Math.floor(shards.length / 2)]!;
    const busy = one.stats.cpuMs / 1000 / one.wallS;
    ceilings = { cpu: Math.min(cores, 2) / busy, shards: apart / together };
    const ceilingLines = [
      `What two cores can give this work on this machine (the ceilings of the --jobs 2 speed-up):`,
      "",
      `- By CPU time: --jobs 1 already keeps ${busy.toFixed(2)} cores busy (the engine compiles and collects garbage on helper threads), ` +
        `so a --jobs 2 run that did no more work than --jobs 1 and kept both cores busy from start to end would be at most ${ceilings.cpu.toFixed(2)}× faster.`,
      `- Measured: the two halves of the corpus, each run by its own --jobs 1 process (no linking across them), take ${apart.toFixed(1)} s one after the other ` +
        `and ${together.toFixed(1)} s at once (medians of ${shards.length}; at once: ${shards.map((r) => r.together.toFixed(1)).join(", ")} s): ${ceilings.shards.toFixed(2)}×, the speed-up of perfect sharding here.`,
    ];
    parts.push(...ceilingLines, "");
    readme.ceilings = ceilingLines;
  }
  if (references && jobRuns) {
    const { split, chrono } = references;
    const mb = jobRuns.one.fileMB;
    const extractMBps = jobRuns.one.stats.bytes / 1e6 / (((jobRuns.one.stats.ms.extract ?? 0) + (jobRuns.one.stats.ms.load ?? 0)) / 1000);
    parts.push(`Reference lines, same text (${int(references.size)} articles, ${mb.toFixed(1)} MB), one core:`, "");
    const referenceTable = table(
        ["pass", "MB/s", "crosscheck --jobs 1 end to end as a fraction"],
        [
          ["read + JSON.parse + regex sentence split (the practical limit for a text pass)", split.mbps.toFixed(1), `${((oneCoreMBps! / split.mbps) * 100).toFixed(1)} %`],
          [`chrono-node parse (English casual parser; ${chrono.sampleMB.toFixed(1)} MB sample, ${int(chrono.dates)} dates)`, chrono.mbps.toFixed(2), `${((oneCoreMBps! / chrono.mbps) * 100).toFixed(0)} %`],
          ["crosscheck read + extraction only (--jobs 1)", extractMBps.toFixed(2), `${((oneCoreMBps! / extractMBps) * 100).toFixed(0)} %`],
          ["crosscheck end to end (--jobs 1)", oneCoreMBps!.toFixed(2), "100 %"],
        ],
      );
    parts.push(referenceTable, "");
    readme.table.push(referenceTable);
  }

  // Targets.
  const targets: string[][] = [];
  targets.push([
    "≥ 4 MB/s end to end on one core (--jobs 1)",
    oneCoreMBps === undefined
      ? "not measured"
      : `${oneCoreMBps.toFixed(2)} MB/s${jobRuns?.pinnedOne ? ` (held to one CPU, engine threads included: ${(jobRuns.pinnedOne.fileMB / jobRuns.pinnedOne.wallS).toFixed(2)} MB/s)` : ""}`,
    oneCoreMBps !== undefined ? mark(oneCoreMBps >= 4) : "—",
  ]);
  targets.push([
    `--jobs 2 ≥ 1.7× faster than --jobs 1 (${cores} cores)`,
    speedup === undefined ? "not measured" : `${speedup.toFixed(2)}×${ceilings ? ` (ceilings here: ${ceilings.shards.toFixed(2)}× two processes on halves, ${ceilings.cpu.toFixed(2)}× by CPU time)` : ""}`,
    speedup !== undefined ? mark(speedup >= 1.7) : "—",
  ]);
  if (overall) {
    const steps = growthRows.slice(0, runs.length - 1);
    const timeOk = steps.every((r) => Number(r[1]) <= Number(r[3]) + 0.005);
    const pairsOk = steps.every((r) => Number(r[2]) <= Number(r[3]) + 0.005);
    targets.push([
      `total time grows no faster than n log n (${int(first.size)} → ${int(last.size)})`,
      `exponent ${overall.time.toFixed(2)} (n log n: ${overall.limit.toFixed(2)}); per step ${steps.map((r) => r[1]).join(", ")}`,
      mark(timeOk),
    ]);
    targets.push([
      `pairs compared grow no faster than n log n (${int(first.size)} → ${int(last.size)})`,
      `exponent ${overall.pairs.toFixed(2)} (n log n: ${overall.limit.toFixed(2)}); per step ${steps.map((r) => r[2]).join(", ")}`,
      mark(pairsOk),
    ]);
  }
  const big = runs.find((r) => r.size === 50_000);
  targets.push([
    "50,000 articles end to end < 120 s",
    big ? `${big.wallS.toFixed(1)} s (${big.fileMB.toFixed(0)} MB)` : "not run (add 50000 to --sizes)",
    big ? mark(big.wallS < 120) : "—",
  ]);
  targets.push([
    "50,000 articles peak RSS < 2 GB",
    big ? `${big.stats.peakRssMB} MB` : "not run",
    big ? mark(big.stats.peakRssMB < 2048) : "—",
  ]);
  targets.push([`start-up on one small article < 0.5 s (\`report samples/000_…txt\`, median of ${STARTUP_RUNS} after one untimed run)`, `${startup.toFixed(2)} s`, mark(startup < 0.5)]);
  readme.targets = table(["target", "measured", ""], targets);
  parts.push("Targets:", "", readme.targets, "");
  parts.push("What limits the figures, and what was done about them: README.md, section Performance.", "");
  parts.push(`Reproduce: \`npm run bench -- --sizes ${options.sizes.join(",")}\` (corpora are written to ${tmpdir()} and removed afterwards; add --keep to keep them).`, "");

  // Wire copy and real text: a section of their own (bench/wire.ts).
  parts.push(...(await wireSection(options.sizes, options.seed, log)));

  const text = parts.join("\n");
  process.stdout.write(`${text}\n`);
  writeFileSync(options.out, `${text}\n`);
  log(`written to ${path.relative(process.cwd(), options.out) || options.out}${options.record ? "" : " (add --record to rewrite bench/results.md and the README tables)"}`);
  if (options.record) {
    const file = path.join(ROOT, "README.md");
    let doc = readFileSync(file, "utf8");
    doc = replaceBlock(doc, "bench:table", readme.table.join("\n\n"));
    if (readme.ceilings.length) doc = replaceBlock(doc, "bench:ceilings", readme.ceilings.join("\n"));
    doc = replaceBlock(doc, "bench:targets", readme.targets);
    writeFileSync(file, doc);
    log("README.md tables rewritten");
  }
}

/** Replaces what lies between `<!-- name -->` and `<!-- /name -->` (a block that is missing is left so). */
export function replaceBlock(doc: string, name: string, content: string): string {
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  if (start === -1 || end < start) return doc;
  return `${doc.slice(0, start + open.length)}\n${content}\n${doc.slice(end)}`;
}

// Run as a script only (the tests import parseArgs and replaceBlock).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
