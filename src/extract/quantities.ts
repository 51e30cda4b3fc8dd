/**
 * Quantities: a number (digits or words, with its hedge) followed by what it counts ("at least 12
 * people were killed", "zginęło 19 osób", "34.2% of the vote", "$800bn"), or a toll phrase before
 * it ("the death toll rose to 19"). Numbers inside time expressions (years, dates, durations) are
 * not quantities. The hedge table in ../normalize/hedges.ts turns hedges into intervals.
 */
import type { Article, QuantityValue } from "../types.js";
import { NUMBER_WORD_PATTERN, parseNumberPhrase, vagueQuantity } from "../normalize/numbers.js";
import { findHedgeBefore, findHedgeAfter, hedgeInterval } from "../normalize/hedges.js";
import type { Draft } from "./index.js";
import { hits, lowered, type CompiledLexicon, type SentenceInfo } from "./sentence.js";
import { timeValue } from "./time-value.js";
import { fold, stemKey } from "../text/fold.js";
import type { EntityRegistry } from "../normalize/entities.js";

/** The innermost place named in the sentence (Sanok rather than Poland). */
function mostSpecificPlace(info: SentenceInfo, registry: EntityRegistry): string | undefined {
  const places = info.mentions.filter((m) => m.type === "place").map((m) => m.entity);
  return places.find((p) => places.every((q) => q === p || !registry.contains(p, q)));
}

const numberRes = new Map<string, RegExp>();

