/**
 * UTC offsets of named time zones on a given local date-time. Fixed offsets come from the
 * lexicon; zones with daylight saving ("Eastern time") are looked up in the IANA data that Node's
 * Intl carries. Called only for clock times that name a zone, so formatters are cached, not hot.
 */

import type { ZoneSpec } from "./lexicon/types.js";

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(iana: string): Intl.DateTimeFormat | undefined {
  let f = formatters.get(iana);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", { timeZone: iana, timeZoneName: "longOffset" });
    } catch {
      f = null;
    }
    formatters.set(iana, f);
  }
  return f ?? undefined;
}

/** Offset in minutes of an IANA zone at a UTC instant (ms), or undefined when the zone is unknown. */
function offsetAt(iana: string, utcMs: number): number | undefined {
  const f = formatter(iana);
  if (!f) return undefined;
  const name = f.formatToParts(new Date(utcMs)).find((p) => p.type === "timeZoneName")?.value ?? "";
  if (name === "GMT") return 0;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!m) return undefined;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * The UTC offset (minutes) of `zone` at the local date-time `local` ("2025-04-28T12:33"), or
 * undefined when the zone fixes none ("local time", "IST").
 */
export function utcOffset(zone: ZoneSpec, local: string): number | undefined {
  if (zone.offset !== undefined) return zone.offset;
  if (!zone.iana) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return undefined;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // The local time read as UTC is off by the offset; one correction settles it except within the
  // hour a clock is moved, where either offset is a fair reading.
  const first = offsetAt(zone.iana, asUtc);
  if (first === undefined) return undefined;
  return offsetAt(zone.iana, asUtc - first * 60000) ?? first;
}
