/**
 * Articles as JSON Lines: one object per line with `id`, `text` and the front-matter fields
 * (`published`, `lang`, `source`, `title`, `url`). Read as a stream, so a corpus never has to fit
 * in memory; a line that cannot be used becomes a problem naming the line number, and the other
 * lines are still read. Blank lines are skipped.
 */
import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import type { Problem } from "../types.js";
import { fromFields, MAX_ARTICLE_BYTES } from "./articles.js";
import { prepareLanguageDetector } from "./language.js";
import { validLang } from "./fields.js";
import type { Source, SourceUnit } from "../parallel/stream.js";

/** What a reader yields for each input: an article or the reason it cannot be used. */
export type LoadItem = ReturnType<typeof fromFields> & { bytes?: number };

type Fields = Parameters<typeof fromFields>[0];

/**
 * A run of whole lines of one JSON Lines input, cut at a line end: it can be parsed on its own,
 * on a worker thread, and its bytes handed over there without a copy.
 */
export interface JsonlChunk {
  /** The input's name in messages: a file path, or "stdin". */
  label: string;
  /** Stem of default document ids (`stem-line`). */
  stem: string;
  /** Line number of the chunk's first line (from 1). */
  firstLine: number;
  /** UTF-8 bytes in a buffer of their own (transferable). */
  bytes: Uint8Array;
}

/**
 * Cuts a byte stream into chunks of whole lines of at least `size()` bytes (the last may be
 * smaller). A newline byte never occurs inside a UTF-8 sequence, so cutting after one never
 * splits a letter. The size is asked for each chunk, so a caller can shrink chunks near the end.
 */
export async function* jsonlChunks(input: AsyncIterable<Buffer | string>, label: string, size: () => number): AsyncGenerator<JsonlChunk> {
  const stem = label === "-" || label === "stdin" ? "stdin" : path.basename(label, path.extname(label));
  let parts: Buffer[] = [];
  let pending = 0;
  let line = 1;
  const take = (length: number): JsonlChunk => {
    const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts, pending);
    const bytes = new Uint8Array(length);
    bytes.set(joined.subarray(0, length));
    const chunk = { label, stem, firstLine: line, bytes };
    for (let nl = joined.indexOf(10); nl !== -1 && nl < length; nl = joined.indexOf(10, nl + 1)) line++;
    parts = length < pending ? [joined.subarray(length)] : [];
    pending -= length;
    return chunk;
  };
  for await (const piece of input) {
    const buffer = typeof piece === "string" ? Buffer.from(piece) : piece;
    parts.push(buffer);
    pending += buffer.length;
    // A piece without a line end cannot complete a chunk: checking only pieces that have one
    // keeps a very long line from being joined and searched again for every piece.
    if (buffer.indexOf(10) === -1) continue;
    while (pending >= size()) {
      const joined = parts.length === 1 ? parts[0]! : Buffer.concat(parts, pending);
      parts = [joined];
      const nl = joined.indexOf(10, size() - 1);
      if (nl === -1) break;
      yield take(nl + 1);
    }
  }
  if (pending) yield take(pending);
}

/**
 * The articles (or problems) of a chunk's lines, in order; blank lines are skipped. A line that
 * cannot be used becomes a problem naming its line number. `bytes` of each item counts its
 * line with the newline, for progress.
 */
export async function parseJsonlChunk(chunk: JsonlChunk): Promise<LoadItem[]> {
  const { label, stem } = chunk;
  const buffer = Buffer.from(chunk.bytes.buffer, chunk.bytes.byteOffset, chunk.bytes.byteLength);
  const items: LoadItem[] = [];
  let lineNo = chunk.firstLine;
  for (let start = 0; start < buffer.length; lineNo++) {
    let nl = buffer.indexOf(10, start);
    if (nl === -1) nl = buffer.length;
    let end = nl > start && buffer[nl - 1] === 13 ? nl - 1 : nl;
    let begin = start;
    start = nl + 1;
    const bom = lineNo === 1 && buffer[begin] === 0xef && buffer[begin + 1] === 0xbb && buffer[begin + 2] === 0xbf;
    if (bom) begin += 3;
    end = Math.max(end, begin);
    const where = `${label}:${lineNo}`;
    const size = end - begin;
    // With its newline: the progress bar measures the input read.
    const bytes = size + 1;
    if (size > MAX_ARTICLE_BYTES) {
      items.push(problem(label, "oversized", `${where}: line of ${size} bytes is larger than the ${MAX_ARTICLE_BYTES}-byte limit for one article`));
      continue;
    }
    const line = buffer.toString("utf8", begin, end);
    if (!bom && line.trim().length === 0) continue;
    items.push({ ...(await parseLine(line, label, where, `${stem}-${lineNo}`)), bytes });
  }
  return items;
}

async function parseLine(line: string, label: string, where: string, defaultId: string): Promise<LoadItem> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return problem(label, "malformed-line", `${where}: malformed JSON line (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return problem(label, "malformed-line", `${where}: a line must be a JSON object with "id" and "text"`);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== "string") {
    return problem(label, "malformed-line", `${where}: "text" must be a string (got ${record.text === undefined ? "nothing" : JSON.stringify(record.text).slice(0, 60)})`);
  }
  const fields: Fields = {};
  for (const key of ["id", "published", "lang", "source", "title", "url"] as const) if (record[key] !== undefined && record[key] !== null) fields[key] = record[key];
  // eld is loaded only when an article does not say its language (or says it wrongly).
  if (!validLang(fields.lang) || validLang(fields.lang) === "und") await prepareLanguageDetector();
  return fromFields(fields, record.text, where, defaultId, "field");
}

function problem(label: string, code: string, message: string): LoadItem {
  return { problem: { code, message, path: label } satisfies Problem };
}

/**
 * JSON Lines files read one after the other; `-` is standard input. A path that cannot be read
 * is a problem, like a missing file among article files.
 */
export async function jsonlSource(paths: string[], stdin: AsyncIterable<Buffer | string> | undefined): Promise<Source> {
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
      inputs.push({ label: input, open: () => createReadStream(input, { highWaterMark: READ_BYTES }) });
    } catch {
      problems.push({ code: "missing-path", message: `${input}: no such file or directory`, path: input });
    }
  }
  async function* read(chunkBytes: () => number): AsyncGenerator<SourceUnit> {
    for (const input of inputs) {
      try {
        for await (const chunk of jsonlChunks(input.open(), input.label, chunkBytes)) yield { chunk };
      } catch (error) {
        yield { item: problem(input.label, "unreadable", `${input.label}: cannot read (${error instanceof Error ? error.message : String(error)})`) };
      }
    }
  }
  return { read, problems, ...(fromStdin ? {} : { total: { bytes: totalBytes } }) };
}

/** Bytes per read from a file: a few reads per chunk. */
const READ_BYTES = 128 * 1024;
