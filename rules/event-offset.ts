/**
 * Two reports of the same event time one of its moments from another, and the spans cannot both be true.
 *   a: "The jet went down under two minutes after take-off."       crash, 0–120 s after take-off
 *   b: "Samolot runął cztery minuty po starcie."                    crash, 240 s after take-off
 *      → conflict: the spans do not overlap.
 * Only offsets of the same happening from the same anchor, in the same direction, are compared
 * (the link stage has already decided the two claims are about one event). Overlapping spans
 * agree ("20 seconds" lies within "under two minutes"). A conflict is an error only when both
 * sides write both moments; when one side's anchor is taken to be the event's start ("after some
 * 25 minutes") or its happening is not the one its span times ("20 seconds after take-off an
 * alarm sounded, and then it crashed"), it is a warning qualified `inferred-anchor` or
 * `inferred-happening`; so is an anchor the lexicon does not know, matched
 * to the other by a shared word ("after the vote"). A span given by words alone ("just after", "tuż po") depends on the scale
 * of the event, so its conflicts are warnings qualified `approximate`; spans that miss each other
 * by under a fifth of the longer are `close`, also a warning.
 */
import type { CodeRule, CompareResult, RuleTests } from "../src/compare/rule-api.js";
import type { Claim, OffsetValue } from "../src/types.js";

/** Seconds in words: "30 s", "5 min", "1.5 h". */
function seconds(x: number): string {
  if (x < 120) return `${Math.round(x * 10) / 10} s`;
  if (x < 2 * 3600) return `${Math.round((x / 60) * 10) / 10} min`;
  return `${Math.round((x / 3600) * 10) / 10} h`;
}

function show(o: OffsetValue): string {
  const span = o.minSeconds === o.maxSeconds ? seconds(o.minSeconds) : `${seconds(o.minSeconds)}–${seconds(o.maxSeconds)}`;
  return `${o.happening} ${span} ${o.relation} ${o.anchor.replace(/^event:/, "")}${o.anchorInferred ? " (inferred)" : ""}`;
}

const rule: CodeRule = {
  meta: {
    description: "Two reports of the same event time one of its moments from another (the crash after take-off, the turn of a meeting after its start) with spans that cannot both be true; overlapping spans agree.",
    severity: "error",
    aspect: "duration",
    link: "event",
    appliesTo: ["incident", "meeting"],
    own: ["offset"],
    messages: {
      agree: "{{a.doc}} gives {{a.value}} and {{b.doc}} {{b.value}}: the spans overlap.",
      conflict: "{{a.doc}} gives {{a.value}} but {{b.doc}} {{b.value}}: {{gap}} apart.",
    },
  },
  compare(a: Claim, b: Claim): CompareResult | undefined {
    const oa = a.offset;
    const ob = b.offset;
    if (!oa || !ob) return undefined;
    if (oa.anchor !== ob.anchor || oa.relation !== ob.relation || oa.happening !== ob.happening) return undefined;
    if (a.eventType !== b.eventType) return undefined;
    if (a.modality === "denied" || b.modality === "denied") return undefined;
    const qualifiers: string[] = [];
    // An anchor the lexicon does not know ("after the vote") is taken to be the other's because a word is shared: a guess too.
    if (oa.anchorInferred || ob.anchorInferred || oa.anchor.startsWith("event:")) qualifiers.push("inferred-anchor");
    if (oa.happeningInferred || ob.happeningInferred) qualifiers.push("inferred-happening");
    const vague = oa.hedge === "shortly" || ob.hedge === "shortly";
    if (oa.hedge || ob.hedge) qualifiers.push("approximate");
    if (a.modality !== b.modality && (a.modality === "planned" || b.modality === "planned")) qualifiers.push("plan-vs-event");
    if (a.attribution && b.attribution && a.attribution !== b.attribution) qualifiers.push("attribution-differs");
    const values: [string, string] = [show(oa), show(ob)];
    const gap = Math.max(oa.minSeconds, ob.minSeconds) - Math.min(oa.maxSeconds, ob.maxSeconds);
    if (gap <= 0) return { verdict: "agree", qualifiers, values, data: { gap: 0 } };
    const close = gap <= 0.2 * Math.max(oa.maxSeconds, ob.maxSeconds);
    if (close) qualifiers.push("close");
    const guessed = qualifiers.some((q) => q.startsWith("inferred-"));
    const result: CompareResult = { verdict: "conflict", qualifiers, values, data: { gap: seconds(gap) } };
    if (guessed || vague || close) result.severity = "warning";
    return result;
  },
};

