/**
 * A trip someone was said not to be making, against a report that put them at its destination
 * on those days.
 *   a: "Premier Donald Tusk nie poleci w środę do Brukseli" (will not fly to Brussels on Wednesday)
 *   b: "Tusk met von der Leyen in Brussels on Wednesday"
 *      → conflict, qualified plan-vs-event: the plan may simply have changed.
 * A trip or visit said to be cancelled or postponed is the same: "President X cancelled his visit to Gdańsk
 * scheduled for Thursday" against "Prezydent X przyjechał w czwartek do Gdańska".
 * A code rule: it pairs a denied trip with a reported meeting or stay, which no declarative
 * kind expresses (a denial is neither a plan nor an event).
 */
import type { CodeRule, RuleTests } from "../src/compare/rule-api.js";
import type { Claim, TimeValue } from "../src/types.js";

/** Both windows known, at most `MAX_DAYS` long ("in 2025" never meets "on Wednesday"), and overlapping. */
const MAX_DAYS = 8;

function day(iso: string | undefined): string | undefined {
  return iso?.slice(0, 10);
}

function spanDays(t: TimeValue): number {
  return (Date.parse(`${day(t.end)}T00:00:00Z`) - Date.parse(`${day(t.start)}T00:00:00Z`)) / 86_400_000 + 1;
}

function sameDays(a: TimeValue | undefined, b: TimeValue | undefined): boolean {
  if (!a?.start || !a.end || !b?.start || !b.end) return false;
  if (spanDays(a) > MAX_DAYS || spanDays(b) > MAX_DAYS) return false;
  return day(a.start)! <= day(b.end)! && day(b.start)! <= day(a.end)!;
}

/** The people a claim puts somewhere: a meeting's participants, a stay's or trip's subject. */
function people(c: Claim): string[] {
  if (c.kind === "meeting") return c.participants ?? [];
  return c.subject ? [c.subject] : [];
}

/** A trip said not to be made ("nie poleci do Brukseli"), or a trip or visit said to be cancelled ("odwołał wizytę w Krakowie"). */
function notGoing(c: Claim): boolean {
  if (c.kind === "travel" && c.modality === "denied") return true;
  return (c.kind === "travel" || c.kind === "presence") && c.modality !== "reported" && (c.status === "cancelled" || c.status === "postponed");
}

const rule: CodeRule = {
  meta: {
    description: "A trip someone was said not to be making, or said to be cancelled or postponed, against a report that put them at its destination on those days.",
    severity: "warning",
    aspect: "location",
    link: "person",
    appliesTo: ["travel", "meeting", "presence"],
    requireOne: ["travel", "presence"],
    own: ["location"],
    messages: {
      deniedTrip: "{{denied}} says {{who}} would not go to {{place}} ({{deniedQuote}}), but {{reported}} puts them there ({{reportedQuote}}).",
      cancelledTrip: "{{denied}} says {{who}}'s trip to {{place}} was called off or put off ({{deniedQuote}}), but {{reported}} puts them there ({{reportedQuote}}).",
    },
  },
  compare(a, b, { within, nameOf }) {
    const denied = notGoing(a) ? a : notGoing(b) ? b : undefined;
    const other = denied === a ? b : a;
    if (!denied || other.modality !== "reported" || other.status === "cancelled" || !denied.subject || !denied.location || !other.location) return undefined;
    if (!people(other).includes(denied.subject)) return undefined;
    if (other.location !== denied.location && !within(denied.location, other.location)) return undefined;
    if (!sameDays(denied.time, other.time)) return undefined;
    const qualifiers = ["plan-vs-event"];
    if (a.doc === b.doc) qualifiers.push("intra-document");
    if (a.attribution && b.attribution && a.attribution !== b.attribution) qualifiers.push("attribution-differs");
    if (denied.time?.inferred || other.time?.inferred) qualifiers.push("inferred-time");
    const place = nameOf(denied.location);
    const show = (c: Claim) => (c === denied ? (denied.modality === "denied" ? `not going to ${place}` : `trip to ${place} ${denied.status}`) : `in ${nameOf(other.location!)}`);
    return {
      verdict: "conflict",
      messageId: denied.modality === "denied" ? "deniedTrip" : "cancelledTrip",
      qualifiers,
      data: { denied: denied.doc, reported: other.doc, who: nameOf(denied.subject), place, deniedQuote: `“${denied.evidence.quote}”`, reportedQuote: `“${other.evidence.quote}”` },
      values: [show(a), show(b)],
    };
  },
};

