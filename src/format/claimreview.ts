/**
 * `--format claimreview`: a draft schema.org ClaimReview (JSON-LD) for each conflicting aspect of
 * an event, for a fact-check site to finish and publish. The reviewed claim is the quote of the
 * position fewer sources hold; each side's article is an `appearance`; the rating says what was
 * found, not a verdict on truth, which stays the fact-checker's. The author and the review page's
 * url are the publisher's: `--author` and `--review-url` fill them; without a review url the
 * draft carries a `urn:` placeholder that a publisher must replace.
 */
import type { Report } from "../types.js";
import { reportView, type AspectView, type EventView, type QuoteView } from "./view.js";
import { safeUrl } from "./html.js";

export interface ClaimReviewOptions {
  author?: string;
  reviewUrl?: string;
}

/** What the finding says, as the rating's words. */
export function ratingName(qualifiers: readonly string[]): string {
  if (qualifiers.includes("plan-vs-event")) return "Plan not carried out";
  if (qualifiers.includes("update")) return "Figure updated";
  return "Conflicting reports";
}

type JsonLd = Record<string, unknown>;

/** The drafts as a JSON-LD array (with a trailing newline). */
export function formatClaimReview(report: Report, options: ClaimReviewOptions = {}): string {
  const view = reportView(report);
  const drafts: JsonLd[] = [];
  let n = 0;
  for (const e of view.events) {
    if (e.intra) continue;
    for (const a of e.aspects) if (a.verdict === "conflict" && a.positions.length > 1) drafts.push(draft(e, a, ++n, view.generatedAt, options));
  }
  return `${JSON.stringify(drafts, null, 2)}\n`;
}

function draft(e: EventView, a: AspectView, n: number, generatedAt: string, options: ClaimReviewOptions): JsonLd {
  const contested = a.positions[a.positions.length - 1]!.quotes[0]!;
  const quotes = a.positions.flatMap((p) => p.quotes);
  const dates = quotes.map((q) => q.published?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  const claim: JsonLd = { "@type": "Claim", appearance: quotes.map(appearance) };
  if (dates[0]) claim.datePublished = dates[0];
  if (contested.attribution) claim.author = { "@type": "Organization", name: contested.attribution };
  const base = safeUrl(options.reviewUrl);
  const review: JsonLd = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: base ? `${base}#conflict-${n}` : `urn:crosscheck:review:${n}`,
    datePublished: generatedAt.slice(0, 10),
    claimReviewed: contested.quote.replace(/\s+/g, " ").trim(),
    itemReviewed: claim,
    reviewRating: { "@type": "Rating", alternateName: ratingName(a.qualifiers), name: ratingName(a.qualifiers) },
    reviewBody: `${e.label}, ${a.aspect}: ${a.positions.map((p) => `${p.value} (${p.quotes.map((q) => q.source).join(", ")})`).join(" against ")}. ${a.explanations.join(" ")}`.trim(),
  };
  if (options.author) review.author = { "@type": "Organization", name: options.author };
  return review;
}

function appearance(q: QuoteView): JsonLd {
  const work: JsonLd = { "@type": "CreativeWork", publisher: { "@type": "Organization", name: q.source } };
  const href = safeUrl(q.url);
  if (href) work.url = href;
  else work.identifier = q.doc;
  if (q.published) work.datePublished = q.published.slice(0, 10);
  return work;
}
