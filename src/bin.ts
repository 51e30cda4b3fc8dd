#!/usr/bin/env node
/** Process entry point: wires the real process, console and clock into the CLI. */
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { run } from "./cli.js";

// V8 compiles a regular expression to bytecode for its first match and again to machine code for
// its second. The lexicons' large Unicode patterns made that double compilation 0.1–0.2 s of a
// run on one article; compiled once, straight to machine code, a long run ends with the same code
// as before. How patterns are compiled changes, never what they match. Set before any pattern
// runs (the modules above only define theirs); it holds for the worker threads too.
setFlagsFromString("--no-regexp-tier-up");

// A reader that stops early (`crosscheck report … | head`) closes the pipe: stop quietly, as
// other command-line tools do, instead of failing on the next write.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const code = await run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  now: () => new Date(),
  clock: () => performance.now(),
  stdoutBytes: (bytes) => void process.stdout.write(bytes),
  stdin: process.stdin,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  ...(process.stderr.columns || process.stdout.columns ? { columns: process.stderr.columns || process.stdout.columns } : {}),
  cpus: availableParallelism(),
  // maxRSS is in kilobytes.
  peakRssMB: () => process.resourceUsage().maxRSS / 1024,
  cpuMs: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
});
process.exitCode = code;
