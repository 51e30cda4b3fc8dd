/**
 * Loads comparison rules and entity registries from rules/ and from user folders (`--rules DIR`).
 * Every configuration problem is collected (bad JSON, schema violations, unknown kinds, bad
 * options, duplicate ids, code rules that fail to load) and returned together: the CLI stops
 * with exit code 2 and prints them all, each with its file, JSON pointer and a hint.
 */
import { promises as fs, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import levenshtein from "fast-levenshtein";
import type { ErrorObject, ValidateFunction } from "ajv";
import type { CodeRule, Rule, RuleMeta, RuleTests } from "../compare/rule-api.js";
import { KINDS, KIND_NAMES, type KindContext } from "../compare/kinds/index.js";
import type { EntityDef } from "../normalize/entities.js";
import { checkRegistry, type LocatedEntity } from "./registry-check.js";
import type { EventTypeDef } from "../extract/event-types.js";
import { compileSchema, packageRoot, readSchema } from "./schemas.js";

/** A configuration problem; all of them are reported before the run stops. */
export class ConfigError {
  constructor(
    readonly code: string,
    readonly file: string,
    readonly pointer: string,
    readonly message: string,
  ) {}

  /** `rules/x.json /compare/kind [unknown-kind]: ...` */
  toString(): string {
    return `${this.file}${this.pointer ? ` ${this.pointer}` : ""} [${this.code}]: ${this.message}`;
  }
}

export interface RuleSet {
  rules: Rule[];
  entities: EntityDef[];
  /** Event types (rules/events/*.json and `events/` of each folder); a later type replaces one of the same id. */
  eventTypes: EventTypeDef[];
  /** The event types that came from user folders (what a run adds to the built-in ones). */
  userEventTypes: EventTypeDef[];
  errors: ConfigError[];
}

/** The rules/ folder that ships with crosscheck. */
export function builtInRulesDir(): string {
  return path.join(packageRoot(), "rules");
}

/** Loads the built-in rules and registries, then each user folder in order (later ids replace earlier). */
export async function loadRuleSet(userDirs: string[] = [], options: { builtIn?: boolean } = {}): Promise<RuleSet> {
  const errors: ConfigError[] = [];
  const byId = new Map<string, Rule>();
  const located: LocatedEntity[] = [];
  const eventTypes = new Map<string, EventTypeDef>();
  const userEventTypes: EventTypeDef[] = [];
  const dirs = [...(options.builtIn === false ? [] : [{ dir: builtInRulesDir(), builtIn: true }]), ...userDirs.map((dir) => ({ dir, builtIn: false }))];
  for (const { dir, builtIn } of dirs) {
    if (!existsSync(dir)) {
      errors.push(new ConfigError("missing-rules-dir", dir, "", "no such folder"));
      continue;
    }
    located.push(...(await loadEntities(dir, errors)));
    for (const t of await loadEventTypes(path.join(dir, "events"), errors)) {
      eventTypes.set(t.id, t);
      if (!builtIn) userEventTypes.push(t);
    }
    const seenHere = new Set<string>();
    for (const file of await ruleFiles(dir)) {
      const id = path.basename(file).replace(/\.(json|ts|js|mjs)$/, "");
      if (seenHere.has(id)) {
        errors.push(new ConfigError("duplicate-id", file, "", `rule id "${id}" is defined twice in ${dir} (one .json and one code file?)`));
        continue;
      }
      seenHere.add(id);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
        errors.push(new ConfigError("bad-id", file, "", `rule file names are rule ids and must be kebab-case (got "${id}")`));
        continue;
      }
      const before = errors.length;
      const loaded = file.endsWith(".json") ? await loadJsonRule(file, id, builtIn, byId, errors) : await loadCodeRule(file, id, builtIn, errors);
      if (loaded && errors.length === before) byId.set(id, loaded);
    }
  }
  for (const p of checkRegistry(located)) errors.push(new ConfigError(p.code, p.file, p.pointer, p.message));
  const entities = located.map((l) => l.def);
  const rules = [...byId.values()].filter((r) => r.meta.severity !== "off").sort((a, b) => (a.id < b.id ? -1 : 1));
  return { rules, entities, eventTypes: [...eventTypes.values()], userEventTypes, errors };
}

