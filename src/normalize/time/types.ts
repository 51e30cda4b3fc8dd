/**
 * Public shapes of the time normaliser (TimeML TIMEX3 values).
 *
 * Offsets: `span` is `[start, end)` in UTF-16 code units of the text given
 * (what `String.prototype.slice` takes), the same convention as the report.
 * Interval bounds are inclusive ISO strings: a day is `start = end = "2026-01-20"`,
 * a month `"2026-01-01".."2026-01-31"`, a time `"2025-12-02T19:40"`.
 */

/** TIMEX3 `type`. */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** TIMEX3 `mod` values used by crosscheck. */
export type TimexMod =
  | "APPROX"
  | "MORE_THAN"
  | "LESS_THAN"
  | "EQUAL_OR_MORE"
  | "EQUAL_OR_LESS"
  | "START"
  | "MID"
  | "END"
  | "BEFORE"
  | "AFTER"
  | "ON_OR_BEFORE"
  | "ON_OR_AFTER";

/** How precise a DATE/TIME value is. */
export type Granularity =
  | "millennium"
  | "century"
  | "decade"
  | "year"
  | "half"
  | "quarter"
  | "season"
  | "month"
  | "week"
  | "day"
  | "part-of-day"
  | "hour"
  | "minute"
  | "second"
  | "ref";

/** Whether a clause reports what happened or announces what will. */
export type TimeDirection = "past" | "future" | "unknown";

/** One time expression found in a text. */
export interface TimeExpression {
  text: string;
  span: [number, number];
  type: TimexType;
  /** TIMEX3 value: `2026-01-20`, `2026-W04`, `2026-01-22TEV`, `PT2H`, `PAST_REF`, `XXXX-XX-XX`, ... */
  value: string;
  mod?: TimexMod;
  /** Inclusive interval the value stands for (DATE/TIME), when it can be anchored. */
  start?: string;
  end?: string;
  granularity?: Granularity;
  /** False when the value depends on a reference date that was not available. */
  anchored: boolean;
  /** For DURATION: the interval in minutes after the hedge is applied. */
  minMinutes?: number;
  maxMinutes?: number;
  /** For SET: TIMEX3 `freq` ("2X" in "twice a week") and `quant` ("EVERY"). */
  freq?: string;
  quant?: string;
  /**
   * For a TIME with a clock: the window the hedge allows, as local ISO date-times (`start`/`end`
   * keep the stated minute). "around 12:30" → 12:15..12:45, "shortly after 3 am" → 03:00..03:30,
   * "po godz. 23" → 23:00..01:00 the next day. Without a hedge, equal to the stated minute.
   */
  earliest?: string;
  latest?: string;
  /**
   * The time zone written after a clock time, as a label: "GMT", "UTC", "CET", "CEST", "ET", "PT",
   * "MSK", "IST", "local" (local time of the place reported), "czasu polskiego"… Absent: not stated.
   */
  zone?: string;
  /**
   * Offset of `zone` from UTC in minutes on that date (GMT 0, CET 60, CEST 120, ET -300 or -240
   * by daylight saving). Absent when unknown (no zone, "local", an ambiguous abbreviation).
   */
  utcOffsetMinutes?: number;
  /**
   * The weekday written next to an explicit date ("Sunday, April 28"), in English ("Sunday"); the
   * value keeps the date. `weekdayMismatch` is true when that date falls on another weekday.
   */
  weekday?: string;
  weekdayMismatch?: boolean;
  /**
   * For a DURATION that is an offset from an event ("less than a minute after taking off",
   * "pięć minut po starcie", "a day before the vote"): the words of that event, after or before
   * which the duration is counted. Such a duration is not the length of the event.
   */
  after?: string;
  before?: string;
}

/** Options for {@link findTimeExpressions}. */
export interface TimeOptions {
  /** ISO 639-1 code: "en", "pl", ... */
  lang: string;
  /** The article's publication date (ISO date or date-time); relative expressions are anchored to it. */
  referenceDate?: string;
  /**
   * Tense of the clause around an offset, when the caller knows it better than the
   * normaliser's own heuristic (e.g. the extractor decided a clause is a plan).
   */
  direction?: (offset: number) => TimeDirection;
}
