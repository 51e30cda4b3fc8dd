/**
 * One model behind the shared formats (HTML, Markdown, ClaimReview): the report as events, each
 * with its aspects, each aspect with its positions (the values sources agree on) and who holds
 * them, quoted once per source with the span of the value inside the quote.
 *
 * The events and positions are the engine's (`report.events`, src/compare/positions.ts); the view
 * adds what a reader needs around them: source names, dates and urls, the span of the value in
 * each quote, the explanations and a timeline.
 */
import type { Claim, DocumentSummary, EventReport, Finding, PositionQuote, Report, Severity } from "../types.js";

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
 * The report as events and positions (the engine's `report.events`, src/compare/positions.ts):
 * conflicts first, most severe first, then agreements; the findings' explanations beside them.
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
  const events = (report.events ?? []).map((e) => eventView(e, byEvent.get(e.event) ?? [], docs, claims));
  events.sort((a, b) => rank(b) - rank(a) || a.label.localeCompare(b.label));
  return { generatedAt: report.generatedAt, tool: report.tool, summary: report.summary, documents: report.documents, events, problems: report.problems };
}

function rank(e: EventView): number {
  return (e.verdict === "conflict" ? 10 : 0) + SEVERITY_RANK[e.severity] - (e.intra ? 20 : 0);
}

/** An event as the engine grouped it: its positions as they are, the findings' explanations beside them. */
function eventView(e: EventReport, findings: Finding[], docs: Map<string, DocumentSummary>, claims: Map<string, Claim>): EventView {
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
