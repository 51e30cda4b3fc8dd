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
import { checkFields, validLang } from "./fields.js";

/** Larger files are refused: news articles are kilobytes, and one huge file should not stall a run. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const ARTICLE_EXTENSIONS = new Set([".txt", ".md"]);

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

/**
 * Expands files and folders (recursively, sorted) to the article files they hold, with the id
 * each gets when its front matter names none: the file name without extension, or, when two
 * files share that name (`news/a/index.md`, `news/b/index.md`), the path relative to the folder
 * given on the command line (`a/index`, `b/index`), so ids are unique by construction. Symbolic
 * links to folders are followed; a folder reached again (a link back to a parent) is not walked
 * twice, nor is a file read twice.
 */
export async function expandPaths(inputs: string[]): Promise<{ files: string[]; problems: Problem[]; ids: Map<string, string> }> {
  const found: Array<{ file: string; root: string }> = [];
  const problems: Problem[] = [];
  const seen: Visited = { dirs: new Set<string>(), files: new Set<string>() };
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      problems.push({ code: "missing-path", message: `${input}: no such file or directory`, path: input });
      continue;
    }
    if (stat.isDirectory()) {
      const before = found.length;
      await walk(input, input, problems, seen, found);
      if (found.length === before && !seen.revisited) {
        problems.push({ code: "no-articles", message: `${input}: folder holds no .txt or .md files`, path: input });
      }
      seen.revisited = false;
    } else if (await firstVisit(input, seen.files)) {
      found.push({ file: input, root: path.dirname(input) });
    }
  }
  return { files: found.map((f) => f.file), problems, ids: defaultIds(found) };
}

interface Visited {
  dirs: Set<string>;
  files: Set<string>;
  /** Set when a folder given was already walked (through another path): it is not empty. */
  revisited?: boolean;
}

/** Whether a file or folder is seen for the first time (by its real path); marks it seen. */
async function firstVisit(p: string, seen: Set<string>): Promise<boolean> {
  let real: string;
  try {
    real = await fs.realpath(p);
  } catch {
    // A dangling link: reading it reports the problem.
    real = path.resolve(p);
  }
  if (seen.has(real)) return false;
  seen.add(real);
  return true;
}

async function walk(dir: string, root: string, problems: Problem[], seen: Visited, out: Array<{ file: string; root: string }>): Promise<void> {
  if (!(await firstVisit(dir, seen.dirs))) {
    seen.revisited = true;
    return;
  }
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ code: "unreadable", message: `${dir}: cannot read folder (${errorText(error)})`, path: dir });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDir = (await fs.stat(full)).isDirectory();
      } catch {
        isDir = false;
      }
    }
    if (isDir) await walk(full, root, problems, seen, out);
    else if (ARTICLE_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) && (await firstVisit(full, seen.files))) out.push({ file: full, root });
  }
}

/** Default ids: the file name, or its path from its root when the name is not unique (see expandPaths). */
function defaultIds(found: Array<{ file: string; root: string }>): Map<string, string> {
  const stem = (p: string) => p.slice(0, p.length - path.extname(p).length).split(path.sep).join("/");
  const count = new Map<string, number>();
  const bump = (id: string) => count.set(id, (count.get(id) ?? 0) + 1);
  const names = found.map((f) => stem(path.basename(f.file)));
  names.forEach(bump);
  const relative = found.map((f, i) => (count.get(names[i]!)! > 1 ? stem(path.relative(f.root, f.file)) : names[i]!));
  count.clear();
  relative.forEach(bump);
  const ids = new Map<string, string>();
  // Still the same (one name under two roots given): the path as given.
  found.forEach((f, i) => ids.set(f.file, count.get(relative[i]!)! > 1 ? stem(path.normalize(f.file)) : relative[i]!));
  return ids;
}

/** Loads every article under the given paths. */
export async function loadArticles(inputs: string[]): Promise<LoadResult> {
  const { files, problems, ids } = await expandPaths(inputs);
  const articles: Article[] = [];
  for (const file of files) {
    const result = await loadArticleFile(file, ids.get(file));
    if ("article" in result) articles.push(result.article);
    else problems.push(result.problem);
  }
  return { articles: dedupeIds(articles, problems), problems };
}

/** Reads one file; returns the article or the reason it cannot be used. */
export async function loadArticleFile(file: string, id?: string): Promise<{ article: Article } | { problem: Problem }> {
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
  const defaultId = id ?? path.basename(file, path.extname(file));
  // eld is loaded only when the front matter does not name a language (or names none that exists).
  const given = /^(?:\uFEFF)?---\r?\n[\s\S]*?^lang:[ \t]*["']?([^"'\s#]*)/m.exec(bytes.subarray(0, 4096).toString("utf8"))?.[1];
  const lang = validLang(given);
  if (!lang || lang === "und") await prepareLanguageDetector();
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
  } catch (error) {
    return fail(file, "front-matter", `${file}: malformed front matter: ${firstLine(errorText(error))}`);
  }
  return fromFields(data, body, file, defaultId);
}

/**
 * Builds an article from front-matter-like fields (shared by files and JSON Lines): every field
 * goes through the same checks (./fields.ts), and a bad one is a problem of the article and is
 * left out, while the article is still read.
 */
export function fromFields(data: FrontMatter, body: string, file: string, defaultId: string, label: "front matter" | "field" = "front matter"): { article: Article } | { problem: Problem } {
  if (body.trim().length === 0) return fail(file, "empty", `${file}: the article is empty`);
  const { fields, problems } = checkFields(data, file, label);

  let published: string | undefined;
  let publishedFrom: Article["publishedFrom"] = "none";
  if (fields.published !== undefined) {
    published = fields.published;
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
  if (fields.lang) {
    lang = fields.lang;
    langFrom = "front-matter";
  } else {
    lang = detectLanguage(body);
    langFrom = "detected";
  }
  const article: Article = {
    id: fields.id ?? defaultId,
    path: file,
    body,
    lang,
    publishedFrom,
    langFrom,
    problems,
  };
  if (published) article.published = published;
  if (fields.source !== undefined) article.source = fields.source;
  if (fields.title !== undefined) article.title = fields.title;
  if (fields.url !== undefined) article.url = fields.url;
  return { article };
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
