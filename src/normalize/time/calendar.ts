/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, UTC).
 * Integers instead of `Date` objects: no time zones, no wall clock, no allocation.
 */

/** Day number of a civil date (month 1..12). Days past the month's end roll over. */
export function dayNumber(y: number, m: number, d: number): number {
  // Howard Hinnant's days_from_civil.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date `[y, m, d]` of a day number. */
export function civil(dn: number): [number, number, number] {
  const z = dn + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** ISO weekday, Monday = 1 .. Sunday = 7. */
export function weekday(dn: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dn + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);
}

/** ISO week `[isoYear, week]` containing a day. */
export function isoWeek(dn: number): [number, number] {
  const thursday = dn - weekday(dn) + 4;
  const [y] = civil(thursday);
  return [y, Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1];
}

/** Monday of an ISO week. */
export function isoWeekMonday(isoYear: number, week: number): number {
  const jan4 = dayNumber(isoYear, 1, 4);
  return jan4 - weekday(jan4) + 1 + (week - 1) * 7;
}

/** Month arithmetic on (year, month) pairs. */
export function addMonths(y: number, m: number, n: number): [number, number] {
  const idx = y * 12 + (m - 1) + n;
  return [Math.floor(idx / 12), (((idx % 12) + 12) % 12) + 1];
}

/** Easter Sunday (Gregorian), anonymous algorithm; for holidays tied to Easter. */
export function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, day);
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + (s.length >= width ? s : "0".repeat(width - s.length) + s);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDate(dn: number): string {
  const [y, m, d] = civil(dn);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** `YYYY-Www` of a day number. */
export function isoWeekString(dn: number): string {
  const [y, w] = isoWeek(dn);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** Parses the date part of an ISO date or date-time ("2026-01-21", "2026-01-21T10:00:00Z"). */
export function parseIsoDate(s: string): { dn: number; hour?: number; minute?: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(s.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  const out: { dn: number; hour?: number; minute?: number } = { dn: dayNumber(y, mo, d) };
  if (m[4] !== undefined) {
    out.hour = Number(m[4]);
    out.minute = Number(m[5]);
  }
  return out;
}
