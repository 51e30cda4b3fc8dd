/** Runs the CLI in-process with captured output, a fixed clock and no colour unless asked. */
import { run, type CliIO } from "../../src/cli.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], overrides: Partial<CliIO> = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  let tick = 0;
  const code = await run(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    env: {},
    now: () => new Date("2026-11-23T12:00:00.000Z"),
    clock: () => (tick += 1),
    ...overrides,
  });
  return { code, stdout, stderr };
}
