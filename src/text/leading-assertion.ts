/**
 * A global pattern that opens with a lookbehind ("(?<![\p{L}])(?:spotka\p{L}*|…)") hides its
 * first characters from V8's start-position search: the engine tries the lookbehind at every
 * offset of the text. Run without it, the pattern skips ahead to where its first characters
 * occur; checking the lookbehind only there, and resuming one position later where it fails,
 * finds the very same matches. That pays when the rest starts with a few fixed letters
 * ("spotka", "powiedzia"), three to four times faster on the Polish lexicon; when it starts with
 * a letter class or a word of one or two letters ("\p{L}+ razy", "w"), the rest matches inside too many words.
 */

/** A pattern split into its leading assertion (sticky, tested at one offset) and the rest (global). */
export interface SplitPattern {
  assertion: RegExp;
  rest: RegExp;
}

/**
 * Splits `source` into a leading assertion and the rest, or returns undefined when the pattern
 * does not open with one that covers all of it: a top-level alternation ("(?<!x)a|b") applies
 * the assertion to its first branch only, and a capturing group inside the assertion would
 * renumber the rest's groups.
 */
export function splitLeadingAssertion(source: string, flags: string): SplitPattern | undefined {
  if (!source.startsWith("(?<!") && !source.startsWith("(?<=")) return undefined;
  const close = groupEnd(source, 0);
  if (close === undefined) return undefined;
  const assertion = source.slice(0, close + 1);
  const rest = source.slice(close + 1);
  if (rest === "" || hasCapture(assertion) || hasTopLevelAlternation(rest) || literalPrefix(rest) < MIN_PREFIX) return undefined;
  const base = flags.replace(/[gy]/g, "");
  try {
    return { assertion: new RegExp(assertion, `${base}y`), rest: new RegExp(rest, `${base}g`) };
  } catch {
    return undefined;
  }
}

/**
 * The same pattern with its leading lookbehinds moved behind a lookahead of the rest:
 * "(?<=X)R" becomes "(?=R)(?<=X)R". Inside a larger alternation (an event type's triggers) a
 * leading lookbehind is tried at every offset of the text; the lookahead fails at once on R's
 * first letters. Same matches; the pattern is returned as it is when it has no leading
 * lookbehind or the rest is an alternation of its own.
 */
export function lookbehindLast(source: string): string {
  let rest = source;
  let assertions = "";
  while (rest.startsWith("(?<=") || rest.startsWith("(?<!")) {
    const close = groupEnd(rest, 0);
    if (close === undefined) return source;
    assertions += rest.slice(0, close + 1);
    rest = rest.slice(close + 1);
  }
  if (!assertions || !rest || hasTopLevelAlternation(rest)) return source;
  return `(?=${rest})${assertions}${rest}`;
}

/** Fixed letters the rest must start with for the split to pay (measured on the lexicons). */
const MIN_PREFIX = 3;

type Node = { t: "char" } | { t: "any" } | { t: "zero" } | { t: "group"; branches: Node[][] } | { t: "repeat"; node: Node; min: number };

/**
 * The fewest fixed characters a match of `source` starts with (a character, or a small class of
 * them, counts as fixed; `\p{L}`, `\s` or `.` ends the count). Only tunes speed: 0 when unsure.
 */
export function literalPrefix(source: string): number {
  try {
    const reader = { source, pos: 0 };
    const branches = readAlternation(reader);
    if (reader.pos !== source.length) return 0;
    return Math.min(...branches.map((b) => prefixOf(b, 0, 0)));
  } catch {
    return 0;
  }
}

/** Fixed characters at the start of `seq[i..]` followed by something that starts with `after` of them. */
function prefixOf(seq: Node[], i: number, after: number): number {
  if (i === seq.length) return after;
  const node = seq[i]!;
  if (node.t === "any") return 0;
  const rest = prefixOf(seq, i + 1, after);
  if (node.t === "char") return 1 + rest;
  if (node.t === "zero") return rest;
  if (node.t === "group") return Math.min(...node.branches.map((b) => prefixOf(b, 0, rest)));
  const once = prefixOf([node.node], 0, 0);
  return node.min === 0 ? Math.min(rest, once) : once;
}

