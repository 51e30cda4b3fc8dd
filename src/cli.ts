/**
 * The command line: the only module that touches the process, the clock and the console, and
 * only through the `CliIO` it is given (so tests run it in-process).
 *
 * Exit codes: 0 done; 1 findings matched `--fail-on`; 2 bad usage, bad configuration, no readable
 * input or an internal failure; 3 the report was made but some inputs could not be read.
 */
import { promises as fs } from "node:fs";
import yargs, { type Argv } from "yargs";
import type { Report } from "./types.js";
import { loadArticles } from "./load/articles.js";
import { loadRuleSet, type ConfigError } from "./load/rules.js";
import { runPipeline, buildRegistry, extractAll } from "./pipeline.js";
import { formatJson, publicClaim, publicFinding } from "./format/json.js";
import { formatStylish } from "./format/stylish.js";
import { RuleFailure } from "./compare/engine.js";
import { runRuleTests } from "./testing/rule-tester.js";

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
}

interface ReportArgs {
  paths: string[];
  format: "stylish" | "json" | "jsonl";
  output?: string;
  rules: string[];
  failOn: "conflict" | "never";
  stats: boolean;
  color?: boolean;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = EXIT.ok;
  let usageError = false;
  // Handlers only pick the work; it runs after parsing, so a usage error found late still prevents it.
  let pending: (() => Promise<number>) | undefined;
  const set = (work: () => Promise<number>) => {
    pending = work;
  };
  const colorOn = (flag: boolean | undefined) => flag ?? (io.isTTY && !io.env.NO_COLOR);
  const parser: Argv = yargs(argv)
    .scriptName("crosscheck")
    .usage("$0 <command> [options]\n\nCross-checks news articles: extracts checkable claims, links claims about the same event across articles and languages, and reports where they agree and where they conflict.")
    .command(
      "report <paths..>",
      "Cross-check articles and report agreements and conflicts",
      (y) =>
        y
          .positional("paths", { describe: "Article files (.txt, .md) or folders to walk", type: "string", array: true, demandOption: true })
          .option("format", { alias: "f", choices: ["stylish", "json", "jsonl"] as const, default: "stylish" as const, describe: "Output format on stdout" })
          .option("output", { alias: "o", type: "string", describe: "Write the JSON report to FILE (stdout keeps the stylish report; with --format json/jsonl, nothing goes to stdout)" })
          .option("rules", { type: "string", array: true, default: [] as string[], describe: "Folder of extra rule files (and entities/), added to the built-in ones; a rule with a built-in id replaces it" })
          .option("fail-on", { choices: ["conflict", "never"] as const, default: "never" as const, describe: "Exit with 1 when a conflict is found" })
          .option("stats", { type: "boolean", default: false, describe: "Show claims, events, pairs compared and time per stage" })
          .option("color", { type: "boolean", describe: "Force colour on or off (default: on for a terminal, off with NO_COLOR)" })
          .example("$0 report samples", "Report on every article under samples/")
          .example("$0 report samples --format json --output report.json", "Write the JSON report to a file")
          .example("$0 report a.md b.md --rules my-rules --fail-on conflict", "Add your rules; exit 1 on a conflict (for CI)")
          .strict(),
      (args) => set(() => reportCommand(args as unknown as ReportArgs, io, colorOn(args.color as boolean | undefined))),
    )
    .command(
      "claims <paths..>",
      "Print the normalised claims of each article as JSON (to debug extraction)",
      (y) =>
        y
          .positional("paths", { type: "string", array: true, demandOption: true, describe: "Article files or folders" })
          .option("rules", { type: "string", array: true, default: [] as string[], describe: "Folder with extra entities/ for the registry" })
          .example("$0 claims samples/000_90b6b6efa84f1162.txt", "Show what crosscheck read in one article")
          .strict(),
      (args) => set(() => claimsCommand(args.paths as string[], args.rules as string[], io)),
    )
    .command(
      "times <paths..>",
      "List the time expressions of each article with TimeML TIMEX3 values",
      (y) =>
        y
          .positional("paths", { type: "string", array: true, demandOption: true, describe: "Article files or folders" })
          .option("published", { type: "string", describe: "Reference date (ISO) for articles that give none" })
          .option("format", { choices: ["json", "jsonl", "text"] as const, default: "text" as const, describe: "Output format" })
          .example("$0 times samples", "Dates, times and durations of every sample, anchored to its publication date")
          .example("$0 times notes.txt --published 2026-01-21 --format json", "Anchor an undated text yourself")
          .strict(),
      (args) => set(() => timesCommand(args.paths as string[], args.published as string | undefined, args.format as "json" | "jsonl" | "text", io)),
    )
    .command("rules", "List, validate and test comparison rules", (y) =>
      y
        .command(
          "list",
          "List the rules that would run",
          (z) => z.option("rules", { type: "string", array: true, default: [] as string[], describe: "Extra rule folders" }).example("$0 rules list --rules my-rules", "Built-in rules plus yours"),
          (args) => set(() => rulesList(args.rules as string[], io)),
        )
        .command(
          "validate [dir]",
          "Check rule files and entity registries; list every problem at once",
          (z) => z.positional("dir", { type: "string", describe: "A rules folder (default: the built-in rules)" }).example("$0 rules validate my-rules", "Check your rule folder"),
          (args) => set(() => rulesValidate(args.dir as string | undefined, io)),
        )
        .command(
          "test [dir]",
          "Run the test cases that rules carry",
          (z) => z.positional("dir", { type: "string", describe: "A rules folder to test with the built-in ones" }).example("$0 rules test my-rules", "Run your rules' cases"),
          (args) => set(() => rulesTest(args.dir as string | undefined, io)),
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
    .epilogue("Exit codes: 0 done; 1 conflicts found with --fail-on conflict; 2 bad usage, bad configuration, no readable input or internal failure; 3 report made but some inputs could not be read.")
    .help()
    .version("0.1.0")
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      if (error && !(error instanceof Error && error.name === "YError")) throw error;
      // yargs may report one usage error more than once; say it once.
      if (!usageError) io.stderr(`crosscheck: ${message ?? error?.message}\nRun "crosscheck --help" for usage.\n`);
      usageError = true;
    });
  try {
    let helpText = "";
    await parser.parseAsync(argv, {}, (_err, _argv, output) => {
      helpText = output;
    });
    if (helpText && !usageError) io.stdout(`${helpText}\n`);
    if (!usageError && pending) exitCode = await pending();
  } catch (error) {
    if (error instanceof RuleFailure) io.stderr(`crosscheck: ${error.message}\n`);
    else io.stderr(`crosscheck: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return EXIT.error;
  }
  return usageError ? EXIT.error : exitCode;
}

function printConfigErrors(errors: ConfigError[], io: CliIO): void {
  io.stderr(`crosscheck: ${errors.length} configuration problem${errors.length === 1 ? "" : "s"}:\n${errors.map((e) => `  ${e.toString()}`).join("\n")}\n`);
}

async function reportCommand(args: ReportArgs, io: CliIO, color: boolean): Promise<number> {
  const ruleSet = await loadRuleSet(args.rules);
  if (ruleSet.errors.length) {
    printConfigErrors(ruleSet.errors, io);
    return EXIT.error;
  }
  const start = io.clock();
  const loaded = await loadArticles(args.paths);
  const loadMs = io.clock() - start;
  if (loaded.articles.length === 0) {
    io.stderr(`crosscheck: no readable articles.\n${loaded.problems.map((p) => `  ${p.message}`).join("\n")}\n`);
    return EXIT.error;
  }
  const report = runPipeline({
    articles: loaded.articles,
    problems: loaded.problems,
    rules: ruleSet.rules,
    entities: ruleSet.entities,
    generatedAt: io.now().toISOString(),
    clock: io.clock,
    loadMs,
  });
  const formatStart = io.clock();
  const json = args.format === "json" || args.output ? formatJson(report, { stats: args.stats }) : "";
  const rendered = args.format === "stylish" ? formatStylish(report, { color, stats: args.stats }) : args.format === "jsonl" ? jsonLines(report) : json;
  if (report.stats) report.stats.ms.format = io.clock() - formatStart;
  if (args.output) {
    await fs.writeFile(args.output, args.format === "jsonl" ? rendered : json);
    if (args.format === "stylish") io.stdout(rendered);
  } else io.stdout(rendered);
  for (const p of loaded.problems) io.stderr(`crosscheck: ${p.message}\n`);
  if (args.stats && args.format !== "stylish" && report.stats) io.stderr(`${JSON.stringify({ stats: report.stats })}\n`);
  return exitCodeFor(report, args.failOn, loaded.problems.length > 0);
}

/** Findings one per line, then a summary line: for pipes and tools that stream. */
function jsonLines(report: Report): string {
  const lines = report.findings.map((f) => JSON.stringify({ type: "finding", ...publicFinding(f) }));
  for (const p of report.problems) lines.push(JSON.stringify({ type: "problem", ...p }));
  lines.push(JSON.stringify({ type: "summary", ...report.summary }));
  return `${lines.join("\n")}\n`;
}

/** The exit code policy, in one place. */
export function exitCodeFor(report: Report, failOn: "conflict" | "never", unreadableInputs: boolean): number {
  if (unreadableInputs) return EXIT.partialInput;
  if (failOn === "conflict" && report.summary.conflicts > 0) return EXIT.findings;
  return EXIT.ok;
}

async function claimsCommand(paths: string[], rules: string[], io: CliIO): Promise<number> {
  const ruleSet = await loadRuleSet(rules);
  if (ruleSet.errors.length) {
    printConfigErrors(ruleSet.errors, io);
    return EXIT.error;
  }
  const loaded = await loadArticles(paths);
  if (loaded.articles.length === 0) {
    io.stderr(`crosscheck: no readable articles.\n${loaded.problems.map((p) => `  ${p.message}`).join("\n")}\n`);
    return EXIT.error;
  }
  const { claims } = extractAll(loaded.articles, buildRegistry(ruleSet.entities));
  const documents = loaded.articles.map((a) => ({
    id: a.id,
    path: a.path,
    lang: a.lang,
    published: a.published,
    problems: a.problems,
    claims: claims.filter((c) => c.doc === a.id).map(publicClaim),
  }));
  io.stdout(`${JSON.stringify({ documents, problems: loaded.problems }, null, 2)}\n`);
  for (const p of loaded.problems) io.stderr(`crosscheck: ${p.message}\n`);
  return loaded.problems.length ? EXIT.partialInput : EXIT.ok;
}

async function timesCommand(paths: string[], published: string | undefined, format: "json" | "jsonl" | "text", io: CliIO): Promise<number> {
  const { findTimeExpressions } = await import("./normalize/time/index.js");
  const { formatTimes } = await import("./format/times.js");
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
  for (const p of loaded.problems) io.stderr(`crosscheck: ${p.message}\n`);
  return loaded.problems.length ? EXIT.partialInput : EXIT.ok;
}

async function rulesList(dirs: string[], io: CliIO): Promise<number> {
  const ruleSet = await loadRuleSet(dirs);
  if (ruleSet.errors.length) {
    printConfigErrors(ruleSet.errors, io);
    return EXIT.error;
  }
  const width = Math.max(...ruleSet.rules.map((r) => r.id.length));
  const lines = ruleSet.rules.map(
    (r) => `${r.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.aspect.padEnd(12)}  ${(r.kind ?? "code").padEnd(16)}  ${r.builtIn ? "built-in" : r.file}\n${" ".repeat(width + 2)}${r.meta.description}`,
  );
  io.stdout(`${lines.join("\n")}\n${ruleSet.rules.length} rules, ${ruleSet.entities.length} registry entries.\n`);
  return EXIT.ok;
}

async function rulesValidate(dir: string | undefined, io: CliIO): Promise<number> {
  const ruleSet = await loadRuleSet(dir ? [dir] : []);
  if (ruleSet.errors.length) {
    printConfigErrors(ruleSet.errors, io);
    return EXIT.error;
  }
  io.stdout(`${ruleSet.rules.length} rules and ${ruleSet.entities.length} registry entries are valid.\n`);
  return EXIT.ok;
}

async function rulesTest(dir: string | undefined, io: CliIO): Promise<number> {
  const ruleSet = await loadRuleSet(dir ? [dir] : []);
  if (ruleSet.errors.length) {
    printConfigErrors(ruleSet.errors, io);
    return EXIT.error;
  }
  const registry = buildRegistry(ruleSet.entities);
  const results = ruleSet.rules.flatMap((rule) => runRuleTests(rule, registry));
  const failed = results.filter((r) => !r.ok);
  for (const r of results) io.stdout(`${r.ok ? "ok  " : "FAIL"} ${r.rule}: ${r.name}${r.message ? ` — ${r.message}` : ""}\n`);
  io.stdout(`${results.length - failed.length} passed, ${failed.length} failed\n`);
  return failed.length ? EXIT.findings : EXIT.ok;
}
