/**
 * Fuzzing the whole command line (fast-check): generators of hostile input and the properties
 * every run must keep. Shared by the bounded run in `npm test` (fuzz.test.ts, fixed seed) and
 * the long one (`npm run fuzz`, random seed, FUZZ_RUNS cases per generator).
 *
 * The CLI runs in-process from the compiled build (dist/), so `--jobs 2` starts real worker
 * threads; the test hooks CROSSCHECK_BATCH_BYTES and CROSSCHECK_GROUP_PAIRS make even a small
 * input go through them in several units and comparison groups.
 */
import fc from "fast-check";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { CliIO } from "../../src/cli.js";
import { reportValidatorSync } from "../../src/load/schemas.js";

type Run = (argv: string[], io: CliIO) => Promise<number>;

const DIST_CLI = path.resolve("dist/src/cli.js");
let runner: Run | undefined;

/** The compiled CLI's `run` (npm test builds first). */
export async function cli(): Promise<Run> {
  if (!existsSync(DIST_CLI)) throw new Error("dist/ is missing: run `npm run build` first");
  runner ??= ((await import(pathToFileURL(DIST_CLI).href)) as { run: Run }).run;
  return runner;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Longest a run may take before it counts as a hang. */
export const HANG_MS = 60_000;

/** Runs the CLI with captured output; a run that does not settle in HANG_MS fails. */
export async function runCli(argv: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const run = await cli();
  let stdout = "";
  let stderr = "";
  let tick = 0;
  const start = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: crosscheck ${argv.join(" ")} did not finish within ${HANG_MS} ms`)), HANG_MS);
  });
  try {
    const code = await Promise.race([
      run(argv, {
        stdout: (t) => void (stdout += t),
        stderr: (t) => void (stderr += t),
        isTTY: false,
        env,
        now: () => new Date(Date.UTC(2026, 10, 23, 12, 0, 0)),
        clock: () => (tick += 1),
        cpus: 2,
      }),
      hang,
    ]);
    return { code, stdout, stderr, ms: Date.now() - start };
  } finally {
    clearTimeout(timer);
  }
}

/** A fresh folder for one case. */
export function caseDir(): string {
  return mkdtempSync(path.join(tmpdir(), "crosscheck-fuzz-"));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Generators

/** Words from many scripts, with the words extraction looks for, so claims are sometimes made. */
const WORDS = [
  "The", "minister", "met", "the", "mayor", "in", "Paris", "on", "Tuesday", "for", "about", "two", "hours", "said", "Reuters",
  "at", "least", "40", "people", "were", "killed", "talks", "will", "visit", "Kyiv", "next", "week", "denied", "postponed", "meeting",
  "Premier", "spotkał", "się", "z", "prezydentem", "w", "Warszawie", "we", "wtorek", "przez", "ponad", "dwie", "godziny", "powiedział", "zginęło", "osób",
  "Зеленский", "встретился", "в", "Москве", "北京", "会谈", "القاهرة", "اجتماع", "שלום", "Ἀθῆναι", "नमस्ते", "😀", "🇵🇱", "e\u0301", "\u200f", "\u202e", "\u00a0",
  "2026-01-21", "21.01.2026", "12:30", "3.5", "1,200", "–", "—", "“", "”", "‘", "’", ".", ",", "!", "?", "\n", "\n\n", "\t", "\r\n",
];

const scriptText = fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) }), { maxLength: 120 }).map((ws) => ws.join(" "));

/** Unicode text of mixed scripts (and, rarely, lone surrogates). */
export const unicodeText = scriptText;

const dateLike = fc.oneof(
  fc.constantFrom("2026-01-21", "2026-02-30", "2026-13-45", "2026-01-21T09:30:00Z", "2026-01-21T20:00:00-05:00", "2026-01-21T25:00", "yesterday", "21.01.2026", "", "0000-00-00", "9999-12-31"),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
);

const yamlValue = fc.oneof(
  dateLike,
  fc.constantFrom("en", "pl", "xx", "EN", "en-GB", "english", "und", "[en, pl]", "{a: 1}", "null", "~", "true", "123", "0x1F", ".nan", "'quoted'", '"dq"', "|", ">", "&a", "*a", "!!binary aGk=", "- x", ":", "#"),
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
);

const FIELD_NAMES = ["id", "published", "lang", "source", "title", "url", "extra", "tags", "published", "lang"];

/** Front matter: random fields with random values, sometimes broken (unclosed, code, bad YAML). */
export const frontMatter = fc
  .record({
    fields: fc.array(fc.tuple(fc.constantFrom(...FIELD_NAMES), yamlValue), { maxLength: 6 }),
    fence: fc.constantFrom("---", "---", "---", "---js", "---yaml", "--- ", "----"),
    close: fc.constantFrom("---", "---", "---", "", "...", "--- x"),
    junk: fc.oneof({ weight: 5, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }),
  })
  .map(({ fields, fence, close, junk }) => `${fence}\n${fields.map(([k, v]) => `${k}: ${v}`).join("\n")}\n${junk}${close}\n`);

/** One article file's bytes. */
export const articleBytes = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(frontMatter, scriptText).map(([fm, body]) => Buffer.from(fm + body)) },
  { weight: 2, arbitrary: scriptText.map((t) => Buffer.from(t)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b)) },
);

/** Random bytes, as files. */
export const randomBytes = fc.array(fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)), { minLength: 1, maxLength: 4 });

/** Articles as files, with random and broken front matter. */
export const articleFiles = fc.array(
  fc.tuple(fc.constantFrom("a", "b", "index", "story", "c"), fc.constantFrom("", "x/", "y/", "x/z/"), fc.constantFrom(".md", ".txt"), articleBytes),
  { minLength: 1, maxLength: 6 },
);

/** Mixed-script text with a well-formed front matter, as files. */
export const unicodeFiles = fc.array(
  fc.tuple(fc.constantFrom("2026-01-20", "2026-01-21", "2026-01-22"), fc.constantFrom("en", "pl", ""), unicodeText).map(([d, l, t]) => Buffer.from(`---\npublished: ${d}\n${l ? `lang: ${l}\n` : ""}---\n${t}`)),
  { minLength: 1, maxLength: 5 },
);

const jsonValue = fc.oneof(yamlValue, fc.integer(), fc.constant(null), fc.boolean(), fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }));

/** JSON Lines: objects with random fields, broken lines, blank lines, BOM and CRLF. */
export const jsonlLines = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: fc.record({ id: fc.option(fc.oneof(fc.constantFrom("a", "b", "a"), jsonValue)), text: fc.oneof({ weight: 6, arbitrary: unicodeText }, { weight: 1, arbitrary: jsonValue }), published: fc.option(jsonValue), lang: fc.option(jsonValue), source: fc.option(jsonValue) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom("", "   ", "{", "[]", "null", "42", '"text"', '{"text": 1}', "\uFEFF{}") },
  ),
  { minLength: 1, maxLength: 8 },
).chain((lines) => fc.constantFrom("\n", "\r\n").map((nl) => ({ lines, text: lines.join(nl) + nl })));

const KINDS = ["interval-overlap", "exclusive-value", "set-comparison", "numeric", "status", "name-variant", "categorical", "interval-overlapp", 42];
const CLAIM_KINDS = ["meeting", "travel", "presence", "statement", "quantity", "status", "name", "bogus"];

const ruleJson = fc
  .record(
    {
      description: fc.oneof(fc.string({ maxLength: 30 }), jsonValue),
      severity: fc.constantFrom("info", "warning", "error", "off", "fatal", 3),
      aspect: fc.oneof(fc.constantFrom("duration", "location", "time"), jsonValue),
      link: fc.constantFrom("event", "person", "entity", "nope"),
      appliesTo: fc.oneof(fc.subarray(CLAIM_KINDS, { minLength: 1 }), jsonValue),
      compare: fc.oneof(
        fc.record({ kind: fc.constantFrom(...KINDS), field: fc.constantFrom("duration", "time", "location", "participants", "x") }, { requiredKeys: ["kind"] }),
        jsonValue,
      ),
      messages: fc.oneof(fc.constant({ agree: "{{a.doc}} and {{b.doc}}", conflict: "{{a.doc}} vs {{b.doc}} {{missing}}" }), jsonValue),
      tests: fc.oneof(fc.constant({ valid: [], invalid: [] }), jsonValue),
      extra: jsonValue,
    },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(o));

const entityJson = fc
  .array(
    fc.record(
      {
        id: fc.oneof(fc.constantFrom("p1", "p2", "p1", "paris"), jsonValue),
        type: fc.constantFrom("person", "place", "organisation", "event", "alien", 1),
        names: fc.oneof(fc.record({ en: fc.array(fc.oneof(fc.constantFrom("Paris", "the mayor", "Jan Kowalski", ""), fc.string({ maxLength: 12 })), { maxLength: 3 }) }), jsonValue),
        within: fc.option(fc.constantFrom("paris", "nowhere", "p1")),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 4 },
  )
  .map((o) => JSON.stringify(o));

/** A rules folder: random rule files (JSON, or plain text) and entity files. */
export const ruleFolders = fc.record({
  rules: fc.array(fc.tuple(fc.constantFrom("r-one", "r-two", "meeting-date", "Bad Name"), fc.oneof({ weight: 4, arbitrary: ruleJson }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) })), { maxLength: 3 }),
  entities: fc.array(fc.oneof({ weight: 4, arbitrary: entityJson }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) }), { maxLength: 2 }),
  articles: unicodeFiles,
});

// ---------------------------------------------------------------------------------------------
// Writing a case

/** Writes files under `dir` (names made unique), returns how many inputs were written. */
export function writeFiles(dir: string, files: Array<{ name: string; bytes: Buffer }>): number {
  const used = new Set<string>();
  let n = 0;
  for (const f of files) {
    let name = f.name;
    for (let k = 2; used.has(name); k++) name = f.name.replace(/(\.\w+)$/, `-${k}$1`);
    used.add(name);
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), f.bytes);
    n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Properties

interface JsonReport {
  generatedAt: string;
  documents: Array<{ id: string; problems: unknown[] }>;
  problems: Array<{ code: string; message: string }>;
  summary: { documents: number; problems: number };
}

/** Exit codes a run may end with, and no sign of a crash. */
export function checkNoCrash(r: CliResult, allowed: number[] = [0, 2, 3]): void {
  if (!allowed.includes(r.code)) throw new Error(`exit ${r.code}; stderr: ${r.stderr.slice(0, 500)}`);
  if (/internal error|\n\s+at .+\(.+:\d+:\d+\)/.test(r.stderr)) throw new Error(`crash: ${r.stderr.slice(0, 800)}`);
  if (r.code === 2 && !/no readable articles|configuration problem/.test(r.stderr)) throw new Error(`exit 2 without a reason: ${r.stderr.slice(0, 500)}`);
}

/**
 * Every input is accounted for: documents plus problems of inputs that never became documents
 * equal the inputs (with exit 2 for no readable input, each input is a problem line on stderr).
 */
export function checkAccounted(r: CliResult, inputs: number, report: JsonReport | undefined): void {
  if (!report) {
    const lines = r.stderr.split("\n").filter((l) => l.startsWith("  ")).length;
    if (r.code === 2 && /no readable articles/.test(r.stderr) && lines !== inputs) throw new Error(`no readable articles: ${lines} problems for ${inputs} inputs\n${r.stderr}`);
    return;
  }
  const ofDocuments = report.documents.reduce((n, d) => n + d.problems.length, 0);
  const inputProblems = report.problems.length - ofDocuments;
  const switchedOff = report.problems.filter((p) => p.code === "rule-switched-off").length;
  if (report.documents.length + inputProblems - switchedOff !== inputs) {
    throw new Error(`${report.documents.length} documents + ${inputProblems - switchedOff} input problems for ${inputs} inputs: ${JSON.stringify(report.problems.map((p) => p.message)).slice(0, 800)}`);
  }
  if (report.summary.documents !== report.documents.length || report.summary.problems !== report.problems.length) throw new Error("summary does not count what the report holds");
}

const validateReport = reportValidatorSync();

/** The JSON report validates against schemas/report.schema.json. */
export function checkSchema(stdout: string): JsonReport {
  const report = JSON.parse(stdout) as JsonReport;
  if (!validateReport(report)) throw new Error(`report does not match the schema: ${JSON.stringify(validateReport.errors).slice(0, 800)}`);
  return report;
}

/** JSON Lines output: each line parses, findings and problems come before one summary line. */
export function checkJsonLines(stdout: string): void {
  const lines = stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { type: string });
  if (lines.at(-1)?.type !== "summary" || lines.filter((l) => l.type === "summary").length !== 1) throw new Error("jsonl output does not end with one summary line");
}

/** Output with `generatedAt` blanked: what must be byte-identical between runs. */
export function comparable(stdout: string): string {
  return stdout.replace(/"generatedAt":\s*"[^"]*"/, '"generatedAt":""');
}

const HOOKS = { CROSSCHECK_BATCH_BYTES: "200", CROSSCHECK_GROUP_PAIRS: "3" };

/** One case: `report --format json --jobs 1`: no crash, valid against the schema, every input accounted for. */
export async function checkCase(paths: string[], inputs: number, extra: string[] = []): Promise<void> {
  const one = await runCli(["report", ...paths, ...extra, "--format", "json", "--jobs", "1", "--quiet"], HOOKS);
  checkNoCrash(one);
  const report = one.code === 2 ? undefined : checkSchema(one.stdout);
  checkAccounted(one, inputs, report);
}

/**
 * Many cases at once (a worker pool costs about two seconds to start, so --jobs 2 runs on a batch):
 * json and jsonl with --jobs 1 and --jobs 2 give byte-identical output apart from generatedAt,
 * the jsonl output is well formed, and nothing crashes. Small units and comparison groups (the
 * test hooks) send the batch through both workers.
 */
export async function checkJobs(paths: string[], inputs: number, extra: string[] = []): Promise<void> {
  const argv = (format: string, jobs: string) => ["report", ...paths, ...extra, "--format", format, "--jobs", jobs, "--quiet"];
  const one = await runCli(argv("json", "1"), HOOKS);
  checkNoCrash(one);
  checkAccounted(one, inputs, one.code === 2 ? undefined : checkSchema(one.stdout));
  const two = await runCli(argv("json", "2"), HOOKS);
  checkNoCrash(two);
  if (two.code !== one.code) throw new Error(`--jobs 1 exits ${one.code}, --jobs 2 exits ${two.code}`);
  if (comparable(two.stdout) !== comparable(one.stdout)) throw new Error(`--jobs 1 and --jobs 2 differ:\n${firstDifference(comparable(one.stdout), comparable(two.stdout))}`);
  if (two.stderr !== one.stderr) throw new Error(`stderr differs between --jobs 1 and --jobs 2:\n${one.stderr}\n---\n${two.stderr}`);
  const lines1 = await runCli(argv("jsonl", "1"), HOOKS);
  checkNoCrash(lines1);
  const lines2 = await runCli(argv("jsonl", "2"), HOOKS);
  checkNoCrash(lines2);
  if (lines1.code !== 2) checkJsonLines(lines1.stdout);
  if (lines2.stdout !== lines1.stdout || lines2.code !== lines1.code) throw new Error(`--format jsonl: --jobs 1 and --jobs 2 differ:\n${firstDifference(lines1.stdout, lines2.stdout)}`);
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 80), i + 80))}\nvs     ${JSON.stringify(b.slice(Math.max(0, i - 80), i + 80))}`;
}

/**
 * Cases per batch run with --jobs 2 (FUZZ_BATCH): a worker pool costs about two seconds to
 * start, so `npm run fuzz` checks --jobs 2 on batches of 500 cases, and CI on one batch.
 */
export const BATCH = Number(process.env.FUZZ_BATCH ?? (process.env.FUZZ_RUNS !== undefined ? 500 : 1000));

/**
 * fast-check parameters: `runs` batches of cases; FUZZ_RUNS cases per generator and FUZZ_SEED
 * (random when unset) for `npm run fuzz`, a fixed seed in CI.
 */
export function fuzzParameters(ciCases: number): fc.Parameters<unknown> & { seed: number; numRuns: number } {
  const long = process.env.FUZZ_RUNS !== undefined;
  const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : long ? (Date.now() ^ Math.floor(Math.random() * 2 ** 31)) | 0 : 20261206;
  const cases = long ? Number(process.env.FUZZ_RUNS) : ciCases;
  return { seed, numRuns: Math.max(1, Math.ceil(cases / BATCH)), endOnFailure: true };
}
