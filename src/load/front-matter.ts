/**
 * Front matter. gray-matter (with js-yaml, which loads a JavaScript parser for its full schema)
 * took about 80 ms of start-up to load, and nearly every article's front matter is a few
 * `key: value` lines. Those are read here; a block with anything else (other YAML, comments, CR
 * line ends, a date-time, a number, a word YAML reads as true, false or null) goes to gray-matter,
 * loaded the first time it is needed. Both give the same fields and body.
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
  const quick = quickFrontMatter(text);
  if (quick) return quick;
  grayMatter ??= require("gray-matter") as GrayMatter;
  const parsed = grayMatter(text, DATA_ONLY);
  return { data: parsed.data ?? {}, content: parsed.content };
}

const LINE = /^([A-Za-z][A-Za-z0-9_]*): (.+)$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A plain YAML scalar that can only be a string: starts with a letter, no indicator that could
// end it early (`: `, ` #`), and no trailing space for YAML to trim.
const PLAIN = /^\p{L}[\p{L}\p{N} .,'()/-]*$/u;
const NOT_STRINGS = new Set(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"]);
const DOUBLE_QUOTED = /^"([^"\\\p{Cc}]*)"$/u;
const SINGLE_QUOTED = /^'([^'\p{Cc}]*)'$/u;

/**
 * The front matter of `text` when it is a block of simple `key: value` lines, read as js-yaml
 * reads them, and the body as gray-matter cuts it; undefined for anything else.
 */
export function quickFrontMatter(text: string): FrontMatterResult | undefined {
  // gray-matter strips a byte-order mark of its own; such text goes to it.
  if (!text.startsWith("---\n")) return /^[-\uFEFF]/.test(text) ? undefined : { data: {}, content: text };
  const close = text.indexOf("\n---", 3);
  if (close < 0 || text[close + 4] !== "\n") return undefined;
  const data: Record<string, unknown> = {};
  for (const line of text.slice(4, close).split("\n")) {
    const m = LINE.exec(line);
    if (!m || Object.hasOwn(data, m[1]!)) return undefined;
    const value = scalar(m[2]!);
    if (value === undefined) return undefined;
    data[m[1]!] = value;
  }
  if (Object.keys(data).length === 0) return undefined;
  return { data, content: text.slice(close + 5) };
}

function scalar(raw: string): string | Date | undefined {
  const day = ISO_DAY.exec(raw);
  // js-yaml's timestamp: a UTC midnight, and like Date.UTC it rolls 31.02 over to March.
  if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  const quoted = DOUBLE_QUOTED.exec(raw) ?? SINGLE_QUOTED.exec(raw);
  if (quoted) return quoted[1];
  if (PLAIN.test(raw) && !raw.endsWith(" ") && !NOT_STRINGS.has(raw)) return raw;
  return undefined;
}
