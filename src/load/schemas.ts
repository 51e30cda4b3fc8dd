/**
 * Schema validators. The build compiles crosscheck's own schemas (and the options schemas of its
 * built-in code rules) to standalone ajv code in dist/generated/validators/ (see
 * scripts/gen-validators.ts): loading and running ajv's compiler took about a quarter of a
 * second of every start-up. A schema without an up-to-date generated validator (a user rule's
 * options schema, or a schema edited since the last build) is compiled at run time by one shared
 * ajv instance, with the same options, so both ways give the same errors.
 */
import { readFileSync, existsSync } from "node:fs";
import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Ajv, Options, ValidateFunction } from "ajv";

// ajv is CommonJS; requiring it synchronously keeps the validator getters synchronous.
const require = createRequire(import.meta.url);

/** `allErrors`: every problem at once; `verbose`: messages can quote the offending value. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: false } as const satisfies Options;

/** The folder, under the package root, that holds the generated validators. */
export const GENERATED_VALIDATORS_DIR = path.join("dist", "generated", "validators");

let root: string | undefined;

/** The folder holding crosscheck's package.json (works from src/ under Jest and from dist/src/). */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = path.join(dir, "package.json");
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, "utf8")).name === "crosscheck") return (root = dir);
    dir = path.dirname(dir);
  }
  throw new Error("cannot find crosscheck's package.json");
}

/** A new ajv instance with crosscheck's options and ajv-errors (`errorMessage` in user schemas). */
export function newAjv(extra: Options = {}): Ajv {
  const { Ajv: AjvClass } = require("ajv") as typeof import("ajv");
  // ajv-errors is CommonJS with `exports.default`.
  const ajvErrors = (require("ajv-errors") as { default: (ajv: Ajv) => Ajv }).default;
  return ajvErrors(new AjvClass({ ...AJV_OPTIONS, ...extra }));
}

/**
 * What a generated validator was compiled from: the schema and the schemas its `$ref`s reach.
 * A generated validator is used only when its key equals the key of the schema asked for.
 */
export function schemaKey(schema: Record<string, unknown>, refs: Record<string, unknown>[] = []): string {
  return JSON.stringify([schema, ...refs]);
}

type GeneratedValidator = ValidateFunction & { schemaKey?: string };

function generated(name: string, key: string): ValidateFunction | undefined {
  const file = path.join(packageRoot(), GENERATED_VALIDATORS_DIR, `${name}.cjs`);
  if (!existsSync(file)) return undefined;
  const validate = require(file) as GeneratedValidator;
  return validate.schemaKey === key ? validate : undefined;
}

/** Reads a schema from schemas/. */
export async function readSchema(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await fs.readFile(path.join(packageRoot(), "schemas", name), "utf8")) as Record<string, unknown>;
}

function readSchemaSync(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(packageRoot(), "schemas", name), "utf8")) as Record<string, unknown>;
}

export interface CompileOptions {
  /** The generated validator to try (a file name under dist/generated/validators/, without .cjs). */
  name?: string;
  /** Schemas the schema refers to by `$id`, added to the shared instance before compiling. */
  refs?: Record<string, unknown>[];
  /** Other schemas refer to this one (it has an `$id`): the shared instance adds it once. */
  refTarget?: boolean;
}

let shared: Ajv | undefined;
/** `$id`s of the schemas added to the shared instance (each may be added only once). */
const sharedRefs = new Set<string>();

/** The generated validator for `schema` when it is up to date, else one compiled by the shared ajv instance. */
export function compileSchema(schema: Record<string, unknown>, options: CompileOptions = {}): ValidateFunction {
  const refs = options.refs ?? [];
  const ready = options.name ? generated(options.name, schemaKey(schema, refs)) : undefined;
  if (ready) return ready;
  shared ??= newAjv();
  for (const ref of refs) addShared(shared, ref);
  return options.refTarget ? addShared(shared, schema) : shared.compile(schema);
}

function addShared(ajv: Ajv, schema: Record<string, unknown>): ValidateFunction {
  const id = String(schema.$id);
  if (!sharedRefs.has(id)) {
    ajv.addSchema(schema);
    sharedRefs.add(id);
  }
  const validate = ajv.getSchema(id);
  if (!validate) throw new Error(`schema ${id} did not compile`);
  return validate;
}

let claimValidator: ValidateFunction | undefined;
let reportValidator: ValidateFunction | undefined;

/** Validator for schemas/claim.schema.json. */
export function claimValidatorSync(): ValidateFunction {
  return (claimValidator ??= compileSchema(readSchemaSync("claim.schema.json"), { name: "claim", refTarget: true }));
}

/** Validator for schemas/report.schema.json. */
export function reportValidatorSync(): ValidateFunction {
  return (reportValidator ??= compileSchema(readSchemaSync("report.schema.json"), { name: "report", refs: [readSchemaSync("claim.schema.json")] }));
}
