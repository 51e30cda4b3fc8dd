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
const DATA_ONLY = { engines: { javascript: refuseCode, js: refuseCode, coffee: refuseCode, coffeescript: refuseCode, cson: refuseCode } };

const require = createRequire(import.meta.url);
let grayMatter: GrayMatter | undefined;

/** Splits front matter from the body; throws what gray-matter throws on malformed YAML. */
export function splitFrontMatter(text: string): FrontMatterResult {
  grayMatter ??= require("gray-matter") as GrayMatter;
  const parsed = grayMatter(text, DATA_ONLY);
  return { data: parsed.data ?? {}, content: parsed.content };
}
