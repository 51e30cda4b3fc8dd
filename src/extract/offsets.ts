/**
 * Relative time offsets between two moments of one event: "the jet went down under two minutes
 * after take-off", "cztery minuty po starcie", "the mood soured after some 25 minutes",
 * "25 minutes into the meeting", "zaraz po rozpoczęciu obrad doszło do awantury",
 * "the final 5 minutes of the hour-long meeting turned tense". Each gives the moment counted from
 * (the anchor), after or before, the moment timed (the happening) and the span in seconds.
 *
 * The spans come from the time normaliser (its durations, hedges and the `after`/`before` words it
 * reads after a duration); this module only names the two moments. When the text does not write
 * the anchor ("after some 25 minutes" is counted from the start) or times another moment than the
 * one named ("20 seconds after take-off an alarm sounded, and then the jet crashed"), the offset
 * says so (`anchorInferred`, `happeningInferred`): a rule must not rest an error on a guess.
 * Pure: no I/O; the words are in ./offset-lexicon.ts.
 */
import type { OffsetValue } from "../types.js";
import type { TimeExpression } from "../normalize/time/types.js";
import type { Sentence } from "../text/sentences.js";
import { hedgePhrases } from "../normalize/hedges.js";
import { findTimeExpressions } from "../normalize/time/index.js";
import { fold } from "../text/fold.js";
import { AFTER_SPAN, ANCHORS, HAPPENINGS, INTO, LAST_OF, LATER, MEETING_NOUNS, NTH_MINUTE, SEQUENCE, VAGUE_SPANS, WITHIN, type MomentWords } from "./offset-lexicon.js";

/** A span of the article body. */
export interface Span {
  start: number;
  end: number;
}

/** What the offset finder reads of one sentence. */
export interface OffsetInput {
  s: Sentence;
  body: string;
  lang: string;
  /** The sentence's time expressions (from the normaliser), in order. */
  times: readonly TimeExpression[];
  /** The sentence's clauses; the sentence as one when not split. */
  clauses: readonly Span[];
  /** The sentence before, whose last moment "minutes later" may count from. */
  previous?: Sentence;
}

/** One offset found, with where its words and its happening stand. */
export interface FoundOffset {
  offset: OffsetValue;
  /** The span words ("under two minutes", "zaraz po"). */
  at: Span;
  /** The happening's words. */
  happening: Span;
  /** Which kind of claim carries the happening. */
  of: "incident" | "meeting";
  /** The event type the happening's words name (a crash), if they name one. */
  eventType?: string;
  /** The duration expression the span was read from, if any. */
  source?: TimeExpression;
}

interface Compiled {
  anchors: Array<{ id: string; re: RegExp }>;
  happenings: Array<{ spec: MomentWords; re: RegExp }>;
  vague: Array<{ re: RegExp; maxSeconds: number; minSeconds: number; before: RegExp }>;
  withinBefore?: RegExp;
  withinOf?: RegExp;
  nthMinute?: RegExp;
  /** Any word a span by words alone or an ordinal minute needs: a sentence without one and without a duration has no offset. */
  cue?: RegExp;
  afterSpan?: RegExp;
  into?: RegExp;
  later?: RegExp;
  sequence?: RegExp;
  lastOf?: RegExp;
  meetingNoun?: RegExp;
  lessThan: string[];
}

const cache = new Map<string, Compiled>();
const alt = (words: string[] | undefined) => (words && words.length ? words.join("|") : undefined);
const bounded = (body: string, flags = "giu") => new RegExp(`(?<![\\p{L}\\d])(?:${body})(?![\\p{L}])`, flags);

