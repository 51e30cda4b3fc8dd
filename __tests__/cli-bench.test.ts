/** `npm run bench` writes its own untracked file unless asked to record (bench/run.ts; nothing is timed here). */
import { describe, it, expect } from "@jest/globals";
import path from "node:path";
import { parseArgs, replaceBlock } from "../bench/run.js";

describe("bench options", () => {
  it("writes bench/last-run.md by default, and never the record", () => {
    const options = parseArgs([]);
    expect(path.basename(options.out)).toBe("last-run.md");
    expect(options.record).toBe(false);
  });

  it("--record writes bench/results.md (and the README tables)", () => {
    const options = parseArgs(["--record", "--sizes", "1000"]);
    expect(path.basename(options.out)).toBe("results.md");
    expect(options.record).toBe(true);
  });

  it.each([
    [["--seed", "abc"], /--seed takes a whole number/],
    [["--jobs-size", "5"], /--jobs-size takes a whole number of at least 10/],
    [["--sizes", "ten"], /--sizes takes whole numbers/],
    [["--fast"], /unknown option --fast/],
  ])("%j is refused with a one-line message", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe("replaceBlock", () => {
  const doc = "intro\n<!-- bench:table -->\nold\n<!-- /bench:table -->\nafter\n";
  it("replaces what lies between the markers and keeps the rest", () => {
    expect(replaceBlock(doc, "bench:table", "| new |")).toBe("intro\n<!-- bench:table -->\n| new |\n<!-- /bench:table -->\nafter\n");
  });
  it("leaves a document without the block as it is", () => {
    expect(replaceBlock(doc, "bench:targets", "x")).toBe(doc);
  });
});
