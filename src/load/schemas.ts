/**
 * Schema loading and ajv set-up. One ajv instance with `allErrors` (every problem at once) and
 * `verbose` (so messages can quote the offending value); schemas are read from schemas/.
 */
import { readFileSync, existsSync } from "node:fs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import ajvErrorsModule from "ajv-errors";

// ajv-errors is CommonJS with `exports.default`; under NodeNext the function sits one level down.
type AjvErrors = (ajv: Ajv) => Ajv;
const ajvErrors = ((ajvErrorsModule as unknown as { default?: AjvErrors }).default ?? ajvErrorsModule) as unknown as AjvErrors;

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

const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
ajvErrors(ajv);
let claimSchemaAdded = false;

/** Reads a schema from schemas/. */
export async function readSchema(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await fs.readFile(path.join(packageRoot(), "schemas", name), "utf8")) as Record<string, unknown>;
}

/** Compiles a schema with the shared ajv instance. */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  return ajv.compile(schema);
}

let claimValidator: ValidateFunction | undefined;
let reportValidator: ValidateFunction | undefined;

function addClaimSchema(): void {
  if (claimSchemaAdded) return;
  ajv.addSchema(JSON.parse(readFileSync(path.join(packageRoot(), "schemas", "claim.schema.json"), "utf8")) as Record<string, unknown>);
  claimSchemaAdded = true;
}

/** Validator for schemas/claim.schema.json. */
export function claimValidatorSync(): ValidateFunction {
  if (claimValidator) return claimValidator;
  addClaimSchema();
  const validate = ajv.getSchema("https://crosscheck.local/schemas/claim.schema.json");
  if (!validate) throw new Error("claim schema did not compile");
  claimValidator = validate;
  return validate;
}

/** Validator for schemas/report.schema.json. */
export function reportValidatorSync(): ValidateFunction {
  if (reportValidator) return reportValidator;
  addClaimSchema();
  const schema = JSON.parse(readFileSync(path.join(packageRoot(), "schemas", "report.schema.json"), "utf8")) as Record<string, unknown>;
  const validate = ajv.compile(schema);
  reportValidator = validate;
  return validate;
}
