/**
 * Event types as data: rules/events/<type>.json (and `events/` in a user's --rules folder) say,
 * per language, which words name a kind of event and which aspects its reports can be compared
 * on. The meeting and visit types feed the lexicon patterns of their extractors; every other
 * type is read by the incident extractor (./incidents.ts).
 *
 * The built-in types are read synchronously on first use (extraction is synchronous and also
 * runs on worker threads); `useEventTypes` adds a run's user types on top, replacing a built-in
 * type of the same id.
 */
import { lookbehindLast } from "../text/leading-assertion.js";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { packageRoot } from "../load/schemas.js";

export type EventAspect = "time" | "date" | "location" | "duration" | "participants" | "quantity" | "site";

/** One test sentence of an event type, checked by `rules test`. */
export interface EventTypeTest {
  lang: string;
  text: string;
  published?: string;
  expect?: {
    type?: string | boolean;
    modality?: string;
    time?: string | boolean;
    date?: string | boolean;
    location?: string | boolean;
    duration?: string | boolean;
    /** The site below the town, as the words it was read from ("field", "dzielnicy X"). */
    site?: string | boolean;
    point?: "event" | "start" | "end";
  };
}

/** An event type as loaded from its file. */
export interface EventTypeDef {
  /** The file name without .json. */
  id: string;
  description: string;
  extractor: "meeting" | "visit" | "incident";
  aspects: EventAspect[];
  triggers: Record<string, { words?: string[]; patterns?: string[] }>;
  tests?: EventTypeTest[];
  file?: string;
}

/** Escapes regular-expression syntax in a literal word. */
function escape(word: string): string {
  // `-` stays literal: escaping it is an error under the `u` flag.
  return word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** The source of one trigger word or phrase: `*` ends a stem, whitespace is any whitespace. */
export function wordSource(word: string): string {
  const parts = word.trim().toLowerCase().split(/\s+/).map((w) => (w.endsWith("*") ? `${escape(w.slice(0, -1))}\\p{L}*` : escape(w)));
  return parts.join("\\s+");
}

/** One pattern matching any trigger of the type in a language, as whole words; undefined when it has none there. */
export function triggerSource(def: EventTypeDef, lang: string): string | undefined {
  const t = def.triggers[lang];
  if (!t) return undefined;
  const alternatives = [...(t.words ?? []).map(wordSource), ...(t.patterns ?? []).map(lookbehindLast)];
  if (!alternatives.length) return undefined;
  // Longer alternatives first, so "held talks" wins over "talks" at the same offset.
  alternatives.sort((a, b) => b.length - a.length);
  return `(?<![\\p{L}])(?:${alternatives.join("|")})(?![\\p{L}])`;
}

let builtIn: EventTypeDef[] | undefined;
let extra: EventTypeDef[] = [];
let active: EventTypeDef[] | undefined;
let version = 0;

/** Reads the event types of one folder synchronously (no validation: `rules validate` does that). */
export function readEventTypesSync(dir: string): EventTypeDef[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const data = JSON.parse(readFileSync(file, "utf8")) as Omit<EventTypeDef, "id" | "file"> & { $schema?: string };
      const { $schema: _schema, ...rest } = data;
      return { ...rest, id: f.replace(/\.json$/, ""), file };
    });
}

/** The built-in event types (rules/events/). */
export function builtInEventTypes(): EventTypeDef[] {
  return (builtIn ??= readEventTypesSync(path.join(packageRoot(), "rules", "events")));
}

/** Adds a run's user event types (from --rules folders); a type with a built-in id replaces it. */
export function useEventTypes(types: EventTypeDef[]): void {
  extra = types;
  active = undefined;
  version++;
}

/** The event types in force: built-in ones, then the user's. */
export function activeEventTypes(): EventTypeDef[] {
  if (active) return active;
  const byId = new Map<string, EventTypeDef>();
  for (const t of [...builtInEventTypes(), ...extra]) byId.set(t.id, t);
  return (active = [...byId.values()]);
}

/** Changes whenever the types in force change (compiled lexicons are cached per version). */
export function eventTypesVersion(): number {
  return version;
}

/** The union of the triggers of every type read by `extractor` in a language, or undefined. */
export function extractorTriggers(extractor: EventTypeDef["extractor"], lang: string): string | undefined {
  const sources = activeEventTypes()
    .filter((t) => t.extractor === extractor)
    .map((t) => triggerSource(t, lang))
    .filter((s): s is string => s !== undefined);
  return sources.length ? sources.join("|") : undefined;
}