interface Reader {
  source: string;
  pos: number;
}

function readAlternation(r: Reader): Node[][] {
  const branches: Node[][] = [readSequence(r)];
  while (r.source[r.pos] === "|") {
    r.pos++;
    branches.push(readSequence(r));
  }
  return branches;
}

function readSequence(r: Reader): Node[] {
  const out: Node[] = [];
  while (r.pos < r.source.length && r.source[r.pos] !== "|" && r.source[r.pos] !== ")") {
    const atom = readAtom(r);
    const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(r.source.slice(r.pos));
    if (!q) {
      out.push(atom);
      continue;
    }
    r.pos += q[0].length;
    const min = q[0][0] === "+" ? 1 : q[1] !== undefined ? Number(q[1]) : 0;
    out.push({ t: "repeat", node: atom, min });
  }
  return out;
}

function readAtom(r: Reader): Node {
  const { source } = r;
  const c = source[r.pos]!;
  if (c === "(") {
    const lookaround = /^\((?:\?<?[=!])/.exec(source.slice(r.pos));
    const named = /^\(\?<[^>=!]*>/.exec(source.slice(r.pos));
    r.pos += lookaround ? lookaround[0].length : named ? named[0].length : source.startsWith("(?:", r.pos) ? 3 : 1;
    const branches = readAlternation(r);
    if (source[r.pos] !== ")") throw new Error("unterminated group");
    r.pos++;
    return lookaround ? { t: "zero" } : { t: "group", branches };
  }
  if (c === "[") {
    const close = classEnd(source, r.pos);
    if (close === undefined) throw new Error("unterminated class");
    const body = source.slice(r.pos + 1, close);
    r.pos = close + 1;
    return body.length > 0 && body.length <= 8 && !/[\\^-]/.test(body) ? { t: "char" } : { t: "any" };
  }
  if (c === "\\") {
    const next = source[r.pos + 1];
    if (next === undefined) throw new Error("dangling escape");
    r.pos += 2;
    if (next === "p" || next === "P") {
      const close = source.indexOf("}", r.pos);
      if (close < 0) throw new Error("bad property escape");
      r.pos = close + 1;
      return { t: "any" };
    }
    if (next === "b" || next === "B") return { t: "zero" };
    if (/[dDwWsS0-9k]/.test(next)) return { t: "any" };
    if (next === "u" || next === "x") {
      const code = /^(?:\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4}|[0-9a-fA-F]{2})/.exec(source.slice(r.pos));
      if (code) r.pos += next === "x" ? 2 : code[0].length;
    }
    return { t: "char" };
  }
  r.pos++;
  if (c === "^" || c === "$") return { t: "zero" };
  if (c === ".") return { t: "any" };
  return { t: "char" };
}

/** Index of the `)` closing the group opened at `open`, skipping escapes and classes. */
function groupEnd(source: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      const close = classEnd(source, i);
      if (close === undefined) return undefined;
      i = close;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return undefined;
}

/** Index of the `]` closing the class opened at `open`. */
function classEnd(source: string, open: number): number | undefined {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  return undefined;
}

function hasCapture(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(source, i) ?? source.length;
    else if (c === "(" && (source[i + 1] !== "?" || (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!"))) return true;
  }
  return false;
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(source, i) ?? source.length;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

/**
 * The next match of the original pattern at or after `p.rest.lastIndex`, which it leaves where a
 * global exec of the original would leave its own `lastIndex`.
 */
export function execSplit(p: SplitPattern, text: string): RegExpExecArray | null {
  const { assertion, rest } = p;
  for (;;) {
    const m = rest.exec(text);
    if (!m) return null;
    assertion.lastIndex = m.index;
    if (assertion.test(text)) return m;
    // The original fails here and tries the next position (a whole code point on, in Unicode mode).
    rest.lastIndex = m.index + (rest.unicode && isPairAt(text, m.index) ? 2 : 1);
  }
}

function isPairAt(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  if (hi < 0xd800 || hi > 0xdbff) return false;
  const lo = text.charCodeAt(i + 1);
  return lo >= 0xdc00 && lo <= 0xdfff;
}