export default rule;

const wednesday = { start: "2026-05-13", end: "2026-05-13", anchored: true };

/** Cases `crosscheck rules test` runs, like the inline tests of JSON rules. */
export const tests: RuleTests = {
  valid: [
    {
      name: "a cancelled visit and a plan to go there are both statements about the future",
      expect: "silent",
      claims: [
        { kind: "presence", doc: "a", modality: "planned", status: "cancelled", subject: "p", location: "krakow", time: wednesday },
        { kind: "presence", doc: "b", modality: "planned", subject: "p", location: "krakow", time: wednesday },
      ],
    },
    {
      name: "a cancelled visit and a stay elsewhere are no contradiction",
      expect: "silent",
      claims: [
        { kind: "travel", doc: "a", modality: "planned", status: "cancelled", subject: "p", location: "gdansk", time: wednesday },
        { kind: "presence", doc: "b", modality: "reported", subject: "p", location: "warsaw", time: wednesday },
      ],
    },
    {
      name: "a denied trip and a meeting elsewhere are no contradiction",
      expect: "silent",
      claims: [
        { kind: "travel", doc: "a", modality: "denied", subject: "p", location: "brussels", time: wednesday },
        { kind: "meeting", doc: "b", modality: "reported", participants: ["p", "q"], location: "warsaw", time: wednesday },
      ],
    },
    {
      name: "a denied trip and a meeting there a month later are no contradiction",
      expect: "silent",
      claims: [
        { kind: "travel", doc: "a", modality: "denied", subject: "p", location: "brussels", time: wednesday },
        { kind: "meeting", doc: "b", modality: "reported", participants: ["p", "q"], location: "brussels", time: { start: "2026-06-10", end: "2026-06-10", anchored: true } },
      ],
    },
    {
      name: "a denied trip and a plan to go are two statements about the future, not a report",
      expect: "silent",
      claims: [
        { kind: "travel", doc: "a", modality: "denied", subject: "p", location: "brussels", time: wednesday },
        { kind: "travel", doc: "b", modality: "planned", subject: "p", location: "brussels", time: wednesday },
      ],
    },
  ],
  invalid: [
    {
      name: "a postponed visit to Kraków on Thursday against a meeting there that Thursday",
      claims: [
        { kind: "travel", doc: "a", modality: "planned", status: "postponed", subject: "p", location: "krakow", time: wednesday },
        { kind: "meeting", doc: "b", modality: "reported", participants: ["p", "q"], location: "krakow", time: wednesday },
      ],
      findings: [{ between: [0, 1], messageId: "cancelledTrip", qualifiers: ["plan-vs-event"] }],
    },
    {
      name: "a visit to Gdańsk on Thursday was cancelled, but he arrived there on Thursday",
      claims: [
        { kind: "travel", doc: "a", modality: "planned", status: "cancelled", subject: "p", location: "gdansk", time: wednesday },
        { kind: "presence", doc: "b", modality: "reported", subject: "p", location: "gdansk", time: wednesday },
      ],
      findings: [{ between: [0, 1], messageId: "cancelledTrip", qualifiers: ["plan-vs-event"] }],
    },
    {
      name: "he would not fly to Brussels on Wednesday, but met there on Wednesday",
      claims: [
        { kind: "travel", doc: "a", modality: "denied", subject: "p", location: "brussels", time: wednesday },
        { kind: "meeting", doc: "b", modality: "reported", participants: ["p", "q"], location: "brussels", time: wednesday },
      ],
      findings: [{ between: [0, 1], messageId: "deniedTrip", qualifiers: ["plan-vs-event"] }],
    },
  ],
};
