/**
 * One model behind the shared formats (HTML, Markdown, ClaimReview): the report as events, each
 * with its aspects, each aspect with its positions (the values sources agree on) and who holds
 * them, quoted once per source with the span of the value inside the quote.
 *
 * Positions come from the findings: claims that a rule found to agree share a position, claims a
 * rule found to conflict stand in different ones. Copies of one text (`duplicates`) and claims of
 * one article appear once per source.
 */
import type { Claim, ClaimRef, DocumentSummary, EventReport, Finding, PositionQuote, Report, Severity } from "../types.js";
import { UnionFind } from "../util/union-find.js";

export interface QuoteView {
  claim: string;
  doc: string;
  /** The outlet from front matter, else the document id. */
  source: string;
  published?: string;
  url?: string;
  lang: string;
  quote: string;
  /** Offsets of the quote in its article body (UTF-16, `[start, end)`). */
  span: [number, number];
  /** The part of the quote that states the value, relative to the quote, when it can be found. */
  highlight?: [number, number];
  modality: string;
  attribution?: string;
}

export interface PositionView {
  value: string;
  quotes: QuoteView[];
}

export interface AspectView {
  aspect: string;
  verdict: "agree" | "conflict";
  severity: Severity;
  qualifiers: string[];
  rules: string[];
  positions: PositionView[];
  explanations: string[];
}

export interface TimelineEntry {
  date: string;
  source: string;
  doc: string;
  value: string;
}

export interface EventView {
  label: string;
  verdict: "agree" | "conflict";
  severity: Severity;
  aspects: AspectView[];
  /** The dated claims of the event in date order: shown when they name more than one date. */
  timeline: TimelineEntry[];
  sources: string[];
  /** Every finding of the event is between claims of one article. */
  intra: boolean;
}

export interface ReportView {
  generatedAt: string;
  tool: { name: string; version: string };
  summary: Report["summary"];
  documents: DocumentSummary[];
  events: EventView[];
  problems: Report["problems"];
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * The report as events and positions: conflicts first (most severe first), then agreements. The
 * engine's own events (`report.events`) are used where the report has them; a report without
 * them (one rebuilt from findings alone) gets its positions from the findings.
 */
export function reportView(report: Report): ReportView {
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const byEvent = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byEvent.get(f.event);
    if (list) list.push(f);
    else byEvent.set(f.event, [f]);
  }
  const events: EventView[] = [];
  if (report.events) for (const e of report.events) events.push(engineEventView(e, byEvent.get(e.event) ?? [], docs, claims));
  else for (const [label, findings] of byEvent) events.push(eventView(label, findings, docs, claims));
  events.sort((a, b) => rank(b) - rank(a) || a.label.localeCompare(b.label));
  return { generatedAt: report.generatedAt, tool: report.tool, summary: report.summary, documents: report.documents, events, problems: report.problems };
}

function rank(e: EventView): number {
  return (e.verdict === "conflict" ? 10 : 0) + SEVERITY_RANK[e.severity] - (e.intra ? 20 : 0);
}

function eventView(label: string, findings: Finding[], docs: Map<string, DocumentSummary>, claims: Map<string, Claim>): EventView {
  const byAspect = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byAspect.get(f.aspect);
    if (list) list.push(f);
    else byAspect.set(f.aspect, [f]);
  }
  const aspects = [...byAspect].map(([aspect, list]) => aspectView(aspect, list, docs, claims));
  aspects.sort((a, b) => Number(b.verdict === "conflict") - Number(a.verdict === "conflict") || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.aspect.localeCompare(b.aspect));
  const conflicts = aspects.filter((a) => a.verdict === "conflict");
  const severity = conflicts.reduce<Severity>((s, a) => (SEVERITY_RANK[a.severity] > SEVERITY_RANK[s] ? a.severity : s), "info");
  const quotes = aspects.flatMap((a) => a.positions.flatMap((p) => p.quotes));
  const sources = [...new Set(quotes.map((q) => q.source))].sort();
  return { label, verdict: conflicts.length ? "conflict" : "agree", severity, aspects, timeline: timeline(quotes, claims), sources, intra: findings.every((f) => f.docs[0] === f.docs[1]) };
}

/** An event as the engine grouped it: its positions as they are, the findings' explanations beside them. */
function engineEventView(e: EventReport, findings: Finding[], docs: Map<string, DocumentSummary>, claims: Map<string, Claim>): EventView {
  const aspects: AspectView[] = e.aspects.map((a) => {
    const explained = findings.filter((f) => f.aspect === a.aspect && (a.verdict === "agree" || f.verdict === "conflict"));
    return {
      aspect: a.aspect,
      verdict: a.verdict,
      severity: a.severity,
      qualifiers: [...a.qualifiers].sort(),
      rules: [...a.rules].sort(),
      positions: a.positions.map((p) => ({ value: p.value, quotes: p.quotes.map((q) => positionQuote(q, p.modality, docs.get(q.doc), claims.get(q.claim), a.aspect)) })),
      explanations: [...new Set(explained.map((f) => f.explanation))],
    };
  });
  const quotes = aspects.flatMap((a) => a.positions.flatMap((p) => p.quotes));
  const sources = [...new Set(quotes.map((q) => q.source))].sort();
  return { label: e.event, verdict: e.verdict, severity: e.verdict === "conflict" ? e.severity : "info", aspects, timeline: timeline(quotes, claims), sources, intra: e.docs.length < 2 };
}

