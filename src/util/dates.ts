/** Calendar arithmetic on ISO dates, in UTC, without reading the clock. */

/** `2026-01-20` plus `days` (may be negative). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

/** Day number since the epoch, for bucketing. */
export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / 86_400_000);
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
