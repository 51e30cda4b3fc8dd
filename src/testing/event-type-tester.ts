/**
 * Runs the test sentences of an event type (rules/events/<type>.json `tests`): each sentence is
 * extracted as a one-sentence article, and the claims the type's extractor makes must match what
 * the case expects (the type, or `false` for none; the clock time, date, place, site and duration it
 * states in its own words, as text or `true`; the moment of the clock time; the modality).
 */
import type { Article, Claim } from "../types.js";
import type { EntityRegistry } from "../normalize/entities.js";
import type { EventTypeDef, EventTypeTest } from "../extract/event-types.js";
import { extractClaims } from "../extract/index.js";
import type { CaseResult } from "./rule-tester.js";

/** The claims a type's extractor made of a sentence. */
function claimsOfType(def: EventTypeDef, claims: Claim[]): Claim[] {
  if (def.extractor === "meeting") return claims.filter((c) => c.kind === "meeting");
  if (def.extractor === "visit") return claims.filter((c) => c.kind === "presence" || c.kind === "travel");
  return claims.filter((c) => c.kind === "incident" && c.eventType === def.id);
}

const own = (c: Claim, field: string) => !(c.inherited ?? []).includes(field);

/** What is wrong with the claims for one expectation, or undefined. */
function check(c: Claim, test: EventTypeTest): string | undefined {
  const e = test.expect ?? {};
  const text = (want: string | boolean | undefined, got: string | undefined, what: string) => {
    if (want === undefined || want === false) return want === false && got !== undefined ? `states a ${what} (${got}) it should not` : undefined;
    if (got === undefined) return `gives no ${what}`;
    return typeof want === "string" && !got.toLowerCase().includes(want.toLowerCase()) ? `reads the ${what} from "${got}", not "${want}"` : undefined;
  };
  return (
    text(e.time, c.clock?.text, "clock time") ??
    text(e.date, c.time && own(c, "time") && !c.time.inferred ? c.time.text ?? c.time.start : undefined, "date") ??
    text(e.location, c.location && own(c, "location") ? c.location : undefined, "place") ??
    text(e.duration, c.duration && own(c, "duration") ? c.duration.text : undefined, "duration") ??
    text(e.site, c.site && own(c, "site") ? c.site.text : undefined, "site") ??
    (e.point && c.clock?.point !== e.point ? `takes the clock time as the ${c.clock?.point ?? "(none)"}, not the ${e.point}` : undefined) ??
    (e.modality && c.modality !== e.modality ? `reads it as ${c.modality}, not ${e.modality}` : undefined)
  );
}

/** Runs all test sentences of one event type; never throws for a failing case. */
export function runEventTypeTests(def: EventTypeDef, registry: EntityRegistry): CaseResult[] {
  const rule = `events/${def.id}`;
  return (def.tests ?? []).map((test) => {
    const name = `${test.lang}: ${test.text}`;
    const article: Article = { id: "event-type-test", path: "event-type-test", body: test.text, lang: test.lang, publishedFrom: test.published ? "front-matter" : "none", langFrom: "front-matter", problems: [] };
    if (test.published) article.published = test.published;
    const found = claimsOfType(def, extractClaims(article, registry).claims);
    const wanted = test.expect?.type;
    if (wanted === false) return found.length ? { rule, name, ok: false, message: `finds ${def.id} where there is none` } : { rule, name, ok: true };
    if (!found.length) return { rule, name, ok: false, message: `finds no ${def.id}` };
    const problems = found.map((c) => check(c, test));
    const ok = problems.some((p) => p === undefined);
    return ok ? { rule, name, ok } : { rule, name, ok, message: problems[0]! };
  });
}
