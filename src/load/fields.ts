/**
 * The input contract of an article's fields, the same for front matter and JSON Lines: each
 * field is checked on its own, and a bad one is a problem naming the file (or `file:line`) and
 * the field, and is left out; the article is still read (a bad `published` falls back to a date
 * printed in the text, a bad `lang` to the identified language, a bad `id` to the default id).
 */
import type { Problem } from "../types.js";

/** The fields crosscheck reads, once checked. */
export interface ArticleFields {
  id?: string;
  title?: string;
  source?: string;
  url?: string;
  published?: string;
  lang?: string;
}

/** The problem code of a field that was left out. */
export const BAD_FIELD = "bad-field";

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

/**
 * An ISO date or date-time that exists on the calendar and the clock (`2026-02-30`, `2026-13-45`
 * and `T25:00` do not), returned as written (trimmed), or undefined.
 */
export function validPublished(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(/\.000Z$/, "Z");
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59))) return undefined;
  if (m[8] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return undefined;
  return text;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

let languageNames: Intl.DisplayNames | undefined;

const COMMON_LANGUAGES = new Set(["en", "pl", "de", "fr", "es", "it", "uk", "ru", "cs", "pt", "nl"]);

/**
 * A language tag whose primary language exists (`en`, `pl`, `en-GB`, `PL`), as its lower-case
 * primary subtag; "und" (undetermined) counts as not given. Anything else is undefined.
 */
export function validLang(value: unknown): string | "und" | undefined {
  if (typeof value !== "string") return undefined;
  const tag = value.trim();
  if (!/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/.test(tag)) return undefined;
  const primary = tag.slice(0, tag.search(/[-_]|$/)).toLowerCase();
  if (primary === "und") return "und";
  // The languages read most often need no look-up (building the display names costs ~15 ms of start-up).
  if (COMMON_LANGUAGES.has(primary)) return primary;
  languageNames ??= new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });
  let name: string | undefined;
  try {
    name = languageNames.of(primary);
  } catch {
    return undefined;
  }
  // An unknown code comes back as itself.
  return name && name.toLowerCase() !== primary ? primary : undefined;
}

/** Checks every field of `data` (front matter or a JSON line) for the article at `where`. */
export function checkFields(data: unknown, where: string, label: "front matter" | "field"): { fields: ArticleFields; problems: Problem[] } {
  const problems: Problem[] = [];
  const fields: ArticleFields = {};
  const bad = (field: string, expected: string, got: unknown) => {
    problems.push({ code: BAD_FIELD, message: `${where}: ${label} "${field}" ${expected} (got ${show(got)}); the field is ignored`, path: pathOf(where) });
  };
  if (data === undefined || data === null) return { fields, problems };
  if (typeof data !== "object" || Array.isArray(data)) {
    problems.push({ code: BAD_FIELD, message: `${where}: front matter must be a mapping of fields (got ${show(data)}); it is ignored`, path: pathOf(where) });
    return { fields, problems };
  }
  const d = data as Record<string, unknown>;
  if (d.id !== undefined && d.id !== null) {
    if ((typeof d.id === "string" && d.id.trim()) || (typeof d.id === "number" && Number.isFinite(d.id))) fields.id = String(d.id).trim();
    else bad("id", "must be a non-empty string", d.id);
  }
  for (const key of ["title", "source", "url"] as const) {
    const value = d[key];
    if (value === undefined || value === null) continue;
    if (typeof value === "string") fields[key] = value;
    else bad(key, "must be a string", value);
  }
  if (d.published !== undefined && d.published !== null) {
    const published = validPublished(d.published);
    if (published) fields.published = published;
    else bad("published", "must be an ISO date or date-time that exists, such as 2026-01-21 or 2026-01-21T09:30:00Z", d.published);
  }
  if (d.lang !== undefined && d.lang !== null && !(typeof d.lang === "string" && !d.lang.trim())) {
    const lang = validLang(d.lang);
    if (lang && lang !== "und") fields.lang = lang;
    else if (!lang) bad("lang", "must be a language code such as en or pl", d.lang);
  }
  return { fields, problems };
}

/** The file of `file:line` (a JSON Lines location), or the file itself. */
function pathOf(where: string): string {
  const m = /^(.*):\d+$/.exec(where);
  return m ? m[1]! : where;
}

function show(value: unknown): string {
  let text: string;
  try {
    text = value instanceof Date ? value.toISOString() : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
