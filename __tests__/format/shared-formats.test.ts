/**
 * The formats people share: the event view behind them, Markdown that renders as tables and keeps
 * article text as text, ClaimReview drafts that meet Google's Fact Check markup requirements, and
 * the HTML page's escaping (the page itself is tested in a browser: __tests__/browser/).
 */
import { describe, it, expect, beforeAll } from "@jest/globals";
import { readFileSync } from "node:fs";
import { marked } from "marked";
import { newAjv } from "../../src/load/schemas.js";
import { reportView, clipAround } from "../../src/format/view.js";
import { formatMarkdown, escapeMarkdown } from "../../src/format/markdown.js";
import { formatClaimReview, ratingName } from "../../src/format/claimreview.js";
import { escapeHtml, formatHtml, safeUrl } from "../../src/format/html.js";
import type { Claim, ClaimRef, EventReport, Finding, Position, Report } from "../../src/types.js";
import { runCli } from "../helpers/cli.js";

const ref = (claim: string, doc: string, value: string, quote: string): ClaimRef => ({ claim, doc, quote, span: [0, quote.length], value, modality: "reported" });
const finding = (verdict: "agree" | "conflict", a: ClaimRef, b: ClaimRef, extra: Partial<Finding> = {}): Finding => ({
  id: `f-${a.claim}-${b.claim}`,
  rule: "meeting-duration",
  verdict,
  aspect: "duration",
  severity: verdict === "conflict" ? "error" : "info",
  qualifiers: [],
  event: "Talks in Gdańsk, 2026-05-11",
  docs: [a.doc, b.doc],
  claims: [a, b],
  explanation: `${a.doc} gives ${a.value} and ${b.doc} gives ${b.value}.`,
  ...extra,
});
const claim = (id: string, doc: string, text: string): Claim => ({ id, doc, kind: "meeting", modality: "reported", duration: { minMinutes: 1, maxMinutes: 2, text }, evidence: { quote: "", span: [0, 0] } });

const a = ref("a#1", "a", "120 min", "The talks lasted two hours | on <b>Monday</b>.");
const b = ref("b#1", "b", "105–135 min", "Rozmowy trwały około dwóch godzin.");
const c = ref("c#1", "c", "300 min", "They talked for five hours.");
/** A position as the engine makes it (src/compare/positions.ts), from the claims that hold it. */
const position = (refs: ClaimRef[], sources: string[], against: number[]): Position => ({
  value: refs[0]!.value,
  modality: "reported",
  modalities: ["reported"],
  sources,
  docs: refs.map((r) => r.doc),
  attributions: [],
  quotes: refs.map((r, i) => ({ doc: r.doc, source: sources[i]!, claim: r.claim, quote: r.quote, span: r.span, value: r.value })),
  claims: refs.length,
  against,
});
/** Two and two hours agree; five hours stands against both. */
const events: EventReport[] = [
  {
    id: "e1",
    event: "Talks in Gdańsk, 2026-05-11",
    verdict: "conflict",
    severity: "error",
    docs: ["a", "b", "c"],
    aspects: [{ aspect: "duration", verdict: "conflict", severity: "error", qualifiers: ["approximate"], rules: ["meeting-duration"], positions: [position([a, b], ["Wire | One", "b"], [1]), position([c], ["Daily"], [0])] }],
  },
  {
    id: "e2",
    event: "Port deal signed in Gdynia",
    verdict: "agree",
    severity: "info",
    docs: ["a", "b"],
    aspects: [{ aspect: "date", verdict: "agree", severity: "info", qualifiers: [], rules: ["event-date"], positions: [position([a, b], ["Wire | One", "b"], [])] }],
  },
];
const report: Report = {
  tool: { name: "crosscheck", version: "test" },
  generatedAt: "2026-05-12T08:00:00.000Z",
  documents: [
    { id: "a", path: "a.md", lang: "en", published: "2026-05-12", source: "Wire | One", url: "https://wire.example/a", claims: 1, problems: [] },
    { id: "b", path: "b.md", lang: "pl", published: "2026-05-12", claims: 1, problems: [] },
    { id: "c", path: "c.md", lang: "en", published: "2026-05-13", source: "Daily", url: "javascript:alert(1)", claims: 1, problems: [] },
  ],
  claims: [claim("a#1", "a", "two hours"), claim("b#1", "b", "około dwóch godzin"), claim("c#1", "c", "five hours")],
  findings: [finding("agree", a, b), finding("conflict", a, c), finding("conflict", b, c)],
  events: [events[1]!, events[0]!],
  problems: [],
  summary: { documents: 3, claims: 3, agreements: 1, conflicts: 2, problems: 0 },
};

