/**
 * Validators generated at build time (dist/generated/validators/, made by `npm run build`, which
 * `npm test` runs first) are used while they match their schemas, and report exactly what ajv
 * compiling the schema at run time reports.
 */
import { describe, it, expect } from "@jest/globals";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { ValidateFunction } from "ajv";
import { compileSchema, GENERATED_VALIDATORS_DIR, newAjv, packageRoot, schemaKey } from "../../src/load/schemas.js";

const schema = (name: string) => JSON.parse(readFileSync(path.join(packageRoot(), "schemas", name), "utf8")) as Record<string, unknown>;
const isGenerated = (validate: ValidateFunction) => typeof (validate as ValidateFunction & { schemaKey?: unknown }).schemaKey === "string";

/** Runs both validators on `data`; returns whether it passed and the errors, which must agree. */
function both(generated: ValidateFunction, compiled: ValidateFunction, data: unknown) {
  const a = generated(data);
  const b = compiled(data);
  expect(a).toBe(b);
  expect(generated.errors ?? null).toEqual(compiled.errors ?? null);
  return { valid: a, errors: generated.errors ?? [] };
}

describe("generated validators", () => {
  it("exist for every schema crosscheck ships, and are used while up to date", () => {
    const names = readdirSync(path.join(packageRoot(), GENERATED_VALIDATORS_DIR)).sort();
    expect(names).toEqual(expect.arrayContaining(["claim.cjs", "entities.cjs", "report.cjs", "rule.cjs", "options-travel-condition-match.cjs"]));
    for (const kind of readdirSync(path.join(packageRoot(), "schemas", "kinds"))) expect(names).toContain(`kind-${kind.replace(/\.json$/, "")}.cjs`);
    expect(isGenerated(compileSchema(schema("rule.schema.json"), { name: "rule" }))).toBe(true);
    expect(isGenerated(compileSchema(schema("kinds/numeric.json"), { name: "kind-numeric" }))).toBe(true);
  });

  it("are not used for a schema that changed since the build", () => {
    const changed = { ...schema("entities.schema.json"), description: "edited after the build" };
    const validate = compileSchema(changed, { name: "entities" });
    expect(isGenerated(validate)).toBe(false);
    expect(validate({ entities: [] })).toBe(true);
  });

  it("report the same errors as run-time compilation", () => {
    const ajv = newAjv();
    const rule = schema("rule.schema.json");
    const badRule = { description: 1, severity: "eror", aspect: "x", link: "event", appliesTo: ["meeting", "meeting"], compare: { kind: "numerc" }, colour: "red", tests: { valid: [] } };
    const ruleResult = both(compileSchema(rule, { name: "rule" }), ajv.compile(rule), badRule);
    expect(ruleResult.valid).toBe(false);
    expect(ruleResult.errors.map((e) => e.keyword)).toEqual(expect.arrayContaining(["type", "enum", "additionalProperties", "required"]));

    const entities = schema("entities.schema.json");
    expect(both(compileSchema(entities, { name: "entities" }), ajv.compile(entities), { entities: [{ id: "x", type: "persona", name: "X" }] }).valid).toBe(false);

    const numeric = schema("kinds/numeric.json");
    expect(both(compileSchema(numeric, { name: "kind-numeric" }), ajv.compile(numeric), { kind: "numeric", field: 3, tolerance: "a lot" }).valid).toBe(false);

    const claim = schema("claim.schema.json");
    ajv.addSchema(claim);
    const claimCompiled = ajv.getSchema(String(claim.$id))!;
    const claimGenerated = compileSchema(claim, { name: "claim", refTarget: true });
    expect(isGenerated(claimGenerated)).toBe(true);
    expect(both(claimGenerated, claimCompiled, { id: 5, kind: "meeting", span: [3] }).valid).toBe(false);

    const report = schema("report.schema.json");
    const reportGenerated = compileSchema(report, { name: "report", refs: [claim] });
    expect(isGenerated(reportGenerated)).toBe(true);
    expect(both(reportGenerated, ajv.compile(report), { tool: {}, claims: [{ id: 1 }] }).valid).toBe(false);
  });

  it("are keyed by the schema and the schemas it refers to", () => {
    expect(schemaKey({ a: 1 })).not.toBe(schemaKey({ a: 1 }, [{ b: 2 }]));
  });
});
