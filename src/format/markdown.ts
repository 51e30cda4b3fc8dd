/**
 * `--format markdown`: the report as GitHub-flavoured Markdown, to paste into an issue or a pull
 * request: events with conflicts first, positions as tables, quotes as blockquotes, agreements a
 * line per event. Article text is escaped so it cannot open HTML, links or tables of its own.
 */
import type { Report } from "../types.js";
import { clipAround, reportView, type AspectView, type EventView, type QuoteView } from "./view.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Text that Markdown shows as written: no HTML, emphasis, links or headings of the article's own. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_{}[\]()#+!|~])/g, "\\$1");
}

/** The report as Markdown. */
export function formatMarkdown(report: Report): string {
  const view = reportView(report);
  const s = view.summary;
  const out: string[] = ["# crosscheck report", "", `${plural(s.documents, "document")}, ${plural(s.claims, "claim")}: **${plural(s.conflicts, "conflict")}**, ${plural(s.agreements, "agreement")}, ${plural(s.problems, "problem")}.`, ""];
  const conflicts = view.events.filter((e) => e.verdict === "conflict");
  const agreements = view.events.filter((e) => e.verdict === "agree");
  if (conflicts.length) {
    out.push(`## Conflicts (${conflicts.length} ${conflicts.length === 1 ? "event" : "events"})`, "");
    for (const e of conflicts) out.push(...eventMarkdown(e));
  }
  if (agreements.length) {
    out.push(`## Agreements (${agreements.length} ${agreements.length === 1 ? "event" : "events"})`, "");
    for (const e of agreements) {
      const aspects = e.aspects.map((a) => `${a.aspect} (${a.positions[0]?.value ?? ""})`).join(", ");
      out.push(`- ✔ **${escapeMarkdown(e.label)}**: ${escapeMarkdown(aspects)}; ${escapeMarkdown(e.sources.join(", "))}${e.intra ? " (inside one article)" : ""}`);
    }
    out.push("");
  }
  if (!view.events.length) out.push("No findings: no two articles were found to report on the same event.", "");
  if (view.problems.length) {
    out.push("## Problems", "");
    for (const p of view.problems) out.push(`- ${escapeMarkdown(p.message)} \`${p.code}\``);
    out.push("");
  }
  out.push("## Documents", "", "| Source | Id | Published | Language | Claims |", "|---|---|---|---|---|");
  for (const d of view.documents) out.push(`| ${escapeMarkdown(d.source ?? d.id)} | ${escapeMarkdown(d.id)} | ${d.published?.slice(0, 10) ?? "—"} | ${d.lang} | ${d.claims} |`);
  return `${out.join("\n")}\n`;
}

function eventMarkdown(e: EventView): string[] {
  const out = [`### ✖ ${escapeMarkdown(e.label)}`, "", `Conflict (${e.severity})${e.intra ? ", inside one article" : ""}. Sources: ${escapeMarkdown(e.sources.join(", "))}.`, ""];
  for (const a of e.aspects) out.push(...aspectMarkdown(a));
  if (e.timeline.length) {
    out.push("Dates given:", "");
    for (const t of e.timeline) out.push(`- ${t.date}: ${escapeMarkdown(t.source)} (“${escapeMarkdown(t.value)}”)`);
    out.push("");
  }
  return out;
}

function aspectMarkdown(a: AspectView): string[] {
  const verdict = a.verdict === "conflict" ? `conflict (${a.severity})` : "agree";
  const out = [`#### ${escapeMarkdown(a.aspect)}: ${verdict}${a.qualifiers.length ? ` · ${escapeMarkdown(a.qualifiers.join(", "))}` : ""}`, "", "| Position | Value | Sources |", "|---|---|---|"];
  a.positions.forEach((p, i) => out.push(`| ${i + 1} | ${escapeMarkdown(p.value)} | ${escapeMarkdown(p.quotes.map((q) => q.source).join(", "))} |`));
  out.push("");
  for (const p of a.positions) for (const q of p.quotes) out.push(...quoteMarkdown(q), "");
  for (const x of a.explanations) out.push(escapeMarkdown(x), "");
  out.push(`Rule: \`${a.rules.join(", ")}\``, "");
  return out;
}

function quoteMarkdown(q: QuoteView): string[] {
  const clipped = clipAround(q.quote, q.highlight);
  const quote = clipped.highlight
    ? `${escapeMarkdown(clipped.text.slice(0, clipped.highlight[0]))}**${escapeMarkdown(clipped.text.slice(clipped.highlight[0], clipped.highlight[1]))}**${escapeMarkdown(clipped.text.slice(clipped.highlight[1]))}`
    : escapeMarkdown(clipped.text);
  const meta = [q.published?.slice(0, 10), q.modality, q.attribution ? `per ${q.attribution}` : undefined, `${q.doc} ${q.span[0]}–${q.span[1]}`].filter((x): x is string => Boolean(x));
  return [`> ${quote}`, `> — ${escapeMarkdown(q.source)}, ${escapeMarkdown(meta.join(", "))}`];
}