/** Numbers in digits or words; matched case-sensitively on lower-cased text when it keeps offsets (much faster than `i`). */
function numberRe(lang: string, onLowerCase: boolean): RegExp {
  const key = `${lang}:${onLowerCase}`;
  let re = numberRes.get(key);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}.,])(?:\\d{1,3}(?:[ ,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?|${NUMBER_WORD_PATTERN(lang)})(?![\\p{L}\\p{N}])`, onLowerCase ? "gu" : "giu");
    numberRes.set(key, re);
  }
  return re;
}

const MULTIPLIERS: Array<[RegExp, number]> = [
  [/^\s*(?:trillion|trn|bln)\b/iu, 1e12],
  [/^\s*(?:billion|bn|mld\.?|miliard\p{L}*)(?![\p{L}])/iu, 1e9],
  [/^\s*(?:million|mln\.?|milion\p{L}*|m)(?![\p{L}])/iu, 1e6],
  [/^\s*(?:thousand|tys\.?|tysi\p{L}*)(?![\p{L}])/iu, 1e3],
];

const CURRENCY_BEFORE: Array<[RegExp, string]> = [
  [/\$\s?$/u, "USD"],
  [/€\s?$/u, "EUR"],
  [/£\s?$/u, "GBP"],
];

const AS_OF = /\b(?:as of|as at|by)\s+$|(?:według stanu na|stan na|do godz\.?|do godziny)\s+$/iu;
const COUNT_PROGRESS = /^\s*(?:of (?:the )?(?:ballots|votes|precincts|polling stations|protocols)\s+(?:counted|processed|tallied)|(?:przeliczonych|policzonych) (?:głosów|kart|protokołów)|głosów przeliczonych)/iu;
const TURNOUT = /\b(?:turnout|frekwencj\p{L}*)\b/iu;

/**
 * Where an article said its figures come from a poll or projection, by paragraph: "according to an
 * exit poll" makes the next sentence's "turnout reached 72.8 percent" an estimate too.
 */
const estimateParagraph = new WeakMap<Article, number>();

/** Tracks paragraphs that announced estimates; call once per sentence, before extracting. */
export function noteEstimates(info: SentenceInfo, lex: CompiledLexicon, body: string, article: Article, previousEnd: number): void {
  const newParagraph = /\n\s*\n/.test(body.slice(previousEnd, info.s.start));
  if (newParagraph) estimateParagraph.delete(article);
  if (hits(lex.re.estimate, info.s).length) estimateParagraph.set(article, info.s.start);
}

/** Quantities of one sentence. */
export function extractQuantities(info: SentenceInfo, lex: CompiledLexicon, body: string, article: Article, registry: EntityRegistry): Draft[] {
  const out: Draft[] = [];
  const s = info.s;
  // Without a digit, only a number in words can start a quantity.
  if (!/\d/.test(s.text) && !hits(lex.numberWords, s).length) return out;
  const lower = lowered(s);
  const text = lower ?? s.text;
  const re = numberRe(lex.lex.lang, lower !== undefined);
  re.lastIndex = 0;
  // A bare number read as a clock hour ("wzrosła do 19") may still be a count; anything longer is a time.
  const timeSpans = [...info.times, ...info.speechTimes].filter((t) => !/^\d{1,2}$/.test(t.text)).map((t) => t.span);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = s.start + m.index;
    let end = start + m[0].length;
    if (timeSpans.some(([a, b]) => start < b && end > a)) continue;
    const raw = s.text.slice(m.index, m.index + m[0].length);
    let value = parseValue(raw, lex.lex.lang);
    let range = value === undefined ? vagueQuantity(raw, lex.lex.lang) : undefined;
    if (value === undefined && !range) continue;
    for (const [mult, factor] of MULTIPLIERS) {
      const after = mult.exec(body.slice(end, end + 16));
      if (after) {
        if (value !== undefined) value *= factor;
        if (range) range = [range[0] * factor, range[1] * factor];
        end += after[0].length;
        break;
      }
    }
    const before = body.slice(Math.max(s.start, start - 60), start);
    const after = body.slice(end, Math.min(s.end, end + 60));
    let counted: string | undefined;
    let unit: string | undefined;
    let countedEnd = end;
    for (const [cur, code] of CURRENCY_BEFORE) if (cur.test(before)) (counted = "money"), (unit = code);
    if (!counted) {
      for (const c of lex.counted) {
        const hit = c.re.exec(after);
        if (hit && hit[0].trim().length > 0) {
          counted = c.category;
          countedEnd = end + hit[0].length;
          break;
        }
      }
    }
    let hedge = findHedgeBefore(body, start, lex.lex.lang) ?? undefined;
    if (!counted) {
      // Verb before the number: "zginęło 19 osób", "ewakuowano około 3 tys. osób", "killing at least 12".
      const whole = body.slice(Math.max(s.start, start - 80), start);
      const direct = lex.countedBefore.find((c) => c.re.test(whole));
      if (direct) {
        counted = direct.category;
        // "wzrosła do 19": the "do" belongs to the verb, it is no "up to" hedge.
        hedge = undefined;
      } else {
        const lead = body.slice(Math.max(s.start, (hedge?.start ?? start) - 80), hedge?.start ?? start);
        counted = lex.countedBefore.find((c) => c.re.test(lead))?.category;
      }
    }
    if (!counted) continue;
    if (counted === "money" && !unit) unit = /zł|złot|PLN|zlot/iu.test(after) ? "PLN" : /euro|EUR/iu.test(after) ? "EUR" : /dolar|dollar|USD/iu.test(after) ? "USD" : undefined;
    // "with 98% of ballots counted" measures the count's progress, not a result.
    if (counted === "percent" && COUNT_PROGRESS.test(body.slice(countedEnd, countedEnd + 50))) continue;
    if (counted === "percent" && TURNOUT.test(body.slice(Math.max(s.start, start - 40), Math.min(s.end, countedEnd + 20)))) counted = "turnout";
    const hedgeAfter = hedge ? undefined : findHedgeAfter(body, countedEnd, lex.lex.lang);
    const hedgeId = hedge?.hedge ?? hedgeAfter?.hedge;
    let min: number;
    let max: number | undefined;
    if (range) [min, max] = range;
    else if (hedgeId) {
      const interval = hedgeInterval(hedgeId, value!, { step: counted === "percent" || counted === "turnout" || counted === "money" ? 0.1 : 1 });
      min = interval.min;
      max = interval.max;
    } else min = max = value!;
    const textStart = hedge ? hedge.start : start;
    const q: QuantityValue = { min, counted, text: body.slice(textStart, countedEnd).trim() };
    if (max !== undefined) q.max = max;
    if (unit) q.unit = unit;
    if (hedgeId && hedgeId !== "exact") q.hedge = hedgeId;
    if (hits(lex.re.estimate, info.s).length || (estimateParagraph.get(article) ?? -1) >= 0) q.basis = "estimate";
    // "domagają się 3,5 mln zł" is not "zasądził 1,2 mln zł": the role word nearest the amount decides.
    if (counted === "money") {
      const nearest = lex.amountRoles
        .flatMap(({ role, re }) => hits(re, info.s).map((h) => ({ role, distance: Math.min(Math.abs(h.start - countedEnd), Math.abs(start - h.end)) })))
        .sort((x, y) => x.distance - y.distance)[0];
      if (nearest && nearest.distance <= 80) q.role = nearest.role;
    }
    const asOf = info.times.find((t) => (t.type === "TIME" || t.type === "DATE") && AS_OF.test(body.slice(Math.max(s.start, t.span[0] - 24), t.span[0])));
    if (asOf) q.asOf = timeValue(asOf);
    const d: Draft = { kind: "quantity", modality: "reported", quantity: q, evidence: { quote: s.text, span: [s.start, s.end] }, own: new Set(["quantity"]) };
    if (info.attribution) d.attribution = info.attribution.source;
    if (article.published) d.published = article.published.slice(0, 10);
    const subject = subjectOf(info, start, counted, lex);
    if (subject) d.subject = subject;
    else if (counted === "percent" || counted === "votes" || counted === "seats") continue; // a share of nobody known cannot be compared
    const place = mostSpecificPlace(info, registry);
    if (place) d.location = place;
    const when = info.times.find((t) => t.type === "DATE" && t !== asOf);
    if (when) d.time = timeValue(when);
    out.push(d);
  }
  return out;
}

function parseValue(raw: string, lang: string): number | undefined {
  const compact = raw.replace(/(\d)[ ](?=\d{3}\b)/g, "$1");
  if (/^\d/.test(compact)) {
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) return Number(compact.replace(/,/g, ""));
    if (/^\d+,\d+$/.test(compact)) return lang === "en" && /,\d{3}$/.test(compact) ? Number(compact.replace(",", "")) : Number(compact.replace(",", "."));
    return Number(compact);
  }
  return parseNumberPhrase(raw, lang);
}

/** Who a share or count belongs to: the nearest named organisation, person or capitalised name before the number in the clause. */
function subjectOf(info: SentenceInfo, at: number, counted: string, lex: CompiledLexicon): string | undefined {
  if (!["percent", "votes", "seats", "turnout"].includes(counted)) return undefined;
  if (counted === "turnout") return "turnout";
  const clause = info.clauses.find((c) => at >= c.start && at < c.end);
  const from = clause?.start ?? info.s.start;
  const attribution = info.attribution;
  const named = [...info.mentions]
    .reverse()
    .find((m) => m.end <= at && m.start >= from && (m.type === "organization" || m.type === "person") && !(attribution && m.start >= attribution.start && m.end <= attribution.end));
  // An unregistered party: the capitalised words nearest before the number (not the source's name).
  const tokens = info.tokens.filter((t) => t.end <= at && t.start >= from && !(attribution && t.start >= attribution.start && t.end <= attribution.end));
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (named && tokens[i]!.end <= named.end) break;
    const nameLike = (k: number) =>
      tokens[k]!.cap &&
      !lex.names.stopwords.has(fold(tokens[k]!.text)) &&
      !info.times.some((t) => tokens[k]!.start >= t.span[0] && tokens[k]!.end <= t.span[1]) &&
      !info.mentions.some((m) => tokens[k]!.start >= m.start && tokens[k]!.end <= m.end);
    if (!nameLike(i) || i === 0) continue;
    let j = i;
    while (j > 0 && nameLike(j - 1)) j--;
    if (j === 0 && i === 0) continue;
    const words = tokens.slice(j, i + 1).map((t) => t.text).join(" ");
    return `org-${stemKey(words).replace(/[^a-z0-9]+/g, "-")}`;
  }
  return named?.entity;
}
