/**
 * The JSON report (../REPORT.md contract, schemas/report.schema.json). Fields are picked one by
 * one, so internal fields never leak into the public format by accident. Returns a string.
 */
import type { Claim, ClaimRef, DocumentSummary, DuplicateGroup, EventReport, Finding, Position, Problem, Report } from "../types.js";

export interface JsonOptions {
  /** Include run statistics (`--stats`). */
  stats?: boolean;
}

/** The report as JSON text (with a trailing newline): `jsonReportChunks` joined. */
export function formatJson(report: Report, options: JsonOptions = {}): string {
  let out = "";
  for (const chunk of jsonReportChunks(report, options)) out += chunk;
  return out;
}

/** About how much text a chunk of `jsonReportChunks` holds before it is handed out. */
const CHUNK = 1 << 16;

/**
 * The report as JSON text in pieces, made as they are written: each document, claim, finding
 * and event is turned into text on its own, so no string (and no public copy) of the whole report
 * is ever made, which a large corpus would not fit in (V8 caps a string at 512 MB). The text is
 * the same as `JSON.stringify(toPublicReport(report), null, 2)` with a trailing newline.
 */
export function* jsonReportChunks(report: Report, options: JsonOptions = {}): Generator<string> {
  const fields: Array<[string, unknown] | [string, ReadonlyArray<unknown>, (x: never) => unknown]> = [
    ["tool", { name: report.tool.name, version: report.tool.version }],
    ["generatedAt", report.generatedAt],
    ["documents", report.documents, publicDocument],
    ["claims", report.claims, publicClaim],
    ["findings", report.findings, publicFinding],
    ["events", report.events ?? [], publicEvent],
    ["duplicates", report.duplicates ?? [], publicDuplicate],
    ["problems", report.problems, publicProblem],
    ["summary", { ...report.summary }],
  ];
  if (options.stats && report.stats) fields.push(["stats", report.stats]);
  let buffer = "{";
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f]!;
    buffer += `${f ? "," : ""}\n  ${JSON.stringify(field[0])}: `;
    if (field.length === 2) {
      buffer += indent(field[1]);
      continue;
    }
    const [, items, toPublic] = field;
    if (!items.length) {
      buffer += "[]";
      continue;
    }
    buffer += "[";
    for (let i = 0; i < items.length; i++) {
      buffer += `${i ? "," : ""}\n    ${indent((toPublic as (x: unknown) => unknown)(items[i]), "    ")}`;
      if (buffer.length >= CHUNK) {
        yield buffer;
        buffer = "";
      }
    }
    buffer += "\n  ]";
  }
  yield `${buffer}\n}\n`;
}

/** A value as `JSON.stringify(value, null, 2)` prints it at a depth given by `pad` (strings hold no raw newlines). */
function indent(value: unknown, pad = "  "): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

/** The public report object. */
export function toPublicReport(report: Report, options: JsonOptions = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {
    tool: { name: report.tool.name, version: report.tool.version },
    generatedAt: report.generatedAt,
    documents: report.documents.map(publicDocument),
    claims: report.claims.map(publicClaim),
    findings: report.findings.map(publicFinding),
    events: (report.events ?? []).map(publicEvent),
    duplicates: (report.duplicates ?? []).map(publicDuplicate),
    problems: report.problems.map(publicProblem),
    summary: { ...report.summary },
  };
  if (options.stats && report.stats) out.stats = report.stats;
  return out;
}

function publicDocument(d: DocumentSummary): Record<string, unknown> {
  return pick(d, ["id", "path", "lang", "published", "source", "title", "url", "claims"], { problems: d.problems.map(publicProblem) });
}

/** A linked event with its aspects and their positions. */
export function publicEvent(e: EventReport): Record<string, unknown> {
  return {
    id: e.id,
    event: e.event,
    verdict: e.verdict,
    severity: e.severity,
    docs: [...e.docs],
    aspects: e.aspects.map((a) => ({ aspect: a.aspect, verdict: a.verdict, severity: a.severity, qualifiers: [...a.qualifiers], rules: [...a.rules], positions: a.positions.map(publicPosition) })),
  };
}

function publicPosition(p: Position): Record<string, unknown> {
  return {
    value: p.value,
    modality: p.modality,
    modalities: [...p.modalities],
    sources: [...p.sources],
    docs: [...p.docs],
    attributions: [...p.attributions],
    claims: p.claims,
    against: [...p.against],
    quotes: p.quotes.map((q) => pick(q, ["doc", "source", "claim", "quote", "span", "value", "attribution"])),
  };
}

/** A group of copies of one text; also a `--format jsonl` line (with `type: "duplicate"`). */
export function publicDuplicate(g: DuplicateGroup): Record<string, unknown> {
  return { doc: g.doc, copies: [...g.copies], similarity: g.similarity };
}

function publicProblem(p: Problem): Record<string, unknown> {
  return pick(p, ["code", "message", "path"]);
}

/** A claim as the report shows it (the claim schema is the contract). */
export function publicClaim(c: Claim): Record<string, unknown> {
  return pick(c, [
    "id", "doc", "kind", "modality", "attribution", "status", "subject", "participants", "absent", "location", "time", "duration",
    "quantity", "statement", "condition", "name", "frame", "inherited", "published", "evidence", "eventType", "clock", "site", "offset", "round",
  ]);
}

/** One finding as the report shows it; also the line format of `--format jsonl`. */
export function publicFinding(f: Finding): Record<string, unknown> {
  return {
    id: f.id,
    rule: f.rule,
    verdict: f.verdict,
    aspect: f.aspect,
    severity: f.severity,
    qualifiers: [...f.qualifiers],
    event: f.event,
    docs: [f.docs[0], f.docs[1]],
    claims: f.claims.map(publicRef),
    explanation: f.explanation,
  };
}

/** `pick` written out: there are two per finding, and a `--format jsonl` run writes every finding. */
function publicRef(r: ClaimRef): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (r.claim !== undefined) out.claim = r.claim;
  if (r.doc !== undefined) out.doc = r.doc;
  if (r.quote !== undefined) out.quote = r.quote;
  if (r.span !== undefined) out.span = r.span;
  if (r.value !== undefined) out.value = r.value;
  if (r.modality !== undefined) out.modality = r.modality;
  if (r.attribution !== undefined) out.attribution = r.attribution;
  if (r.published !== undefined) out.published = r.published;
  return out;
}

function pick<T extends object>(from: T, keys: Array<keyof T & string>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key];
  // Assigning keeps the place of a key already picked, as spreading both would.
  for (const [key, value] of Object.entries(extra)) out[key] = value;
  return out;
}
