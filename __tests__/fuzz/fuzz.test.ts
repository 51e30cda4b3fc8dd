/**
 * Property-based fuzzing of the whole CLI (see harness.ts): random bytes, mixed-script Unicode,
 * random and broken front matter, random JSON Lines, random rule and entity files. For every
 * case: no crash or hang, every input accounted for, output valid against the schemas; and for
 * every batch of cases (each case in its own folder, or its own lines), byte-identical output
 * (apart from generatedAt) with --jobs 1 and --jobs 2, in json and jsonl.
 *
 * In `npm test`: a fixed seed and a few cases per generator. `npm run fuzz` runs FUZZ_RUNS cases
 * per generator (default 10,000) with a random seed (or FUZZ_SEED), and prints the seed and the
 * shrunk counterexample of a failure.
 */
import { describe, it } from "@jest/globals";
import fc from "fast-check";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { articleFiles, BATCH, caseDir, checkCase, checkJobs, fuzzParameters, jsonlLines, randomBytes, removeDir, ruleFolders, unicodeFiles, writeFiles } from "./harness.js";

const CI_CASES = Number(process.env.FUZZ_CI_CASES ?? 8);
const TIMEOUT = process.env.FUZZ_RUNS !== undefined ? 24 * 3600_000 : 120_000;

/** Runs a property over batches of cases, each batch in a case folder removed afterwards. */
async function property<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (cases: T[], dir: string) => Promise<void>): Promise<void> {
  const parameters = fuzzParameters(CI_CASES);
  let cases = 0;
  const size = Math.min(BATCH, Math.max(1, process.env.FUZZ_RUNS !== undefined ? Number(process.env.FUZZ_RUNS) : CI_CASES));
  const batch = fc.array(arbitrary, { minLength: size, maxLength: size });
  const started = Date.now();
  try {
    await fc.assert(
      fc.asyncProperty(batch, async (values) => {
        cases += values.length;
        const dir = caseDir();
        try {
          await check(values, dir);
        } finally {
          removeDir(dir);
        }
      }),
      parameters as fc.Parameters<[T[]]>,
    );
  } catch (error) {
    // The seed of a failure, so it can be run again with FUZZ_SEED (fast-check's message has it too).
    process.stderr.write(`fuzz ${name}: FAILED with seed ${parameters.seed}\n`);
    throw error;
  }
  if (process.env.FUZZ_RUNS !== undefined) process.stderr.write(`fuzz ${name}: ${cases} cases in ${parameters.numRuns} batches passed in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${parameters.seed})\n`);
}

/** Each case's files in a folder of its own; each case checked, then the batch with --jobs 1 and 2. */
async function filesProperty<T>(name: string, arbitrary: fc.Arbitrary<T>, files: (value: T) => Array<{ name: string; bytes: Buffer }>, extra: string[] = []): Promise<void> {
  await property(name, arbitrary, async (values, dir) => {
    let inputs = 0;
    for (const [k, value] of values.entries()) {
      const folder = path.join(dir, "in", `case${k}`);
      const written = writeFiles(folder, files(value));
      await checkCase([folder], written, extra);
      inputs += written;
    }
    await checkJobs([path.join(dir, "in")], inputs, extra);
  });
}

describe("fuzzing the CLI", () => {
  it("random bytes as article files", async () => {
    await filesProperty("random bytes", randomBytes, (files) => files.map((bytes, i) => ({ name: `f${i}.txt`, bytes })));
  }, TIMEOUT);

  it("mixed-script Unicode articles", async () => {
    await filesProperty("unicode", unicodeFiles, (files) => files.map((bytes, i) => ({ name: `u${i}.md`, bytes })));
  }, TIMEOUT);

  it("random and broken front matter, repeated file names in folders", async () => {
    await filesProperty("front matter", articleFiles, (files) => files.map(([name, folder, ext, bytes]) => ({ name: `${folder}${name}${ext}`, bytes })));
  }, TIMEOUT);

  it("random JSON Lines", async () => {
    await property("jsonl", jsonlLines, async (values, dir) => {
      const all = path.join(dir, "all.jsonl");
      let inputs = 0;
      for (const [k, { lines, text }] of values.entries()) {
        const file = path.join(dir, `case${k}.jsonl`);
        writeFileSync(file, text);
        const count = lines.filter((l) => l.trim() !== "").length;
        await checkCase([file], count, ["--input-format", "jsonl"]);
        inputs += count;
      }
      writeFileSync(all, values.map((v) => v.text).join(""));
      await checkJobs([all], inputs, ["--input-format", "jsonl"]);
    });
  }, TIMEOUT);

  it("random rule and entity files", async () => {
    await property("rules", ruleFolders, async (values, dir) => {
      let inputs = 0;
      const all = path.join(dir, "all-rules");
      mkdirSync(path.join(all, "entities"), { recursive: true });
      for (const [k, { rules, entities, articles }] of values.entries()) {
        const rulesDir = path.join(dir, `rules${k}`);
        mkdirSync(path.join(rulesDir, "entities"), { recursive: true });
        rules.forEach(([id, text], i) => {
          writeFileSync(path.join(rulesDir, `${id}${i ? `-${i}` : ""}.json`), text);
          writeFileSync(path.join(all, `${id}-${k}-${i}.json`), text);
        });
        entities.forEach((text, i) => {
          writeFileSync(path.join(rulesDir, "entities", `e${i}.json`), text);
          writeFileSync(path.join(all, "entities", `e${k}-${i}.json`), text);
        });
        const folder = path.join(dir, "in", `case${k}`);
        const written = writeFiles(folder, articles.map((bytes, i) => ({ name: `a${i}.md`, bytes })));
        await checkCase([folder], written, ["--rules", rulesDir]);
        inputs += written;
      }
      await checkJobs([path.join(dir, "in")], inputs, ["--rules", all]);
    });
  }, TIMEOUT);
});
