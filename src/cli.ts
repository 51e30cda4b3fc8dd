/**
 * The command line: the only module that touches the process, the clock and the console, and
 * only through the `CliIO` it is given (so tests run it in-process).
 *
 * Exit codes: 0 done; 1 findings matched `--fail-on`; 2 bad usage, bad configuration, no readable
 * input or an internal failure; 3 the report was made but is incomplete (an input could not be
 * read, a field was left out, or a code rule was switched off).
 */
import { promises as fs } from "node:fs";
import type { Argv, Options } from "yargs";
import type { Problem, Report } from "./types.js";
import type { ConfigError, RuleSet } from "./load/rules.js";
import type { ExtractedCorpus, Source } from "./parallel/stream.js";
import type { EntityRegistry } from "./normalize/entities.js";
import type { Rule } from "./compare/rule-api.js";
import type { ProgressBar } from "./format/progress.js";
import type { LazyPool } from "./parallel/pool.js";
import type { CompareJob, CompareJobResult } from "./parallel/compare.js";
import type { RuleFault } from "./compare/guard.js";

// Command modules are imported when a command runs, so `--help` or `rules list` do not pay for
// extraction, and a report does not load the rule tester. They are imported one after the other:
// Jest's ESM loader fails on concurrent dynamic imports that share modules.

export const EXIT = { ok: 0, findings: 1, error: 2, partialInput: 3 } as const;

/** Everything the CLI needs from the outside world. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Wall-clock time, for `generatedAt`. */
  now(): Date;
  /** Monotonic milliseconds, for stage timings. */
  clock(): number;
  /** Writes bytes (UTF-8) to stdout; when absent, they are decoded and go through `stdout`. */
  stdoutBytes?(bytes: Uint8Array): void;
  /** Standard input, read by `--input-format jsonl` with the path `-`. */
  stdin?: AsyncIterable<Buffer | string>;
  /** Whether stderr is a terminal: the progress bar is drawn only there. */
  stderrIsTTY?: boolean;
  /** Terminal width, for help and the progress bar. */
  columns?: number;
  /** Cores available: the default for `--jobs` (1 when not given). */
  cpus?: number;
  /** Peak resident memory of the process so far, in MB (for `--stats`). */
  peakRssMB?: () => number;
  /**
   * CPU time of the process so far (every thread: workers, and the engine's compiler and
   * garbage-collector threads), in ms, for `--stats`: next to the wall time it tells how many
   * cores a run kept busy.
   */
  cpuMs?: () => number;
}

interface ReportArgs {
  paths: string[];
  format: "stylish" | "json" | "jsonl" | SharedFormat;
  output?: string;
  /** The fact-checker named in ClaimReview drafts. */
  author?: string;
  /** The page the ClaimReview drafts will be published on. */
  reviewUrl?: string;
  rules: string[];
  failOn: "conflict" | "never";
  stats: boolean;
  color?: boolean;
  inputFormat: "files" | "jsonl";
  jobs: number;
  quiet: boolean;
  /** Set only when given: the stylish report shows findings inside one article. */
  intra?: boolean;
}

const STDIN_ARG = "\u0000-";

/** Formats made for people who read the report elsewhere: written whole, to stdout or to --output. */
type SharedFormat = "html" | "markdown" | "claimreview";
const SHARED_FORMATS: readonly string[] = ["html", "markdown", "claimreview"];

/** `report`'s options, in the order help lists them; yargs and the quick parse below both read them. */
function reportOptions(io: CliIO) {
  return {
    "input-format": { choices: ["files", "jsonl"] as const, default: "files" as const, describe: "files: .txt/.md files and folders; jsonl: one JSON object per line with id, text and the front-matter fields" },
    format: { alias: "f", choices: ["stylish", "json", "jsonl", "html", "markdown", "claimreview"] as const, default: "stylish" as const, describe: "Output format on stdout (html: one self-contained page; markdown: GitHub-flavoured; claimreview: schema.org ClaimReview drafts as JSON-LD)" },
    output: { alias: "o", type: "string", describe: "Write the JSON report to FILE (stdout keeps the stylish report; with --format json/jsonl/html/markdown/claimreview, that format goes to FILE and nothing to stdout)" },
    author: { type: "string", describe: "With --format claimreview: the fact-checker (organisation) named as the drafts' author" },
    "review-url": { type: "string", describe: "With --format claimreview: the page the reviews will be published on (each draft's url is it plus #conflict-N)" },
    rules: { type: "string", array: true, default: [] as string[], describe: "Folder of extra rule files (and entities/), added to the built-in ones; a rule with a built-in id replaces it" },
    "fail-on": { choices: ["conflict", "never"] as const, default: "never" as const, describe: "Exit with 1 when a conflict is found" },
    stats: { type: "boolean", default: false, describe: "Show claims, events, pairs compared and time per stage" },
    color: { type: "boolean", describe: "Force colour on or off (default: on for a terminal, off with NO_COLOR)" },
    // Read as text and checked by jobsProblem, so a bad value is quoted as given (not as NaN).
    jobs: { alias: "j", type: "string", default: String(io.cpus ?? 1), defaultDescription: "number of cores", describe: "Worker threads for extraction, and for comparison with --format jsonl (1: none)" },
    quiet: { alias: "q", type: "boolean", default: false, describe: "No progress bar on stderr" },
    intra: { type: "boolean", default: false, describe: "Also show, in the terminal report, what articles say against themselves (findings inside one article)" },
  } as const satisfies Record<string, Options>;
}

