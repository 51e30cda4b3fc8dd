/**
 * `--format html`: one self-contained page (inline CSS and script, no network: its own
 * Content-Security-Policy forbids every fetch) for an editor to read in a browser. Events with
 * conflicts first; per aspect the positions side by side with their sources, values, modality and
 * attribution; each quote with the words that state the value marked; filters and a search box.
 * Every text from an article or the front matter is escaped, and only http(s) links are links.
 */
import type { Report } from "../types.js";
import { clipAround, reportView, type AspectView, type EventView, type PositionView, type QuoteView, type ReportView } from "./view.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** An article's url as a link target, or undefined when it is not http(s) (a `javascript:` url stays text). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The report as one HTML page. */
export function formatHtml(report: Report): string {
  const view = reportView(report);
  const aspects = [...new Set(view.events.flatMap((e) => e.aspects.map((a) => a.aspect)))].sort();
  const sources = [...new Set(view.events.flatMap((e) => e.sources))].sort();
  const s = view.summary;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>crosscheck report: ${escapeHtml(plural(s.conflicts, "conflict"))}, ${escapeHtml(plural(s.agreements, "agreement"))}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>crosscheck report</h1>
<p class="summary">${escapeHtml(`${plural(s.documents, "document")}, ${plural(s.claims, "claim")}: `)}<strong>${escapeHtml(plural(s.conflicts, "conflict"))}</strong>, ${escapeHtml(plural(s.agreements, "agreement"))}, ${escapeHtml(plural(s.problems, "problem"))}. <span class="muted">Made by ${escapeHtml(`${view.tool.name} ${view.tool.version}`)} at <time datetime="${escapeHtml(view.generatedAt)}">${escapeHtml(view.generatedAt)}</time>.</span></p>
</header>
<form id="filters" role="search" aria-label="Filter the findings">
<label><input type="checkbox" id="conflicts-only"> Conflicts only</label>
<label>Aspect <select id="aspect"><option value="">all</option>${aspects.map((a) => `<option>${escapeHtml(a)}</option>`).join("")}</select></label>
<label>Severity <select id="severity"><option value="">all</option><option>error</option><option>warning</option><option>info</option></select></label>
<label>Source <select id="source"><option value="">all</option>${sources.map((x) => `<option>${escapeHtml(x)}</option>`).join("")}</select></label>
<label>Search <input type="search" id="search" placeholder="words in quotes, values, names"></label>
<p id="shown" role="status" aria-live="polite">${escapeHtml(plural(view.events.length, "event"))} shown</p>
</form>
<main>
${view.events.length ? view.events.map(eventHtml).join("\n") : `<p>No findings: no two articles were found to report on the same event.</p>`}
</main>
${documentsHtml(view)}
${problemsHtml(view)}
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function badge(verdict: "agree" | "conflict", severity: string): string {
  return verdict === "conflict"
    ? `<span class="badge conflict sev-${escapeHtml(severity)}"><span aria-hidden="true">✖ </span>Conflict · ${escapeHtml(severity)}</span>`
    : `<span class="badge agree"><span aria-hidden="true">✔ </span>Agreement</span>`;
}

function eventHtml(e: EventView): string {
  const data = `data-verdict="${e.verdict}" data-severity="${e.verdict === "conflict" ? escapeHtml(e.severity) : "none"}" data-aspects="${escapeHtml(e.aspects.map((a) => a.aspect).join(" "))}" data-sources="${escapeHtml(e.sources.join("\u001f"))}"`;
  return `<article class="event ${e.verdict}" ${data}>
<h2>${badge(e.verdict, e.severity)} ${escapeHtml(e.label)}${e.intra ? ` <span class="muted">(inside one article)</span>` : ""}</h2>
<p class="muted">Sources: ${escapeHtml(e.sources.join(", "))}</p>
${e.aspects.map(aspectHtml).join("\n")}
${e.timeline.length ? timelineHtml(e) : ""}
</article>`;
}

function aspectHtml(a: AspectView): string {
  return `<section class="aspect" data-aspect="${escapeHtml(a.aspect)}" data-verdict="${a.verdict}" data-severity="${a.verdict === "conflict" ? escapeHtml(a.severity) : "none"}">
<h3>${escapeHtml(a.aspect)} ${badge(a.verdict, a.severity)}${a.qualifiers.length ? ` <span class="qualifiers">${a.qualifiers.map((q) => `<span class="qualifier">${escapeHtml(q)}</span>`).join(" ")}</span>` : ""}</h3>
<div class="positions">${a.positions.map((p, i) => positionHtml(p, i, a.positions.length)).join("")}</div>
${a.explanations.map((x) => `<p class="explanation">${escapeHtml(x)}</p>`).join("\n")}
<p class="muted rule">Rule: ${escapeHtml(a.rules.join(", "))}</p>
</section>`;
}

function positionHtml(p: PositionView, i: number, of: number): string {
  return `<div class="position"><h4>${of > 1 ? `Position ${i + 1}: ` : ""}<span class="value">${escapeHtml(p.value)}</span> <span class="muted">(${escapeHtml(plural(p.quotes.length, "source"))})</span></h4>${p.quotes.map(quoteHtml).join("")}</div>`;
}

function quoteHtml(q: QuoteView): string {
  const clipped = clipAround(q.quote, q.highlight);
  const body = clipped.highlight
    ? `${escapeHtml(clipped.text.slice(0, clipped.highlight[0]))}<mark>${escapeHtml(clipped.text.slice(clipped.highlight[0], clipped.highlight[1]))}</mark>${escapeHtml(clipped.text.slice(clipped.highlight[1]))}`
    : escapeHtml(clipped.text);
  const href = safeUrl(q.url);
  const source = href ? `<a href="${escapeHtml(href)}" rel="noreferrer noopener">${escapeHtml(q.source)}</a>` : escapeHtml(q.source);
  const meta = [q.published?.slice(0, 10), q.modality, q.attribution ? `per ${q.attribution}` : undefined, `${q.doc}, characters ${q.span[0]}–${q.span[1]}`].filter((x): x is string => Boolean(x));
  return `<figure class="quote" lang="${escapeHtml(q.lang)}"><blockquote>${body}</blockquote><figcaption>${source} <span class="muted">· ${escapeHtml(meta.join(" · "))}</span></figcaption></figure>`;
}

function timelineHtml(e: EventView): string {
  return `<details class="timeline"><summary>Timeline of the dates given (${escapeHtml(plural(e.timeline.length, "date"))})</summary><ol>${e.timeline
    .map((t) => `<li><time datetime="${escapeHtml(t.date)}">${escapeHtml(t.date)}</time>: ${escapeHtml(t.source)} <span class="muted">(“${escapeHtml(t.value)}”)</span></li>`)
    .join("")}</ol></details>`;
}

function documentsHtml(view: ReportView): string {
  const rows = view.documents
    .map((d) => {
      const href = safeUrl(d.url);
      const name = d.source ?? d.id;
      return `<tr><td>${href ? `<a href="${escapeHtml(href)}" rel="noreferrer noopener">${escapeHtml(name)}</a>` : escapeHtml(name)}</td><td>${escapeHtml(d.id)}</td><td>${escapeHtml(d.published?.slice(0, 10) ?? "—")}</td><td>${escapeHtml(d.lang)}</td><td>${d.claims}</td></tr>`;
    })
    .join("\n");
  return `<section id="documents"><h2>Documents</h2><div class="table"><table><thead><tr><th scope="col">Source</th><th scope="col">Id</th><th scope="col">Published</th><th scope="col">Language</th><th scope="col">Claims</th></tr></thead><tbody>
${rows}
</tbody></table></div></section>`;
}

function problemsHtml(view: ReportView): string {
  if (!view.problems.length) return "";
  return `<section id="problems"><h2>Problems</h2><ul>${view.problems.map((p) => `<li>${escapeHtml(p.message)} <span class="muted">[${escapeHtml(p.code)}]</span></li>`).join("")}</ul></section>`;
}

const CSS = `
:root{--fg:#1b1b1b;--muted:#555;--bg:#fff;--line:#c8c8c8;--conflict:#8a1c1c;--agree:#1d5e2a;--mark:#fff1a8}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin:.3rem 0}h3{font-size:1.05rem;margin:.8rem 0 .3rem}h4{font-size:1rem;margin:.2rem 0}
.muted{color:var(--muted)}
#filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.6rem;border:1px solid var(--line);border-radius:.4rem;margin:1rem 0}
#filters label{display:flex;gap:.3rem;align-items:center;min-width:0;max-width:100%}
#filters label:has(input[type=checkbox]){justify-content:flex-start!important}
#filters select,#filters input[type=search]{font:inherit;padding:.2rem .3rem;min-height:2.2rem;min-width:0;max-width:16rem}
#shown{margin:0;flex-basis:100%}
.event{border:1px solid var(--line);border-left:.4rem solid var(--agree);border-radius:.4rem;padding:.6rem .9rem;margin:1rem 0}
.event.conflict{border-left-color:var(--conflict)}
.badge{display:inline-block;font-size:.85rem;font-weight:600;padding:0 .4rem;border:2px solid currentColor;border-radius:.3rem;vertical-align:middle}
.badge.conflict{color:var(--conflict)}.badge.agree{color:var(--agree)}
.qualifier{display:inline-block;font-size:.8rem;border:1px dashed var(--muted);border-radius:.3rem;padding:0 .3rem;color:var(--muted)}
.positions{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.6rem}
.position{border:1px solid var(--line);border-radius:.3rem;padding:.4rem .6rem}
.value{font-family:ui-monospace,Menlo,Consolas,monospace}
.quote{margin:.4rem 0}
blockquote{margin:0;padding:.2rem .6rem;border-left:3px solid var(--line);overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;outline:1px solid #b59b00;padding:0 .1rem}
figcaption{font-size:.9rem;overflow-wrap:anywhere}
.explanation{margin:.4rem 0}
.table{overflow-x:auto}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left}
a{color:#0b4f9c}
:focus-visible{outline:3px solid #0b4f9c;outline-offset:2px}
[hidden]{display:none!important}
@media (max-width:40rem){body{padding:.5rem}#filters{flex-direction:column;align-items:stretch}#filters label{justify-content:space-between}#filters select,#filters input[type=search]{flex:1 1 0;max-width:none}}
`;

/** Filters hide events and aspects that do not match; the status line says how many events remain. */
const SCRIPT = `
(function(){
var $=function(id){return document.getElementById(id)};
var events=[].slice.call(document.querySelectorAll("article.event"));
function apply(){
var conflictsOnly=$("conflicts-only").checked,aspect=$("aspect").value,severity=$("severity").value,source=$("source").value,words=$("search").value.trim().toLowerCase();
var shown=0;
events.forEach(function(ev){
var sections=[].slice.call(ev.querySelectorAll("section.aspect"));
var visible=0;
sections.forEach(function(sec){
var ok=(!conflictsOnly||sec.dataset.verdict==="conflict")&&(!aspect||sec.dataset.aspect===aspect)&&(!severity||sec.dataset.severity===severity);
sec.hidden=!ok;if(ok)visible++;
});
var ok=visible>0&&(!source||ev.dataset.sources.split("\\u001f").indexOf(source)>=0)&&(!words||ev.textContent.toLowerCase().indexOf(words)>=0);
ev.hidden=!ok;if(ok)shown++;
});
$("shown").textContent=shown+(shown===1?" event":" events")+" shown";
}
["conflicts-only","aspect","severity","source"].forEach(function(id){$(id).addEventListener("change",apply)});
$("search").addEventListener("input",apply);
$("filters").addEventListener("submit",function(e){e.preventDefault()});
})();
`;
