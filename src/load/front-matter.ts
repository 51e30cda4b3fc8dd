/**
 * Front matter, read with gray-matter. It is loaded the first time an article file needs it
 * (JSON Lines input never does), since it and js-yaml take a noticeable part of start-up.
 */
import { createRequire } from "node:module";

export interface FrontMatterResult {
  data: Record<string, unknown>;
  /** The text after the block (all of it when there is none). */
  content: string;
}

type Engine = (text: string) => unknown;
type GrayMatter = (input: string, options: { engines: Record<string, Engine> }) => { data?: Record<string, unknown>; content: string };

/**
 * gray-matter runs `---js` and `---coffee` front matter as code (through eval): an article file
 * could run anything. Only data formats are read.
 */
function refuseCode(): never {
  throw new Error("front matter written as code (---js, ---coffee) is not read; use YAML or JSON");
}
const require = createRequire(import.meta.url);
let grayMatter: GrayMatter | undefined;
let options: { engines: Record<string, Engine> } | undefined;

interface JsYaml {
  safeLoad(text: string, options: { schema: unknown }): unknown;
  CORE_SCHEMA: unknown;
}

/**
 * YAML is read with the core schema: no timestamps. js-yaml's default schema turns
 * `published: 2026-02-30` into a Date of 2 March (and drops a time-zone offset), so an
 * impossible date could never be told from a real one; read as text, every date goes through
 * the same check as in JSON Lines (./fields.ts).
 */
function engines(): { engines: Record<string, Engine> } {
  // The js-yaml gray-matter itself uses.
  const yaml = createRequire(require.resolve("gray-matter"))("js-yaml") as JsYaml;
  const load: Engine = (text) => yaml.safeLoad(text, { schema: yaml.CORE_SCHEMA });
  return { engines: { yaml: load, yml: load, javascript: refuseCode, js: refuseCode, coffee: refuseCode, coffeescript: refuseCode, cson: refuseCode } };
}

/** Splits front matter from the body; throws what gray-matter throws on malformed YAML. */
export function splitFrontMatter(text: string): FrontMatterResult {
  grayMatter ??= require("gray-matter") as GrayMatter;
  options ??= engines();
  const parsed = grayMatter(text, options);
  return { data: parsed.data ?? {}, content: parsed.content };
}