function compiled(lang: string): Compiled {
  let c = cache.get(lang);
  if (c) return c;
  const anchors = ANCHORS.flatMap((a) => (alt(a.words[lang]) ? [{ id: a.id, re: new RegExp(`^\\s*(?:the\\s+)?(?:${alt(a.words[lang])})(?![\\p{L}])`, "iu") }] : []));
  const happenings = HAPPENINGS.flatMap((h) => (alt(h.words[lang]) ? [{ spec: h, re: bounded(alt(h.words[lang])!) }] : []));
  const vague = VAGUE_SPANS.flatMap((v) => {
    const words = alt(v.words[lang]);
    if (!words) return [];
    return [{ re: bounded(words), maxSeconds: v.maxSeconds, minSeconds: v.minSeconds, before: /(?:before|przed)$/iu }];
  });
  const opt = (src: string | undefined, make: (s: string) => RegExp) => (src ? make(src) : undefined);
  c = {
    anchors,
    happenings,
    vague,
    afterSpan: opt(AFTER_SPAN[lang], (w) => new RegExp(`(?<![\\p{L}])(?:${w})\\s+$`, "iu")),
    into: opt(INTO[lang], (w) => new RegExp(`^\\s+(?:${w})\\s+(?:the\\s+|a\\s+|their\\s+|his\\s+|her\\s+)?(?:\\p{L}+\\s+)?(?:${MEETING_NOUNS[lang] ?? "meeting"})(?![\\p{L}])`, "iu")),
    later: opt(LATER[lang], (w) => new RegExp(`\\s+(?:${w})$`, "iu")),
    withinBefore: opt(WITHIN[lang]?.before, (w) => new RegExp(`(?<![\\p{L}])(?:${w})\\s+$`, "iu")),
    withinOf: opt(WITHIN[lang]?.of, (w) => new RegExp(`^\\s+(?:${w})\\s+`, "iu")),
    nthMinute: opt(NTH_MINUTE[lang], (w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "giu")),
    sequence: opt(SEQUENCE[lang], (w) => bounded(w, "iu")),
    lastOf: opt(LAST_OF[lang], (w) => new RegExp(`(?<![\\p{L}])${w}\\s+$`, "iu")),
    meetingNoun: opt(MEETING_NOUNS[lang], (w) => new RegExp(`^\\s*(?:of\\s+)?(?:the\\s+|their\\s+)?(?:${w})(?![\\p{L}])`, "iu")),
    lessThan: hedgePhrases(lang).filter((h) => h.hedge === "lessThan").map((h) => h.phrase),
  };
  const cues = [...VAGUE_SPANS.flatMap((v) => v.words[lang] ?? []), ...(NTH_MINUTE[lang] ? [NTH_MINUTE[lang]] : [])];
  if (cues.length) c.cue = bounded(cues.join("|"), "iu");
  cache.set(lang, c);
  return c;
}

/** The anchor id of the words after "after"/"po": a known moment, else `event:<first content word>`. */
export function anchorOf(words: string, lang: string): string | undefined {
  return anchorMatch(words, lang)?.id;
}

/** The anchor of the words and how many characters of them name it (undefined for an unknown anchor: its extent is not known). */
function anchorMatch(words: string, lang: string): { id: string; length?: number } | undefined {
  const c = compiled(lang);
  for (const a of c.anchors) {
    const m = a.re.exec(words);
    if (m) return { id: a.id, length: m[0].length };
  }
  // "after the crash", "po katastrofie": a moment the lexicon knows as a happening, named as "N later" would name it.
  const article = /^\s*(?:(?:the|a|an)\s+)?/iu.exec(words)![0].length;
  const lead = words.slice(article);
  for (const { spec, re } of c.happenings) {
    re.lastIndex = 0;
    const m = re.exec(lead);
    if (m && m.index === 0) return { id: spec.id, length: article + m[0].length };
  }
  const word = fold(words)
    .split(/[^\p{L}]+/u)
    .find((w) => w.length > 3 && !/^(?:the|this|that|their|these|those|jego|jej|ich|tego|tej)$/.test(w));
  // A stem, so "eruption"/"eruptions" and Polish case forms of one noun meet.
  return word ? { id: `event:${word.slice(0, 6)}` } : undefined;
}

