/**
 * Articles as JSON Lines: one object per line with `id`, `text` and the front-matter fields
 * (`published`, `lang`, `source`, `title`, `url`). Read as a stream, so a corpus never has to fit
 * in memory; a line that cannot be used becomes a problem naming the line number, and the other
 * lines are still read. Blank lines are skipped.
 */
import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import type { Problem } from "../types.js";
import { fromFields, MAX_ARTICLE_BYTES } from "./articles.js";
import { prepareLanguageDetector } from "./language.js";

/** What a reader yields for each input: an article or the reason it cannot be used. */
export type LoadItem = ReturnType<typeof fromFields> & { bytes?: number };

type Fields = Parameters<typeof fromFields>[0];

/** Splits a byte stream into lines (LF or CRLF), decoding UTF-8 across chunk boundaries. */
export async function* lines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  for await (const chunk of input) {
    const text = rest + (typeof chunk === "string" ? chunk : decoder.write(chunk));
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      yield text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl);
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest.length) yield rest.endsWith("\r") ? rest.slice(0, -1) : rest;
}

/**
 * Reads articles from a JSON Lines stream. `label` names the input in messages (a file path, or
 * "stdin"); each article's path is `label:line`, so every later problem names its line too.
 */
export async function* readJsonLines(input: AsyncIterable<Buffer | string>, label: string): AsyncGenerator<LoadItem> {
  const stem = label === "-" || label === "stdin" ? "stdin" : path.basename(label, path.extname(label));
  let lineNo = 0;
  for await (const line of lines(input)) {
    lineNo++;
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) {
      yield* parseLine(line.slice(1), label, stem, lineNo);
      continue;
    }
    if (line.trim().length === 0) continue;
    yield* parseLine(line, label, stem, lineNo);
  }
}

async function* parseLine(line: string, label: string, stem: string, lineNo: number): AsyncGenerator<LoadItem> {
  const where = `${label}:${lineNo}`;
  const size = Buffer.byteLength(line);
  // With its newline: the progress bar measures the input read.
  const bytes = size + 1;
  if (size > MAX_ARTICLE_BYTES) {
    yield problem(label, "oversized", `${where}: line of ${size} bytes is larger than the ${MAX_ARTICLE_BYTES}-byte limit for one article`);
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    yield problem(label, "malformed-line", `${where}: malformed JSON line (${error instanceof Error ? error.message : String(error)})`);
    return;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    yield problem(label, "malformed-line", `${where}: a line must be a JSON object with "id" and "text"`);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== "string") {
    yield problem(label, "malformed-line", `${where}: "text" must be a string (got ${record.text === undefined ? "nothing" : JSON.stringify(record.text).slice(0, 60)})`);
    return;
  }
  const fields: Fields = {};
  for (const key of ["id", "published", "lang", "source", "title", "url"] as const) if (record[key] !== undefined && record[key] !== null) fields[key] = record[key];
  // eld is loaded only when an article does not say its language.
  if (typeof fields.lang !== "string" || !fields.lang.trim()) await prepareLanguageDetector();
  const result = fromFields(fields, record.text, where, `${stem}-${lineNo}`);
  yield { ...result, bytes };
}

function problem(label: string, code: string, message: string): LoadItem {
  return { problem: { code, message, path: label } satisfies Problem };
}

/**
 * JSON Lines files read one after the other; `-` is standard input. A path that cannot be read
 * is a problem, like a missing file among article files.
 */
export async function jsonlSource(
  paths: string[],
  stdin: AsyncIterable<Buffer | string> | undefined,
): Promise<{ items: AsyncIterable<LoadItem>; problems: Problem[]; total?: { bytes: number } }> {
  const problems: Problem[] = [];
  const inputs: Array<{ label: string; open(): AsyncIterable<Buffer | string> }> = [];
  let totalBytes = 0;
  let fromStdin = false;
  for (const input of paths) {
    if (input === "-") {
      if (!stdin) problems.push({ code: "unreadable", message: "-: standard input is not available", path: "-" });
      else if (fromStdin) problems.push({ code: "duplicate-input", message: "-: standard input can be read only once", path: "-" });
      else {
        fromStdin = true;
        inputs.push({ label: "stdin", open: () => stdin });
      }
      continue;
    }
    try {
      const stat = await fs.stat(input);
      if (stat.isDirectory()) {
        problems.push({ code: "unreadable", message: `${input}: is a folder; --input-format jsonl reads JSON Lines files (or - for stdin)`, path: input });
        continue;
      }
      totalBytes += stat.size;
      inputs.push({ label: input, open: () => createReadStream(input) });
    } catch {
      problems.push({ code: "missing-path", message: `${input}: no such file or directory`, path: input });
    }
  }
  async function* items(): AsyncGenerator<LoadItem> {
    for (const input of inputs) {
      try {
        yield* readJsonLines(input.open(), input.label);
      } catch (error) {
        yield problem(input.label, "unreadable", `${input.label}: cannot read (${error instanceof Error ? error.message : String(error)})`);
      }
    }
  }
  return { items: items(), problems, ...(fromStdin ? {} : { total: { bytes: totalBytes } }) };
}
