/**
 * Scores crosscheck on a corpus with gold findings: runs the built CLI on CORPUS/articles and
 * compares its JSON report with CORPUS/expected.json (must, should, must_not; see score.ts).
 *
 *   npm run eval -- ../shared/corpus/dev [--scope en|pl|multi] [--misses] [--unlisted] [--json]
 *                   [--rules DIR] [--min-must R] [--min-should R]
 *
 * Prints must and should recall, must_not false alarms, and the cross-document conflicts the gold
 * does not list, by severity. Exits 1 when a --min-* bar or (with --max-false N) the false-alarm
 * bar is not met, 2 on bad usage or when the report cannot be made.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scorable, scoreReport, unlistedConflicts, type ExpectedFinding, type MustNot, type ScoredFinding } from "../src/testing/score.js";

interface Gold {
  findings: Array<ExpectedFinding & { scope?: string }>;
  must_not?: MustNot[];
}

interface EvalReport {
  documents: Array<{ id: string; lang: string }>;
  findings: ScoredFinding[];
}

const USAGE = "usage: npm run eval -- CORPUS_DIR [--scope en|pl|multi] [--misses] [--unlisted] [--json] [--rules DIR] [--min-must R] [--min-should R] [--max-false N]\n";

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n${USAGE}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const flags = new Set<string>(args.filter((a) => a === "--misses" || a === "--unlisted" || a === "--json"));
const valued = new Map<string, string>();
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (flags.has(a)) continue;
  if (["--scope", "--rules", "--min-must", "--min-should", "--max-false"].includes(a)) {
    const v = args[++i];
    if (v === undefined) fail(`${a} needs a value`);
    valued.set(a, v);
  } else if (a.startsWith("--")) fail(`unknown option ${a}`);
  else positional.push(a);
}
if (positional.length !== 1) fail("give one corpus folder (with articles/ and expected.json)");
const corpus = resolve(positional[0]!);
const articles = existsSync(join(corpus, "articles")) && statSync(join(corpus, "articles")).isDirectory() ? join(corpus, "articles") : corpus;
const goldPath = join(corpus, "expected.json");
if (!existsSync(goldPath)) fail(`${goldPath} not found`);
const bar = (name: string): number | undefined => {
  const raw = valued.get(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) fail(`${name} must be a number, got "${raw}"`);
  return n;
};
const minMust = bar("--min-must");
const minShould = bar("--min-should");
const maxFalse = bar("--max-false");
const scope = valued.get("--scope");
if (scope !== undefined && !["en", "pl", "multi"].includes(scope)) fail(`--scope must be en, pl or multi, got "${scope}"`);

const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "bin.js");
const cliArgs = [bin, "report", articles, "--format", "json", "--quiet", "--no-color"];
const rules = valued.get("--rules");
if (rules) cliArgs.push("--rules", rules);
let stdout: string;
try {
  stdout = execFileSync(process.execPath, cliArgs, { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "inherit"] });
} catch (error) {
  // Exit 3 still writes a report (some inputs were unreadable); anything else is a failure.
  const e = error as { status?: number; stdout?: string };
  if (e.status !== 3 || !e.stdout) fail(`crosscheck report failed (exit ${e.status ?? "?"})`);
  stdout = e.stdout;
}
const report = JSON.parse(stdout) as EvalReport;
const gold = JSON.parse(readFileSync(goldPath, "utf8")) as Gold;
const present = new Set(report.documents.map((d) => d.id));
const langOf = new Map(report.documents.map((d) => [d.id, d.lang]));
/** en or pl when both documents are in that language, else multi: the gold's own `scope`. */
const pairScope = (docs: readonly string[]) => {
  const langs = new Set(docs.map((d) => langOf.get(d)));
  return langs.size === 1 ? [...langs][0]! : "multi";
};
const inScope = {
  findings: scorable(gold.findings, present).filter((g) => !scope || (g.scope ?? pairScope(g.docs ?? [])) === scope),
  must_not: scorable(gold.must_not ?? [], present).filter((n) => !scope || pairScope(n.docs) === scope),
};
const score = scoreReport({ findings: report.findings.map((f) => ({ ...f, qualifiers: f.qualifiers ?? [] })) }, inScope);
const unlisted = unlistedConflicts(report.findings, inScope).filter((f) => !scope || pairScope(f.docs) === scope);
const bySeverity = (s: string) => unlisted.filter((f) => f.severity === s).length;

const must = score.must.found.length + score.must.missed.length;
const should = score.should.found.length + score.should.missed.length;
const pct = (x: number, n: number) => (n ? `${Math.round((100 * x) / n)} %` : "n/a");
const summary = {
  corpus: positional[0]!,
  scope: scope ?? "all",
  documents: report.documents.length,
  must: { found: score.must.found.length, of: must },
  should: { found: score.should.found.length, of: should },
  falseAlarms: { found: score.falseAlarms.length, of: inScope.must_not.length, ids: score.falseAlarms },
  unlisted: { total: unlisted.length, error: bySeverity("error"), warning: bySeverity("warning"), info: bySeverity("info") },
  findings: report.findings.length,
  missed: { must: score.must.missed, should: score.should.missed },
};

if (flags.has("--json")) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
else {
  const out: string[] = [];
  if (flags.has("--misses")) {
    for (const id of score.must.missed) out.push(`missed must   ${id}`);
    for (const id of score.should.missed) out.push(`missed should ${id}`);
  }
  for (const id of score.falseAlarms) out.push(`false alarm   ${id}`);
  if (flags.has("--unlisted")) for (const f of unlisted) out.push(`unlisted ${f.severity ?? "?"} ${f.aspect} ${f.docs.join(" ~ ")} [${f.qualifiers.join(",")}] ${f.rule ?? ""}`);
  out.push(
    `${summary.corpus}${scope ? ` (${scope})` : ""}: ${report.documents.length} documents, ${report.findings.length} findings`,
    `must       ${score.must.found.length}/${must} (${pct(score.must.found.length, must)})`,
    `should     ${score.should.found.length}/${should} (${pct(score.should.found.length, should)})`,
    `must_not   ${score.falseAlarms.length}/${inScope.must_not.length} false alarms`,
    `unlisted   ${unlisted.length} cross-document conflicts not in the gold (${summary.unlisted.error} error, ${summary.unlisted.warning} warning, ${summary.unlisted.info} info)`,
  );
  process.stdout.write(`${out.join("\n")}\n`);
}
const below = (minMust !== undefined && must > 0 && score.must.found.length / must < minMust) || (minShould !== undefined && should > 0 && score.should.found.length / should < minShould) || (maxFalse !== undefined && score.falseAlarms.length > maxFalse);
process.exitCode = below ? 1 : 0;
