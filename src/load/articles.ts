/**
 * Reads articles from files and folders (and JSON Lines), parses front matter, and decides each
 * article's publication date and language. Bad input never stops the run: every file that cannot
 * be used becomes a Problem naming the file and the reason, and the others are still loaded.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Article, Problem } from "../types.js";
import { findPrintedDate } from "./printed-date.js";
import { splitFrontMatter } from "./front-matter.js";
import { detectLanguage, prepareLanguageDetector } from "./language.js";

/** Larger files are refused: news articles are kilobytes, and one huge file should not stall a run. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const ARTICLE_EXTENSIONS = new Set([".txt", ".md"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export interface LoadResult {
  articles: Article[];
  /** Problems that belong to no article (a missing path, an unreadable folder). */
  problems: Problem[];
}

/** Front-matter fields crosscheck reads; anything else is kept out of the article. */
interface FrontMatter {
  id?: unknown;
  title?: unknown;
  source?: unknown;
  url?: unknown;
  published?: unknown;
  lang?: unknown;
}

/** Expands files and folders (recursively, sorted) to the article files they hold. */
export async function expandPaths(inputs: string[]): Promise<{ files: string[]; problems: Problem[] }> {
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      problems.push({ code: "missing-path", message: `${input}: no such file or directory`, path: input });
      continue;
    }
    if (stat.isDirectory()) {
      const found = await walk(input, problems);
      if (found.length === 0) {
        problems.push({ code: "no-articles", message: `${input}: folder holds no .txt or .md files`, path: input });
      }
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return { files: [...new Set(files)], problems };
}

async function walk(dir: string, problems: Problem[]): Promise<string[]> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ code: "unreadable", message: `${dir}: cannot read folder (${errorText(error)})`, path: dir });
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full, problems)));
    else if (ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

/** Loads every article under the given paths. */
export async function loadArticles(inputs: string[]): Promise<LoadResult> {
  const { files, problems } = await expandPaths(inputs);
  const articles: Article[] = [];
  for (const file of files) {
    const result = await loadArticleFile(file);
    if ("article" in result) articles.push(result.article);
    else problems.push(result.problem);
  }
  return { articles: dedupeIds(articles, problems), problems };
}

/** Reads one file; returns the article or the reason it cannot be used. */
export async function loadArticleFile(file: string): Promise<{ article: Article } | { problem: Problem }> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_ARTICLE_BYTES) {
      return fail(file, "oversized", `${file}: ${stat.size} bytes is larger than the ${MAX_ARTICLE_BYTES}-byte limit for one article`);
    }
    bytes = await fs.readFile(file);
  } catch (error) {
    return fail(file, "unreadable", `${file}: cannot read file (${errorText(error)})`);
  }
  const defaultId = path.basename(file, path.extname(file));
  if (!/^(?:\uFEFF)?---\r?\n[\s\S]*?^lang:/m.test(bytes.subarray(0, 4096).toString("utf8"))) await prepareLanguageDetector();
  return parseArticle(bytes, file, defaultId);
}

/** Turns raw bytes into an article: text checks, front matter, date and language. */
export function parseArticle(bytes: Buffer, file: string, defaultId: string): { article: Article } | { problem: Problem } {
  if (bytes.includes(0)) return fail(file, "binary", `${file}: looks like a binary file (contains NUL bytes), not an article`);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  if (text.includes("\uFFFD") && !bytes.includes(Buffer.from("\uFFFD"))) {
    return fail(file, "encoding", `${file}: is not valid UTF-8 text`);
  }
  // gray-matter reads an unclosed block to the end of the file; say what is really wrong.
  if (/^---[ \t]*\r?\n/.test(text) && !/\r?\n---[ \t]*(?:\r?\n|$)/.test(text.slice(3))) {
    return fail(file, "front-matter", `${file}: front matter starts with "---" but is never closed by a second "---" line`);
  }
  let data: FrontMatter;
  let body: string;
  try {
    const parsed = splitFrontMatter(text);
    data = parsed.data as FrontMatter;
    body = parsed.content;
    const written = data.published instanceof Date ? publishedWithOffset(text.slice(0, text.length - body.length)) : undefined;
    if (written) data = { ...data, published: written };
  } catch (error) {
    return fail(file, "front-matter", `${file}: malformed front matter: ${firstLine(errorText(error))}`);
  }
  return fromFields(data, body, file, defaultId);
}

