/**
 * Anchors grammar output (./grammar.ts) to the reference date and the discourse: turns
 * `{ dow: 2 }` into `2026-01-20`, `{ rel: W, off: -1 }` into `2026-W03`, hedged durations into
 * minute intervals. All arithmetic is on day numbers (./calendar.ts); the wall clock is never read.
 */

import { hedgeInterval } from "../hedges.js";
import {
  addMonths, civil, dayNumber, daysInMonth, easter, isoDate, isoWeekMonday, isoWeekString, pad, weekday,
} from "./calendar.js";
import { durationValue, unitMinutes, type Anchor, type DateSem, type DurSem, type Sem } from "./grammar.js";
import type { ClockHedge, PartOfDay, Season, TimeUnit } from "./lexicon/types.js";
import type { Granularity, TimeDirection, TimeExpression, TimexMod } from "./types.js";
import { utcOffset } from "./zones.js";

const WEEKDAY_NAMES = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Local ISO date-time of a day number plus minutes (which may run into the next or previous day). */
function dateTime(dn: number, minutes: number): string {
  const day = dn + Math.floor(minutes / 1440);
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${isoDate(day)}T${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/**
 * Minutes before and after a hedged clock time that it allows. "Around" widens by how round the
 * time is (around 9:00 ±30, around 12:30 or 10:45 ±15, around 12:20 ±10, around 13:36 ±5; around
 * noon, a word, ±60); "after"/"before" reach two hours, "shortly after"/"shortly before" half an hour.
 */
function hedgeWindow(h: ClockHedge, minute: number, word: boolean): [number, number] {
  switch (h) {
    case "APPROX": {
      const w = word ? 60 : minute === 0 ? 30 : minute % 15 === 0 ? 15 : minute % 5 === 0 ? 10 : 5;
      return [-w, w];
    }
    case "AFTER":
      return [0, 120];
    case "SHORTLY_AFTER":
      return [0, 30];
    case "BEFORE":
      return [-120, 0];
    case "SHORTLY_BEFORE":
      return [-30, 0];
  }
}

/** The reference date, split once. */
export interface RefDate {
  dn: number;
  y: number;
  m: number;
  d: number;
  hour?: number;
  minute?: number;
}

/** Discourse state carried through one text, in reading order. */
export interface State {
  ref?: RefDate;
  /** Day number of the last day-level date mentioned, and its paragraph. */
  lastDay?: number;
  lastDayPara?: number;
  /** Start and granularity of the last date mentioned (any granularity). */
  lastDate?: { dn: number; gran: Granularity };
}

/** A period: value plus inclusive day interval. */
interface Period {
  gran: Granularity;
  value: string;
  start: number;
  end: number;
}

type Resolved = Omit<TimeExpression, "text" | "span">;

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

const POD_HOURS: Record<PartOfDay, [string, string, number]> = {
  MO: ["06:00", "11:59", 0],
  AF: ["12:00", "17:59", 0],
  EV: ["18:00", "21:59", 0],
  NI: ["22:00", "05:59", 1],
  DT: ["08:00", "17:59", 0],
};

function dayP(dn: number): Period {
  return { gran: "day", value: isoDate(dn), start: dn, end: dn };
}

function monthP(y: number, m: number): Period {
  return { gran: "month", value: `${pad(y, 4)}-${pad(m)}`, start: dayNumber(y, m, 1), end: dayNumber(y, m, daysInMonth(y, m)) };
}

function yearP(y: number): Period {
  return { gran: "year", value: pad(y, 4), start: dayNumber(y, 1, 1), end: dayNumber(y, 12, 31) };
}

function weekP(dn: number): Period {
  const mon = dn - weekday(dn) + 1;
  return { gran: "week", value: isoWeekString(dn), start: mon, end: mon + 6 };
}

function weekendP(dn: number): Period {
  const mon = dn - weekday(dn) + 1;
  return { gran: "week", value: `${isoWeekString(dn)}-WE`, start: mon + 5, end: mon + 6 };
}

function quarterP(y: number, q: number): Period {
  const m0 = (q - 1) * 3 + 1;
  return { gran: "quarter", value: `${pad(y, 4)}-Q${q}`, start: dayNumber(y, m0, 1), end: dayNumber(y, m0 + 2, daysInMonth(y, m0 + 2)) };
}

function halfP(y: number, h: number): Period {
  const m0 = h === 1 ? 1 : 7;
  return { gran: "half", value: `${pad(y, 4)}-H${h}`, start: dayNumber(y, m0, 1), end: dayNumber(y, m0 + 5, daysInMonth(y, m0 + 5)) };
}

/** Meteorological seasons; winter Y runs from December Y to February Y+1. */
function seasonP(y: number, s: Season): Period {
  const m0 = SEASON_START[s];
  const [ey, em] = addMonths(y, m0, 2);
  return { gran: "season", value: `${pad(y, 4)}-${s}`, start: dayNumber(y, m0, 1), end: dayNumber(ey, em, daysInMonth(ey, em)) };
}

function decadeP(d: number): Period {
  return { gran: "decade", value: `${pad(d, 3)}X`, start: dayNumber(d * 10, 1, 1), end: dayNumber(d * 10 + 9, 12, 31) };
}

function centuryP(c: number): Period {
  return { gran: "century", value: pad(c, 2), start: dayNumber(c * 100, 1, 1), end: dayNumber(c * 100 + 99, 12, 31) };
}

function seasonOf(dn: number): { y: number; s: Season } {
  const [y, m] = civil(dn);
  if (m === 12) return { y, s: "WI" };
  if (m <= 2) return { y: y - 1, s: "WI" };
  return { y, s: m <= 5 ? "SP" : m <= 8 ? "SU" : "FA" };
}

/**
 * Picks among occurrences of a recurring period by tense: the latest that has started (past),
 * the earliest that has not ended (future), or the nearest (unknown; ties go to the past).
 */
function choose(cands: Period[], ref: number, dir: TimeDirection): Period {
  if (dir === "past") {
    let best: Period | undefined;
    for (const c of cands) if (c.start <= ref && (!best || c.start > best.start)) best = c;
    if (best) return best;
  } else if (dir === "future") {
    let best: Period | undefined;
    for (const c of cands) if (c.end >= ref && (!best || c.start < best.start)) best = c;
    if (best) return best;
  }
  let best = cands[0] as Period;
  let bestDist = Infinity;
  for (const c of cands) {
    const dist = c.start <= ref && ref <= c.end ? 0 : Math.min(Math.abs(c.start - ref), Math.abs(c.end - ref));
    if (dist < bestDist || (dist === bestDist && c.start < best.start)) {
      best = c;
      bestDist = dist;
    }
  }
  return best;
}

/** Unit arithmetic from a base day: the period `off` units away, at the unit's granularity. */
function shift(base: number, unit: TimeUnit, off: number, dayGranular: boolean): Period | undefined {
  const [y, m] = civil(base);
  switch (unit) {
    case "D":
      return dayP(base + off);
    case "W":
      return dayGranular ? dayP(base + 7 * off) : weekP(base + 7 * off);
    case "WE":
      return weekendP(base + 7 * off);
    case "M": {
      const [yy, mm] = addMonths(y, m, off);
      if (dayGranular) {
        const [, , d] = civil(base);
        return dayP(dayNumber(yy, mm, Math.min(d, daysInMonth(yy, mm))));
      }
      return monthP(yy, mm);
    }
    case "Q": {
      const q = Math.floor((m - 1) / 3) + off;
      const qy = y + Math.floor(q / 4);
      return quarterP(qy, (((q % 4) + 4) % 4) + 1);
    }
    case "HY": {
      const h = Math.floor((m - 1) / 6) + off;
      return halfP(y + Math.floor(h / 2), (((h % 2) + 2) % 2) + 1);
    }
    case "Y": {
      if (dayGranular) {
        const [, mm, d] = civil(base);
        return dayP(dayNumber(y + off, mm, Math.min(d, daysInMonth(y + off, mm))));
      }
      return yearP(y + off);
    }
    case "DE":
      return decadeP(Math.floor(y / 10) + off);
    case "CE":
      return centuryP(Math.floor(y / 100) + off);
    case "H":
    case "MI":
    case "S":
      return dayP(base);
  }
}

/** Placeholder value for an anchor that needs a reference date we do not have. */
function unanchoredValue(a: Anchor): string {
  switch (a.k) {
    case "abs":
      if (a.m !== undefined && a.d !== undefined) return `XXXX-${pad(a.m)}-${pad(a.d)}`;
      if (a.m !== undefined) return `XXXX-${pad(a.m)}`;
      if (a.d !== undefined) return `XXXX-XX-${pad(a.d)}`;
      return "XXXX";
    case "dow":
      return `XXXX-WXX-${a.dow}`;
    case "month":
      return `XXXX-${pad(a.m)}`;
    case "season":
      return `XXXX-${a.s}`;
    case "quarter":
      return `XXXX-Q${a.q}`;
    case "half":
      return `XXXX-H${a.h}`;
    case "holiday":
      return a.month !== undefined && a.day !== undefined ? `XXXX-${pad(a.month)}-${pad(a.day)}` : "XXXX-XX-XX";
    case "rel":
      switch (a.unit) {
        case "W":
          return "XXXX-WXX";
        case "WE":
          return "XXXX-WXX-WE";
        case "M":
          return "XXXX-XX";
        case "Y":
          return "XXXX";
        case "Q":
          return "XXXX-QX";
        case "DE":
          return "XXX";
        case "CE":
          return "XX";
        default:
          return "XXXX-XX-XX";
      }
    default:
      return "XXXX-XX-XX";
  }
}

/** Resolves a date anchor to a period, or undefined when it needs a missing reference. */
function anchorPeriod(a: Anchor, st: State, dir: () => TimeDirection, para: number, clock = false): Period | undefined {
  const ref = st.ref;
  switch (a.k) {
    case "abs": {
      if (a.y !== undefined && a.m !== undefined && a.d !== undefined) {
        if (a.d > daysInMonth(a.y, a.m)) return undefined;
        const p = dayP(dayNumber(a.y, a.m, a.d));
        if (a.d2 !== undefined) p.end = dayNumber(a.y, a.m, Math.min(a.d2, daysInMonth(a.y, a.m)));
        return p;
      }
      if (a.y !== undefined && a.m !== undefined) return monthP(a.y, a.m);
      if (a.y !== undefined) return yearP(a.y);
      if (!ref) return undefined;
      if (a.m !== undefined && a.d !== undefined) {
        const m = a.m;
        const d = a.d;
        const cands = [ref.y - 1, ref.y, ref.y + 1]
          .filter((y) => d <= daysInMonth(y, m))
          .map((y) => {
            const p = dayP(dayNumber(y, m, d));
            if (a.d2 !== undefined) p.end = dayNumber(y, m, Math.min(a.d2, daysInMonth(y, m)));
            return p;
          });
        return cands.length > 0 ? choose(cands, ref.dn, dir()) : undefined;
      }
      if (a.m !== undefined) {
        const m = a.m;
        return choose([ref.y - 1, ref.y, ref.y + 1].map((y) => monthP(y, m)), ref.dn, dir());
      }
      if (a.d !== undefined) {
        const d = a.d;
        const cands: Period[] = [];
        for (let k = -1; k <= 1; k++) {
          const [y, m] = addMonths(ref.y, ref.m, k);
          if (d <= daysInMonth(y, m)) cands.push(dayP(dayNumber(y, m, d)));
        }
        return cands.length > 0 ? choose(cands, ref.dn, dir()) : undefined;
      }
      return undefined;
    }
    case "week": {
      const mon = isoWeekMonday(a.y, a.w);
      if (a.d !== undefined) return dayP(mon + a.d - 1);
      return { gran: "week", value: `${pad(a.y, 4)}-W${pad(a.w)}`, start: mon, end: mon + 6 };
    }
    case "dow": {
      if (!ref) return undefined;
      const today = weekday(ref.dn);
      if (a.rel === undefined) {
        if (a.dow === today) return dayP(ref.dn);
        // An article stamped late in the evening reports the next day's events where it is
        // already past midnight ("on Thursday" in a report stamped Wednesday 20:00 in New York):
        // that is the next day, not the Thursday six days before.
        if (ref.hour !== undefined && ref.hour >= 18 && a.dow === (today % 7) + 1) return dayP(ref.dn + 1);
        // News reports events: without a future marker a weekday is the last one.
        return dir() === "future" ? dayP(ref.dn + ((a.dow - today + 7) % 7)) : dayP(ref.dn - ((today - a.dow + 7) % 7));
      }
      if (a.rel < 0) return dayP(ref.dn - ((today - a.dow + 7) % 7 || 7));
      if (a.rel > 0) return dayP(ref.dn + ((a.dow - today + 7) % 7 || 7));
      return dayP(ref.dn - today + a.dow);
    }
    case "month": {
      if (!ref) return undefined;
      const cur = ref.y * 12 + ref.m - 1;
      if (a.rel === 0) return monthP(ref.y, a.m);
      for (let k = 1; k <= 12; k++) {
        const idx = a.rel < 0 ? cur - k : cur + k;
        if ((idx % 12) + 1 === a.m) return monthP(Math.floor(idx / 12), a.m);
      }
      return undefined;
    }
    case "relday":
      return ref ? dayP(ref.dn + a.off) : undefined;
    case "anaday": {
      const base = st.lastDay ?? ref?.dn;
      return base === undefined ? undefined : dayP(base + a.off);
    }
    case "ctxday": {
      // The day named in the paragraph; else, for a clock time, a day named earlier in the week
      // before publication, which a report of an event keeps talking about ("on Monday … began
      // around 10:33 GMT"; a part of day such as "nocą" is often habitual); else the publication day.
      const recent = clock && st.lastDay !== undefined && ref !== undefined && st.lastDay <= ref.dn && st.lastDay >= ref.dn - 7;
      const base = st.lastDay !== undefined && (st.lastDayPara === para || recent) ? st.lastDay : ref?.dn;
      return base === undefined ? undefined : dayP(base);
    }
    case "rel": {
      if (a.vague) return undefined;
      let base = ref?.dn;
      let dayGranular = a.unit === "D";
      if (a.ana && st.lastDate) {
        base = st.lastDate.dn;
        dayGranular = st.lastDate.gran === "day";
      } else if (a.ana && st.lastDay !== undefined) {
        base = st.lastDay;
        dayGranular = true;
      }
      if (base === undefined) return undefined;
      return shift(base, a.unit, a.off, dayGranular);
    }
    case "season": {
      if (a.y !== undefined) return seasonP(a.y, a.s);
      if (!ref) return undefined;
      const s = a.s;
      const cands = [ref.y - 2, ref.y - 1, ref.y, ref.y + 1].map((y) => seasonP(y, s));
      const cur = seasonOf(ref.dn);
      if (a.rel === 0) return cur.s === s ? seasonP(cur.y, s) : seasonP(ref.y, s);
      if (a.rel !== undefined && a.rel < 0) {
        let best: Period | undefined;
        for (const c of cands) if (c.end < ref.dn && (!best || c.start > best.start)) best = c;
        return best;
      }
      if (a.rel !== undefined && a.rel > 0) {
        let best: Period | undefined;
        for (const c of cands) if (c.start > ref.dn && (!best || c.start < best.start)) best = c;
        return best;
      }
      return choose(cands, ref.dn, dir());
    }
    case "quarter":
    case "half": {
      const make = (y: number): Period => (a.k === "quarter" ? quarterP(y, a.q) : halfP(y, a.h));
      if (a.y !== undefined) return make(a.y);
      if (!ref) return undefined;
      if (a.rel !== undefined) return make(ref.y + a.rel);
      return choose([ref.y - 1, ref.y, ref.y + 1].map(make), ref.dn, dir());
    }
    case "decade": {
      if (a.d !== undefined) return decadeP(a.d);
      if (a.dd === undefined) return undefined;
      const refY = ref?.y ?? 1999;
      const d = 2000 + a.dd <= refY ? 200 + a.dd / 10 : 190 + a.dd / 10;
      return decadeP(d);
    }
    case "century":
      return centuryP(a.c);
    case "holiday": {
      const at = (y: number): Period | undefined => {
        if (a.easter !== undefined) return dayP(easter(y) + a.easter);
        if (a.month !== undefined && a.day !== undefined) return dayP(dayNumber(y, a.month, a.day));
        return undefined;
      };
      if (a.y !== undefined) return at(a.y);
      if (!ref) return undefined;
      const cands = [ref.y - 1, ref.y, ref.y + 1].map(at).filter((p): p is Period => p !== undefined);
      return cands.length > 0 ? choose(cands, ref.dn, dir()) : undefined;
    }
  }
}

/** Narrows a period to its early / middle / late third (months: days 1–10, 11–20, 21–end). */
function narrow(p: Period, mod: "START" | "MID" | "END"): void {
  if (p.gran === "day") return;
  if (p.gran === "week") {
    if (mod === "START") p.end = p.start + 1;
    else if (mod === "MID") {
      p.start += 2;
      p.end = p.start + 1;
    } else p.start += 4;
    return;
  }
  const [sy, sm] = civil(p.start);
  const [ey, em] = civil(p.end);
  const months = (ey - sy) * 12 + (em - sm) + 1;
  if (months <= 1) {
    if (mod === "START") p.end = p.start + 9;
    else if (mod === "MID") {
      p.end = p.start + 19;
      p.start += 10;
    } else p.start += 20;
    return;
  }
  const third = Math.max(1, Math.floor(months / 3));
  if (mod === "START") {
    const [y, m] = addMonths(sy, sm, third - 1);
    p.end = dayNumber(y, m, daysInMonth(y, m));
  } else if (mod === "MID") {
    const [y1, m1] = addMonths(sy, sm, third);
    const [y2, m2] = addMonths(sy, sm, months - third - 1);
    p.start = dayNumber(y1, m1, 1);
    p.end = dayNumber(y2, m2, daysInMonth(y2, m2));
  } else {
    const [y, m] = addMonths(sy, sm, months - third);
    p.start = dayNumber(y, m, 1);
  }
}

function resolveDate(sem: DateSem, st: State, dir: () => TimeDirection, para: number): Resolved & { dayDn?: number } {
  const a = sem.a;
  if (a.k === "rel" && a.vague) {
    return { type: "DATE", value: a.off < 0 ? "PAST_REF" : "FUTURE_REF", granularity: "ref", anchored: true };
  }
  let p = anchorPeriod(a, st, dir, para, sem.clock !== undefined);
  // A reported clock time later in the day than the article was published happened the day
  // before ("at 23:40" in an article stamped 00:30): the publication day would put it in the future.
  const ref = st.ref;
  if (a.k === "ctxday" && p && sem.clock && ref?.hour !== undefined && p.start === ref.dn && dir() !== "future") {
    if (sem.clock[0] * 60 + sem.clock[1] > ref.hour * 60 + (ref.minute ?? 0) + 30) p = dayP(ref.dn - 1);
  }
  const isTime = sem.pod !== undefined || sem.clock !== undefined;
  const out: Resolved & { dayDn?: number } = { type: isTime ? "TIME" : "DATE", value: "", anchored: p !== undefined };
  if (sem.mod) out.mod = sem.mod as TimexMod;
  if (!p) {
    let v = isTime ? (a.k === "abs" || a.k === "dow" || a.k === "holiday" ? unanchoredValue(a) : "XXXX-XX-XX") : unanchoredValue(a);
    if (sem.pod) v += `T${sem.pod}`;
    else if (sem.clock) v += `T${pad(sem.clock[0])}:${pad(sem.clock[1])}`;
    out.value = v;
    out.granularity = sem.clock ? "minute" : sem.pod ? "part-of-day" : granOf(a);
    return out;
  }
  if (sem.mod === "START" || sem.mod === "MID" || sem.mod === "END") narrow(p, sem.mod);
  if (sem.sub && st.ref && p.start <= st.ref.dn && st.ref.dn <= p.end) {
    if (sem.sub === "earlier" && st.ref.dn > p.start) p.end = st.ref.dn - 1;
    if (sem.sub === "later" && st.ref.dn < p.end) p.start = st.ref.dn + 1;
  }
  out.value = p.value;
  out.granularity = p.gran;
  out.start = isoDate(p.start);
  out.end = isoDate(p.end);
  if (p.gran === "day") {
    out.dayDn = p.start;
    if (sem.dow !== undefined) {
      out.weekday = WEEKDAY_NAMES[sem.dow] as string;
      out.weekdayMismatch = weekday(p.start) !== sem.dow;
    }
  }
  if (isTime && p.gran === "day") {
    const date = p.value;
    if (sem.clock) {
      const hm = `${pad(sem.clock[0])}:${pad(sem.clock[1])}`;
      out.value = `${date}T${hm}`;
      out.granularity = "minute";
      if (sem.clock[0] === 24) {
        out.start = out.end = `${isoDate(p.start + 1)}T00:00`;
      } else out.start = out.end = `${date}T${hm}`;
      const at = sem.clock[0] * 60 + sem.clock[1];
      const [lo, hi] = sem.clockHedge ? hedgeWindow(sem.clockHedge, sem.clock[1], sem.clockWord === true) : [0, 0];
      out.earliest = dateTime(p.start, at + lo);
      out.latest = dateTime(p.start, at + hi);
      if (sem.zone) {
        out.zone = sem.zone.zone;
        const off = utcOffset(sem.zone, out.start);
        if (off !== undefined) out.utcOffsetMinutes = off;
      }
    } else if (sem.pod) {
      const [from, to, next] = POD_HOURS[sem.pod];
      out.value = `${date}T${sem.pod}`;
      out.granularity = "part-of-day";
      out.start = `${date}T${from}`;
      out.end = `${isoDate(p.start + next)}T${to}`;
    }
  } else if (isTime) {
    out.type = "DATE";
  }
  return out;
}

function granOf(a: Anchor): Granularity {
  switch (a.k) {
    case "abs":
      return a.d !== undefined ? "day" : a.m !== undefined ? "month" : "year";
    case "week":
      return a.d !== undefined ? "day" : "week";
    case "month":
      return "month";
    case "season":
      return "season";
    case "quarter":
      return "quarter";
    case "half":
      return "half";
    case "decade":
      return "decade";
    case "century":
      return "century";
    case "rel":
      return a.unit === "W" || a.unit === "WE" ? "week" : a.unit === "M" ? "month" : a.unit === "Y" ? "year" : "day";
    default:
      return "day";
  }
}

const UNSPECIFIED: Partial<Record<TimeUnit, string>> = {
  S: "PTXS", MI: "PTXM", H: "PTXH", D: "PXD", W: "PXW", M: "PXM", Q: "PXM", HY: "PXM", Y: "PXY", DE: "PXDE", CE: "PXCE",
};

/** Minutes rounded to a thousandth: seconds stay visible ("kilka sekund" is 0.033–0.15 min, not 0). */
function roundMinutes(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function resolveDuration(sem: DurSem): Resolved {
  const out: Resolved = { type: "DURATION", value: "", anchored: true };
  const unit = sem.unspecified ?? sem.parts[0]?.[1];
  if (sem.range && unit) {
    // A range of counts has no single TIMEX3 value: the unit is given, the counts are the interval.
    out.value = UNSPECIFIED[unit] ?? "PXY";
    out.minMinutes = roundMinutes(sem.range[0] * unitMinutes(unit));
    out.maxMinutes = roundMinutes(sem.range[1] * unitMinutes(unit));
    return out;
  }
  if (sem.unspecified !== undefined || sem.vague) {
    out.value = (unit && UNSPECIFIED[unit]) ?? "PXY";
    if (sem.vague && unit) {
      out.minMinutes = roundMinutes(sem.vague[0] * unitMinutes(unit));
      out.maxMinutes = roundMinutes(sem.vague[1] * unitMinutes(unit));
    } else if (unit) out.minMinutes = roundMinutes(2 * unitMinutes(unit));
    if (sem.hedge) {
      const mod = hedgeInterval(sem.hedge, 1).mod;
      if (mod) out.mod = mod;
    }
    return out;
  }
  out.value = durationValue(sem.parts);
  let minutes = 0;
  for (const [n, u] of sem.parts) minutes += n * unitMinutes(u);
  minutes = Math.round(minutes * 1000) / 1000;
  if (sem.hedge) {
    // An open bound stops one second short of a length told in minutes or seconds ("under two minutes" holds
    // 90 seconds; "less than a minute" is no half-minute point), one minute short of a longer one.
    const finest = Math.min(...sem.parts.map(([, u]) => unitMinutes(u)));
    const iv = hedgeInterval(sem.hedge, minutes, { step: finest <= 1 ? 1 / 60 : 1 });
    out.minMinutes = iv.min;
    out.maxMinutes = iv.max;
    if (iv.mod) out.mod = iv.mod;
  } else {
    out.minMinutes = minutes;
    out.maxMinutes = minutes;
  }
  return out;
}

/** Resolves one candidate, updating the discourse state. */
export function resolveSem(sem: Sem, st: State, dir: () => TimeDirection, para: number): Resolved {
  switch (sem.kind) {
    case "date": {
      const r = resolveDate(sem, st, dir, para);
      const { dayDn, ...rest } = r;
      if (dayDn !== undefined) {
        st.lastDay = dayDn;
        st.lastDayPara = para;
      }
      if (r.start !== undefined && r.granularity !== undefined && r.granularity !== "ref") {
        const [y, m, d] = r.start.slice(0, 10).split("-").map(Number) as [number, number, number];
        st.lastDate = { dn: dayNumber(y, m, d), gran: r.granularity === "minute" || r.granularity === "part-of-day" ? "day" : r.granularity };
      }
      return rest;
    }
    case "dur":
      return resolveDuration(sem);
    case "set": {
      const out: Resolved = { type: "SET", value: sem.value, anchored: true };
      if (sem.freq) out.freq = sem.freq;
      if (sem.quant) out.quant = sem.quant;
      return out;
    }
    case "ref": {
      const out: Resolved = { type: "DATE", value: sem.v, granularity: "ref", anchored: true };
      if (sem.v === "PRESENT_REF" && st.ref) out.start = out.end = isoDate(st.ref.dn);
      return out;
    }
  }
}