/** Seconds of a normalised duration, with "less than n" open down to zero ("under two minutes": 0–120 s). */
function secondsOf(x: TimeExpression, lessThan: string[]): { min: number; max: number; hedge?: string } | undefined {
  if (x.minMinutes === undefined || x.maxMinutes === undefined) return undefined;
  let min = x.minMinutes * 60;
  let max = x.maxMinutes * 60;
  let hedge = x.mod ? x.mod.toLowerCase().replace(/_/g, "-") : undefined;
  // Seconds as written when no hedge widened them (the normaliser keeps minutes to three decimals).
  const n = nominal(x.value);
  if (n !== undefined && !x.mod) (min = n), (max = n);
  const text = fold(x.text);
  if (lessThan.some((p) => text.startsWith(fold(p)))) {
    // The normaliser's [n/2, n) for counts; of a time before a moment, anything under n.
    if (n !== undefined) max = Math.max(max, n);
    min = 0;
    hedge = "less-than";
  }
  return { min: round(min), max: round(max), ...(hedge ? { hedge } : {}) };
}

/** Seconds of a TIMEX3 duration value ("PT1M", "PT30S", "PT2H"), when it is one number. */
function nominal(value: string): number | undefined {
  const m = /^PT(\d+(?:\.\d+)?)([HMS])$/.exec(value);
  if (!m) return undefined;
  return Number(m[1]) * (m[2] === "H" ? 3600 : m[2] === "M" ? 60 : 1);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The nearest happening to a span in its clause, else in the sentence (inferred). */
function happeningNear(input: OffsetInput, c: Compiled, at: Span, skip: Span[]): { spec: MomentWords; hit: Span; inferred: boolean } | undefined {
  const { s, body } = input;
  const clause = input.clauses.find((k) => at.start >= k.start && at.start < k.end) ?? s;
  const found: Array<{ spec: MomentWords; hit: Span; distance: number; inClause: boolean }> = [];
  for (const { spec, re } of c.happenings) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const hit = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      if (skip.some((k) => hit.start < k.end && hit.end > k.start)) continue;
      const distance = hit.end <= at.start ? at.start - hit.end : hit.start - at.end;
      found.push({ spec, hit, distance, inClause: hit.start >= clause.start && hit.end <= clause.end });
    }
  }
  found.sort((a, b) => Number(b.inClause) - Number(a.inClause) || a.distance - b.distance);
  const best = found[0];
  if (!best) return undefined;
  // "20 seconds after take-off an alarm sounded, and then the jet crashed": the span times the alarm.
  const between = best.hit.start >= at.end ? body.slice(at.end, best.hit.start) : "";
  const sequenced = c.sequence !== undefined && (c.sequence.lastIndex = 0, c.sequence.test(between));
  return { spec: best.spec, hit: best.hit, inferred: !best.inClause || sequenced };
}