/** Rule files of a folder: *.json and code rules (*.ts, or compiled *.js / *.mjs). */
async function ruleFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(json|ts|mjs|js)$/.test(e.name) && !e.name.endsWith(".d.ts") && !e.name.startsWith("."))
    .map((e) => path.join(dir, e.name))
    .sort();
}

let ruleValidator: ValidateFunction | undefined;
const kindValidators = new Map<string, ValidateFunction>();
let entitiesValidator: ValidateFunction | undefined;

async function loadJsonRule(file: string, id: string, builtIn: boolean, existing: Map<string, Rule>, errors: ConfigError[]): Promise<Rule | undefined> {
  const data = await readJson(file, errors);
  if (data === undefined) return undefined;
  // A file that only sets a severity overrides a rule loaded before it: `{ "severity": "off" }`.
  if (isSeverityOverride(data)) {
    const target = existing.get(id);
    if (!target) {
      errors.push(new ConfigError("unknown-rule", file, "", `sets only a severity, but there is no rule "${id}" to override`));
      return undefined;
    }
    return { ...target, meta: { ...target.meta, severity: data.severity } };
  }
  ruleValidator ??= compileSchema(await readSchema("rule.schema.json"), { name: "rule" });
  if (!ruleValidator(data)) {
    for (const e of ruleValidator.errors ?? []) errors.push(schemaError(file, e));
    return undefined;
  }
  const spec = data as JsonRuleSpec;
  const kind = spec.compare.kind;
  if (!KINDS[kind]) return undefined;
  let validateKind = kindValidators.get(kind);
  if (!validateKind) {
    validateKind = compileSchema(await readSchema(`kinds/${kind}.json`), { name: `kind-${kind}` });
    kindValidators.set(kind, validateKind);
  }
  if (!validateKind(spec.compare)) {
    for (const e of validateKind.errors ?? []) errors.push(schemaError(file, e, "/compare"));
    return undefined;
  }
  return jsonRule(spec, id, file, builtIn);
}

interface JsonRuleSpec {
  description: string;
  severity: RuleMeta["severity"];
  aspect: string;
  link: RuleMeta["link"];
  appliesTo: RuleMeta["appliesTo"];
  requireOne?: RuleMeta["appliesTo"];
  where?: RuleMeta["where"];
  own?: string[];
  same?: string[];
  compare: { kind: string } & Record<string, unknown>;
  messages?: Record<string, string>;
  tests: RuleTests;
}

const DEFAULT_MESSAGES = {
  agree: "{{a.doc}} ({{a.value}}) and {{b.doc}} ({{b.value}}) agree.",
  conflict: "{{a.doc}} reports {{a.value}}, but {{b.doc}} reports {{b.value}}.",
};

/** Turns a validated JSON rule into the engine's one rule shape. */
export function jsonRule(spec: JsonRuleSpec, id: string, file: string, builtIn: boolean): Rule {
  const { kind, ...options } = spec.compare;
  const fn = KINDS[kind]!;
  const meta: RuleMeta = {
    description: spec.description,
    severity: spec.severity,
    aspect: spec.aspect,
    link: spec.link,
    appliesTo: spec.appliesTo,
    messages: { ...DEFAULT_MESSAGES, ...(spec.messages ?? {}) },
  };
  if (spec.own) meta.own = spec.own;
  if (spec.requireOne) meta.requireOne = spec.requireOne;
  if (spec.where) meta.where = spec.where;
  if (spec.same) meta.same = spec.same;
  return {
    id,
    file,
    origin: "json",
    kind,
    builtIn,
    meta,
    options,
    tests: spec.tests,
    compare(a, b, ctx) {
      return fn(a, b, options, ctx as KindContext);
    },
  };
}

function isSeverityOverride(data: unknown): data is { severity: RuleMeta["severity"] } {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data).filter((k) => k !== "$schema" && k !== "description");
  const severity = (data as Record<string, unknown>).severity;
  return keys.length === 1 && keys[0] === "severity" && typeof severity === "string" && ["off", "info", "warning", "error"].includes(severity);
}

