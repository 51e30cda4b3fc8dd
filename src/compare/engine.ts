/**
 * Compare: runs the rules over linked pairs and turns their verdicts into findings. Pure (no fs,
 * no clock, no console). Pairs are put in a fixed order (earlier document first), mirrored and
 * repeated pairs are reported once, and a pair of claims yields at most one finding per aspect.
 * Many claim pairs of one event pair often say the same thing ("more than two hours" is stated
 * once but inherited by several claims): only the first finding per (documents, event, aspect,
 * verdict) is kept.
 */
import { interner } from "../util/intern.js";
import type { Claim, ClaimKind, ClaimRef, EventReport, Finding, Severity } from "../types.js";
import { PositionBuilder } from "./positions.js";
import type { LinkedPair } from "../link/index.js";
import type { EntityRegistry } from "../normalize/entities.js";
import type { CompareResult, Rule } from "./rule-api.js";
import type { KindContext } from "./kinds/index.js";
import { getPath, ownsField } from "./paths.js";
import { showMinutes, showQuantity, showTime } from "./kinds/shared.js";
import { guardRules, untilSettled } from "./guard.js";

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
  /** Build `events` (aspects and positions) as well as findings. */
  positions?: boolean;
  /** Source name of a document (front matter `source`), for positions. */
  sourceOf?: (doc: string) => string | undefined;
}