function positionQuote(q: PositionQuote, modality: string, doc: DocumentSummary | undefined, claim: Claim | undefined, aspect: string): QuoteView {
  const view: QuoteView = { claim: q.claim, doc: q.doc, source: q.source, lang: doc?.lang ?? "und", quote: q.quote, span: q.span, modality: claim?.modality ?? modality };
  if (doc?.published) view.published = doc.published;
  if (doc?.url) view.url = doc.url;
  const attribution = q.attribution ?? claim?.attribution;
  if (attribution) view.attribution = attribution;
  const highlight = claim ? locate(q.quote, surfaceOf(claim, aspect)) : undefined;
  if (highlight) view.highlight = highlight;
  return view;
}

function aspectView(aspect: string, findings: Finding[], docs: Map<string, DocumentSummary>, claims: Map<string, Claim>): AspectView {
  const refs = new Map<string, ClaimRef>();
  for (const f of findings) for (const r of f.claims) if (!refs.has(r.claim)) refs.set(r.claim, r);
  const ids = [...refs.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const union = new UnionFind(ids.length);
  for (const f of findings) if (f.verdict === "agree") union.join(index.get(f.claims[0].claim)!, index.get(f.claims[1].claim)!);
  const groups = new Map<number, ClaimRef[]>();
  ids.forEach((id, i) => {
    const root = union.find(i);
    const list = groups.get(root);
    if (list) list.push(refs.get(id)!);
    else groups.set(root, [refs.get(id)!]);
  });
  const positions: PositionView[] = [...groups.values()].map((members) => {
    const seen = new Set<string>();
    const quotes: QuoteView[] = [];
    for (const r of members) {
      if (seen.has(r.doc)) continue;
      seen.add(r.doc);
      quotes.push(quoteView(r, docs.get(r.doc), claims.get(r.claim), aspect));
    }
    return { value: members[0]!.value, quotes };
  });
  positions.sort((a, b) => b.quotes.length - a.quotes.length || a.value.localeCompare(b.value));
  const conflicts = findings.filter((f) => f.verdict === "conflict");
  const severity = conflicts.reduce<Severity>((s, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[s] ? f.severity : s), "info");
  return {
    aspect,
    verdict: conflicts.length ? "conflict" : "agree",
    severity,
    qualifiers: [...new Set(findings.flatMap((f) => f.qualifiers))].sort(),
    rules: [...new Set(findings.map((f) => f.rule))].sort(),
    positions,
    explanations: [...new Set((conflicts.length ? conflicts : findings).map((f) => f.explanation))],
  };
}

function quoteView(r: ClaimRef, doc: DocumentSummary | undefined, claim: Claim | undefined, aspect: string): QuoteView {
  const q: QuoteView = { claim: r.claim, doc: r.doc, source: doc?.source ?? r.doc, lang: doc?.lang ?? "und", quote: r.quote, span: r.span, modality: r.modality };
  const published = r.published ?? doc?.published;
  if (published) q.published = published;
  if (doc?.url) q.url = doc.url;
  if (r.attribution) q.attribution = r.attribution;
  const highlight = claim ? locate(r.quote, surfaceOf(claim, aspect)) : undefined;
  if (highlight) q.highlight = highlight;
  return q;
}

/** The words of a claim that state the value of an aspect, as the article wrote them. */
function surfaceOf(c: Claim, aspect: string): string | undefined {
  switch (aspect) {
    case "duration":
      return c.duration?.text;
    case "quantity":
      return c.quantity?.text;
    case "date":
      return c.time?.text;
    case "name":
      return c.name ? `${c.name.given} ${c.name.surname}` : undefined;
    case "statement":
      return c.statement?.characterisation;
    case "time":
      return c.clock?.text ?? c.time?.text;
    default:
      // A status, a place or a list of people has no one span of words the claim keeps.
      return undefined;
  }
}

function locate(quote: string, text: string | undefined): [number, number] | undefined {
  if (!text) return undefined;
  const at = quote.toLowerCase().indexOf(text.toLowerCase());
  return at < 0 ? undefined : [at, at + text.length];
}

function timeline(quotes: QuoteView[], claims: Map<string, Claim>): TimelineEntry[] {
  const seen = new Set<string>();
  const entries: TimelineEntry[] = [];
  for (const q of quotes) {
    const t = claims.get(q.claim)?.time;
    if (!t?.start || t.inferred) continue;
    const key = `${q.doc}|${t.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ date: t.start, source: q.source, doc: q.doc, value: t.text ?? t.start });
  }
  entries.sort((a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source));
  return new Set(entries.map((e) => e.date.slice(0, 10))).size > 1 ? entries : [];
}

/** A quote cut to about `max` characters around the span it supports, never cutting that span off. */
export function clipAround(quote: string, highlight: [number, number] | undefined, max = 240): { text: string; highlight?: [number, number] } {
  const flat = quote.replace(/\s/g, " ");
  if (flat.length <= max) return highlight ? { text: flat, highlight } : { text: flat };
  const [hs, he] = highlight ?? [0, 0];
  const room = Math.max(0, max - (he - hs));
  let start = Math.max(0, hs - Math.floor(room / 2));
  const end = Math.min(flat.length, start + Math.max(max, he - hs));
  start = Math.max(0, Math.min(start, end - max));
  const lead = start > 0 ? "…" : "";
  const tail = end < flat.length ? "…" : "";
  const text = `${lead}${flat.slice(start, end)}${tail}`;
  return highlight ? { text, highlight: [hs - start + lead.length, he - start + lead.length] } : { text };
}