async function loadCodeRule(file: string, id: string, builtIn: boolean, errors: ConfigError[]): Promise<Rule | undefined> {
  let module: { default?: CodeRule; tests?: RuleTests };
  try {
    module = (await import(pathToFileURL(codeRuleEntry(file, builtIn)).href)) as { default?: CodeRule; tests?: RuleTests };
  } catch (error) {
    const hint = file.endsWith(".ts") ? " (TypeScript rules outside crosscheck's own rules/ must be compiled to .js or written as .mjs)" : "";
    errors.push(new ConfigError("load-failed", file, "", `cannot load code rule: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}${hint}`));
    return undefined;
  }
  const rule = module.default;
  const problems: string[] = [];
  if (!rule || typeof rule !== "object") problems.push("has no default export");
  else {
    if (typeof rule.compare !== "function") problems.push("default export has no compare(a, b, context) function");
    const meta = rule.meta as Partial<RuleMeta> | undefined;
    if (!meta) problems.push("default export has no meta");
    else {
      if (typeof meta.description !== "string") problems.push("meta.description must be a string");
      if (!["info", "warning", "error", "off"].includes(String(meta.severity))) problems.push("meta.severity must be info, warning, error or off");
      if (typeof meta.aspect !== "string") problems.push("meta.aspect must be a string");
      if (!["event", "person", "entity"].includes(String(meta.link))) problems.push("meta.link must be event, person or entity");
      if (!Array.isArray(meta.appliesTo) || meta.appliesTo.length === 0) problems.push("meta.appliesTo must list claim kinds");
      if (!meta.messages || typeof meta.messages !== "object") problems.push("meta.messages must map message ids to templates");
    }
  }
  let options: Record<string, unknown> = { ...(rule?.meta?.defaultOptions ?? {}) };
  if (rule?.meta?.optionsSchema) {
    try {
      const validate = compileSchema(rule.meta.optionsSchema, builtIn ? { name: `options-${id}` } : {});
      if (!validate(options)) for (const e of validate.errors ?? []) problems.push(`defaultOptions${e.instancePath} ${e.message ?? "is invalid"}`);
    } catch (error) {
      problems.push(`meta.optionsSchema does not compile: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length || !rule) {
    for (const p of problems) errors.push(new ConfigError("bad-code-rule", file, "", p));
    return undefined;
  }
  const loaded: Rule = {
    id,
    file,
    origin: "code",
    builtIn,
    meta: { ...rule.meta, messages: { ...DEFAULT_MESSAGES, ...rule.meta.messages } },
    options,
    compare: (a, b, ctx) => rule.compare(a, b, ctx),
  };
  if (module.tests) loaded.tests = module.tests;
  return loaded;
}

/** True when this module runs from dist/ (compiled), false when a TypeScript loader runs src/ (tests). */
const runningCompiled = fileURLToPath(import.meta.url).split(path.sep).includes("dist");

/**
 * Built-in TypeScript rules run from their compiled copy in dist/ (the source is what tests and the
 * type checker read); user .ts rules are imported as they are, which works where a TypeScript loader is active.
 */
function codeRuleEntry(file: string, builtIn: boolean): string {
  if (!file.endsWith(".ts")) return file;
  const compiled = path.join(packageRoot(), "dist", "rules", path.basename(file).replace(/\.ts$/, ".js"));
  if (builtIn && runningCompiled && existsSync(compiled)) return compiled;
  const sibling = file.replace(/\.ts$/, ".js");
  return existsSync(sibling) ? sibling : file;
}

/** The registry files of a rules folder (its entities/ folder), each entry with where it was written. */
async function loadEntities(rulesDir: string, errors: ConfigError[]): Promise<LocatedEntity[]> {
  const dir = path.join(rulesDir, "entities");
  if (!existsSync(dir)) return [];
  entitiesValidator ??= compileSchema(await readSchema("entities.schema.json"), { name: "entities" });
  const out: LocatedEntity[] = [];
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith(".json")).sort();
  for (const name of files) {
    const file = path.join(dir, name);
    const data = await readJson(file, errors);
    if (data === undefined) continue;
    // Entries the schema rejects are reported and left out; the others are still checked together, so every problem shows at once.
    const bad = new Set<number>();
    if (!entitiesValidator(data)) {
      for (const e of entitiesValidator.errors ?? []) {
        errors.push(schemaError(file, e));
        const entry = /^\/entities\/(\d+)/.exec(e.instancePath);
        if (!entry) bad.add(-1);
        else bad.add(Number(entry[1]));
      }
    }
    const list = (data as { entities?: unknown }).entities;
    if (bad.has(-1) || !Array.isArray(list)) continue;
    (list as EntityDef[]).forEach((def, index) => {
      if (!bad.has(index)) out.push({ def, file, index, dir: rulesDir });
    });
  }
  return out;
}

let eventTypeValidator: ValidateFunction | undefined;

/** Event types of a folder (`events/*.json`), validated; a trigger pattern that does not compile is a configuration problem too. */
async function loadEventTypes(dir: string, errors: ConfigError[]): Promise<EventTypeDef[]> {
  if (!existsSync(dir)) return [];
  eventTypeValidator ??= compileSchema(await readSchema("event-type.schema.json"), { name: "event-type" });
  const out: EventTypeDef[] = [];
  for (const name of (await fs.readdir(dir)).filter((f) => f.endsWith(".json")).sort()) {
    const file = path.join(dir, name);
    const id = name.replace(/\.json$/, "");
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      errors.push(new ConfigError("bad-id", file, "", `event type file names are type ids and must be kebab-case (got "${id}")`));
      continue;
    }
    const data = await readJson(file, errors);
    if (data === undefined) continue;
    if (!eventTypeValidator(data)) {
      for (const e of eventTypeValidator.errors ?? []) errors.push(schemaError(file, e));
      continue;
    }
    const { $schema: _schema, ...spec } = data as Omit<EventTypeDef, "id" | "file"> & { $schema?: string };
    const def: EventTypeDef = { ...spec, id, file };
    let bad = false;
    for (const [lang, t] of Object.entries(def.triggers)) {
      (t.patterns ?? []).forEach((source, i) => {
        try {
          new RegExp(source, "giu");
          if (/\((?!\?)/.test(source.replace(/\\./g, ""))) throw new Error("capturing groups are not allowed; use (?:...)");
        } catch (error) {
          bad = true;
          errors.push(new ConfigError("bad-pattern", file, `/triggers/${lang}/patterns/${i}`, `does not compile: ${error instanceof Error ? error.message : String(error)}`));
        }
      });
    }
    if (!bad) out.push(def);
  }
  return out;
}

async function readJson(file: string, errors: ConfigError[]): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    errors.push(new ConfigError("unreadable", file, "", `cannot read file (${error instanceof Error ? error.message : String(error)})`));
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    errors.push(new ConfigError("bad-json", file, "", `is not valid JSON: ${error instanceof Error ? error.message : String(error)}`));
    return undefined;
  }
}

/** One ajv error in words, with the legal values or a near match. */
function schemaError(file: string, e: ErrorObject, prefix = ""): ConfigError {
  const pointer = prefix + e.instancePath || "/";
  const params = e.params as Record<string, unknown>;
  if (e.keyword === "additionalProperties") {
    const extra = String(params.additionalProperty);
    return new ConfigError("unknown-property", file, `${pointer === "/" ? "" : pointer}/${extra}`, `"${extra}" is not allowed here.`);
  }
  if (e.keyword === "enum" || e.keyword === "const") {
    const allowed = (e.keyword === "enum" ? (params.allowedValues as unknown[]) : [params.allowedValue]).map(String);
    const got = String(getValueHint(e));
    const near = nearest(got, allowed);
    const entityType = /^\/entities\/\d+\/type$/.test(pointer);
    const code = pointer.endsWith("/compare/kind") ? "unknown-kind" : entityType ? "unknown-type" : "bad-value";
    const what = pointer.endsWith("/compare/kind") ? "a comparison kind" : entityType ? "an entity type" : "allowed here";
    return new ConfigError(code, file, pointer, `"${got}" is not ${what}.${near ? ` Did you mean "${near}"?` : ""} Expected one of: ${allowed.join(", ")}.`);
  }
  if (e.keyword === "required") return new ConfigError("missing-property", file, pointer === "/" ? "" : pointer, `missing required property "${String(params.missingProperty)}".`);
  return new ConfigError("schema", file, pointer, `${e.message ?? "is invalid"}.`);
}

function getValueHint(e: ErrorObject): unknown {
  return (e as ErrorObject & { data?: unknown }).data;
}

function nearest(value: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = levenshtein.get(value, option);
    if (d < bestDistance) (best = option), (bestDistance = d);
  }
  return bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

export { KIND_NAMES };