export interface CompareOutput {
  findings: Finding[];
  pairsCompared: number;
  /** With `positions`: the linked events, their aspects and positions. */
  events?: EventReport[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Builds the context rules see. */
export function ruleContext(registry: EntityRegistry, options: Record<string, unknown>, referenceDate?: string): KindContext {
  const ctx: KindContext = {
    options,
    within: (outer, inner) => registry.contains(outer, inner),
    nameOf: (id) => registry.nameOf(id),
    knownGiven: (entity, key) => registry.knownGiven(entity, key),
  };
  if (referenceDate) ctx.referenceDate = referenceDate;
  return ctx;
}

/** Whether a rule applies to this pair at all (link type, kinds, own fields, equal paths). */
export function applies(rule: Rule, a: Claim, b: Claim, link: string): boolean {
  return kindsApply(rule, a.kind, b.kind, link) && fieldsApply(rule, a, b);
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

/**
 * Linked pairs as indices, the form comparison runs on (and the one that crosses to a worker
 * thread): each claim once, and per pair five numbers, claim a, claim b, and the link type,
 * event label and event key as indices into `strings`.
 */
export interface IndexedPairs {
  claims: Claim[];
  /** `[a, b, link, event, eventKey]` for each pair, in order. */
  pairs: Int32Array;
  strings: string[];
}

/** Numbers the claims and strings of linked pairs (each claim and string once, in order of first use). */
export function indexPairs(pairs: LinkedPair[]): IndexedPairs {
  const claims = interner<Claim>();
  const strings = interner<string>();
  const packed = new Int32Array(pairs.length * 5);
  let o = 0;
  for (const p of pairs) {
    packed[o++] = claims.index(p.a);
    packed[o++] = claims.index(p.b);
    packed[o++] = strings.index(p.link);
    packed[o++] = strings.index(p.event);
    packed[o++] = strings.index(p.eventKey);
  }
  return { claims: claims.values, pairs: packed, strings: strings.values };
}

/** Runs every rule on every linked pair. */
export function compareClaims(pairs: LinkedPair[], rules: Rule[], options: CompareOptions): CompareOutput {
  return compareIndexed(indexPairs(pairs), rules, options);
}

/** A rule as the comparison loop uses it, with what is worked out once per run. */
interface RuleEntry {
  rule: Rule;
  context: KindContext;
  /** Dense number of the rule's aspect. */
  aspect: number;
  /** Whether `applies` has anything to check beyond link and kinds. */
  fields: boolean;
}

/** `compareClaims` on indexed pairs. */
export function compareIndexed(input: IndexedPairs, rules: Rule[], options: CompareOptions): CompareOutput {
  // Code rules run guarded; one switched off halfway leaves no findings (see guard.ts).
  const guarded = guardRules(rules);
  return untilSettled(guarded, () => {
    const findings: Finding[] = [];
    const builder = options.positions ? new PositionBuilder(input.claims) : undefined;
    const pairsCompared = compareEach(input, guarded, options, (f) => void findings.push(f), builder);
    findings.forEach((f, i) => (f.id = `f${i + 1}`));
    if (!builder) return { findings, pairsCompared };
    const rank = new Map(options.docOrder.map((id, i) => [id, i]));
    const events = builder.build({ rankOf: (doc) => rank.get(doc) ?? 0, ...(options.sourceOf ? { sourceOf: options.sourceOf } : {}) });
    return { findings, pairsCompared, events };
  });
}

/**
 * Compares indexed pairs and hands each finding (without an id) to `emit`, in report order;
 * returns the number of pairs compared. Everything known per claim (document rank, number,
 * kind) is worked out once per claim, the rules that can apply are looked up once per link type
 * and pair of kinds, and the deduplication keys are numbers: this runs for every pair of a
 * corpus. Findings are built only when emitted, one at a time, so a caller that writes them out
 * does not keep a group's findings alive (and promoted by the garbage collector) until the end.
 */
export function compareEach(input: IndexedPairs, rules: Rule[], options: CompareOptions, emit: (finding: Finding) => void, positions?: PositionBuilder): number {
  const { claims, pairs, strings } = input;
  const order = new Map(options.docOrder.map((id, i) => [id, i]));
  const n = claims.length;
  // Per claim: its document's rank, its number within the document, and dense numbers for its
  // id, document and kind.
  const rank = new Float64Array(n);
  const number = new Float64Array(n);
  const idNo = new Int32Array(n);
  const docNo = new Int32Array(n);
  const kindNo = new Int32Array(n);
  const ids = new Map<string, number>();
  const docs = new Map<string, number>();
  const kinds = new Map<ClaimKind, number>();
  const dense = <K>(map: Map<K, number>, key: K) => {
    let i = map.get(key);
    if (i === undefined) map.set(key, (i = map.size));
    return i;
  };
  claims.forEach((c, i) => {
    rank[i] = order.get(c.doc) ?? 0;
    number[i] = Number(c.id.slice(c.id.lastIndexOf("#") + 1));
    idNo[i] = dense(ids, c.id);
    docNo[i] = dense(docs, c.doc);
    kindNo[i] = dense(kinds, c.kind);
  });
  const contexts = new Map(rules.map((r) => [r.id, ruleContext(options.registry, r.options, options.referenceDate)]));
  const aspects = new Map<string, number>();
  const entries: RuleEntry[] = rules.map((rule) => {
    const m = rule.meta;
    return { rule, context: contexts.get(rule.id)!, aspect: dense(aspects, m.aspect), fields: Boolean(m.own?.length || whereEntries(rule).length || m.same?.length) };
  });
  const kindOf = [...kinds.keys()];
  // The rules whose link type and kinds fit, by link string and the two kinds.
  const byLinkAndKinds = new Map<number, RuleEntry[]>();
  const candidates = (link: number, ka: number, kb: number): RuleEntry[] => {
    const key = (link * kindOf.length + ka) * kindOf.length + kb;
    let list = byLinkAndKinds.get(key);
    if (!list) {
      list = entries.filter(({ rule }) => kindsApply(rule, kindOf[ka]!, kindOf[kb]!, strings[link]!));
      byLinkAndKinds.set(key, list);
    }
    return list;
  };
  const claimPairs = new PairNumbers(ids.size);
  const docPairs = new PairNumbers(docs.size);
  const slots = new PairNumbers(strings.length);
  const ruleCount = Math.max(rules.length, 1);
  const kept = new Map<number | string, Kept>();
  const perClaimPair = new Set<number>();
  let pairsCompared = 0;
  for (let k = 0; k < pairs.length; k += 5) {
    let ia = pairs[k]!;
    let ib = pairs[k + 1]!;
    // Earlier document first; within a document, the earlier claim.
    if (!(rank[ia]! < rank[ib]! || (rank[ia] === rank[ib] && number[ia]! <= number[ib]!))) {
      const t = ia;
      ia = ib;
      ib = t;
    }
    const a = claims[ia]!;
    const b = claims[ib]!;
    if (a.id === b.id) continue;
    pairsCompared++;
    const link = pairs[k + 2]!;
    let claimPair = -1;
    let slot = -1;
    for (const entry of candidates(link, kindNo[ia]!, kindNo[ib]!)) {
      const rule = entry.rule;
      if (entry.fields && !fieldsApply(rule, a, b)) continue;
      let result: CompareResult | undefined;
      try {
        result = rule.compare(a, b, entry.context);
      } catch (error) {
        throw new RuleFailure(rule.id, a, b, error);
      }
      if (!result) continue;
      if (positions && (result.verdict === "agree" || result.verdict === "conflict")) {
        const aspect = rule.meta.aspect;
        const values = result.values ?? [describeValue(a, aspect), describeValue(b, aspect)];
        positions.add({ event: pairs[k + 4]!, label: strings[pairs[k + 3]!]!, aspect, rule: rule.id, a: ia, b: ib, verdict: result.verdict, severity: severityOf(rule, result), qualifiers: result.qualifiers ?? [], values });
      }
      if (claimPair < 0) claimPair = claimPairs.get(idNo[ia]!, idNo[ib]!);
      const claimKey = claimPair * ruleCount + entry.aspect;
      if (perClaimPair.has(claimKey)) continue;
      perClaimPair.add(claimKey);
      if (slot < 0) slot = slots.get(docPairs.get(docNo[ia]!, docNo[ib]!), pairs[k + 4]!);
      // One finding per (documents, event, aspect, verdict).
      const verdict = result.verdict;
      const eventKey = verdict === "agree" || verdict === "conflict" ? (slot * ruleCount + entry.aspect) * 2 + (verdict === "agree" ? 0 : 1) : `${slot}|${entry.aspect}|${String(verdict)}`;
      const existing = kept.get(eventKey);
      const severity = severityOf(rule, result);
      const qualifiers = qualifiersOf(result).length;
      const strength = result.strength ?? 0;
      if (!existing || better(severity, qualifiers, strength, existing)) {
        kept.set(eventKey, { rule, result, a: ia, b: ib, event: pairs[k + 3]!, key: pairs[k + 4]!, verdict, severity, qualifiers, strength, rank0: rank[ia]!, rank1: rank[ib]!, span0: a.evidence.span[0], span1: b.evidence.span[0], n0: number[ia]!, n1: number[ib]! });
      }
    }
  }
  // How each claim is named in explanations, made once per claim.
  const sides: string[] = [];
  const sideOf = (i: number) => (sides[i] ??= side(claims[i]!));
  const results = positions ? boundBySources(kept, claims, positions) : [...kept.values()];
  for (const k of results.sort(byReportOrder)) emit(toFinding(k.rule, k.result, claims[k.a]!, claims[k.b]!, strings[k.event]!, [sideOf(k.a), sideOf(k.b)]));
  return pairsCompared;
}

/** A result kept for its event pair, with what sorting and replacing it need (the finding is built when emitted). */
interface Kept {
  rule: Rule;
  result: CompareResult;
  /** Claim and event label indices. */
  a: number;
  b: number;
  event: number;
  /** Event key index. */
  key: number;
  verdict: CompareResult["verdict"];
  severity: Severity;
  qualifiers: number;
  strength: number;
  rank0: number;
  rank1: number;
  span0: number;
  span1: number;
  /** The claims' numbers within their documents: the last tie-break, the same in any job. */
  n0: number;
  n1: number;
}

/** Above this many documents on one aspect of one event, findings are one per pair of positions, not per pair of documents. */
export const MAX_SOURCE_PAIRS_DOCS = 12;

/**
 * Findings are one per pair of documents, event, aspect and verdict, which grows with the square
 * of the sources of a much-reported event. Where an event's aspect has more than
 * MAX_SOURCE_PAIRS_DOCS documents, its findings are reduced to one per pair of positions (one
 * agreement per position, one conflict per pair of incompatible positions), the strongest kept;
 * `events` lists every source of each position. Smaller events keep a finding per pair of
 * documents, as readers of `findings` expect.
 */
function boundBySources(kept: Map<number | string, Kept>, claims: Claim[], positions: PositionBuilder): Kept[] {
  const groups = new Map<string, { docs: Set<string>; items: Kept[] }>();
  for (const k of kept.values()) {
    const id = `${k.key}\u0000${k.rule.meta.aspect}\u0000${String(k.verdict)}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { docs: new Set(), items: [] }));
    g.docs.add(claims[k.a]!.doc);
    g.docs.add(claims[k.b]!.doc);
    g.items.push(k);
  }
  const out: Kept[] = [];
  for (const g of groups.values()) {
    if (g.docs.size <= MAX_SOURCE_PAIRS_DOCS) {
      for (const k of g.items) out.push(k);
      continue;
    }
    const best = new Map<string, Kept>();
    for (const k of g.items) {
      const aspect = k.rule.meta.aspect;
      const pa = positions.positionOf(k.key, aspect, k.a);
      const pb = positions.positionOf(k.key, aspect, k.b);
      const id = pa <= pb ? `${pa},${pb}` : `${pb},${pa}`;
      const existing = best.get(id);
      if (!existing || better(k.severity, k.qualifiers, k.strength, existing)) best.set(id, k);
    }
    for (const k of best.values()) out.push(k);
  }
  return out;
}

/**
 * Dense numbers for pairs of dense numbers, so deduplication keys are numbers rather than
 * strings built and hashed per result. The key is `x * span + y` (`y` is below `span`), small
 * enough in a job to be a small integer, which V8 hashes fastest; both parts fit 26 bits in any
 * realistic run (they number claims, documents or pairs), and past that the key is a string.
 */
class PairNumbers {
  private readonly numbers = new Map<number | string, number>();
  constructor(private readonly span: number) {}
  get(x: number, y: number): number {
    const key = x < PART && this.span < PART ? x * this.span + y : `${x},${y}`;
    let n = this.numbers.get(key);
    if (n === undefined) this.numbers.set(key, (n = this.numbers.size));
    return n;
  }
}

const PART = 2 ** 26;

/** The part of `applies` that depends only on the link type and the kinds of the two claims. */
function kindsApply(rule: Rule, kindA: ClaimKind, kindB: ClaimKind, link: string): boolean {
  const m = rule.meta;
  if (m.link !== link || !m.appliesTo.includes(kindA) || !m.appliesTo.includes(kindB)) return false;
  return !(m.requireOne && !m.requireOne.includes(kindA) && !m.requireOne.includes(kindB));
}

/** The rest of `applies`: own fields, `where` values and equal paths. */
function fieldsApply(rule: Rule, a: Claim, b: Claim): boolean {
  const m = rule.meta;
  for (const field of m.own ?? []) if (!ownsField(a, field) || !ownsField(b, field)) return false;
  for (const [p, allowed] of whereEntries(rule)) {
    if (!allowed.includes(getPath(a, p)) || !allowed.includes(getPath(b, p))) return false;
  }
  // Equal, or absent on both sides ("quantity.unit" of two percentages).
  for (const p of m.same ?? []) if (!sameValue(getPath(a, p), getPath(b, p))) return false;
  return true;
}

/**
 * Of two findings about one event pair, keep the more severe, then the one needing fewer
 * qualifiers, then the stronger (see `CompareResult.strength`); on a tie, the first.
 */
function better(severity: Severity, qualifiers: number, strength: number, existing: Kept): boolean {
  return (
    SEVERITY_RANK[severity] - SEVERITY_RANK[existing.severity] ||
    existing.qualifiers - qualifiers ||
    strength - existing.strength
  ) > 0;
}

function severityOf(rule: Rule, result: CompareResult): Severity {
  return result.verdict === "agree" ? "info" : result.severity ?? (rule.meta.severity === "off" ? "info" : rule.meta.severity);
}

function qualifiersOf(result: CompareResult): string[] {
  const q = result.qualifiers;
  // Most results have no qualifiers or one.
  if (!q || q.length === 0) return [];
  return q.length === 1 ? [q[0]!] : [...new Set(q)];
}

/** The order of `Finding`s in a report, on what they are built from: conflicts first, then by severity, documents, position, rule. */
function byReportOrder(x: Kept, y: Kept): number {
  return (
    (x.verdict === y.verdict ? 0 : x.verdict === "conflict" ? -1 : 1) ||
    SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] ||
    x.rank0 - y.rank0 ||
    x.rank1 - y.rank1 ||
    x.span0 - y.span0 ||
    x.span1 - y.span1 ||
    (x.rule.id < y.rule.id ? -1 : x.rule.id > y.rule.id ? 1 : 0) ||
    // Two claims of one sentence ("52 injured, including two Czech nationals"): whichever job compares them, the same order.
    x.n0 - y.n0 ||
    x.n1 - y.n1
  );
}

function toFinding(rule: Rule, result: CompareResult, a: Claim, b: Claim, event: string, sides: [string, string]): Finding {
  const values = result.values ?? [describeValue(a, rule.meta.aspect), describeValue(b, rule.meta.aspect)];
  const refs: [ClaimRef, ClaimRef] = [ref(a, values[0]), ref(b, values[1])];
  const severity = severityOf(rule, result);
  const qualifiers = qualifiersOf(result);
  const messageId = result.messageId && rule.meta.messages[result.messageId] ? result.messageId : result.verdict;
  const template = rule.meta.messages[messageId] ?? rule.meta.messages[result.verdict] ?? "";
  const filled = fill(template, refs, result.data ?? {});
  const explained = context(sides, qualifiers);
  const explanation = filled ? `${filled} ${explained}` : explained;
  return { id: "", rule: rule.id, verdict: result.verdict, aspect: rule.meta.aspect, severity, qualifiers, event, docs: [a.doc, b.doc], claims: refs, explanation };
}

function ref(c: Claim, value: string): ClaimRef {
  const r: ClaimRef = { claim: c.id, doc: c.doc, quote: c.evidence.quote, span: [...c.evidence.span], value, modality: c.modality };
  if (c.attribution) r.attribution = c.attribution;
  if (c.published) r.published = c.published;
  return r;
}

/** How a finding's explanation names one side: document, date, modality and source, from the claim alone. */
function side(c: Claim): string {
  return `${c.doc}${c.published ? ` (${c.published})` : ""} ${MODALITY_WORDS[c.modality]}${c.attribution ? `, per ${c.attribution}` : ""}`;
}

/** The modality, source and date behind each side, in words: what makes a finding explain itself. */
function context(sides: [string, string], qualifiers: string[]): string {
  const notes: string[] = [];
  if (qualifiers.includes("plan-vs-event")) notes.push("One side is a stated plan and the other a reported event, so the plan may simply have changed.");
  if (qualifiers.includes("revised")) notes.push("The later figure is lower, weeks later: likely a revised count rather than an error.");
  else if (qualifiers.includes("update")) notes.push("The figures come from different moments: the later one is likely an updated count (a share or a toll changing as the count goes on) rather than an error.");
  if (qualifiers.includes("inferred-time")) notes.push("At least one side gives no date; it was taken as the days around publication.");
  if (qualifiers.includes("inferred-place")) notes.push("At least one side names no place; it was taken as the place its article is about, so the counts may be of different incidents.");
  if (qualifiers.includes("date-of-departure")) notes.push("One side dates only the flight's departure; the crash was taken to be on that day.");
  if (qualifiers.includes("inferred-event")) notes.push("Only the thing counted and the dates tie the two figures together (no shared subject or stated place), so they may be about different events.");
  return `${sides[0]}; ${sides[1]}.${notes.length ? ` ${notes.join(" ")}` : ""}`;
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
      return c.quantity ? showQuantity(c.quantity) : "";
    case "location":
      return c.location ?? "";
    case "condition":
      return c.condition ?? c.modality;
    default:
      return c.modality;
  }
}
