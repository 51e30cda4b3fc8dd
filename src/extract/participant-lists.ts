/**
 * Who takes part in a meeting named by a noun, read from the lists around the noun:
 * - the list after its link word ("talks WITH A and B", "an exchange AMONG A, B and C",
 *   "rozmowy Z A i B");
 * - a genitive or "of" list between the noun and that link word ("the meeting OF A and B with C",
 *   "spotkanie prezydenta A i wiceprezydenta B z C"): in Polish the genitive names the noun's
 *   own parties, and it counts only when a link word follows, so "spotkanie prezydenta A" alone
 *   (which may be a meeting A hosted or one someone else had with him) is left to the clause.
 * Between the noun and a name, and between names, only link words, titles, conjunctions, initials
 * and the names of places and institutions ("the region's governor", "gubernatorem regionu") may stand.
 */
import type { Mention } from "../normalize/entities.js";
import { fold } from "../text/fold.js";
import { isTitle, type CompiledLexicon, type Hit, type SentenceInfo } from "./sentence.js";

/** Words of English that join a noun to its "of" list. */
const OF_WORDS = new Set(["of"]);

/** Determiners and pronouns that may open a name's description ("his deputy", "the US president"). */
const FILLERS = /^(?:the|a|an|his|her|their|jego|jej|ich|us|u\.s|s)$/;

/** The last word of a trigger ("heated exchange" → "exchange"): the noun that heads it. */
export function headNoun(trigger: Hit): string {
  const words = trigger.text.trim().split(/\s+/);
  return words[words.length - 1] ?? "";
}

/**
 * The people a meeting noun names: its "of"/genitive list (when a link word follows it) and the
 * list after its link word; undefined when no name stands in such a list.
 */
export function nounParticipants(info: SentenceInfo, body: string, lex: CompiledLexicon, trigger: Hit, clause: Hit): string[] | undefined {
  // Mentions, not actors: "spotkanie prezydenta A" reads A as a modifier of the title, but in a list
  // ended by a link word the genitive names the meeting's party.
  const a = info.attribution;
  const persons = info.mentions.filter(
    (m) => m.type === "person" && !m.possessive && m.start >= trigger.end && m.end <= clause.end && !(a && m.start >= a.start && m.end <= a.end),
  );
  const others = info.mentions.filter((m) => m.type !== "person");
  const allowed = (from: number, to: number, extra: (w: string) => boolean) =>
    /^[\s\p{L}.,’'-]*$/u.test(body.slice(from, to)) && gapWords(body, from, to, others).every((w) => isLinkWord(w, lex) || extra(w));
  // "with", "between", "z" right after the noun: the list after it.
  if (lex.re.participantLinks.test(body.slice(trigger.end, trigger.end + 12))) {
    const list = listFrom(persons, body, lex, trigger.end, others);
    return list.length ? list : undefined;
  }
  // "the meeting of A and B with C", "spotkanie prezydenta A i B z C".
  const english = lex.lex.lang === "en";
  const own: Mention[] = [];
  let cursor = trigger.end;
  const isLink = (w: string) => lex.re.participantLinks.test(` ${w}`);
  for (const m of persons) {
    const first = own.length === 0;
    const words = gapWords(body, cursor, m.start, others);
    // The link word closes the noun's own list: who follows it is the other party.
    if (words.some(isLink)) break;
    if (!allowed(cursor, m.start, (w) => first && english && OF_WORDS.has(w))) break;
    // English needs its "of" before the first name: "the meeting Smith called" is no list.
    if (first && english && !words.some((w) => OF_WORDS.has(w))) break;
    own.push(m);
    cursor = m.end;
  }
  if (own.length === 0) return undefined;
  // The list must end on a link word whose own list names someone.
  const last = own[own.length - 1]!;
  const rest = persons.filter((m) => m.start >= last.end);
  const next = rest[0];
  if (!next) return undefined;
  const gap = body.slice(last.end, next.start);
  const link = new RegExp(`(?:^|\\s)(?:${lex.re.participantLinks.source.replace(/^\^\\s\*/, "")})`, "iu").exec(gap);
  if (!link) return undefined;
  const linkAt = last.end + link.index + link[0].length;
  if (!allowed(last.end, last.end + link.index, () => false)) return undefined;
  const theirs = listFrom(rest, body, lex, linkAt, others);
  if (!theirs.length) return undefined;
  return [...new Set([...own.map((m) => m.entity), ...theirs])];
}

/** The names listed from `from` on: each separated from the last only by link words; the list ends at the item after a conjunction. */
function listFrom(persons: Mention[], body: string, lex: CompiledLexicon, from: number, others: Mention[]): string[] {
  const out: string[] = [];
  let cursor = from;
  for (const m of persons) {
    if (m.start < cursor) continue;
    const raw = body.slice(cursor, m.start);
    if (!/^[\s\p{L}.,’'-]*$/u.test(raw)) break;
    const words = gapWords(body, cursor, m.start, others);
    if (!words.every((w) => isLinkWord(w, lex))) break;
    out.push(m.entity);
    cursor = m.end;
    // "with A and B, Minister C ...": the list ends at the item after the conjunction.
    if (out.length > 1 && words.some((w) => lex.conjunctions.has(w) && w !== ",")) break;
  }
  return [...new Set(out)];
}

/**
 * The words between two offsets, folded, without those inside a place's or an institution's
 * name (a country and its possessive, a ministry) and without initials ("J.D."), which describe a name.
 */
function gapWords(body: string, from: number, to: number, others: Mention[]): string[] {
  let text = "";
  let at = from;
  for (const m of others) {
    if (m.end <= from || m.start >= to) continue;
    text += body.slice(at, Math.max(at, m.start)) + " ";
    at = Math.max(at, m.end);
    // "Poland's Sikorski": the possessive belongs to the place.
    const possessive = /^['’]s(?![\p{L}])/u.exec(body.slice(at, to));
    if (possessive) at += possessive[0].length;
  }
  text += body.slice(at, to);
  return text
    .split(/\s+/)
    .filter((w) => w && !/^(?:\p{Lu}\.)+(?:\p{Lu}\.?)?$/u.test(w))
    .map((w) => fold(w.replace(/[,.]$/, "")) || (w.includes(",") ? "," : ""))
    .filter((w) => w !== "");
}

/** A word that may stand between a meeting noun and a name, or between two names of its list. */
function isLinkWord(w: string, lex: CompiledLexicon): boolean {
  return lex.conjunctions.has(w) || isTitle(w, lex) || lex.re.participantLinks.test(` ${w}`) || FILLERS.test(w);
}
