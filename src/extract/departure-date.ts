/**
 * A crash dated by its departure: "the flight, which took off on Friday at 10:05, … crashed
 * minutes later", "samolot wystartował w piątek …; maszyna runęła kilka minut po starcie". A
 * report that dates only the take-off dates the crash by it: a crash right after departure
 * happens on that day in nearly every case. The date is borrowed (`borrowedFrom: "departure"`), so
 * a conflict resting on it is only a warning (qualifier `date-of-departure`): a long flight may
 * cross midnight, or the crash may come on a later leg.
 *
 * Reads one sentence at a time ({@link noteDepartures}); once the article is read,
 * {@link borrowDepartureDates} dates the undated crash mentions of the departure's sentence or
 * the next one in the same paragraph.
 */
import type { TimeValue } from "../types.js";
import type { TimeExpression } from "../normalize/time/types.js";
import type { SentenceInfo } from "./sentence.js";
import type { ExtractionLexicon } from "../lang/lexicon.js";
import type { Draft } from "./index.js";
import { timeValue } from "./time-value.js";

/** The lexicon's vehicle and departure-verb patterns, compiled once per lexicon. */
const compiled = new WeakMap<ExtractionLexicon, { vehicle: RegExp; departed: RegExp } | null>();

function patternsOf(lex: ExtractionLexicon): { vehicle: RegExp; departed: RegExp } | null {
  let p = compiled.get(lex);
  if (p === undefined) {
    p = lex.departureVehicle && lex.departed ? { vehicle: new RegExp(`(?<![\\p{L}])(?:${lex.departureVehicle})(?![\\p{L}])`, "iu"), departed: new RegExp(`(?<![\\p{L}])(?:${lex.departed})(?![\\p{L}])`, "giu") } : null;
    compiled.set(lex, p);
  }
  return p;
}

/** A departure: its date and the sentence it was told in. */
export interface Departure {
  time: TimeValue;
  sentenceStart: number;
  sentenceEnd: number;
}

/** The day a time expression names, when it names one (a date, or a date with a clock time). */
function dayOf(t: TimeExpression): TimeValue | undefined {
  if ((t.type !== "DATE" && t.type !== "TIME") || !t.start || t.value.endsWith("_REF")) return undefined;
  const end = (t.end ?? t.start).slice(0, 10);
  const start = t.start.slice(0, 10);
  // "on Friday", "3 May", "w piątek o 10:05": a single day; a month or a week dates no crash.
  if (start !== end || !/^\d{4}-\d{2}-\d{2}$/.test(start)) return undefined;
  const v = timeValue(t);
  return { ...v, start, end, granularity: "day" };
}

/** The departures of one sentence: a departure verb with a vehicle before it in its clause and a day within 40 characters after or before it. */
export function noteDepartures(info: SentenceInfo, body: string, lex: ExtractionLexicon): Departure[] {
  const out: Departure[] = [];
  const patterns = patternsOf(lex);
  if (!patterns) return out;
  const { vehicle, departed } = patterns;
  const text = info.s.text;
  departed.lastIndex = 0;
  for (let m = departed.exec(text); m; m = departed.exec(text)) {
    const at = info.s.start + m.index;
    const end = at + m[0].length;
    const clause = info.clauses.find((c) => at >= c.start && at < c.end) ?? { start: info.s.start, end: info.s.end };
    if (!vehicle.test(body.slice(clause.start, at))) continue;
    const near = info.times
      .filter((t) => t.span[0] >= clause.start && t.span[1] <= clause.end)
      .map((t) => ({ t, gap: t.span[0] >= end ? t.span[0] - end : at - t.span[1] }))
      .filter((x) => x.gap >= 0 && x.gap <= 40)
      .sort((a, b) => a.gap - b.gap);
    for (const { t } of near) {
      const day = dayOf(t);
      if (day) {
        out.push({ time: day, sentenceStart: info.s.start, sentenceEnd: info.s.end });
        break;
      }
    }
  }
  return out;
}

/**
 * Dates the reported crash mentions that give no date of their own by a departure told in their
 * sentence or in the sentence before, within one paragraph; a crash whose date is its own
 * sentence's departure date is marked as borrowed too.
 */
export function borrowDepartureDates(drafts: Draft[], departures: Departure[], body: string): void {
  if (!departures.length) return;
  for (const d of drafts) {
    if (d.kind !== "incident" || d.eventType !== "crash" || d.modality !== "reported") continue;
    const [start] = d.evidence.span;
    if (d.own.has("time")) {
      // "The flight, which took off on Monday, crashed": the crash's nearest date is the departure's.
      const same = departures.find((x) => x.sentenceStart === start && x.time.text === d.time?.text);
      if (same && d.time) d.time = { ...d.time, borrowedFrom: "departure" };
      continue;
    }
    const dep = departures.find((x) => {
      if (x.sentenceStart === start) return true;
      // The next sentence of the same paragraph: nothing but spaces and one line break between them.
      if (x.sentenceEnd > start) return false;
      const gap = body.slice(x.sentenceEnd, start);
      return /^\s*$/u.test(gap) && !/\n\s*\n/u.test(gap) && !/[.!?…]/u.test(gap);
    });
    if (!dep) continue;
    d.time = { ...dep.time, borrowedFrom: "departure" };
    d.own.add("time");
    // The quote shows where the date comes from: from the departure's sentence to the crash's.
    if (dep.sentenceStart < start) d.evidence = { quote: body.slice(dep.sentenceStart, d.evidence.span[1]), span: [dep.sentenceStart, d.evidence.span[1]] };
  }
}
