/** Date arithmetic shared by link and the comparison kinds. */
/**
 * The calendar arithmetic of util/dates (same formulas, same results), with each date parsed
 * once: linking and comparing ask about the same few hundred dates for every claim and pair, and
 * `Date.parse` of a built string was a tenth of the link stage.
 */
export class Days {
  private readonly ms = new Map<string, number>();

  /** Forgets every date once it holds `limit` (a long-lived cache stays small). */
  constructor(private readonly limit = Infinity) {}

  /** Milliseconds of the day `iso` starts with, as `Date.parse` gives them (NaN for a bad date). */
  private parse(iso: string): number {
    let ms = this.ms.get(iso);
    if (ms === undefined) {
      ms = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
      if (this.ms.size >= this.limit) this.ms.clear();
      this.ms.set(iso, ms);
    }
    return ms;
  }

  /** util/dates `dayNumber`. */
  number(iso: string): number {
    return Math.floor(this.parse(iso) / 86_400_000);
  }

  /** util/dates `daysBetween`. */
  between(a: string, b: string): number {
    return Math.round((this.parse(b) - this.parse(a)) / 86_400_000);
  }

  /** util/dates `spanDays`. */
  span(t: { start?: string; end?: string }): number {
    if (!t.start || !t.end) return Infinity;
    return this.between(t.start, t.end) + 1;
  }
}

/** For the comparison kinds, which are plain functions: rules see the same dates over and over. */
export const days = new Days(10_000);