function jobsProblem(jobs: unknown): string | undefined {
  return wholeNumber(jobs, 1, 256) === undefined ? `--jobs must be a whole number from 1 to 256 (got ${JSON.stringify(Array.isArray(jobs) ? jobs.join(" ") : String(jobs ?? ""))})` : undefined;
}

/** A whole number written in decimal digits within [min, max], or undefined. */
export function wholeNumber(value: unknown, min: number, max: number): number | undefined {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

/** `times --published`: a date that exists, or a usage error. */
async function publishedProblem(value: unknown): Promise<string | undefined> {
  if (value === undefined) return undefined;
  const { validPublished } = await import("./load/fields.js");
  return validPublished(value) ? undefined : `--published must be an ISO date or date-time that exists, such as 2026-01-21 (got ${JSON.stringify(String(value))})`;
}

/**
 * `report` with arguments that parse cleanly, read without yargs: loading yargs (its terminal-width
 * code compiles large Unicode regexes) and the help text it prepares for every command cost about
 * 0.15 s of start-up. The arguments go through yargs-parser, the parser yargs itself uses, with
 * the same option table; anything else (help, an unknown option, a bad value, `--`) returns
 * undefined, and yargs parses the arguments and words the problem as before.
 */
export async function quickReportArgs(argv: string[], io: CliIO): Promise<ReportArgs | undefined> {
  if (argv[0] !== "report" || argv.some((a) => a === "--" || a === "-" || /^--?(?:help|version)(?:=|$)/.test(a))) return undefined;
  const options = reportOptions(io);
  const alias: Record<string, string> = {};
  const types: Record<"array" | "boolean" | "number" | "string", string[]> = { array: [], boolean: [], number: [], string: [] };
  const defaults: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(options) as Array<[string, Options]>) {
    if (option.alias) alias[name] = option.alias as string;
    if (option.array) types.array.push(name);
    if (option.type) types[option.type as "boolean" | "number" | "string"].push(name);
    if ("default" in option) defaults[name] = option.default;
  }
  const { default: parser } = await import("yargs-parser");
  const parsed = parser.detailed(argv.slice(1), { alias, ...types, default: defaults, configuration: { "parse-positional-numbers": false, "populate--": true } });
  if (parsed.error) return undefined;
  const { _: paths, ...given } = parsed.argv;
  if (paths.length === 0 || paths.some((p) => typeof p !== "string")) return undefined;
  const known = new Set(["--", ...Object.keys(options), ...Object.keys(parsed.aliases), ...Object.values(parsed.aliases).flat()]);
  for (const [key, value] of Object.entries(given)) {
    if (!known.has(key) || (Array.isArray(value) && !types.array.includes(key))) return undefined;
  }
  if ((given["--"] as unknown[] | undefined)?.length) return undefined;
  for (const [name, option] of Object.entries(options) as Array<[string, Options]>) {
    if (option.choices && !(option.choices as unknown[]).includes(given[name])) return undefined;
  }
  if (given.output === "" || (given.rules as unknown[]).some((r) => typeof r !== "string") || jobsProblem(given.jobs)) return undefined;
  return reportArgs({ ...given, paths });
}

/** The fields of parsed `report` arguments that the command reads. */
function reportArgs(args: Record<string, unknown>): ReportArgs {
  return {
    paths: args.paths as string[],
    format: args.format as ReportArgs["format"],
    ...(args.output !== undefined ? { output: args.output as string } : {}),
    ...(typeof args.author === "string" ? { author: args.author } : {}),
    ...(typeof args.reviewUrl === "string" ? { reviewUrl: args.reviewUrl } : {}),
    rules: args.rules as string[],
    failOn: args.failOn as ReportArgs["failOn"],
    stats: args.stats as boolean,
    ...(args.color !== undefined ? { color: args.color as boolean } : {}),
    inputFormat: args.inputFormat as ReportArgs["inputFormat"],
    jobs: wholeNumber(args.jobs, 1, 256) ?? 1,
    quiet: args.quiet as boolean,
    ...(args.intra ? { intra: true } : {}),
  };
}

const fromArg = (a: string) => (a === STDIN_ARG ? "-" : a);

function restoreStdin(args: ReportArgs): ReportArgs {
  return { ...args, paths: args.paths.map(fromArg), ...(args.output !== undefined ? { output: fromArg(args.output) } : {}) };
}

/** What the command line asks for; parsing picks it, and it runs only when parsing found no usage error. */
export type Work =
  | { command: "report"; args: ReportArgs }
  | { command: "claims"; paths: string[]; rules: string[]; inputFormat: "files" | "jsonl" }
  | { command: "times"; paths: string[]; published: string | undefined; format: "json" | "jsonl" | "text" }
  | { command: "rules list"; dirs: string[] }
  | { command: "rules validate" | "rules test"; dir: string | undefined };

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  // yargs drops a bare "-" (stdin); carry it through parsing under a name no file can have.
  argv = argv.map((a) => (a === "-" ? STDIN_ARG : a));
  try {
    const quick = await quickReportArgs(argv, io);
    const parsed = quick ? { work: { command: "report", args: quick } as const, usageError: false } : await parseCommandLine(argv, io);
    if (parsed.usageError) return EXIT.error;
    return parsed.work ? await perform(parsed.work, io) : EXIT.ok;
  } catch (error) {
    return await internalError(error, io);
  }
}

