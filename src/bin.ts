#!/usr/bin/env node
/** Process entry point: wires the real process, console and clock into the CLI. */
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { run } from "./cli.js";

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
});
process.exitCode = code;
