/**
 * Compare: runs the rules over linked pairs and turns their verdicts into findings. Pure (no fs,
 * no clock, no console). Pairs are put in a fixed order (earlier document first), mirrored and
 * repeated pairs are reported once, and a pair of claims yields at most one finding per aspect.
 * Many claim pairs of one event pair often say the same thing ("more than two hours" is stated
 * once but inherited by several claims): only the first finding per (documents, event, aspect,
 * verdict) is kept.
 */
import type { Claim, ClaimRef, Finding, Severity } from "../types.js";
import type { LinkedPair } from "../link/index.js";
import type { EntityRegistry } from "../normalize/entities.js";
import type { CompareResult, Rule } from "./rule-api.js";
import type { KindContext } from "./kinds/index.js";
import { getPath, ownsField } from "./paths.js";
import { showMinutes, showNumber, showTime } from "./kinds/shared.js";

/** A rule that threw: stops the run, with the rule and both claims named. */
export class RuleFailure extends Error {
  constructor(
    readonly rule: string,
    readonly a: Claim,
    readonly b: Claim,
    readonly failure: unknown,
  ) {
    super(`Rule "${rule}" failed comparing claim ${a.id} (${a.doc}) with ${b.id} (${b.doc}): ${failure instanceof Error ? failure.message : String(failure)}`);
  }
}

export interface CompareOptions {
  registry: EntityRegistry;
  /** Document order (ids in the order they were given), for "earlier article first". */
  docOrder: string[];
  referenceDate?: string;
}

export interface CompareOutput {
  findings: Finding[];
  pairsCompared: number;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Builds the context rules see. */
export function ruleContext(registry: EntityRegistry, options: Record<string, unknown>, referenceDate?: string): KindContext {
  const ctx: KindContext = {
    options,
    within: (outer, inner) => registry.contains(outer, inner),
    nameOf: (id) => registry.get(id)?.name ?? id,
    knownGiven: (entity, key) => registry.knownGiven(entity, key),
  };
  if (referenceDate) ctx.referenceDate = referenceDate;
  return ctx;
}

/** Whether a rule applies to this pair at all (link type, kinds, own fields, equal paths). */
export function applies(rule: Rule, a: Claim, b: Claim, link: string): boolean {
  const m = rule.meta;
  if (m.link !== link || !m.appliesTo.includes(a.kind) || !m.appliesTo.includes(b.kind)) return false;
  if (m.requireOne && !m.requireOne.includes(a.kind) && !m.requireOne.includes(b.kind)) return false;
  for (const field of m.own ?? []) if (!ownsField(a, field) || !ownsField(b, field)) return false;
  for (const [p, allowed] of whereEntries(rule)) {
    if (!allowed.includes(getPath(a, p)) || !allowed.includes(getPath(b, p))) return false;
  }
  // Equal, or absent on both sides ("quantity.unit" of two percentages).
  for (const p of m.same ?? []) if (!sameValue(getPath(a, p), getPath(b, p))) return false;
  return true;
}

/** A rule's `where` as entries, made once per rule: `applies` runs for every rule on every pair. */
type WhereEntries = Array<[string, ReadonlyArray<unknown>]>;
const whereCache = new WeakMap<Rule, WhereEntries>();

function whereEntries(rule: Rule): WhereEntries {
  let entries = whereCache.get(rule);
  if (!entries) {
    entries = Object.entries(rule.meta.where ?? {});
    whereCache.set(rule, entries);
  }
  return entries;
}

/** Equality of two path values as JSON would see them; identical values without serialising. */
function sameValue(x: unknown, y: unknown): boolean {
  return x === y || JSON.stringify(x) === JSON.stringify(y);
}

/** Runs every rule on every linked pair. */
export function compareClaims(pairs: LinkedPair[], rules: Rule[], options: CompareOptions): CompareOutput {
  const order = new Map(options.docOrder.map((id, i) => [id, i]));
  const claimNumber = (c: Claim) => Number(c.id.slice(c.id.lastIndexOf("#") + 1));
  const first = (a: Claim, b: Claim) => {
    const da = order.get(a.doc) ?? 0;
    const db = order.get(b.doc) ?? 0;
    return da < db || (da === db && claimNumber(a) <= claimNumber(b));
  };
  const contexts = new Map(rules.map((r) => [r.id, ruleContext(options.registry, r.options, options.referenceDate)]));
  const kept = new Map<string, Finding>();
  const perClaimPair = new Set<string>();
  let pairsCompared = 0;
  for (const pair of pairs) {
    const [a, b] = first(pair.a, pair.b) ? [pair.a, pair.b] : [pair.b, pair.a];
    if (a.id === b.id) continue;
    pairsCompared++;
    for (const rule of rules) {
      if (!applies(rule, a, b, pair.link)) continue;
      let result: CompareResult | undefined;
      try {
        result = rule.compare(a, b, contexts.get(rule.id)!);
      } catch (error) {
        throw new RuleFailure(rule.id, a, b, error);
      }
      if (!result) continue;
      const aspect = rule.meta.aspect;
      const claimKey = `${a.id}|${b.id}|${aspect}`;
      if (perClaimPair.has(claimKey)) continue;
      const eventKey = `${a.doc}|${b.doc}|${pair.eventKey}|${aspect}|${result.verdict}`;
      const existing = kept.get(eventKey);
      perClaimPair.add(claimKey);
      // Most results repeat a finding already kept for the event pair: build a finding only to keep it.
      if (!existing || score(severityOf(rule, result), qualifiersOf(result).length) > score(existing.severity, existing.qualifiers.length)) {
        kept.set(eventKey, toFinding(rule, result, a, b, pair.event));
      }
    }
  }
  const findings = [...kept.values()].sort(byReportOrder(order));
  findings.forEach((f, i) => (f.id = `f${i + 1}`));
  return { findings, pairsCompared };
}

/** Of two findings about one event pair, keep the more severe, then the one needing fewer qualifiers. */
function score(severity: Severity, qualifiers: number): number {
  return SEVERITY_RANK[severity] * 10 - qualifiers;
}

function severityOf(rule: Rule, result: CompareResult): Severity {
  return result.verdict === "agree" ? "info" : result.severity ?? (rule.meta.severity === "off" ? "info" : rule.meta.severity);
}

function qualifiersOf(result: CompareResult): string[] {
  return [...new Set(result.qualifiers ?? [])];
}

function byReportOrder(order: Map<string, number>) {
  return (x: Finding, y: Finding): number =>
    (x.verdict === y.verdict ? 0 : x.verdict === "conflict" ? -1 : 1) ||
    SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] ||
    (order.get(x.docs[0]) ?? 0) - (order.get(y.docs[0]) ?? 0) ||
    (order.get(x.docs[1]) ?? 0) - (order.get(y.docs[1]) ?? 0) ||
    x.claims[0].span[0] - y.claims[0].span[0] ||
    x.claims[1].span[0] - y.claims[1].span[0] ||
    (x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0);
}

