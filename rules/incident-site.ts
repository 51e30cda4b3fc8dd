/**
 * Two reports of the same incident say where inside the town it happened (src/extract/sites.ts).
 *   a: "The freighter came down in a field near the ring road."
 *   b: "Samolot uderzył w budynek magazynu."
 *      → conflict: open ground against a building (a warning: articles often name several
 *        impact points, and the debris of one crash may hit both).
 * The same district, the same named part of a building ("the Rubens Gallery", "Galeria Rubensa"),
 * the same seat, or a building within a campus agrees. Sites of different kinds (a district and a
 * building, a seat and a field) say nothing against each other, nor do two different buildings, two
 * differently named areas (an estate may lie within a district), parts or seats (of other people).
 * Only sites stated in the claim's own sentence are compared.
 */
import type { CodeRule, CompareResult, RuleTests } from "../src/compare/rule-api.js";
import type { Claim, SiteValue } from "../src/types.js";
import { sameSiteName } from "../src/extract/sites.js";

/** The site as the report shows it: its words, and its kind of ground for a common noun. */
function show(s: SiteValue): string {
  const ground = s.kind === "point" && s.class ? ` (${s.class.replace(/-/g, " ")})` : "";
  return `${s.text}${s.near ? ` near ${s.near}` : ""}${ground}`;
}

/** Whether one point holds the other or they are the same thing: a generic "building" and a "hostel", a hostel on a campus. */
function pointsMeet(a: SiteValue, b: SiteValue): boolean {
  if (a.class === b.class) return a.class !== "building" || a.key === b.key || a.key === a.class || b.key === b.class;
  const classes = new Set([a.class, b.class]);
  return classes.has("campus") && classes.has("building");
}

/** Open ground and a building cannot both be where one thing came down. */
function pointsExclude(a: SiteValue, b: SiteValue): boolean {
  const classes = new Set([a.class, b.class]);
  return classes.has("open-ground") && classes.has("building");
}

const rule: CodeRule = {
  meta: {
    description: "Two reports of the same incident name where inside the town it happened: the same district, part of a building, seat, or kind of ground agrees; open ground against a building conflicts, as a warning.",
    severity: "warning",
    aspect: "location",
    link: "event",
    appliesTo: ["incident"],
    own: ["site"],
    same: ["eventType"],
    messages: {
      agree: "{{a.doc}} and {{b.doc}} name the same site: {{a.value}}; {{b.value}}.",
      ground: "{{a.doc}} says it came down on {{a.value}} but {{b.doc}} on {{b.value}}; articles often name several impact points, so check whether both are.",
    },
  },
  compare(a: Claim, b: Claim): CompareResult | undefined {
    const sa = a.site;
    const sb = b.site;
    if (!sa || !sb || sa.kind !== sb.kind) return undefined;
    const values: [string, string] = [show(sa), show(sb)];
    // A site whose incident is only the article's main one, not named in its sentence, is a guess.
    const qualifiers = a.inherited?.includes("eventType") || b.inherited?.includes("eventType") ? ["inferred-event"] : [];
    const named = sa.key !== undefined && sb.key !== undefined && sameSiteName(sa.key, sb.key);
    switch (sa.kind) {
      // Two differently named areas may nest (an estate within a district), so only the same one is said.
      case "district":
        return named ? { verdict: "agree", qualifiers, values, strength: 1 } : undefined;
      case "part":
        return sa.class === sb.class && named ? { verdict: "agree", qualifiers, values, strength: 1 } : undefined;
      case "seat":
        return sa.key === sb.key ? { verdict: "agree", qualifiers, values, strength: 1 } : undefined;
      case "point":
        if (pointsMeet(sa, sb)) return { verdict: "agree", qualifiers: sa.class === sb.class && sa.key === sb.key ? qualifiers : [...qualifiers, "nested"], values };
        if (pointsExclude(sa, sb)) return { verdict: "conflict", messageId: "ground", qualifiers: [...qualifiers, "impact-points"], values };
        return undefined;
    }
  },
};

export default rule;

