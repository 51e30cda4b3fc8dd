/**
 * Renders time expressions found per document as JSON, JSON Lines or a readable text table.
 * Pure: returns a string, never prints.
 */

import type { TimeExpression } from "../normalize/time/types.js";

/** One document's time expressions, as produced by `findTimeExpressions`. */
export interface TimesDocument {
  id: string;
  published?: string;
  expressions: TimeExpression[];
}

/**
 * - `json`: `{ documents: [{ id, published, times: [...] }] }`, pretty-printed;
 * - `jsonl`: one line per expression with `doc` (the document id) added;
 * - `text`: per document a header and one row per expression
 *   (`span  type  value  mod  start..end  "text"`), then what only some expressions have: the
 *   window of a hedged clock time, its zone, a weekday written with a date, the event an offset
 *   counts from (`window 12:15..12:45`, `zone CEST UTC+120`, `weekday Sunday MISMATCH`, `after "take-off"`).
 */
export function formatTimes(docs: TimesDocument[], format: "json" | "jsonl" | "text"): string {
  if (format === "json") {
    const documents = docs.map((d) => ({
      id: d.id,
      ...(d.published !== undefined ? { published: d.published } : {}),
      times: d.expressions,
    }));
    return `${JSON.stringify({ documents }, null, 2)}\n`;
  }
  if (format === "jsonl") {
    const lines: string[] = [];
    for (const d of docs) for (const e of d.expressions) lines.push(JSON.stringify({ doc: d.id, ...e }));
    return lines.length > 0 ? `${lines.join("\n")}\n` : "";
  }
  const blocks: string[] = [];
  for (const d of docs) {
    const rows: string[][] = d.expressions.map((e) => [
      `${e.span[0]}-${e.span[1]}`,
      e.type,
      e.value,
      e.mod ?? "",
      e.start !== undefined || e.end !== undefined
        ? `${e.start ?? "?"}..${e.end ?? "?"}`
        : e.minMinutes !== undefined || e.maxMinutes !== undefined
          ? `${e.minMinutes ?? "?"}..${e.maxMinutes ?? "?"} min`
          : "",
      JSON.stringify(e.text),
      notes(e),
    ]);
    const widths = [0, 0, 0, 0, 0];
    for (const r of rows) for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i] ?? 0, (r[i] ?? "").length);
    const header = `# ${d.id}${d.published ? ` (published ${d.published})` : ""}: ${rows.length} time expression${rows.length === 1 ? "" : "s"}`;
    const body = rows.map((r) => r.map((c, i) => (i < widths.length || r[i + 1] ? c.padEnd(widths[i] ?? 0) : c)).join("  ").trimEnd());
    blocks.push([header, ...body].join("\n"));
  }
  return blocks.length > 0 ? `${blocks.join("\n\n")}\n` : "";
}

/** The extra facts of one expression, as one short column (empty for most). */
function notes(e: TimeExpression): string {
  const out: string[] = [];
  if (e.earliest !== undefined && e.latest !== undefined && (e.earliest !== e.start || e.latest !== e.end)) {
    out.push(`window ${e.earliest}..${e.latest}`);
  }
  if (e.zone !== undefined) {
    const off = e.utcOffsetMinutes;
    out.push(`zone ${e.zone}${off === undefined ? "" : ` UTC${off < 0 ? "-" : "+"}${Math.abs(off)}`}`);
  }
  if (e.weekday !== undefined) out.push(`weekday ${e.weekday}${e.weekdayMismatch ? " MISMATCH" : ""}`);
  if (e.after !== undefined) out.push(`after ${JSON.stringify(e.after)}`);
  if (e.before !== undefined) out.push(`before ${JSON.stringify(e.before)}`);
  return out.join("; ");
}
