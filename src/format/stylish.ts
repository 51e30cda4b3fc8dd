/**
 * The terminal report, read like a fact-check: events with conflicts first, each as a headline
 * (who, what, where, when) with its aspects, each aspect's positions and the sources holding them,
 * one quote per source cut around the value it supports; events where every source agrees take a
 * line each; copies of one text and problems after; a summary line last. What an article says
 * against itself is shown only on request (`intra`). A formatter only formats: no printing, no
 * exit codes.
 */
import type { ChalkInstance } from "chalk";
import type { Claim, DocumentSummary, EventAspect, EventReport, Position, PositionQuote, Report } from "../types.js";

export interface StylishOptions {
  /** Colours and emphasis; without it the report is plain text, and chalk need not be loaded. */
  chalk?: ChalkInstance;
  stats?: boolean;
  /** Show findings inside one article (`--intra`). */
  intra?: boolean;
}

/** What chalk prints at colour level 0: the text unstyled (several arguments joined by spaces); every style chains to itself. */
const plain: ChalkInstance = new Proxy((...text: unknown[]) => (text.length === 1 ? String(text[0]) : text.join(" ")), {
  get: () => plain,
}) as unknown as ChalkInstance;

const MAX_QUOTE = 160;
const MAX_COPIES_NAMED = 8;

/** "1 document", "2 documents". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word : many}`;
}

/** "per a White House spokesman", not "per A White House spokesman". */
export function per(attribution: string): string {
  return `per ${lowerArticle(attribution)}`;
}

function lowerArticle(name: string): string {
  return name.replace(/^(A|An|The) /, (m) => m.toLowerCase());
}

/** The report as terminal text. */
export function formatStylish(report: Report, options: StylishOptions): string {
  const c = options.chalk ?? plain;
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const claims = new Map(report.claims.map((x) => [x.id, x]));
  const view: View = { c, docs, claims };
  const lines: string[] = [];
  const all = report.events ?? [];
  const intraOnly = (e: EventReport) => e.docs.length < 2;
  const events = options.intra ? all : all.flatMap((e) => (intraOnly(e) ? [] : [withoutIntra(e)])).filter((e) => e.aspects.length > 0);
  const conflicts = events.filter((e) => e.verdict === "conflict");
  const agreements = events.filter((e) => e.verdict === "agree");
  if (conflicts.length) {
    lines.push(c.bold.underline(`Conflicts (${conflicts.length})`), "");
    for (const e of conflicts) lines.push(...conflictEvent(e, view), "");
  }
  if (agreements.length) {
    lines.push(c.bold.underline(`Agreements (${agreements.length})`), "");
    for (const e of agreements) lines.push(...agreedEvent(e, view));
    lines.push("");
  }
  const hidden = options.intra ? 0 : hiddenCount(all);
  if (hidden > 0) lines.push(c.dim(`${plural(hidden, "aspect")} compared within a single article not shown (--intra shows them).`), "");
  const copies = report.duplicates ?? [];
  if (copies.length) {
    lines.push(c.bold.underline(`Copies (${copies.length})`), "");
    for (const g of copies) {
      // A story republished thousands of times names its first copies and counts the rest.
      const named = g.copies.slice(0, MAX_COPIES_NAMED).map((id) => c.bold(sourceName(id, view))).join(", ");
      const more = g.copies.length > MAX_COPIES_NAMED ? ` and ${plural(g.copies.length - MAX_COPIES_NAMED, "other")}` : "";
      lines.push(`  ${named}${more} ${c.dim(`same text as`)} ${c.bold(sourceName(g.doc, view))}${c.dim(`: counted as one source`)}`);
    }
    lines.push("");
  }
  if (report.problems.length) {
    lines.push(c.bold.underline(`Problems (${report.problems.length})`), "");
    for (const p of report.problems) lines.push(`  ${c.yellow("!")} ${p.message} ${c.dim(`[${p.code}]`)}`);
    lines.push("");
  }
  if (!report.findings.length) lines.push(c.dim("No findings: no two articles were found to report on the same event."), "");
  if (options.stats && report.stats) {
    const s = report.stats;
    lines.push(
      c.dim(
        `stats: ${plural(s.articles, "article")}, ${(s.bytes / 1e6).toFixed(2)} MB, ${plural(s.claims, "claim")}, ${plural(s.events, "event")}, ${plural(s.candidatePairs, "candidate pair")}, ${plural(s.pairsCompared, "pair")} compared; ` +
          Object.entries(s.ms).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(", "),
      ),
    );
  }
  const sum = report.summary;
  const counts = `${plural(sum.documents, "document")}, ${plural(sum.claims, "claim")}: ${plural(sum.conflicts, "conflict")}, ${plural(sum.agreements, "agreement")}, ${plural(sum.problems, "problem")}${events.length ? `; ${conflicts.length} of ${plural(events.length, "event")} in conflict` : ""}`;
  lines.push(sum.conflicts ? c.red.bold(`✖ ${counts}`) : c.green.bold(`✔ ${counts}`));
  return `${lines.join("\n")}\n`;
}