describe("reportView", () => {
  it("shows the engine's events, conflicts first, with each quote's date, url and the value marked", () => {
    const view = reportView(report);
    expect(view.events.map((e) => e.verdict)).toEqual(["conflict", "agree"]);
    const [aspect] = view.events[0]!.aspects;
    expect(aspect!.severity).toBe("error");
    expect(aspect!.positions.map((p) => p.quotes.map((q) => q.source))).toEqual([["Wire | One", "b"], ["Daily"]]);
    const first = aspect!.positions[0]!.quotes[0]!;
    expect(first).toMatchObject({ published: "2026-05-12", url: "https://wire.example/a", lang: "en" });
    expect(first.quote.slice(first.highlight![0], first.highlight![1])).toBe("two hours");
    // The explanations are those of the conflicting findings.
    expect(aspect!.explanations).toEqual(["a gives 120 min and c gives 300 min.", "b gives 105–135 min and c gives 300 min."]);
  });

  it("has no events when the report has none", () => {
    expect(reportView({ ...report, events: [] }).events).toEqual([]);
  });

  it.each([
    ["a quote that fits", "short quote", [0, 5] as [number, number], "short quote", [0, 5]],
    ["a long quote cut around its value", `${"x".repeat(300)}VALUE${"y".repeat(300)}`, [300, 305] as [number, number], undefined, undefined],
  ])("clipAround: %s", (_name, quote, highlight, text, at) => {
    const clipped = clipAround(quote, highlight, 100);
    if (text !== undefined) expect(clipped).toEqual({ text, highlight: at });
    else {
      expect(clipped.text.length).toBeLessThanOrEqual(102);
      expect(clipped.text.slice(clipped.highlight![0], clipped.highlight![1])).toBe("VALUE");
    }
  });
});

describe("--format markdown", () => {
  it("renders as GitHub tables, one row per position, and keeps article markup as text", () => {
    const html = marked.parse(formatMarkdown(report), { gfm: true, async: false });
    expect(html).toContain("<table>");
    // The positions table (two positions) and the documents table (three documents).
    const tables = html.split("<table>").slice(1).map((t) => (t.match(/<tr>/g) ?? []).length);
    expect(tables).toEqual([3, 4]);
    expect(html).not.toContain("<b>Monday</b>");
    expect(html).toContain("&lt;b&gt;Monday&lt;/b&gt;");
    expect(html).toContain("<blockquote>");
  });

  it.each([
    ["a pipe", "a | b", "a \\| b"],
    ["HTML", "<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"],
    ["emphasis and links", "*x* [y](z)", "\\*x\\* \\[y\\]\\(z\\)"],
    ["plain words", "Gdańsk, 2026-05-11", "Gdańsk, 2026-05-11"],
  ])("escapes %s", (_name, text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

interface Draft {
  url: string;
  claimReviewed: string;
  reviewRating: { alternateName: string };
  author?: { "@type": string; name: string };
  itemReviewed: { datePublished?: string; appearance: Array<{ url?: string; identifier?: string }> };
}

describe("--format claimreview", () => {
  let validate: ReturnType<ReturnType<typeof newAjv>["compile"]>;
  beforeAll(() => {
    validate = newAjv().compile(JSON.parse(readFileSync("schemas/claimreview.schema.json", "utf8")) as object);
  });

  it("drafts one review per conflicting aspect that meets the required properties", () => {
    const drafts = JSON.parse(formatClaimReview(report, { author: "Fact Desk", reviewUrl: "https://checks.example/gdansk" })) as Draft[];
    expect(validate(drafts)).toBe(true);
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft!.url).toBe("https://checks.example/gdansk#conflict-1");
    expect(draft!.claimReviewed).toBe("They talked for five hours.");
    expect(draft!.reviewRating.alternateName).toBe("Conflicting reports");
    expect(draft!.author).toEqual({ "@type": "Organization", name: "Fact Desk" });
    expect(draft!.itemReviewed.datePublished).toBe("2026-05-12");
    // A url that is not http(s) is no appearance url: the document id stands in.
    expect(draft!.itemReviewed.appearance.map((x) => x.url ?? x.identifier)).toEqual(["https://wire.example/a", "b", "c"]);
  });

  it("still validates without an author or a review page, and fails the schema when a required property is gone", () => {
    const drafts = JSON.parse(formatClaimReview(report)) as Array<Record<string, unknown>>;
    expect(validate(drafts)).toBe(true);
    expect(drafts[0]!.url).toBe("urn:crosscheck:review:1");
    delete drafts[0]!.claimReviewed;
    expect(validate(drafts)).toBe(false);
  });

  it.each([
    [["plan-vs-event"], "Plan not carried out"],
    [["update", "approximate"], "Figure updated"],
    [["attribution-differs"], "Conflicting reports"],
  ])("rates %j as %s", (qualifiers, name) => {
    expect(ratingName(qualifiers)).toBe(name);
  });

  it("drafts the samples' conflicts through the CLI", async () => {
    const result = await runCli(["report", "samples", "--format", "claimreview", "--author", "Fact Desk"]);
    expect(result.code).toBe(0);
    const drafts = JSON.parse(result.stdout) as unknown[];
    expect(drafts.length).toBeGreaterThan(0);
    expect(validate(drafts)).toBe(true);
  });
});

describe("--format html escaping", () => {
  it.each([
    ["markup", "<img src=x onerror=y>", "&lt;img src=x onerror=y&gt;"],
    ["quotes", `"a" & 'b'`, "&quot;a&quot; &amp; &#39;b&#39;"],
  ])("escapes %s", (_name, text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });

  it.each([
    ["https://news.example/a?b=1", "https://news.example/a?b=1"],
    ["javascript:alert(1)", undefined],
    ["data:text/html,x", undefined],
    ["not a url", undefined],
  ])("links %s only when it is http(s)", (url, href) => {
    expect(safeUrl(url)).toBe(href);
  });

  it("is one page with no external resource", () => {
    const html = formatHtml(report);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("Content-Security-Policy");
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=/);
    expect(html).not.toContain('href="javascript:');
  });
});
