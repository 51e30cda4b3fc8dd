/**
 * `report` arguments read without yargs (the quick parse, for start-up) mean exactly what yargs
 * makes of them; whatever the quick parse does not take goes to yargs, which words the problems.
 */
import { describe, it, expect } from "@jest/globals";
import { parseCommandLine, quickReportArgs, type CliIO } from "../src/cli.js";

function io(): CliIO & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => void out.push(t), stderr: (t) => void out.push(t), isTTY: false, env: {}, now: () => new Date(0), clock: () => 0, cpus: 3 };
}

const STDIN = "\u0000-";

/** Forms people type: the quick parse must take them. */
const common: string[][] = [
  ["report", "a.txt"],
  ["report", "samples", "b.md", "--format", "json", "--output", "r.json"],
  ["report", "samples", "--no-color"],
  ["report", "samples", "--color"],
  ["report", "-f", "jsonl", "-j", "2", "-q", "x"],
  ["report", "x", "--rules", "r1", "r2"],
  ["report", "x", "--rules", "r1", "--rules", "r2"],
  ["report", "x", "--fail-on", "conflict", "--stats"],
  ["report", "x", "--input-format=jsonl", "--jobs=3"],
  ["report", STDIN, "--input-format", "jsonl", "--format", "jsonl", "-o", STDIN],
  ["report", "x", "--stats", "false", "--quiet", "true"],
  ["report", "x", "-qj2"],
  ["report", "x", "--no-quiet", "--jobs", "256"],
  ["report", "5"],
  ["report", "x", "--failOn", "conflict", "--inputFormat", "jsonl"],
  ["report", "x", "--color", "--no-color"],
];

/** Forms the quick parse leaves to yargs (help, version and usage errors among them). */
const others: string[][] = [
  ["report"],
  ["report", "--help"],
  ["report", "x", "--version"],
  ["report", "x", "--format", "xml"],
  ["report", "x", "--format", "json", "--format", "json"],
  ["report", "x", "--jobs", "0"],
  ["report", "x", "--jobs", "1.5"],
  ["report", "x", "--jobs", "many"],
  ["report", "x", "--formt", "json"],
  ["report", "x", "-o"],
  ["report", "x", "--", "y"],
  ["report", "--rules", "r1"],
  ["report", "--rules", "r1", "--rules", "r2", "x"],
  ["claims", "x"],
  ["--help"],
];

/** Odd forms: whichever way they go, the quick parse never reads one differently from yargs. */
const odd: string[][] = [
  ["report", "x", "--rules"],
  ["report", "x", "--output", "--stats"],
  ["report", "x", "-f"],
  ["report", "x", "--jobs"],
  ["report", "x", "--no-stats", "--stats"],
  ["report", "x", "--color=false"],
  ["report", "x", "-j", "-2"],
  ["report", "x", "--jobs", "2e0"],
  ["report", "x", "--input-format", "JSONL"],
  ["report", "x", "--output", "5"],
  ["report", "x", "--rules", "7"],
  ["report", "-x"],
  ["report", "x", "-"],
  ["report", "x", STDIN],
  ["report", "x", "--quiet=yes"],
  ["report", "x", "--fail-on"],
  ["report", "x", "--format.json"],
  ["report", "x", "--__proto__", "y"],
];

/** What yargs picks for `argv`, or the kind of failure. */
async function viaYargs(argv: string[]) {
  const capture = io();
  try {
    const parsed = await parseCommandLine(argv, capture);
    return parsed.usageError ? "usage error" : parsed.work;
  } catch {
    return "thrown";
  }
}

describe("the quick parse of report arguments", () => {
  it.each(common.map((argv) => [argv]))("takes %j, and reads it as yargs does", async (argv) => {
    const quick = await quickReportArgs(argv, io());
    expect(quick).toBeDefined();
    expect(await viaYargs(argv)).toEqual({ command: "report", args: quick });
  });

  it.each(others.map((argv) => [argv]))("leaves %j to yargs", async (argv) => {
    expect(await quickReportArgs(argv, io())).toBeUndefined();
  });

  it.each(odd.map((argv) => [argv]))("reads %j as yargs does, or leaves it to yargs", async (argv) => {
    const quick = await quickReportArgs(argv, io());
    if (quick) expect(await viaYargs(argv)).toEqual({ command: "report", args: quick });
  });

  it("fills the same defaults as yargs", async () => {
    expect(await quickReportArgs(["report", "x"], io())).toEqual({ paths: ["x"], format: "stylish", rules: [], failOn: "never", stats: false, inputFormat: "files", jobs: 3, quiet: false });
  });
});