interface View {
  c: ChalkInstance;
  docs: Map<string, DocumentSummary>;
  claims: Map<string, Claim>;
}

/** An event without its aspects that only one article holds. */
function withoutIntra(e: EventReport): EventReport {
  const aspects = e.aspects.filter((a) => !a.qualifiers.includes("intra-document"));
  if (aspects.length === e.aspects.length) return e;
  const verdict = aspects.some((a) => a.verdict === "conflict") ? "conflict" : "agree";
  return { ...e, aspects, verdict };
}

/** Aspects held by one article only: what `--intra` would add. */
function hiddenCount(all: EventReport[]): number {
  return all.reduce((n, e) => n + e.aspects.filter((a) => e.docs.length < 2 || a.qualifiers.includes("intra-document")).length, 0);
}

function conflictEvent(e: EventReport, view: View): string[] {
  const { c } = view;
  const color = e.severity === "error" ? c.red : e.severity === "warning" ? c.yellow : c.cyan;
  const out = [`${color.bold("✖")} ${c.bold(e.event)} ${c.dim(`· ${plural(e.docs.length, "source")}`)}`];
  const agreed: EventAspect[] = [];
  for (const a of e.aspects) {
    if (a.verdict !== "conflict") {
      agreed.push(a);
      continue;
    }
    const tone = a.severity === "error" ? c.red : a.severity === "warning" ? c.yellow : c.cyan;
    out.push(`  ${tone.bold(a.severity.toUpperCase())} ${c.bold(a.aspect)}${a.qualifiers.length ? c.magenta(` [${a.qualifiers.join(", ")}]`) : ""} ${c.dim(`· ${a.rules.join(", ")}`)}`);
    for (const p of a.positions) out.push(...position(p, a.aspect, view));
    const notes = qualifierNotes(a.qualifiers);
    if (notes) out.push(`    ${c.dim(notes)}`);
  }
  if (agreed.length) out.push(`  ${c.green("✔")} ${agreedLine(agreed, view)}`);
  return out;
}

function position(p: Position, aspect: string, view: View): string[] {
  const { c } = view;
  const attributions = p.attributions.length ? c.dim(` (${per(p.attributions.map(lowerArticle).join(", "))})`) : "";
  const out = [`    ${c.bold("●")} ${c.bold(stripPer(p.value))}${attributions} ${c.dim("—")} ${p.sources.join(", ")}`];
  for (const q of p.quotes) out.push(`        ${c.dim(`${dated(q.doc, view)}:`)} “${cutAround(q, aspect, view)}”`);
  return out;
}

function agreedEvent(e: EventReport, view: View): string[] {
  const { c } = view;
  return [`  ${c.green("✔")} ${c.bold(e.event)}: ${agreedLine(e.aspects, view)}`];
}

