#!/usr/bin/env node
/** Process entry point: wires the real process, console and clock into the CLI. */
import { performance } from "node:perf_hooks";
import { run } from "./cli.js";

const code = await run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  now: () => new Date(),
  clock: () => performance.now(),
});
process.exitCode = code;
