/** End-to-end: the CLI on samples/ and on bad input, in-process and through the real binary. */
import { describe, it, expect, beforeAll } from "@jest/globals";
import { writeFileSync, readFileSync, existsSync, readdirSync, copyFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { runCli } from "./helpers/cli.js";
import { reportValidatorSync } from "../src/load/schemas.js";
import { scoreReport, type ExpectedFinding, type MustNot } from "../src/testing/score.js";
import { tempDir } from "./helpers/tmp.js";

interface JsonReport {
  documents: Array<{ id: string; claims: number }>;
  claims: Array<{ id: string; doc: string; evidence: { quote: string; span: [number, number] } }>;
  findings: Array<{ verdict: string; aspect: string; docs: string[]; qualifiers: string[]; claims: Array<{ doc: string; quote: string; span: [number, number] }>; explanation: string; rule: string; event: string }>;
  summary: { conflicts: number; agreements: number; documents: number };
}

const expected = JSON.parse(readFileSync("samples/expected.json", "utf8")) as { findings: ExpectedFinding[]; must_not: MustNot[] };
let report: JsonReport;
let raw: string;

beforeAll(async () => {
  const result = await runCli(["report", "samples", "--format", "json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  raw = result.stdout;
  report = JSON.parse(raw) as JsonReport;
});

describe("crosscheck report samples --format json", () => {
  it("matches schemas/report.schema.json", () => {
    const validate = reportValidatorSync();
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(report)).toBe(true);
  });

  it("reads all five samples", () => {
    expect(report.documents.map((d) => d.id)).toEqual([
      "000_90b6b6efa84f1162", "001_f012b450b39f83f0", "002_e23f36fa3f38e68e", "003_8ee9009b7c0d867b", "004_45b2951d63e072c4",
    ]);
    expect(report.documents.every((d) => d.claims > 0)).toBe(true);
  });

  it.each(expected.findings.filter((f) => f.level === "must").map((f) => [f.id, f] as const))("finds the must finding %s", (_id, finding) => {
    const score = scoreReport(report, { findings: [finding] });
    expect(score.must.missed).toEqual([]);
  });

  it.each(expected.must_not.map((n) => [n.id, n] as const))("does not raise the false alarm %s", (_id, mustNot) => {
    expect(scoreReport(report, { findings: [], must_not: [mustNot] }).falseAlarms).toEqual([]);
  });

  it("quotes are exact substrings of the bodies at their spans", () => {
    const bodies = new Map<string, string>();
    for (const d of report.documents) {
      const text = readFileSync(path.join("samples", `${d.id}.txt`), "utf8");
      bodies.set(d.id, text.replace(/^---\n[\s\S]*?\n---\n/, ""));
    }
    for (const f of report.findings) {
      for (const c of f.claims) expect(bodies.get(c.doc)!.slice(c.span[0], c.span[1])).toBe(c.quote);
    }
  });

  it("every finding explains itself: both docs, a rule, an event and an explanation naming both documents", () => {
    for (const f of report.findings) {
      expect(f.docs).toHaveLength(2);
      expect(f.rule).toMatch(/^[a-z-]+$/);
      expect(f.event.length).toBeGreaterThan(0);
      expect(f.explanation).toContain(f.docs[0]);
      expect(f.explanation).toContain(f.docs[1]);
    }
  });

  it("is deterministic apart from generatedAt", async () => {
    const again = await runCli(["report", "samples", "--format", "json"], { now: () => new Date("2030-01-01T00:00:00.000Z") });
    const strip = (s: string) => s.replace(/"generatedAt": "[^"]+"/, "");
    expect(strip(again.stdout)).toBe(strip(raw));
  });

  it("reports mirrored pairs once", () => {
    const keys = report.findings.map((f) => `${[...f.claims.map((c) => c.quote)].sort().join("|")}|${f.aspect}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("copies of one text and events", () => {
  it("lists an article's copies once, as one source, and compares them with nothing", async () => {
    const dir = tempDir("crosscheck-copies-");
    for (const name of readdirSync("samples").filter((f) => f.endsWith(".txt"))) copyFileSync(path.join("samples", name), path.join(dir, name));
    // The same body under two other ids, as sites republishing an agency story give it.
    const body = readFileSync("samples/000_90b6b6efa84f1162.txt", "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
    writeFileSync(path.join(dir, "900_copy.txt"), `---\nid: 900_copy\nsource: Reprint Daily\n---\n${body}`);
    writeFileSync(path.join(dir, "901_copy.txt"), `Updated at noon.\n\n${body}`);
    const result = await runCli(["report", dir, "--format", "json"]);
    expect(result.code).toBe(0);
    const copied = JSON.parse(result.stdout) as JsonReport & { duplicates: Array<{ doc: string; copies: string[] }> };
    expect(copied.duplicates).toEqual([{ doc: "000_90b6b6efa84f1162", copies: ["900_copy", "901_copy"], similarity: expect.any(Number) }]);
    expect(copied.findings.some((f) => f.docs.includes("900_copy") || f.docs.includes("901_copy"))).toBe(false);
    expect(copied.findings.length).toBe(report.findings.length);
    expect(reportValidatorSync()(copied)).toBe(true);
    const stylish = await runCli(["report", dir]);
    expect(stylish.stdout).toMatch(/Copies \(1\)\n\n {2}Reprint Daily, 901_copy same text as English-language international news site \(relays TASS, AP and the Financial Times\): counted as one source/);
  });

  it("gives each event its aspects and positions, conflicts first, each position with sources and one quote per document", () => {
    const events = (report as JsonReport & { events: Array<{ verdict: string; aspects: Array<{ verdict: string; positions: Array<{ docs: string[]; sources: string[]; quotes: Array<{ doc: string }>; against: number[] }> }> }> }).events;
    expect(events.length).toBeGreaterThan(0);
    const firstAgree = events.findIndex((e) => e.verdict === "agree");
    expect(events.slice(firstAgree).every((e) => e.verdict === "agree")).toBe(true);
    for (const e of events) {
      for (const a of e.aspects) {
        if (a.verdict === "conflict") expect(a.positions.length).toBeGreaterThan(1);
        else expect(a.positions).toHaveLength(1);
        for (const p of a.positions) {
          expect(p.quotes.map((q) => q.doc)).toEqual(p.docs);
          expect(p.sources.length).toBeGreaterThan(0);
        }
      }
    }
    // The week-old denial stands against the plans and the confirmation of the Moscow meeting: one aspect, not four findings' worth.
    const status = events.flatMap((e) => e.aspects).find((a) => a.verdict === "conflict" && a.positions.some((p) => p.docs.includes("003_8ee9009b7c0d867b")));
    expect(status).toBeDefined();
  });
});

describe("a much-reported event", () => {
  it("gives one finding per pair of positions, not per pair of its many sources, and lists every source in its positions", async () => {
    const dir = tempDir("crosscheck-many-");
    const words = ["river", "council", "harbour", "winter", "budget", "railway", "market", "festival", "museum", "forest", "bridge", "school", "orchard", "tunnel", "stadium", "library"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const filler = () => Array.from({ length: 12 }, () => `The ${words[Math.floor(next() * words.length)]} near the ${words[Math.floor(next() * words.length)]} was ${["busy", "quiet", "closed", "open"][Math.floor(next() * 4)]} that ${["morning", "evening", "week"][Math.floor(next() * 3)]}.`).join(" ");
    const sources = 16;
    for (let i = 0; i < sources; i++) {
      const duration = i % 4 === 3 ? "for five hours" : "for about two hours";
      writeFileSync(path.join(dir, `m${String(i).padStart(2, "0")}.txt`), `---\npublished: 2026-01-21\nsource: Outlet ${i}\n---\n${filler()}\n\nSteve Witkoff met Kirill Dmitriev in Davos on Tuesday ${duration}.\n\n${filler()}\n`);
    }
    const result = await runCli(["report", dir, "--format", "json"]);
    expect(result.code).toBe(0);
    const many = JSON.parse(result.stdout) as JsonReport & { duplicates: unknown[]; events: Array<{ aspects: Array<{ aspect: string; verdict: string; positions: Array<{ sources: string[] }> }> }> };
    expect(many.duplicates).toEqual([]);
    const duration = many.events.flatMap((e) => e.aspects).find((a) => a.aspect === "duration")!;
    expect(duration.verdict).toBe("conflict");
    expect(duration.positions.map((p) => p.sources.length).sort((x, y) => x - y)).toEqual([4, 12]);
    const durationFindings = many.findings.filter((f) => f.aspect === "duration");
    // Per pair of documents there would be 66 + 6 agreements and 48 conflicts.
    expect(durationFindings.filter((f) => f.verdict === "conflict")).toHaveLength(1);
    expect(durationFindings.filter((f) => f.verdict === "agree").length).toBeLessThanOrEqual(2);
  }, 120_000);
});

describe("a long article", () => {
  it("with thousands of mentions of one meeting completes, comparing each distinct value once", async () => {
    const dir = tempDir("crosscheck-long-");
    const variants = [
      "Steve Witkoff met Kirill Dmitriev in Davos on Tuesday for about two hours.",
      "The talks between Witkoff and Dmitriev in Davos lasted more than two hours, officials said.",
      "Witkoff and Dmitriev held a meeting in Davos on Tuesday that lasted three hours.",
      "Snow kept falling on the roads around the resort while the delegations met.",
    ];
    let body = "";
    for (let i = 0; body.length < 500_000; i++) body += `${variants[i % variants.length]}${i % 6 === 5 ? "\n\n" : " "}`;
    writeFileSync(path.join(dir, "long.txt"), `---\nid: long\npublished: 2026-01-21\nsource: Long Wire\n---\n${body}`);
    const result = await runCli(["report", dir, "--format", "json", "--stats"]);
    expect(result.code).toBe(0);
    const long = JSON.parse(result.stdout) as JsonReport & { stats: { claims: number; pairsCompared: number } };
    expect(long.stats.claims).toBeGreaterThan(3000);
    // Pairs grow with the distinct values, not with the mentions.
    expect(long.stats.pairsCompared).toBeLessThan(1000);
    expect(long.findings.every((f) => f.docs[0] === "long" && f.docs[1] === "long")).toBe(true);
  }, 180_000);
});

describe("stylish output", () => {
  it("puts conflicts first and ends with a summary line, without colour when not a TTY", async () => {
    const result = await runCli(["report", "samples"]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/\u001b\[/);
    const conflicts = result.stdout.indexOf("Conflicts (");
    const agreements = result.stdout.indexOf("Agreements (");
    expect(conflicts).toBeGreaterThanOrEqual(0);
    expect(agreements).toBeGreaterThan(conflicts);
    expect(result.stdout.trim().split("\n").pop()).toMatch(/5 documents, \d+ claims: \d+ conflicts?, \d+ agreements?, \d+ problems?/);
  });

  it("reads as a fact-check: events as headlines, positions with their sources, agreements a line each, intra-article points only with --intra", async () => {
    const result = await runCli(["report", "samples"]);
    // The denial of the Moscow meeting is one aspect of one event, with its source named by front matter.
    expect(result.stdout).toMatch(/✖ Steve Witkoff, Jared Kushner and Vladimir Putin meet in Moscow, 2026-01-22/);
    expect(result.stdout).toMatch(/● denied \(per a White House spokesman\) — English-language site relaying Bloomberg/);
    expect(result.stdout).not.toMatch(/per A White House/);
    expect(result.stdout).not.toMatch(/\[intra-document\] —/);
    expect(result.stdout).toMatch(/within a single article not shown \(--intra shows them\)/);
    const intra = await runCli(["report", "samples", "--intra"]);
    expect(intra.stdout).toMatch(/\[intra-document\] —/);
    expect(intra.stdout).not.toMatch(/not shown \(--intra/);
  });

  it("says 1 document, not 1 documents", async () => {
    const result = await runCli(["report", "samples/000_90b6b6efa84f1162.txt"]);
    expect(result.stdout.trim().split("\n").pop()).toMatch(/1 document, \d+ claims/);
  });

  it("uses colour on a TTY, and never with NO_COLOR", async () => {
    expect((await runCli(["report", "samples"], { isTTY: true })).stdout).toMatch(/\u001b\[/);
    expect((await runCli(["report", "samples"], { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(/\u001b\[/);
  });
});

describe("exit codes and errors", () => {
  const dir = tempDir("crosscheck-");
  const good = path.join(dir, "good.md");
  writeFileSync(good, "---\npublished: 2026-01-21\nlang: en\n---\nPutin and Witkoff met in Moscow on Tuesday for five hours.\n");
  const empty = path.join(dir, "empty.txt");
  writeFileSync(empty, "");
  const badFront = path.join(dir, "bad-front.md");
  writeFileSync(badFront, "---\npublished: [2026-01-21\nlang: en\n---\nText.\n");

  it("exits 2 and names the path when the only input is missing", async () => {
    const result = await runCli(["report", path.join(dir, "nope.txt")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("nope.txt: no such file or directory");
  });

  it("exits 2 for an empty file alone, naming the file", async () => {
    const result = await runCli(["report", empty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${empty}: the article is empty`);
  });

  it("reports malformed front matter with the file name and still processes the other inputs (exit 3)", async () => {
    const result = await runCli(["report", good, badFront, empty, "--format", "json"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`${badFront}: malformed front matter`);
    expect(result.stderr).toContain(`${empty}: the article is empty`);
    const json = JSON.parse(result.stdout) as JsonReport & { problems: Array<{ code: string; path: string }> };
    expect(json.documents.map((d) => d.id)).toEqual(["good"]);
    expect(json.problems.map((p) => p.code).sort()).toEqual(["empty", "front-matter"]);
  });

  it("exits 1 with --fail-on conflict when there is a conflict, 0 without", async () => {
    expect((await runCli(["report", "samples", "--fail-on", "conflict", "--format", "json"])).code).toBe(1);
    expect((await runCli(["report", "samples", "--fail-on", "never", "--format", "json"])).code).toBe(0);
  });

  it("exits 2 on an unknown option", async () => {
    const result = await runCli(["report", "samples", "--formt", "json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown argument/i);
  });

  it.each([["0"], ["1.5"], ["many"]])("exits 2 with a usage message, not an internal error, for --jobs %s", async (jobs) => {
    const result = await runCli(["report", "samples", "--jobs", jobs]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--jobs must be a whole number|Invalid values|number/i);
    expect(result.stderr).not.toMatch(/internal error/);
  });

  it("writes JSON to --output and nothing to stdout with --format json", async () => {
    const out = path.join(dir, "report.json");
    const result = await runCli(["report", "samples", "--format", "json", "--output", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(existsSync(out)).toBe(true);
    expect(reportValidatorSync()(JSON.parse(readFileSync(out, "utf8")))).toBe(true);
  });
});

describe("help", () => {
  it.each([[["--help"]], [["report", "--help"]], [["claims", "--help"]], [["times", "--help"]], [["rules", "--help"]], [["rules", "validate", "--help"]]])(
    "%j shows usage with examples",
    async (argv) => {
      const result = await runCli(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Examples:/);
    },
  );
});

describe("the installed binary", () => {
  it("prints the stylish report for samples/ (what npm start runs)", () => {
    const result = spawnSync(process.execPath, ["dist/src/bin.js", "report", "samples"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Conflicts \(\d+\)/);
  });
});