export default rule;

const offset = (o: Partial<OffsetValue> & { min: number; max?: number }): OffsetValue => {
  const { min, max, ...rest } = o;
  return { anchor: "take-off", relation: "after", happening: "crash", text: "", minSeconds: min, maxSeconds: max ?? min, ...rest };
};
const crash = (doc: string, o: OffsetValue, extra: Partial<Claim> = {}) => ({ kind: "incident" as const, eventType: "crash", doc, offset: o, ...extra });
const meeting = (doc: string, o: OffsetValue) => ({ kind: "meeting" as const, doc, offset: o });

/** Cases `crosscheck rules test` runs, like the inline tests of JSON rules. */
export const tests: RuleTests = {
  valid: [
    { name: "20 seconds lies within 'under two minutes'", expect: "agree", claims: [
      crash("a", offset({ min: 0, max: 120, hedge: "less-than" })),
      crash("b", offset({ min: 20 })) ] },
    { name: "'a few seconds' and 'four seconds' overlap", expect: "agree", claims: [
      crash("a", offset({ happening: "fuel-cutoff", min: 2, max: 9 })),
      crash("b", offset({ happening: "fuel-cutoff", min: 4 })) ] },
    { name: "different happenings are not compared", expect: "silent", claims: [
      crash("a", offset({ min: 240 })),
      crash("b", offset({ happening: "fuel-cutoff", min: 4 })) ] },
    { name: "different anchors are not compared (after the turn vs after arrival)", expect: "silent", claims: [
      meeting("a", offset({ anchor: "turn", happening: "departure", min: 1575, max: 2025 })),
      meeting("b", offset({ anchor: "arrival", happening: "departure", min: 5460, max: 6300 })) ] },
    { name: "after and before are not compared", expect: "silent", claims: [
      crash("a", offset({ min: 60 })),
      crash("b", offset({ relation: "before", min: 300 })) ] },
    { name: "a denied offset is not compared", expect: "silent", claims: [
      crash("a", offset({ min: 60 }), { modality: "denied" }),
      crash("b", offset({ min: 300 })) ] },
    { name: "a turn some 25 minutes in agrees with the final 5 of a half-hour meeting", expect: "agree", claims: [
      meeting("a", offset({ anchor: "start", happening: "turn", min: 1310, max: 1690, anchorInferred: true })),
      meeting("b", offset({ anchor: "start", happening: "turn", min: 1500, max: 1500, anchorInferred: true })) ] },
  ],
  invalid: [
    { name: "under two minutes against four minutes: an error when both moments are written", claims: [
      crash("a", offset({ min: 0, max: 120, hedge: "less-than" })),
      crash("b", offset({ min: 240 })) ],
      findings: [{ between: [0, 1], qualifiers: ["approximate"] }] },
    { name: "two seconds against nine seconds", claims: [
      crash("a", offset({ happening: "fuel-cutoff", min: 2 })),
      crash("b", offset({ happening: "fuel-cutoff", min: 9 })) ],
      findings: [{ between: [0, 1] }] },
    { name: "an anchor taken to be the start: a warning, qualified", claims: [
      meeting("a", offset({ anchor: "start", happening: "turn", min: 1310, max: 1690, anchorInferred: true, hedge: "approx" })),
      meeting("b", offset({ anchor: "start", happening: "turn", min: 0, max: 600, hedge: "shortly" })) ],
      findings: [{ between: [0, 1], qualifiers: ["inferred-anchor", "approximate"] }] },
    { name: "a happening after 'and then': a warning, qualified", claims: [
      crash("a", offset({ min: 20, happeningInferred: true })),
      crash("b", offset({ min: 240 })) ],
      findings: [{ between: [0, 1], qualifiers: ["inferred-happening"] }] },
    { name: "an anchor matched by its word only: a warning, qualified", claims: [
      crash("a", offset({ anchor: "event:parade", min: 60 })),
      crash("b", offset({ anchor: "event:parade", min: 600 })) ],
      findings: [{ between: [0, 1], qualifiers: ["inferred-anchor"] }] },
    { name: "spans just missing each other are close", claims: [
      crash("a", offset({ min: 50, max: 60 })),
      crash("b", offset({ min: 65 })) ],
      findings: [{ between: [0, 1], qualifiers: ["close"] }] },
  ],
};
