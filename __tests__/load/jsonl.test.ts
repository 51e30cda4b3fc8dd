/**
 * JSON Lines reading: cutting a byte stream into chunks of whole lines (which workers parse on
 * their own) and parsing a chunk. However the stream is cut into pieces and however small the
 * chunks, the articles, problems and line numbers are those of reading the input line by line.
 */
import { describe, it, expect } from "@jest/globals";
import { jsonlChunks, parseJsonlChunk, type JsonlChunk, type LoadItem } from "../../src/load/jsonl.js";
import { MAX_ARTICLE_BYTES } from "../../src/load/articles.js";

async function* pieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function chunksOf(text: string | Buffer, pieceSize: number, chunkSize: number): Promise<JsonlChunk[]> {
  const out: JsonlChunk[] = [];
  for await (const c of jsonlChunks(pieces(Buffer.from(text), pieceSize), "corpus.jsonl", () => chunkSize)) out.push(c);
  return out;
}

/** What the report would see of each item: the article's id, path and text, or the problem. */
function describeItem(item: LoadItem): string {
  return "problem" in item ? `problem ${item.problem.code}: ${item.problem.message}` : `${item.article.id} ${item.article.path} ${JSON.stringify(item.article.body)}`;
}

async function parsed(text: string | Buffer, pieceSize: number, chunkSize: number): Promise<string[]> {
  const out: string[] = [];
  for (const chunk of await chunksOf(text, pieceSize, chunkSize)) for (const item of await parseJsonlChunk(chunk)) out.push(describeItem(item));
  return out;
}

const line = (id: string, text: string) => JSON.stringify({ id, published: "2026-01-21", lang: "pl", text });
const corpus = [line("a", "Zełenski spotkał się z Trumpem w Davos."), "", line("b", "Łódź, źródło, żółć: wiele liter."), "{broken", "   ", line("c", "Trzecia linia.")].join("\n");

describe("jsonlChunks", () => {
  it("cuts only after a newline, numbers each chunk's first line, and loses no byte", async () => {
    const chunks = await chunksOf(`${corpus}\n`, 5, 20);
    expect(Buffer.concat(chunks.map((c) => Buffer.from(c.bytes))).toString("utf8")).toBe(`${corpus}\n`);
    for (const c of chunks) expect(c.bytes[c.bytes.length - 1]).toBe(10);
    const firstLines = chunks.map((c) => c.firstLine);
    let line = 1;
    for (const c of chunks) {
      expect(c.firstLine).toBe(line);
      line += Buffer.from(c.bytes).toString("utf8").split("\n").length - 1;
    }
    expect(firstLines[0]).toBe(1);
    expect(chunks.every((c) => c.label === "corpus.jsonl" && c.stem === "corpus")).toBe(true);
  });

  it("gives each chunk a buffer of its own, so it can be handed to a worker", async () => {
    const chunks = await chunksOf(`${corpus}\n`, 1024, 16);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.bytes.byteOffset).toBe(0);
      expect(c.bytes.buffer.byteLength).toBe(c.bytes.byteLength);
    }
  });

  it("keeps a last line without a newline, and a long line whole", async () => {
    const long = line("long", "x".repeat(10_000));
    const chunks = await chunksOf(`${line("a", "A.")}\n${long}`, 7, 64);
    expect(Buffer.from(chunks[chunks.length - 1]!.bytes).toString("utf8").endsWith(long)).toBe(true);
  });

  it("reads string pieces as UTF-8", async () => {
    const chunks: JsonlChunk[] = [];
    async function* strings() {
      yield corpus.slice(0, 30);
      yield corpus.slice(30);
    }
    for await (const c of jsonlChunks(strings(), "stdin", () => 1 << 20)) chunks.push(c);
    expect(Buffer.concat(chunks.map((c) => Buffer.from(c.bytes))).toString("utf8")).toBe(corpus);
    expect(chunks[0]!.stem).toBe("stdin");
  });
});

describe("parseJsonlChunk", () => {
  it.each([
    [1, 1],
    [3, 8],
    [7, 40],
    [64, 1 << 20],
  ])("gives the same items whatever the pieces (%i bytes) and chunks (%i bytes)", async (pieceSize, chunkSize) => {
    expect(await parsed(corpus, pieceSize, chunkSize)).toEqual(await parsed(corpus, 1 << 20, 1 << 20));
  });

  it("names lines by number, skips blank lines and keeps multi-byte letters whole", async () => {
    const items = await parsed(corpus, 3, 8);
    expect(items).toEqual([
      `a corpus.jsonl:1 ${JSON.stringify("Zełenski spotkał się z Trumpem w Davos.")}`,
      `b corpus.jsonl:3 ${JSON.stringify("Łódź, źródło, żółć: wiele liter.")}`,
      expect.stringMatching(/^problem malformed-line: corpus\.jsonl:4: malformed JSON line/),
      `c corpus.jsonl:6 ${JSON.stringify("Trzecia linia.")}`,
    ]);
  });

  it("gives an article without an id the stem and line number", async () => {
    const items = await parsed(`\n${JSON.stringify({ lang: "en", text: "No id." })}\n`, 4, 4);
    expect(items).toEqual([`corpus-2 corpus.jsonl:2 ${JSON.stringify("No id.")}`]);
  });

  it("drops CR of CRLF line ends and a byte order mark on the first line", async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${line("a", "A.")}\r\n${line("b", "B.")}\r\n`)]);
    expect(await parsed(withBom, 2, 5)).toEqual([`a corpus.jsonl:1 "A."`, `b corpus.jsonl:2 "B."`]);
  });

  it("counts each item's bytes with its newline, for progress", async () => {
    const [chunk] = await chunksOf(`${line("a", "A.")}\n\n${line("b", "Bé.")}\n`, 1024, 1 << 20);
    const items = await parseJsonlChunk(chunk!);
    expect(items.map((i) => i.bytes)).toEqual([Buffer.byteLength(line("a", "A.")) + 1, Buffer.byteLength(line("b", "Bé.")) + 1]);
  });

  it("refuses a line over the article size limit without decoding it, and goes on", async () => {
    const big = line("big", "y".repeat(MAX_ARTICLE_BYTES));
    const items = await parsed(`${big}\n${line("a", "A.")}\n`, 1 << 16, 1 << 16);
    expect(items[0]).toMatch(/^problem oversized: corpus\.jsonl:1: line of \d+ bytes is larger than the \d+-byte limit/);
    expect(items[1]).toBe(`a corpus.jsonl:2 "A."`);
  });

  it.each([
    ['{"id":"x"}', 'corpus.jsonl:1: "text" must be a string (got nothing)'],
    ["[1,2]", "corpus.jsonl:1: a line must be a JSON object"],
    ["null", "corpus.jsonl:1: a line must be a JSON object"],
    ["{oops", "corpus.jsonl:1: malformed JSON line"],
  ])("turns the bad line %s into a problem", async (bad, message) => {
    const [item] = await parsed(`${bad}\n`, 4, 4);
    expect(item).toContain(message);
  });
});
