/** Calendar arithmetic on ISO dates, in UTC, without reading the clock. */

/** `2026-01-20` plus `days` (may be negative). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Milliseconds at the start (UTC) of the day `iso` starts with; NaN for a bad date. */
function dayStart(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

const DAY_MS = 86_400_000;

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayStart(b) - dayStart(a)) / DAY_MS);
}

/** Day number since the epoch, for bucketing. */
export function dayNumber(isoDate: string): number {
  return Math.floor(dayStart(isoDate) / DAY_MS);
}

/** Inclusive intervals of ISO dates/date-times overlap (compared on the day). */
export function overlaps(a: { start?: string; end?: string }, b: { start?: string; end?: string }): boolean {
  if (!a.start || !a.end || !b.start || !b.end) return true;
  return a.start.slice(0, 10) <= b.end.slice(0, 10) && b.start.slice(0, 10) <= a.end.slice(0, 10);
}

/** Length of an interval in days (1 for a single day). */
export function spanDays(t: { start?: string; end?: string }): number {
  if (!t.start || !t.end) return Infinity;
  return daysBetween(t.start, t.end) + 1;
}

/**
 * The same arithmetic with each date parsed once: linking and comparing ask about the same few
 * hundred dates for every claim and pair, and `Date.parse` of a built string was a tenth of the
 * link stage.
 */
export class Days {
  private readonly ms = new Map<string, number>();

  /** Forgets every date once it holds `limit` (a long-lived cache stays small). */
  constructor(private readonly limit = Infinity) {}

  private start(iso: string): number {
    let ms = this.ms.get(iso);
    if (ms === undefined) {
      ms = dayStart(iso);
      if (this.ms.size >= this.limit) this.ms.clear();
      this.ms.set(iso, ms);
    }
    return ms;
  }

  /** As `dayNumber`. */
  number(iso: string): number {
    return Math.floor(this.start(iso) / DAY_MS);
  }

  /** As `daysBetween`. */
  between(a: string, b: string): number {
    return Math.round((this.start(b) - this.start(a)) / DAY_MS);
  }

  /** As `spanDays`. */
  span(t: { start?: string; end?: string }): number {
    if (!t.start || !t.end) return Infinity;
    return this.between(t.start, t.end) + 1;
  }
}

/** For the comparison kinds, which are plain functions: rules see the same dates over and over. */
export const days = new Days(10_000);