function toFinding(rule: Rule, result: CompareResult, a: Claim, b: Claim, event: string): Finding {
  const values = result.values ?? [describeValue(a, rule.meta.aspect), describeValue(b, rule.meta.aspect)];
  const refs: [ClaimRef, ClaimRef] = [ref(a, values[0]), ref(b, values[1])];
  const severity = severityOf(rule, result);
  const qualifiers = qualifiersOf(result);
  const messageId = result.messageId && rule.meta.messages[result.messageId] ? result.messageId : result.verdict;
  const template = rule.meta.messages[messageId] ?? rule.meta.messages[result.verdict] ?? "";
  const explanation = [fill(template, refs, result.data ?? {}), context(refs, qualifiers)].filter(Boolean).join(" ");
  return { id: "", rule: rule.id, verdict: result.verdict, aspect: rule.meta.aspect, severity, qualifiers, event, docs: [a.doc, b.doc], claims: refs, explanation };
}

function ref(c: Claim, value: string): ClaimRef {
  const r: ClaimRef = { claim: c.id, doc: c.doc, quote: c.evidence.quote, span: [...c.evidence.span], value, modality: c.modality };
  if (c.attribution) r.attribution = c.attribution;
  if (c.published) r.published = c.published;
  return r;
}

/** The modality, source and date behind each side, in words: what makes a finding explain itself. */
function context(refs: [ClaimRef, ClaimRef], qualifiers: string[]): string {
  const side = (r: ClaimRef) => `${r.doc}${r.published ? ` (${r.published})` : ""} ${MODALITY_WORDS[r.modality]}${r.attribution ? `, per ${r.attribution}` : ""}`;
  const notes: string[] = [];
  if (qualifiers.includes("plan-vs-event")) notes.push("One side is a stated plan and the other a reported event, so the plan may simply have changed.");
  if (qualifiers.includes("update")) notes.push("The later figure is higher: likely an updated count rather than an error.");
  if (qualifiers.includes("inferred-time")) notes.push("At least one side gives no date; it was taken as the days around publication.");
  return `${side(refs[0])}; ${side(refs[1])}.${notes.length ? ` ${notes.join(" ")}` : ""}`;
}

const MODALITY_WORDS: Record<ClaimRef["modality"], string> = {
  reported: "reports it as having happened",
  planned: "reports it as a plan",
  conditional: "reports it as conditional",
  denied: "reports a denial",
};

/** Fills `{{a.doc}}`, `{{b.value}}`, `{{data}}` placeholders. */
export function fill(template: string, refs: [ClaimRef, ClaimRef], data: Record<string, string | number>): string {
  let out = "";
  for (const part of templateParts(template)) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    if (part.side !== undefined) {
      const v = (refs[part.side] as unknown as Record<string, unknown>)[part.field];
      out += v === undefined ? part.whole : part.field === "quote" ? `“${String(v)}”` : String(v);
      continue;
    }
    const v = data[part.key];
    out += v === undefined ? part.whole : String(v);
  }
  return out;
}

/** A placeholder of a message template: a side's field (`a.doc`), or a data key. */
type Placeholder = { whole: string; key: string; side?: 0 | 1; field: string };

/** Templates split once into text and placeholders: every finding fills one, and there are few templates. */
const parsedTemplates = new Map<string, Array<string | Placeholder>>();

function templateParts(template: string): Array<string | Placeholder> {
  let parts = parsedTemplates.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    const key = m[1]!;
    const [head, field] = key.split(".");
    const placeholder: Placeholder = { whole: m[0], key, field: field ?? "" };
    if ((head === "a" || head === "b") && field) placeholder.side = head === "a" ? 0 : 1;
    parts.push(placeholder);
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  parsedTemplates.set(template, parts);
  return parts;
}

/** Placeholders left unfilled in a message (the rule tester rejects them). */
export function unfilled(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!);
}

function describeValue(c: Claim, aspect: string): string {
  switch (aspect) {
    case "duration":
      return c.duration ? showMinutes(c.duration.minMinutes, c.duration.maxMinutes) : "";
    case "date":
    case "time":
      return showTime(c.time);
    case "quantity":
      return c.quantity ? showNumber(c.quantity.min, c.quantity.max) : "";
    case "location":
      return c.location ?? "";
    case "condition":
      return c.condition ?? c.modality;
    default:
      return c.modality;
  }
}
