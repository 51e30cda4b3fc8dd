/**
 * The command line's side of the input contract: options checked with one-line messages before
 * any work, the output path checked before reading, exit 3 for a field left out, the same
 * statistics in every format, and --color over NO_COLOR (no-color.org).
 */
import { jest } from "@jest/globals";
import { describe, it, expect } from "@jest/globals";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

// Each case runs whole reports; a shared machine can be slow.
jest.setTimeout(60_000);

const SAMPLE = "samples/000_90b6b6efa84f1162.txt";

describe("numeric and date options", () => {
  it.each([
    [["report", "samples", "--jobs", "abc"], '--jobs must be a whole number from 1 to 256 (got "abc")'],
    [["report", "samples", "--jobs", "0"], '--jobs must be a whole number from 1 to 256 (got "0")'],
    [["report", "samples", "-j", "2.5"], '--jobs must be a whole number from 1 to 256 (got "2.5")'],
    [["report", "samples", "--jobs", "1e3"], '--jobs must be a whole number from 1 to 256 (got "1e3")'],
    [["times", "samples", "--published", "yesterday"], '--published must be an ISO date or date-time that exists, such as 2026-01-21 (got "yesterday")'],
    [["times", "samples", "--published", "2026-02-30"], '--published must be an ISO date or date-time that exists, such as 2026-01-21 (got "2026-02-30")'],
  ])("%j is a usage error with one line (exit 2)", async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe(`crosscheck: ${message}`);
    expect(result.stderr).not.toMatch(/NaN|at \w+ \(/);
    expect(result.stdout).toBe("");
  });

  it("--jobs 2 is accepted", async () => {
    const result = await runCli(["report", SAMPLE, "--jobs", "2", "--format", "json"]);
    expect(result.code).toBe(0);
  });
});

describe("--output", () => {
  const dir = tempDir("crosscheck-output-");
  writeFileSync(path.join(dir, "file"), "x");
  it.each([
    ["in a folder that does not exist", path.join(dir, "missing", "report.json"), /folder .*missing does not exist/],
    ["under a file", path.join(dir, "file", "report.json"), /a part of the path is a file/],
    ["that is a folder", dir, /it is a folder/],
  ])("a path %s is refused before any work: one line, exit 2", async (_name, output, reason) => {
    // The input does not exist either: the output is checked first, so that is not what is said.
    const result = await runCli(["report", "no-such-input", "--format", "json", "--output", output]);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(new RegExp(`^crosscheck: cannot write --output ${output.replace(/[/\\.]/g, "\\$&")}: `));
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).not.toMatch(/internal error|no-such-input/);
    expect(result.stdout).toBe("");
  });

  it("a new file in a folder that exists is written", async () => {
    const output = path.join(dir, "report.json");
    const result = await runCli(["report", SAMPLE, "--format", "json", "--output", output]);
    expect(result.code).toBe(0);
    expect(existsSync(output)).toBe(true);
  });
});

describe("exit 3 for a field left out", () => {
  it("an impossible date is a problem naming the file and the field, and the article is still reported", async () => {
    const dir = tempDir("crosscheck-fields-");
    writeFileSync(path.join(dir, "a.md"), "---\npublished: 2026-02-30\nlang: en\n---\nThe minister met the mayor in Paris on Tuesday.\n");
    const result = await runCli(["report", dir, "--format", "json"]);
    expect(result.code).toBe(3);
    const report = JSON.parse(result.stdout) as { documents: Array<{ id: string; published?: string }>; problems: Array<{ code: string; message: string }> };
    expect(report.documents.map((d) => [d.id, d.published])).toEqual([["a", undefined]]);
    expect(report.problems.find((p) => p.code === "bad-field")?.message).toBe(
      `${path.join(dir, "a.md")}: front matter "published" must be an ISO date or date-time that exists, such as 2026-01-21 or 2026-01-21T09:30:00Z (got "2026-02-30"); the field is ignored`,
    );
  });

  it("two index.md files in different folders are both reported, by their paths", async () => {
    const dir = tempDir("crosscheck-index-");
    for (const [folder, place] of [["paris", "Paris"], ["rome", "Rome"]]) {
      mkdirSync(path.join(dir, folder));
      writeFileSync(path.join(dir, folder, "index.md"), `---\npublished: 2026-01-21\nlang: en\n---\nThe minister met the mayor in ${place} on Tuesday.\n`);
    }
    const result = await runCli(["report", dir, "--format", "json"]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { documents: Array<{ id: string }> }).documents.map((d) => d.id)).toEqual(["paris/index", "rome/index"]);
  });
});

describe("--stats", () => {
  it("stylish prints every field json gives", async () => {
    const io = { peakRssMB: () => 123, cpuMs: () => 456 };
    const json = await runCli(["report", "samples", "--format", "json", "--stats"], io);
    const stats = (JSON.parse(json.stderr.trim().split("\n").at(-1)!) as { stats: Record<string, unknown> & { ms: Record<string, number> } }).stats;
    const stylish = await runCli(["report", "samples", "--stats"], io);
    const line = stylish.stdout.split("\n").find((l) => l.startsWith("stats: "))!;
    const labels: Record<string, string> = {
      articles: `${stats.articles} articles`, bytes: "MB", claims: `${stats.claims} claims`, events: `${stats.events} events`,
      candidatePairs: `${stats.candidatePairs} candidate pairs`, pairsCompared: `${stats.pairsCompared} pairs compared`, findings: `${stats.findings} findings`,
      workers: `${stats.workers} worker threads`, peakRssMB: "peak RSS 123 MB", cpuMs: "CPU 456 ms",
    };
    for (const key of Object.keys(stats)) {
      if (key === "ms") for (const stage of Object.keys(stats.ms)) expect(line).toContain(`${stage} `);
      else expect(line).toContain(labels[key]);
    }
  });
});

describe("colour", () => {
  it("--color overrides NO_COLOR, as no-color.org asks; without it NO_COLOR wins", async () => {
    const forced = await runCli(["report", SAMPLE, "--color"], { isTTY: true, env: { NO_COLOR: "1" } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const plain = await runCli(["report", SAMPLE], { isTTY: true, env: { NO_COLOR: "1" } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });
});