/** Builds an article from front-matter-like fields (shared by files and JSON Lines). */
export function fromFields(data: FrontMatter, body: string, file: string, defaultId: string): { article: Article } | { problem: Problem } {
  const problems: Problem[] = [];
  if (body.trim().length === 0) return fail(file, "empty", `${file}: the article is empty`);
  const fieldError = checkFields(data);
  if (fieldError) return fail(file, "front-matter", `${file}: ${fieldError}`);

  let published: string | undefined;
  let publishedFrom: Article["publishedFrom"] = "none";
  if (data.published !== undefined) {
    published = normalisePublished(data.published);
    publishedFrom = "front-matter";
  } else {
    const printed = findPrintedDate(body);
    if (printed) {
      published = printed;
      publishedFrom = "printed";
    } else {
      problems.push({
        code: "unanchored-date",
        message: `${file}: no publication date (front matter "published" or a date printed in the text); relative dates are left unanchored`,
        path: file,
      });
    }
  }
  let lang: string;
  let langFrom: Article["langFrom"];
  if (typeof data.lang === "string" && data.lang.trim()) {
    lang = data.lang.trim().toLowerCase();
    langFrom = "front-matter";
  } else {
    lang = detectLanguage(body);
    langFrom = "detected";
  }
  const article: Article = {
    id: typeof data.id === "string" || typeof data.id === "number" ? String(data.id) : defaultId,
    path: file,
    body,
    lang,
    publishedFrom,
    langFrom,
    problems,
  };
  if (published) article.published = published;
  if (typeof data.source === "string") article.source = data.source;
  if (typeof data.title === "string") article.title = data.title;
  if (typeof data.url === "string") article.url = data.url;
  return { article };
}

function checkFields(data: FrontMatter): string | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return "front matter must be a mapping of fields";
  if (data.published !== undefined && normalisePublished(data.published) === undefined) {
    return `front matter "published" must be an ISO date or date-time such as 2026-01-21 or 2026-01-21T09:30:00Z (got ${JSON.stringify(data.published)})`;
  }
  for (const key of ["id", "title", "source", "url", "lang"] as const) {
    const value = data[key];
    if (value !== undefined && typeof value !== "string" && !(key === "id" && typeof value === "number")) {
      return `front matter "${key}" must be a string (got ${JSON.stringify(value)})`;
    }
  }
  return undefined;
}

/**
 * YAML reads an unquoted `published: 2026-01-21T20:00:00-05:00` as an instant and drops its offset,
 * so the day would be the UTC one (a day late for an evening in New York). The article's local date
 * is what its relative dates count from: keep a written offset as written.
 */
function publishedWithOffset(frontMatter: string): string | undefined {
  const m = /^published:[ \t]*["']?(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:?\d{2})["']?[ \t]*(?:#.*)?$/m.exec(frontMatter);
  return m?.[1];
}

/** YAML turns `2026-01-21` into a Date; keep the calendar day (and time, when one was given). */
function normalisePublished(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(/\.000Z$/, "Z");
  }
  if (typeof value === "string" && ISO_DATE.test(value.trim())) {
    const trimmed = value.trim();
    const day = new Date(`${trimmed.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== trimmed.slice(0, 10) ? undefined : trimmed;
  }
  return undefined;
}

function dedupeIds(articles: Article[], problems: Problem[]): Article[] {
  const seen = new Map<string, Article>();
  const out: Article[] = [];
  for (const article of articles) {
    const first = seen.get(article.id);
    if (first) {
      problems.push({
        code: "duplicate-id",
        message: `${article.path}: document id "${article.id}" is already used by ${first.path}; skipped`,
        path: article.path,
      });
      continue;
    }
    seen.set(article.id, article);
    out.push(article);
  }
  return out;
}

function fail(file: string, code: string, message: string): { problem: Problem } {
  return { problem: { code, message, path: file } };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? text;
}
