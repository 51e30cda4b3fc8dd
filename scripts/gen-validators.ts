/**
 * Build step (after tsc, from `npm run build` and `prepare`): compiles crosscheck's schemas and the
 * options schemas of its built-in code rules to standalone ajv validators, one CommonJS file each
 * in dist/generated/validators/, so a run does not load ajv's compiler. Each file records the key
 * of what it was compiled from (see schemaKey); src/load/schemas.ts uses it only while the key
 * still matches. Usage: gen-validators
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import standalone from "ajv/dist/standalone/index.js";
import type { ValidateFunction } from "ajv";

// ajv/dist/standalone is CommonJS: under NodeNext the default import is module.exports, which also carries `default`.
import type { CodeRule } from "../src/compare/rule-api.js";
import { GENERATED_VALIDATORS_DIR, newAjv, packageRoot, schemaKey } from "../src/load/schemas.js";

type Schema = Record<string, unknown>;

const root = packageRoot();
const readSchema = (name: string) => JSON.parse(readFileSync(path.join(root, "schemas", name), "utf8")) as Schema;
const ajv = newAjv({ code: { source: true } });
const out: Array<{ name: string; validate: ValidateFunction; key: string }> = [];

// The same calls as src/load/schemas.ts makes at run time, on one instance.
const claim = readSchema("claim.schema.json");
ajv.addSchema(claim);
out.push({ name: "claim", validate: ajv.getSchema(String(claim.$id))!, key: schemaKey(claim) });
const report = readSchema("report.schema.json");
out.push({ name: "report", validate: ajv.compile(report), key: schemaKey(report, [claim]) });
for (const name of ["rule", "entities", "event-type"]) {
  const schema = readSchema(`${name}.schema.json`);
  out.push({ name, validate: ajv.compile(schema), key: schemaKey(schema) });
}
for (const file of readdirSync(path.join(root, "schemas", "kinds")).filter((f) => f.endsWith(".json")).sort()) {
  const schema = readSchema(`kinds/${file}`);
  out.push({ name: `kind-${file.replace(/\.json$/, "")}`, validate: ajv.compile(schema), key: schemaKey(schema) });
}
for (const file of readdirSync(path.join(root, "rules")).filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith(".d.ts")).sort()) {
  const id = file.replace(/\.(ts|js|mjs)$/, "");
  const entry = file.endsWith(".ts") ? path.join(root, "dist", "rules", `${id}.js`) : path.join(root, "rules", file);
  if (!existsSync(entry)) continue;
  const schema = ((await import(pathToFileURL(entry).href)) as { default?: CodeRule }).default?.meta?.optionsSchema;
  if (schema) out.push({ name: `options-${id}`, validate: ajv.compile(schema), key: schemaKey(schema) });
}

const dir = path.join(root, GENERATED_VALIDATORS_DIR);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const { name, validate, key } of out) {
  writeFileSync(path.join(dir, `${name}.cjs`), `${standalone.default(ajv, validate)}\nmodule.exports.schemaKey = ${JSON.stringify(key)};\n`);
}
process.stdout.write(`gen-validators: ${out.length} validators in ${path.relative(root, dir)}\n`);