/** Aspects every source agrees on, in one line: "duration 121–180 min, location Davos — TASS, Reuters". */
function agreedLine(aspects: EventAspect[], view: View): string {
  const { c } = view;
  const sources = new Set<string>();
  const parts = aspects.map((a) => {
    const p = a.positions[0]!;
    for (const s of p.sources) sources.add(s);
    // Values that agree without being equal ("about two hours" and "more than two hours") are all shown.
    const values = HEDGED.has(a.aspect) ? [...new Set([p.value, ...p.quotes.map((q) => q.value)].map(stripPer))] : [stripPer(p.value)];
    return `${a.aspect} ${values.join(" ≈ ")}${a.qualifiers.length ? c.magenta(` [${a.qualifiers.join(", ")}]`) : ""}`;
  });
  return `${parts.join("; ")} ${c.dim("—")} ${[...sources].join(", ")}`;
}

/** Aspects whose agreeing values may be hedged or coarser versions of each other, all worth showing. */
const HEDGED = new Set(["duration", "quantity", "date", "time"]);

/** A source's name and date: "Reuters (2026-01-21)". */
function dated(doc: string, view: View): string {
  const d = view.docs.get(doc);
  return `${sourceName(doc, view)}${d?.published ? ` (${d.published.slice(0, 10)})` : ""}`;
}

function sourceName(doc: string, view: View): string {
  return view.docs.get(doc)?.source ?? doc;
}

function stripPer(value: string): string {
  return value.replace(/\s*\(per [^)]*\)$/, "");
}

const NOTES: Array<[string, string]> = [
  ["plan-vs-event", "One side is a stated plan and the other a reported event, so the plan may simply have changed."],
  ["update", "The figures come from different moments: the later one is likely an updated count (a share or a toll changing as the count goes on) rather than an error."],
  ["inferred-time", "A side gives no date; it was taken as the days around publication."],
  ["inferred-place", "A side names no place; it was taken as the place its article is about, so the counts may be of different incidents."],
  ["attribution-differs", "The sides are given on behalf of different sources."],
  ["date-of-departure", "A side dates only the flight's departure; the crash was taken to be on that day."],
];

function qualifierNotes(qualifiers: string[]): string {
  return NOTES.filter(([q]) => qualifiers.includes(q)).map(([, note]) => note).join(" ");
}

/** The words of a claim that state the value an aspect compares, when the claim keeps them. */
function valueText(claim: Claim | undefined, aspect: string): string | undefined {
  if (!claim) return undefined;
  switch (aspect) {
    case "duration":
      return claim.duration?.text;
    case "date":
    case "time":
      return claim.time?.text;
    case "quantity":
      return claim.quantity?.text;
    case "statement":
      return claim.statement?.characterisation;
    case "name":
      return claim.name ? claim.name.given : undefined;
    case "condition":
      return claim.condition;
    default:
      return undefined;
  }
}

/** A quote flattened and cut to about MAX_QUOTE characters around the words of the value it supports (from its start when they are not found). */
export function cutAround(q: Pick<PositionQuote, "quote" | "claim">, aspect: string, view: Pick<View, "claims">, max = MAX_QUOTE): string {
  const flat = q.quote.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const needle = valueText(view.claims.get(q.claim), aspect)?.replace(/\s+/g, " ").trim();
  const at = needle ? flat.toLowerCase().indexOf(needle.toLowerCase()) : -1;
  if (at < 0) return `${flat.slice(0, max - 1).trimEnd()}…`;
  // A third of the room before the value, the rest after it; cut at word boundaries.
  let start = Math.max(0, at - Math.floor((max - needle!.length) / 3));
  let end = Math.min(flat.length, start + max);
  start = Math.max(0, Math.min(start, end - max));
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    if (space >= 0 && space < at) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    if (space > at + needle!.length) end = space;
  }
  return `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
}