/** The offsets of one sentence. */
export function findOffsets(input: OffsetInput): FoundOffset[] {
  const { s, body, lang } = input;
  const c = compiled(lang);
  const timed = input.times.some((x) => (x.type === "DURATION" && x.minMinutes !== undefined) || (x.type === "DATE" && c.later?.test(x.text)));
  if (!timed && !c.cue?.test(s.text)) return [];
  const out: FoundOffset[] = [];
  const used: Span[] = [];
  const add = (o: Omit<OffsetValue, "happening">, at: Span, anchorWords: Span | undefined, source?: TimeExpression, also?: Span) => {
    const skip = anchorWords ? [at, anchorWords] : [at];
    if (also) skip.push(also);
    // An anchor that is no known moment may be a clause ("11 hours after the two countries were
    // plunged into darkness"): what follows it up to a punctuation mark is still the anchor.
    if (anchorWords && o.anchor.startsWith("event:")) {
      const rest = body.slice(anchorWords.end, s.end).search(/[,;:.!?()–—]/u);
      skip.push({ start: anchorWords.end, end: rest < 0 ? s.end : anchorWords.end + rest });
    }
    const h = happeningNear(input, c, at, skip);
    if (!h || h.spec.id === o.anchor) return;
    const offset: OffsetValue = { ...o, happening: h.spec.id };
    if (h.inferred) offset.happeningInferred = true;
    const found: FoundOffset = { offset, at, happening: h.hit, of: h.spec.of ?? "incident" };
    if (h.spec.eventType) found.eventType = h.spec.eventType;
    if (source) found.source = source;
    out.push(found);
    used.push(at);
  };
  const durations = input.times.filter((x) => x.type === "DURATION" && x.minMinutes !== undefined && x.maxMinutes !== undefined && x.maxMinutes <= 24 * 60);
  // A counted span ("dwie sekundy po") is never read again as one by words alone ("sekundy po").
  used.push(...durations.map((x) => ({ start: x.span[0], end: x.span[1] })));
  for (let i = 0; i < durations.length; i++) {
    const x = durations[i]!;
    const at = { start: x.span[0], end: x.span[1] };
    const span = secondsOf(x, c.lessThan);
    if (!span) continue;
    const base = { minSeconds: span.min, maxSeconds: span.max, text: x.text, ...(span.hedge ? { hedge: span.hedge } : {}) };
    const before = body.slice(Math.max(s.start, x.span[0] - 24), x.span[0]);
    const after = body.slice(x.span[1], Math.min(s.end, x.span[1] + 60));
    // "the final 5 minutes of the hour-long meeting": counted back from the end of a length, so from its start.
    const whole = durations[i + 1];
    if (c.lastOf?.test(before) || (c.lastOf && /^(?:the\s+)?(?:last|final)\s/iu.test(x.text))) {
      if (whole && /^\s+of\s+(?:the\s+|a\s+|an\s+)?$/iu.test(body.slice(x.span[1], whole.span[0])) && whole.minMinutes !== undefined && whole.maxMinutes !== undefined) {
        const lo = Math.max(0, whole.minMinutes * 60 - span.max);
        const hi = Math.max(lo, whole.maxMinutes * 60 - span.min);
        // The start is not written: it is where the length is counted from.
        add({ anchor: "start", relation: "after", minSeconds: round(lo), maxSeconds: round(hi), text: `${x.text} of ${whole.text}`, anchorInferred: true }, { start: x.span[0], end: whole.span[1] }, undefined, x);
        i++;
      }
      continue;
    }
    // "25 minutes into the meeting": from its start, which is written (the normaliser reads "into" as "after").
    const into = c.into?.exec(after);
    if (into) {
      add({ ...base, anchor: "start", relation: "after" }, at, { start: x.span[1], end: x.span[1] + into[0].length }, x);
      continue;
    }
    if (x.after !== undefined || x.before !== undefined) {
      const words = (x.after ?? x.before)!;
      const k = body.indexOf(words, x.span[1]);
      let anchorAt = k >= 0 && k - x.span[1] < 16 ? { start: k, end: k + words.length } : undefined;
      // The normaliser keeps up to four words, stopping at a preposition ("oderwaniu się" of "oderwaniu się od pasa"):
      // read on for a known moment, and take only its own words ("po starcie nastąpiło odcięcie": the rest is the happening).
      const match = anchorMatch(anchorAt ? body.slice(anchorAt.start, Math.min(s.end, anchorAt.start + 60)) : words, lang);
      if (!match) continue;
      const anchor = match.id;
      if (anchorAt && match.length !== undefined) anchorAt = { start: anchorAt.start, end: anchorAt.start + match.length };
      const within = /(?<![\p{L}])within\s+$/iu.test(before);
      const o = { ...base, anchor, relation: x.after !== undefined ? ("after" as const) : ("before" as const) };
      if (within) (o.minSeconds = 0), (o.hedge = "within");
      add(o, at, anchorAt, x);
      continue;
    }
    // "after some 25 minutes", "po 25 minutach (obrad)": from the event's start, written only when the event is named.
    if (c.afterSpan?.test(before)) {
      const noun = c.meetingNoun?.exec(after);
      const o = { ...base, anchor: "start", relation: "after" as const, ...(noun ? {} : { anchorInferred: true }) };
      add(o, at, noun ? { start: x.span[1], end: x.span[1] + noun[0].length } : undefined, x);
      continue;
    }
    // "within two minutes of take-off", "w ciągu dwóch minut od startu": at most the span.
    const of = c.withinBefore?.test(before) ? c.withinOf?.exec(after) : undefined;
    if (of) {
      const from = x.span[1] + of[0].length;
      const anchor = anchorOf(body.slice(from, Math.min(s.end, from + 60)), lang);
      if (anchor) add({ ...base, minSeconds: 0, hedge: "within", anchor, relation: "after" }, at, { start: x.span[1], end: from + (body.slice(from, s.end).search(/[\s,.;]|$/u)) }, x);
    }
  }
  // "Two minutes later the jet crashed": from the moment told before (the normaliser reads a date; its span is the duration before "later").
  // The moment told before is the sentence's last one before the span, else the previous sentence's; the happening follows the span.
  for (const x of input.times) {
    if (x.type !== "DATE" || !c.later?.test(x.text)) continue;
    const anchor = lastMoment({ text: body.slice(s.start, x.span[0]), start: s.start, end: x.span[0] }, lang) ?? (input.previous ? lastMoment(input.previous, lang) : undefined);
    if (!anchor) continue;
    const words = x.text.replace(c.later, "");
    const d = findTimeExpressions(words, { lang }).find((y) => y.type === "DURATION" && y.span[0] === 0 && y.span[1] === words.length);
    const span = d ? secondsOf(d, c.lessThan) : undefined;
    if (!span) continue;
    const at = { start: x.span[0], end: x.span[1] };
    add({ anchor, relation: "after", minSeconds: span.min, maxSeconds: span.max, text: x.text, anchorInferred: true, ...(span.hedge ? { hedge: span.hedge } : {}) }, at, undefined, undefined, { start: s.start, end: at.start });
  }
  // "in the 25th minute of the meeting", "w 25. minucie obrad": the minute after the start.
  if (c.nthMinute) {
    c.nthMinute.lastIndex = 0;
    for (let m = c.nthMinute.exec(s.text); m; m = c.nthMinute.exec(s.text)) {
      const n = Number(m[1]);
      if (!(n >= 1)) continue;
      const at = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      const noun = c.meetingNoun?.exec(body.slice(at.end, Math.min(s.end, at.end + 40)));
      add({ anchor: "start", relation: "after", minSeconds: (n - 1) * 60, maxSeconds: n * 60, text: m[0], ...(noun ? {} : { anchorInferred: true }) }, at, noun ? { start: at.end, end: at.end + noun[0].length } : undefined);
    }
  }
  // "soon after take-off", "zaraz po rozpoczęciu obrad": a span by words alone, before a known moment.
  for (const v of c.vague) {
    v.re.lastIndex = 0;
    for (let m = v.re.exec(s.text); m; m = v.re.exec(s.text)) {
      const at = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      if (used.some((u) => at.start < u.end && at.end > u.start)) continue;
      const rest = body.slice(at.end, Math.min(s.end, at.end + 60));
      const anchor = c.anchors.find((a) => a.re.test(rest));
      if (!anchor) continue;
      const words = anchor.re.exec(rest)!;
      add(
        { anchor: anchor.id, relation: v.before.test(m[0]) ? "before" : "after", minSeconds: v.minSeconds, maxSeconds: v.maxSeconds, text: m[0], hedge: "shortly" },
        at,
        { start: at.end, end: at.end + words[0].length },
      );
    }
  }
  return out;
}

/** The last moment a sentence tells (a happening or an anchor word), for "minutes later" in the next. */
export function lastMoment(s: Sentence, lang: string): string | undefined {
  const c = compiled(lang);
  let best: { id: string; at: number } | undefined;
  for (const { spec, re } of c.happenings) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) if (!best || m.index > best.at) best = { id: spec.id, at: m.index };
  }
  return best?.id;
}
