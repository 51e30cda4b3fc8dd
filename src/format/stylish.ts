/**
 * The terminal report: conflicts first (each with its event, both sources and dates, both quotes,
 * the normalised values and the explanation), agreements after and shorter, problems, and a
 * summary line. A formatter only formats: no printing, no exit codes.
 */
import type { ChalkInstance } from "chalk";
import type { Finding, Report } from "../types.js";

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

const MAX_QUOTE = 220;

/** The report as terminal text. */
export function formatStylish(report: Report, options: StylishOptions): string {
  const c = options.chalk ?? plain;
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const lines: string[] = [];
  const conflicts = report.findings.filter((f) => f.verdict === "conflict");
  const agreements = report.findings.filter((f) => f.verdict === "agree");
  const dated = (id: string) => {
    const d = docs.get(id);
    return `${c.bold(id)}${d?.published ? c.dim(` (${d.published.slice(0, 10)}${d.lang ? `, ${d.lang}` : ""})`) : ""}`;
  };
  if (conflicts.length) {
    lines.push(c.bold.underline(`Conflicts (${conflicts.length})`), "");
    for (const f of conflicts) lines.push(...conflict(f, c, dated), "");
  }
  if (agreements.length) {
    lines.push(c.bold.underline(`Agreements (${agreements.length})`), "");
    for (const f of agreements) lines.push(...agreement(f, c), "");
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
        `stats: ${s.articles} articles, ${(s.bytes / 1e6).toFixed(2)} MB, ${s.claims} claims, ${s.events} events, ${s.candidatePairs} candidate pairs, ${s.pairsCompared} pairs compared; ` +
          Object.entries(s.ms).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(", "),
      ),
    );
  }
  const sum = report.summary;
  const counts = `${sum.documents} documents, ${sum.claims} claims: ${sum.conflicts} conflict${sum.conflicts === 1 ? "" : "s"}, ${sum.agreements} agreement${sum.agreements === 1 ? "" : "s"}, ${sum.problems} problem${sum.problems === 1 ? "" : "s"}`;
  lines.push(sum.conflicts ? c.red.bold(`✖ ${counts}`) : c.green.bold(`✔ ${counts}`));
  return `${lines.join("\n")}\n`;
}

function conflict(f: Finding, c: ChalkInstance, dated: (id: string) => string): string[] {
  const color = f.severity === "error" ? c.red : f.severity === "warning" ? c.yellow : c.cyan;
  const out = [
    `${color.bold(f.severity.toUpperCase())} ${c.bold(f.aspect)} ${c.dim(`· ${f.rule}`)}${f.qualifiers.length ? c.magenta(` [${f.qualifiers.join(", ")}]`) : ""}`,
    `  ${c.dim("event:")} ${f.event}`,
  ];
  f.claims.forEach((r, i) => {
    out.push(`  ${i === 0 ? "A" : "B"} ${dated(r.doc)} ${c.dim(`${r.modality}${r.attribution ? `, per ${r.attribution}` : ""} · span ${r.span[0]}–${r.span[1]}`)}`);
    out.push(`    “${clip(r.quote)}”`);
    out.push(`    ${c.dim("value:")} ${r.value}`);
  });
  out.push(`  ${f.explanation}`);
  return out;
}

function agreement(f: Finding, c: ChalkInstance): string[] {
  return [
    `${c.green("✔")} ${c.bold(f.aspect)} ${c.dim(`· ${f.rule}`)}${f.qualifiers.length ? c.magenta(` [${f.qualifiers.join(", ")}]`) : ""} ${c.dim("·")} ${f.event}`,
    `  ${c.bold(f.docs[0])}: “${clip(f.claims[0].quote, 120)}” ${c.dim(`→ ${f.claims[0].value}`)}`,
    `  ${c.bold(f.docs[1])}: “${clip(f.claims[1].quote, 120)}” ${c.dim(`→ ${f.claims[1].value}`)}`,
  ];
}

function clip(text: string, max = MAX_QUOTE): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