/** Parses with yargs, which prints help, the version and usage errors itself. */
export async function parseCommandLine(argv: string[], io: CliIO): Promise<{ work?: Work; usageError: boolean }> {
  let usageError = false;
  let work: Work | undefined;
  const set = (picked: Work) => {
    work = picked;
  };
  const { default: yargs } = await import("yargs");
  const parser: Argv = yargs(argv)
    .scriptName("crosscheck")
    .usage("$0 <command> [options]\n\nCross-checks news articles: extracts checkable claims, links claims about the same event across articles and languages, and reports where they agree and where they conflict.")
    .command(
      "report <paths..>",
      "Cross-check articles and report agreements and conflicts",
      (y) =>
        y
          .positional("paths", { describe: "Article files (.txt, .md) or folders to walk; with --input-format jsonl, JSON Lines files (- reads stdin)", type: "string", array: true, demandOption: true })
          .options(reportOptions(io))
          // A returned message is a usage error; a thrown one would be reported as an internal error.
          .check((args) => jobsProblem(args.jobs) ?? true)
          .example("$0 report samples", "Report on every article under samples/")
          .example("$0 report samples --format json --output report.json", "Write the JSON report to a file")
          .example("$0 report a.md b.md --rules my-rules --fail-on conflict", "Add your rules; exit 1 on a conflict (for CI)")
          .example("zcat corpus.jsonl.gz | $0 report - --input-format jsonl --format jsonl", "Stream a corpus bigger than memory; findings one per line")
          .strict(),
      (args) => set({ command: "report", args: reportArgs(args) }),
    )
    .command(
      "claims <paths..>",
      "Print the normalised claims of each article as JSON (to debug extraction)",
      (y) =>
        y
          .positional("paths", { type: "string", array: true, demandOption: true, describe: "Article files or folders" })
          .option("rules", { type: "string", array: true, default: [] as string[], describe: "Folder with extra entities/ for the registry" })
          .option("input-format", { choices: ["files", "jsonl"] as const, default: "files" as const, describe: "files: .txt/.md files and folders; jsonl: one JSON object per line (- reads stdin)" })
          .example("$0 claims samples/000_90b6b6efa84f1162.txt", "Show what crosscheck read in one article")
          .example("$0 claims corpus.jsonl --input-format jsonl", "Show the claims of a JSON Lines corpus")
          .strict(),
      (args) => set({ command: "claims", paths: args.paths as string[], rules: args.rules as string[], inputFormat: args.inputFormat as "files" | "jsonl" }),
    )
    .command(
      "times <paths..>",
      "List the time expressions of each article with TimeML TIMEX3 values",
      (y) =>
        y
          .positional("paths", { type: "string", array: true, demandOption: true, describe: "Article files or folders" })
          .option("published", { type: "string", describe: "Reference date (ISO) for articles that give none" })
          .check(async (args) => (await publishedProblem(args.published)) ?? true)
          .option("format", { choices: ["json", "jsonl", "text"] as const, default: "text" as const, describe: "Output format" })
          .example("$0 times samples", "Dates, times and durations of every sample, anchored to its publication date")
          .example("$0 times notes.txt --published 2026-01-21 --format json", "Anchor an undated text yourself")
          .strict(),
      (args) => set({ command: "times", paths: args.paths as string[], published: args.published as string | undefined, format: args.format as "json" | "jsonl" | "text" }),
    )
    .command("rules", "List, validate and test comparison rules", (y) =>
      y
        .command(
          "list",
          "List the rules that would run",
          (z) => z.option("rules", { type: "string", array: true, default: [] as string[], describe: "Extra rule folders" }).example("$0 rules list --rules my-rules", "Built-in rules plus yours"),
          (args) => set({ command: "rules list", dirs: args.rules as string[] }),
        )
        .command(
          "validate [dir]",
          "Check rule files and entity registries; list every problem at once",
          (z) => z.positional("dir", { type: "string", describe: "A rules folder (default: the built-in rules)" }).example("$0 rules validate my-rules", "Check your rule folder"),
          (args) => set({ command: "rules validate", dir: args.dir as string | undefined }),
        )
        .command(
          "test [dir]",
          "Run the test cases that rules carry",
          (z) => z.positional("dir", { type: "string", describe: "A rules folder to test with the built-in ones" }).example("$0 rules test my-rules", "Run your rules' cases"),
          (args) => set({ command: "rules test", dir: args.dir as string | undefined }),
        )
        .demandCommand(1, "Name a rules command: list, validate or test")
        .example("$0 rules list", "Show built-in rules")
        .example("$0 rules validate my-rules", "Check a rule folder")
        .example("$0 rules test", "Run every rule's test cases"),
    )
    .demandCommand(1, "Name a command: report, claims, times or rules")
    .strict()
    .example("$0 report samples", "Fact-check the sample articles")
    .example("$0 report news/ --format json -o report.json", "Export a JSON report")
    .epilogue("Exit codes: 0 done; 1 conflicts found with --fail-on conflict; 2 bad usage, bad configuration, no readable input or internal failure; 3 report made but incomplete (an input could not be read, a field was left out, or a code rule was switched off).")
    .help()
    .version("0.1.0")
    .wrap(Math.min(100, io.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      // yargs' own errors and the messages our checks return are usage errors; anything else is a bug.
      if ((error as unknown) instanceof Error && error.name !== "YError") throw error;
      // yargs may report one usage error more than once; say it once.
      if (!usageError) io.stderr(`crosscheck: ${message ?? error?.message}\nRun "crosscheck --help" for usage.\n`);
      usageError = true;
    });
  let helpText = "";
  await parser.parseAsync(argv, {}, (_err, _argv, output) => {
    helpText = output;
  });
  if (helpText && !usageError) io.stdout(`${helpText}\n`);
  return usageError ? { usageError } : work ? { work, usageError } : { usageError };
}