const day = { start: "2026-03-04", end: "2026-03-04", anchored: true };
const crash = (doc: string, site: SiteValue, extra: Partial<Claim> = {}) => ({ kind: "incident" as const, eventType: "crash", doc, site, time: day, ...extra });

/** Cases `crosscheck rules test` runs, like the inline tests of JSON rules. */
export const tests: RuleTests = {
  valid: [
    { name: "one district, spelt apart and together", expect: "agree", claims: [
      crash("a", { kind: "district", key: "nowawies", text: "Nowa Wieś area" }),
      crash("b", { kind: "district", key: "nowawies", text: "dzielnicy Nowawieś" }) ] },
    { name: "one gallery, in two languages' case forms", expect: "agree", claims: [
      crash("a", { kind: "part", class: "gallery", key: "rubens", text: "Rubens Gallery" }, { eventType: "theft" }),
      crash("b", { kind: "part", class: "gallery", key: "rubensa", text: "Galerii Rubensa" }, { eventType: "theft" }) ] },
    { name: "one seat", expect: "agree", claims: [
      crash("a", { kind: "seat", key: "14c", text: "seat 14C" }),
      crash("b", { kind: "seat", key: "14c", text: "miejscu 14C" }) ] },
    { name: "two seats may be two people's", expect: "silent", claims: [
      crash("a", { kind: "seat", key: "14c", text: "seat 14C" }),
      crash("b", { kind: "seat", key: "2a", text: "seat 2A" }) ] },
    { name: "a hostel within a campus (nested)", expect: "agree", claims: [
      crash("a", { kind: "point", class: "campus", key: "campus", text: "campus" }),
      crash("b", { kind: "point", class: "building", key: "hostel", text: "hostel" }) ] },
    { name: "a generic building and a warehouse", expect: "agree", claims: [
      crash("a", { kind: "point", class: "building", key: "building", text: "building" }),
      crash("b", { kind: "point", class: "building", key: "warehouse", text: "magazyn" }) ] },
    { name: "two different buildings may both have been hit", expect: "silent", claims: [
      crash("a", { kind: "point", class: "building", key: "hostel", text: "hostel" }),
      crash("b", { kind: "point", class: "building", key: "canteen", text: "canteen" }) ] },
    { name: "a district and a building are not set against each other", expect: "silent", claims: [
      crash("a", { kind: "district", key: "nowawies", text: "Nowa Wieś area" }),
      crash("b", { kind: "point", class: "open-ground", key: "field", text: "field" }) ] },
    { name: "a site inherited from the article's frame is not compared", expect: "silent", claims: [
      crash("a", { kind: "point", class: "open-ground", key: "field", text: "field" }, { inherited: ["site"] }),
      crash("b", { kind: "point", class: "building", key: "hostel", text: "hostel" }) ] },
    { name: "two differently named areas may nest (an estate within a district)", expect: "silent", claims: [
      crash("a", { kind: "district", key: "nowawies", text: "Nowa Wieś area" }),
      crash("b", { kind: "district", key: "wola", text: "osiedla Wola" }) ] },
    { name: "two parts with different names say nothing (names translate too freely)", expect: "silent", claims: [
      crash("a", { kind: "part", class: "gallery", key: "rubens", text: "Rubens Gallery" }),
      crash("b", { kind: "part", class: "gallery", key: "medici", text: "Medici Gallery" }) ] },
  ],
  invalid: [
    { name: "a field against a warehouse", claims: [
      crash("a", { kind: "point", class: "open-ground", key: "field", text: "field", near: "the ring road" }),
      crash("b", { kind: "point", class: "building", key: "warehouse", text: "magazyn" }) ],
      findings: [{ between: [0, 1], messageId: "ground" }] },
    { name: "a meadow against a residential building, the building's incident only the article's main one", claims: [
      crash("a", { kind: "point", class: "open-ground", key: "field", text: "meadow" }),
      crash("b", { kind: "point", class: "building", key: "residential", text: "budynek mieszkalny" }, { inherited: ["eventType"] }) ],
      findings: [{ between: [0, 1], messageId: "ground", qualifiers: ["inferred-event", "impact-points"] }] },
  ],
};