function perform(work: Work, io: CliIO): Promise<number> {
  const colorOn = (flag: boolean | undefined) => flag ?? (io.isTTY && !io.env.NO_COLOR);
  switch (work.command) {
    case "report":
      return reportCommand(restoreStdin(work.args), io, colorOn(work.args.color));
    case "claims":
      return claimsCommand(work.paths.map(fromArg), work.rules, work.inputFormat, io);
    case "times":
      return timesCommand(work.paths.map(fromArg), work.published, work.format, io);
    case "rules list":
      return rulesList(work.dirs, io);
    case "rules validate":
      return rulesValidate(work.dir, io);
    case "rules test":
      return rulesTest(work.dir, io);
  }
}

async function internalError(error: unknown, io: CliIO): Promise<number> {
  const { RuleFailure } = await import("./compare/engine.js");
  const fsError = error as { code?: unknown; path?: unknown; syscall?: unknown } | null;
  if (error instanceof RuleFailure) io.stderr(`crosscheck: ${error.message}\n`);
  // Writing a file that went away or filled the disk: one line, no stack trace.
  else if (error instanceof Error && typeof fsError?.code === "string" && typeof fsError.path === "string") io.stderr(`crosscheck: cannot ${String(fsError.syscall ?? "use")} ${fsError.path}: ${fsError.code}\n`);
  else io.stderr(`crosscheck: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  return EXIT.error;
}

/** Loads rules and registries; on configuration errors prints them all and returns undefined (exit 2). */
async function loadRulesOrReport(dirs: string[], io: CliIO): Promise<RuleSet | undefined> {
  const { loadRuleSet } = await import("./load/rules.js");
  const ruleSet = await loadRuleSet(dirs);
  if (!ruleSet.errors.length) {
    // The user's event types join the built-in ones for extraction on this thread (workers read them from the same folders).
    if (ruleSet.userEventTypes.length) (await import("./extract/event-types.js")).useEventTypes(ruleSet.userEventTypes);
    return ruleSet;
  }
  printConfigErrors(ruleSet.errors, io);
  return undefined;
}

function printConfigErrors(errors: ConfigError[], io: CliIO): void {
  io.stderr(`crosscheck: ${errors.length} configuration problem${errors.length === 1 ? "" : "s"}:\n${errors.map((e) => `  ${e.toString()}`).join("\n")}\n`);
}

async function reportCommand(args: ReportArgs, io: CliIO, color: boolean): Promise<number> {
  // An output file that cannot be written is known before any work is done.
  const outputProblem = args.output !== undefined ? await unwritable(args.output) : undefined;
  if (outputProblem) {
    io.stderr(`crosscheck: cannot write --output ${args.output}: ${outputProblem}\n`);
    return EXIT.error;
  }
  const { buildRegistry } = await import("./pipeline.js");
  const { extractStream, fileSource, needsWorkers } = await import("./parallel/stream.js");
  const { LazyPool } = await import("./parallel/pool.js");
  const ruleSet = await loadRulesOrReport(args.rules, io);
  if (!ruleSet) return EXIT.error;
  const source = args.inputFormat === "jsonl" ? await (await import("./load/jsonl.js")).jsonlSource(args.paths, io.stdin) : await fileSource(args.paths);
  const workers = new LazyPool(args.jobs, { entities: ruleSet.entities, ruleDirs: args.rules });
  let progress: ProgressBar | undefined;
  try {
    // Workers that will be needed start now, and build their registries while this thread builds its own.
    // Test hooks (the fuzz tests): small units and groups send even small inputs through the workers.
    const batchBytes = wholeNumber(io.env.CROSSCHECK_BATCH_BYTES, 1, 2 ** 30);
    if (needsWorkers(source, batchBytes)) workers.start();
    const registry = buildRegistry(ruleSet.entities);
    progress = !args.quiet && io.stderrIsTTY ? await progressBar(io, source) : undefined;
    const corpus = await extractStream(source, {
      registry,
      workers,
      clock: io.clock,
      ...(batchBytes ? { batchBytes } : {}),
      ...(progress ? { onProgress: (p: { items: number; bytes: number }) => progress?.update(p.items, p.bytes) } : {}),
      // Workers that will compare load the rules as soon as their last batch is done.
      ...(args.format === "jsonl" ? { onInputDone: () => workers.started?.prepare() } : {}),
    });
    progress?.done();
    if (corpus.documents.length === 0) {
      io.stderr(`crosscheck: no readable articles.\n${corpus.problems.map((p) => `  ${p.message}`).join("\n")}\n`);
      return EXIT.error;
    }
    const context: ReportContext = { corpus, registry, rules: ruleSet.rules, io, progress, workers };
    // When extraction needed workers, the same ones compare the pairs of --format jsonl: they
    // have their registry, and have loaded the rules while this thread links. The whole report
    // compares here, so its workers go.
    if (args.format === "jsonl") return await streamJsonLines(args, context);
    await workers.close();
    return await wholeReport(args, context, color);
  } finally {
    progress?.done();
    await workers.close();
  }
}

interface ReportContext {
  corpus: ExtractedCorpus;
  registry: EntityRegistry;
  rules: Rule[];
  io: CliIO;
  progress: ProgressBar | undefined;
  workers: LazyPool;
}

async function progressBar(io: CliIO, source: Source): Promise<ProgressBar> {
  const { ProgressBar } = await import("./format/progress.js");
  return new ProgressBar({
    write: io.stderr,
    clock: io.clock,
    ...(io.columns ? { columns: io.columns } : {}),
    ...(source.total?.items ? { totalItems: source.total.items } : {}),
    ...(source.total?.bytes ? { totalBytes: source.total.bytes } : {}),
  });
}

/** stylish and json: the whole report at once. */
async function wholeReport(args: ReportArgs, { corpus, registry, rules, io, progress }: ReportContext, color: boolean): Promise<number> {
  const { analyse } = await import("./pipeline.js");
  progress?.stage(`linking and comparing ${corpus.claims.length.toLocaleString("en-US")} claims`);
  const report = analyse(corpus, { rules, registry, generatedAt: io.now().toISOString(), clock: io.clock });
  progress?.done();
  // Code rules switched off by the guard: named in problems, and the report is incomplete (exit 3).
  const { faultsOf, faultProblem, guardRules } = await import("./compare/guard.js");
  const faults = faultsOf(guardRules(rules)).map(faultProblem);
  if (faults.length) {
    report.problems.push(...faults);
    report.summary.problems = report.problems.length;
    corpus.problems.push(...faults);
  }
  const formatStart = io.clock();
  const stats = report.stats ? withProcessStats(report.stats, corpus, io) : undefined;
  if (stats) report.stats = stats;
  const chalk = args.format === "stylish" && color ? new (await import("chalk")).Chalk({ level: 1 }) : undefined;
  const shared = SHARED_FORMATS.includes(args.format) ? await sharedFormat(args, report) : undefined;
  if (args.format === "stylish") {
    let rendered = (await import("./format/stylish.js")).formatStylish(report, { ...(chalk ? { chalk } : {}), ...(args.intra ? { intra: true } : {}) });
    if (report.stats) report.stats.ms.format = io.clock() - formatStart;
    // The stylish report ends with the same statistics, field for field, that json gives.
    if (args.stats && report.stats) rendered += `${statsText(withProcessStats(report.stats, corpus, io))}\n`;
    io.stdout(rendered);
  }
  if (shared !== undefined) {
    if (args.output) await fs.writeFile(args.output, shared);
    else io.stdout(shared);
  } else if (args.format === "json" || args.output) {
    // Written piece by piece as it is made: a large report is never one string.
    const { jsonReportChunks } = await import("./format/json.js");
    const out = await outputWriter(args.output, io);
    const encoder = new TextEncoder();
    try {
      for (const chunk of jsonReportChunks(report, { stats: args.stats })) await out.bytes(encoder.encode(chunk));
    } finally {
      await out.close();
    }
  }
  if (report.stats && args.format !== "stylish") report.stats.ms.format = io.clock() - formatStart;
  for (const p of await stderrProblems(corpus)) io.stderr(`crosscheck: ${p.message}\n`);
  if (args.stats && args.format !== "stylish" && report.stats) io.stderr(`${JSON.stringify({ stats: withProcessStats(report.stats, corpus, io) })}\n`);
  return exitCodeFor(report, args.failOn, await incomplete(corpus));
}

/** html, markdown and claimreview, made from one model of the report (format/view.ts). */
async function sharedFormat(args: ReportArgs, report: Report): Promise<string> {
  if (args.format === "html") return (await import("./format/html.js")).formatHtml(report);
  if (args.format === "markdown") return (await import("./format/markdown.js")).formatMarkdown(report);
  return (await import("./format/claimreview.js")).formatClaimReview(report, { ...(args.author ? { author: args.author } : {}), ...(args.reviewUrl ? { reviewUrl: args.reviewUrl } : {}) });
}

/**
 * `--format jsonl`: findings one per line, written group by group as they are made (see
 * compareJobs; on the worker threads when extraction used them), then problems, then a summary
 * line. Findings are not kept, so memory does not grow with them. Ids follow the order written.
 */
async function streamJsonLines(args: ReportArgs, { corpus, registry, rules, io, progress, workers }: ReportContext): Promise<number> {
  const { linkCorpus, compareJobs, allProblems, runStats } = await import("./pipeline.js");
  const { runCompareJob, findingLines, withNames, withSources } = await import("./parallel/compare.js");
  const sourceNames = new Map(corpus.documents.flatMap((d) => (d.source ? [[d.id, d.source] as const] : [])));
  const sourceOf = (doc: string) => sourceNames.get(doc);
  const { InOrder } = await import("./parallel/ordered.js");
  const ms: Record<string, number> = { load: corpus.loadMs, extract: corpus.extractMs };
  progress?.stage(`linking ${corpus.claims.length.toLocaleString("en-US")} claims`);
  let t = io.clock();
  const linked = linkCorpus(corpus, registry);
  ms.link = io.clock() - t;
  // From here on, claims live only in the pairs that hold them, and go with them.
  const claimCount = corpus.claims.length;
  corpus.claims = [];
  const totalPairs = linked.pairs.length;
  const out = await outputWriter(args.output, io);
  const pool = workers.started;
  const counts = { findings: 0, agreements: 0, conflicts: 0, pairs: 0, pairsCompared: 0, events: 0 };
  const faults = new Map<string, RuleFault>();
  let compareMs = 0;
  let formatMs = 0;
  const write = async (result: CompareJobResult, pairs: number) => {
    const start = io.clock();
    for (const f of result.faults ?? []) if (!faults.has(f.rule)) faults.set(f.rule, f);
    counts.pairsCompared += result.pairsCompared;
    counts.agreements += result.agreements;
    counts.conflicts += result.conflicts;
    await out.bytes(findingLines(result, counts.findings + 1));
    counts.findings += result.findings;
    // Each event comes whole in one group, after its findings; ids follow the order written.
    for (const line of result.events) await out.line(line.replace(/^\{"type":"event","id":"e\d+"/, `{"type":"event","id":"e${++counts.events}"`));
    counts.pairs += pairs;
    progress?.stage(`comparing pairs: ${counts.pairs.toLocaleString("en-US")} of ${totalPairs.toLocaleString("en-US")}`);
    formatMs += io.clock() - start;
  };
  try {
    // Writing happens inside the waits, so its time is taken out of the comparison's.
    const inflight = pool ? new InOrder(pool.size * 2, pool.size * 4, write) : undefined;
    const jobs = compareJobs(linked.pairs, corpus, wholeNumber(io.env.CROSSCHECK_GROUP_PAIRS, 1, 2 ** 30));
    for (;;) {
      t = io.clock();
      const next = jobs.next();
      if (next.done) {
        compareMs += io.clock() - t;
        break;
      }
      const job = next.value;
      if (pool && inflight) {
        const written = formatMs;
        // Counted before the job goes: its pairs are handed over to the worker.
        const pairs = pairCount(job);
        await inflight.add(pool.compare(withSources(withNames(job, registry), sourceOf)), pairs);
        compareMs += io.clock() - t - (formatMs - written);
      } else {
        const result = runCompareJob(withSources(job, sourceOf), rules, registry);
        compareMs += io.clock() - t;
        await write(result, pairCount(job));
      }
    }
    if (inflight) {
      t = io.clock();
      const written = formatMs;
      await inflight.finish();
      compareMs += io.clock() - t - (formatMs - written);
    }
    t = io.clock();
    // Code rules switched off by the guard (in any thread): named in problems; exit 3.
    const { faultProblem } = await import("./compare/guard.js");
    corpus.problems.push(...[...faults.values()].map(faultProblem));
    const { publicDuplicate } = await import("./format/json.js");
    for (const g of linked.duplicates) await out.line(JSON.stringify({ type: "duplicate", ...publicDuplicate(g) }));
    const problems = allProblems(corpus);
    for (const p of problems) await out.line(JSON.stringify({ type: "problem", ...p }));
    const summary = { documents: corpus.documents.length, claims: claimCount, agreements: counts.agreements, conflicts: counts.conflicts, problems: problems.length };
    await out.line(JSON.stringify({ type: "summary", ...summary }));
    await out.close();
    formatMs += io.clock() - t;
  } catch (error) {
    await out.close();
    throw error;
  }
  progress?.done();
  ms.compare = compareMs;
  ms.format = formatMs;
  for (const p of await stderrProblems(corpus)) io.stderr(`crosscheck: ${p.message}\n`);
  if (args.stats) io.stderr(`${JSON.stringify({ stats: withProcessStats(runStats(corpus, claimCount, linked, counts.pairsCompared, counts.findings, ms), corpus, io) })}\n`);
  if (await incomplete(corpus)) return EXIT.partialInput;
  return args.failOn === "conflict" && counts.conflicts > 0 ? EXIT.findings : EXIT.ok;
}

/** Pairs in a comparison job: five numbers each (claim, claim, link, event, event key). */
function pairCount(job: CompareJob): number {
  return job.pairs.length / 5;
}

/** Run statistics plus what only the CLI knows: worker threads, peak memory and CPU time. */
function withProcessStats<T extends object>(stats: T, corpus: ExtractedCorpus, io: CliIO): T & { workers: number; peakRssMB?: number; cpuMs?: number } {
  const out: T & { workers: number; peakRssMB?: number; cpuMs?: number } = { ...stats, workers: corpus.workers };
  if (io.peakRssMB) out.peakRssMB = Math.round(io.peakRssMB());
  if (io.cpuMs) out.cpuMs = Math.round(io.cpuMs());
  return out;
}

/** Buffers output and writes it to stdout or a file about a megabyte at a time. */
async function outputWriter(file: string | undefined, io: CliIO): Promise<{ bytes(chunk: Uint8Array): Promise<void>; line(text: string): Promise<void>; close(): Promise<void> }> {
  const handle = file ? await fs.open(file, "w") : undefined;
  const encoder = new TextEncoder();
  let chunks: Uint8Array[] = [];
  let size = 0;
  const write = async (data: Uint8Array) => {
    if (handle) await handle.write(data);
    else if (io.stdoutBytes) io.stdoutBytes(data);
    else io.stdout(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8"));
  };
  const flush = async () => {
    if (!chunks.length) return;
    const data = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    chunks = [];
    size = 0;
    await write(data);
  };
  const bytes = async (chunk: Uint8Array) => {
    // A large chunk (a group's findings) goes out as it is: copying it into a bigger one costs more than a write.
    if (chunk.length >= 1 << 16) {
      await flush();
      await write(chunk);
      return;
    }
    chunks.push(chunk);
    size += chunk.length;
    if (size >= 1 << 20) await flush();
  };
  return {
    bytes,
    line: (text: string) => bytes(encoder.encode(`${text}\n`)),
    async close() {
      await flush();
      await handle?.close();
    },
  };
}

/**
 * Whether the report is incomplete (exit 3): an input that could not be read, a field that was
 * left out (./load/fields.ts), or a code rule switched off.
 */
async function incomplete(corpus: ExtractedCorpus): Promise<boolean> {
  if (corpus.problems.length) return true;
  const { BAD_FIELD } = await import("./load/fields.js");
  return corpus.documents.some((d) => d.problems.some((p) => p.code === BAD_FIELD));
}

/** What makes a report incomplete, for stderr: inputs not read, rules switched off, fields left out. */
async function stderrProblems(corpus: ExtractedCorpus): Promise<Problem[]> {
  const { BAD_FIELD } = await import("./load/fields.js");
  return [...corpus.problems, ...corpus.documents.flatMap((d) => d.problems.filter((p) => p.code === BAD_FIELD))];
}

/** Why a file cannot be written, or undefined when it can (it is not created here). */
async function unwritable(file: string): Promise<string | undefined> {
  const { constants } = await import("node:fs");
  const path = await import("node:path");
  const reason = (error: unknown) => {
    const code = (error as { code?: string }).code;
    return code === "EACCES" || code === "EPERM" ? "permission denied" : code === "ENOTDIR" ? "a part of the path is a file, not a folder" : code === "EROFS" ? "read-only file system" : (error as Error).message;
  };
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return "it is a folder";
    await fs.access(file, constants.W_OK);
    return undefined;
  } catch (error) {
    if ((error as { code?: string }).code !== "ENOENT") return reason(error);
  }
  const dir = path.dirname(path.resolve(file));
  try {
    if (!(await fs.stat(dir)).isDirectory()) return `${dir} is not a folder`;
    await fs.access(dir, constants.W_OK | constants.X_OK);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code === "ENOENT" ? `folder ${dir} does not exist` : `cannot create a file in ${dir} (${reason(error)})`;
  }
}

/** `--stats` as one line of text: every field json gives, in its order. */
export function statsText(stats: object): string {
  const parts: string[] = [];
  const times: string[] = [];
  const int = (n: number) => Math.round(n).toLocaleString("en-US");
  const labels: Record<string, (n: number) => string> = {
    articles: (n) => `${int(n)} articles`,
    bytes: (n) => `${(n / 1e6).toFixed(2)} MB (${int(n)} bytes)`,
    claims: (n) => `${int(n)} claims`,
    events: (n) => `${int(n)} events`,
    candidatePairs: (n) => `${int(n)} candidate pairs`,
    pairsCompared: (n) => `${int(n)} pairs compared`,
    findings: (n) => `${int(n)} findings`,
    workers: (n) => `${int(n)} worker threads`,
    peakRssMB: (n) => `peak RSS ${int(n)} MB`,
    cpuMs: (n) => `CPU ${int(n)} ms`,
  };
  for (const [key, value] of Object.entries(stats)) {
    if (key === "ms" && typeof value === "object" && value) for (const [stage, ms] of Object.entries(value as Record<string, number>)) times.push(`${stage} ${int(ms)} ms`);
    else if (typeof value === "number") parts.push(labels[key]?.(value) ?? `${key} ${value}`);
  }
  return `stats: ${parts.join(", ")}${times.length ? `; ${times.join(", ")}` : ""}`;
}

/** The exit code policy, in one place. */
export function exitCodeFor(report: Report, failOn: "conflict" | "never", unreadableInputs: boolean): number {
  if (unreadableInputs) return EXIT.partialInput;
  if (failOn === "conflict" && report.summary.conflicts > 0) return EXIT.findings;
  return EXIT.ok;
}

async function claimsCommand(paths: string[], rules: string[], inputFormat: "files" | "jsonl", io: CliIO): Promise<number> {
  const { buildRegistry } = await import("./pipeline.js");
  const { extractStream, fileSource } = await import("./parallel/stream.js");
  const { LazyPool } = await import("./parallel/pool.js");
  const { publicClaim } = await import("./format/json.js");
  const ruleSet = await loadRulesOrReport(rules, io);
  if (!ruleSet) return EXIT.error;
  const source = inputFormat === "jsonl" ? await (await import("./load/jsonl.js")).jsonlSource(paths, io.stdin) : await fileSource(paths);
  // The same reading and extraction as `report`, on this thread: what it prints is what a report compares.
  const corpus = await extractStream(source, { registry: buildRegistry(ruleSet.entities), workers: new LazyPool(1, { entities: ruleSet.entities, ruleDirs: rules }), clock: io.clock });
  if (corpus.documents.length === 0) {
    io.stderr(`crosscheck: no readable articles.\n${corpus.problems.map((p) => `  ${p.message}`).join("\n")}\n`);
    return EXIT.error;
  }
  const byDoc = new Map<string, ReturnType<typeof publicClaim>[]>();
  for (const c of corpus.claims) {
    let list = byDoc.get(c.doc);
    if (!list) byDoc.set(c.doc, (list = []));
    list.push(publicClaim(c));
  }
  const documents = corpus.documents.map(({ claims: _count, ...d }) => ({ ...d, claims: byDoc.get(d.id) ?? [] }));
  io.stdout(`${JSON.stringify({ documents, problems: corpus.problems }, null, 2)}\n`);
  for (const p of await stderrProblems(corpus)) io.stderr(`crosscheck: ${p.message}\n`);
  return (await incomplete(corpus)) ? EXIT.partialInput : EXIT.ok;
}

async function timesCommand(paths: string[], published: string | undefined, format: "json" | "jsonl" | "text", io: CliIO): Promise<number> {
  const { findTimeExpressions, referenceDateProblem } = await import("./normalize/time/index.js");
  const { formatTimes } = await import("./format/times.js");
  const badDate = published === undefined ? undefined : referenceDateProblem(published);
  if (badDate) {
    io.stderr(`crosscheck times: --published ${badDate}\n`);
    return EXIT.error;
  }
  const { loadArticles } = await import("./load/articles.js");
  const loaded = await loadArticles(paths);
  if (loaded.articles.length === 0) {
    io.stderr(`crosscheck: no readable articles.\n${loaded.problems.map((p) => `  ${p.message}`).join("\n")}\n`);
    return EXIT.error;
  }
  const docs = loaded.articles.map((a) => {
    const referenceDate = a.published ?? published;
    const expressions = findTimeExpressions(a.body, referenceDate ? { lang: a.lang, referenceDate } : { lang: a.lang });
    return referenceDate ? { id: a.id, published: referenceDate, expressions } : { id: a.id, expressions };
  });
  io.stdout(formatTimes(docs, format));
  const { BAD_FIELD } = await import("./load/fields.js");
  const badFields = loaded.articles.flatMap((a) => a.problems.filter((p) => p.code === BAD_FIELD));
  for (const p of [...loaded.problems, ...badFields]) io.stderr(`crosscheck: ${p.message}\n`);
  return loaded.problems.length || badFields.length ? EXIT.partialInput : EXIT.ok;
}

async function rulesList(dirs: string[], io: CliIO): Promise<number> {
  const ruleSet = await loadRulesOrReport(dirs, io);
  if (!ruleSet) return EXIT.error;
  const width = Math.max(...ruleSet.rules.map((r) => r.id.length));
  const lines = ruleSet.rules.map(
    (r) => `${r.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.aspect.padEnd(12)}  ${(r.kind ?? "code").padEnd(16)}  ${r.builtIn ? "built-in" : r.file}\n${" ".repeat(width + 2)}${r.meta.description}`,
  );
  io.stdout(`${lines.join("\n")}\n${ruleSet.rules.length} rules, ${ruleSet.entities.length} registry entries.\n`);
  return EXIT.ok;
}

async function rulesValidate(dir: string | undefined, io: CliIO): Promise<number> {
  const ruleSet = await loadRulesOrReport(dir ? [dir] : [], io);
  if (!ruleSet) return EXIT.error;
  // Each code rule is dry-run on its own test cases under the guard of a report: one that throws,
  // overruns or returns something invalid there is a configuration problem.
  const { buildRegistry } = await import("./pipeline.js");
  const { runRuleTests } = await import("./testing/rule-tester.js");
  const { guardRule, faultsOf } = await import("./compare/guard.js");
  const { ConfigError } = await import("./load/rules.js");
  const registry = buildRegistry(ruleSet.entities);
  const code = ruleSet.rules.filter((r) => r.origin === "code").map(guardRule);
  for (const rule of code) runRuleTests(rule, registry);
  const errors = faultsOf(code).map((f) => new ConfigError("rule-fails", f.file, "", `dry run on its own test cases: ${f.message}`));
  if (errors.length) {
    printConfigErrors(errors, io);
    return EXIT.error;
  }
  io.stdout(`${ruleSet.rules.length} rules and ${ruleSet.entities.length} registry entries are valid.\n`);
  return EXIT.ok;
}

async function rulesTest(dir: string | undefined, io: CliIO): Promise<number> {
  const ruleSet = await loadRulesOrReport(dir ? [dir] : [], io);
  if (!ruleSet) return EXIT.error;
  const { buildRegistry } = await import("./pipeline.js");
  const { runRuleTests } = await import("./testing/rule-tester.js");
  const { guardRule, faultsOf } = await import("./compare/guard.js");
  const registry = buildRegistry(ruleSet.entities);
  // Code rules run guarded, so one that loops cannot hang the tests; a rule switched off fails.
  const results = ruleSet.rules.flatMap((rule) => {
    const guarded = guardRule(rule);
    const cases = runRuleTests(guarded, registry);
    const fault = faultsOf([guarded])[0];
    return fault ? [...cases, { rule: rule.id, name: "(guard)", ok: false, message: `switched off: it ${fault.message}` }] : cases;
  });
  const { runEventTypeTests } = await import("./testing/event-type-tester.js");
  // A folder's own event types, or with none given all of them (each sentence is a small extraction).
  results.push(...(dir ? ruleSet.userEventTypes : ruleSet.eventTypes).flatMap((t) => runEventTypeTests(t, registry)));
  const failed = results.filter((r) => !r.ok);
  for (const r of results) io.stdout(`${r.ok ? "ok  " : "FAIL"} ${r.rule}: ${r.name}${r.message ? ` — ${r.message}` : ""}\n`);
  io.stdout(`${results.length - failed.length} passed, ${failed.length} failed\n`);
  return failed.length ? EXIT.findings : EXIT.ok;
}
