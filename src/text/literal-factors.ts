/**
 * Required literal factors of a regular expression: a set of strings such that every match of the
 * pattern contains at least one of them. A sentence that contains none of a pattern's factors
 * cannot match it, so the pattern need not run there. That is how the extractor skips most of its
 * lexicon patterns on most sentences (the same idea as the literal prefilters of RE2 and Hyperscan).
 *
 * The analysis reads the subset of JavaScript regex syntax the lexicons use and answers
 * `undefined` ("no factors, always run the pattern") whenever it is unsure, so it can only ever
 * skip a pattern that could not have matched.
 */

/** Finite sets larger than this are not expanded (products of alternations grow fast). */
const MAX_SET = 24;

interface Facts {
  /** Every string the node can match, when that set is finite and small. */
  exact?: string[];
  /** Strings one of which every match contains; undefined when nothing is known. */
  factors?: string[];
}

const EMPTY_ONLY: Facts = { exact: [""] };
const UNKNOWN: Facts = {};

/**
 * The factors of `source` for case-sensitive matching, or undefined when the pattern has none
 * (it can match text that holds no fixed string, or its syntax is beyond this reader). A
 * case-insensitive pattern needs its own handling: case mappings are not one-to-one.
 */
export function requiredFactors(source: string): string[] | undefined {
  let facts: Facts;
  try {
    const parser = new Parser(source);
    facts = parser.alternation();
    if (parser.pos !== source.length) return undefined;
  } catch {
    return undefined;
  }
  const factors = factorsOf(facts);
  return factors && factors.length > 0 ? [...new Set(factors)] : undefined;
}

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  alternation(): Facts {
    const branches: Facts[] = [this.sequence()];
    while (this.src[this.pos] === "|") {
      this.pos++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const out: Facts = {};
    if (branches.every((b) => b.exact)) {
      const union = [...new Set(branches.flatMap((b) => b.exact!))];
      if (union.length <= MAX_SET) out.exact = union;
    }
    const each = branches.map(factorsOf);
    if (each.every((f) => f !== undefined)) out.factors = [...new Set(each.flat() as string[])];
    return out;
  }

  private sequence(): Facts {
    const items: Facts[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== "|" && this.src[this.pos] !== ")") items.push(this.quantified());
    return concat(items);
  }

  private quantified(): Facts {
    const atom = this.atom();
    const c = this.src[this.pos];
    let min: number;
    let max: number;
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "{" && /^\{\d+(?:,\d*)?\}/.test(this.src.slice(this.pos))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos))!;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.pos += m[0].length - 1;
    } else return atom;
    this.pos++;
    if (this.src[this.pos] === "?") this.pos++;
    if (min === 0 && max === 1) return atom.exact ? { exact: [...new Set(["", ...atom.exact])] } : UNKNOWN;
    if (min === 0) return UNKNOWN;
    // One or more copies: every match holds a match of the atom.
    return { factors: factorsOf(atom) };
  }

  private atom(): Facts {
    const src = this.src;
    const c = src[this.pos]!;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    this.pos++;
    if (c === "^" || c === "$") return EMPTY_ONLY;
    if (c === ".") return UNKNOWN;
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]") throw new Error(`unexpected ${c}`);
    return { exact: [c] };
  }

  private group(): Facts {
    const src = this.src;
    this.pos++;
    let lookaround = false;
    if (src.startsWith("?:", this.pos)) this.pos += 2;
    else if (src.startsWith("?=", this.pos) || src.startsWith("?!", this.pos)) [this.pos, lookaround] = [this.pos + 2, true];
    else if (src.startsWith("?<=", this.pos) || src.startsWith("?<!", this.pos)) [this.pos, lookaround] = [this.pos + 3, true];
    else if (src.startsWith("?<", this.pos)) {
      const close = src.indexOf(">", this.pos);
      if (close < 0) throw new Error("unterminated group name");
      this.pos = close + 1;
    } else if (src[this.pos] === "?") throw new Error("unknown group");
    const inner = this.alternation();
    if (src[this.pos] !== ")") throw new Error("unterminated group");
    this.pos++;
    // A lookaround consumes nothing: it adds no characters to the match.
    return lookaround ? EMPTY_ONLY : inner;
  }

  private charClass(): Facts {
    const src = this.src;
    this.pos++;
    const negated = src[this.pos] === "^";
    const chars: string[] = [];
    let simple = !negated;
    while (this.pos < src.length && src[this.pos] !== "]") {
      let c = src[this.pos]!;
      if (c === "\\") {
        const next = src[this.pos + 1];
        if (next === undefined) throw new Error("dangling escape");
        if (/[dDwWsSpPbB]/.test(next)) simple = false;
        c = next;
        this.pos += next === "p" || next === "P" ? src.indexOf("}", this.pos) - this.pos + 1 : 2;
        chars.push(c);
        continue;
      }
      if (src[this.pos + 1] === "-" && src[this.pos + 2] !== "]" && src[this.pos + 2] !== undefined) {
        simple = false;
        this.pos += 3;
        continue;
      }
      chars.push(c);
      this.pos++;
    }
    if (src[this.pos] !== "]") throw new Error("unterminated class");
    this.pos++;
    return simple && chars.length > 0 && chars.length <= 8 ? { exact: [...new Set(chars)] } : UNKNOWN;
  }

  private escape(): Facts {
    const src = this.src;
    const next = src[this.pos + 1];
    if (next === undefined) throw new Error("dangling escape");
    this.pos += 2;
    if (next === "b" || next === "B") return EMPTY_ONLY;
    if (next === "p" || next === "P") {
      const close = src.indexOf("}", this.pos);
      if (src[this.pos] !== "{" || close < 0) throw new Error("bad property escape");
      this.pos = close + 1;
      return UNKNOWN;
    }
    if (/[dDwWsS]/.test(next)) return UNKNOWN;
    if (next === "n") return { exact: ["\n"] };
    if (next === "t") return { exact: ["\t"] };
    if (next === "r") return { exact: ["\r"] };
    // Back-references, \u and \x escapes and \k<name> are rare in lexicons: no claim is made about them.
    if (/[0-9uxkcfv]/.test(next)) return UNKNOWN;
    return { exact: [next] };
  }
}

function factorsOf(f: Facts): string[] | undefined {
  if (f.exact) return f.exact.includes("") ? undefined : f.exact;
  return f.factors;
}

/** A sequence: runs of finite parts multiply out; the best-known factor set of any part holds for the whole. */
function concat(items: Facts[]): Facts {
  if (items.length === 0) return EMPTY_ONLY;
  if (items.length === 1) return items[0]!;
  const candidates: string[][] = [];
  let run: string[] | undefined = [""];
  let whole: string[] | undefined = [""];
  const closeRun = () => {
    if (run) {
      const f = run.includes("") ? undefined : run;
      if (f) candidates.push(f);
    }
  };
  for (const item of items) {
    if (item.exact) {
      run = run ? product(run, item.exact) : undefined;
      whole = whole ? product(whole, item.exact) : undefined;
      if (!run) {
        // Too many combinations: keep this part's own strings as a candidate and restart the run.
        const own = factorsOf(item);
        if (own) candidates.push(own);
        run = [""];
      }
      continue;
    }
    closeRun();
    run = [""];
    whole = undefined;
    const own = factorsOf(item);
    if (own) candidates.push(own);
  }
  closeRun();
  if (whole) return { exact: whole };
  if (candidates.length === 0) return UNKNOWN;
  return { factors: best(candidates) };
}

function product(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > MAX_SET) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

/** The most selective set: the longest shortest string, then the fewest strings. */
function best(candidates: string[][]): string[] {
  const shortest = (set: string[]) => Math.min(...set.map((s) => s.length));
  return candidates.reduce((a, b) => {
    const la = shortest(a);
    const lb = shortest(b);
    if (la !== lb) return lb > la ? b : a;
    return b.length < a.length ? b : a;
  });
}

/**
 * Aho–Corasick automaton over the factors of many patterns: one pass over a text tells which
 * patterns could match in it. The automaton is compiled to a dense transition table over the
 * characters the factors use (every other character leads back to the start), so a scan costs
 * two array reads per character.
 */
export class FactorScanner {
  /** Column of each UTF-16 code unit in the table; 0 for characters no factor uses. */
  private readonly column = new Uint8Array(65536);
  private readonly width: number;
  private readonly delta: Int32Array;
  /** Patterns each state completes a factor of (its own and through its failure links). */
  private readonly out: number[][];
  /** 1 for states that complete some factor: most states complete none. */
  private readonly final: Uint8Array;
  /** Patterns with no factors: always possible. */
  private readonly always: number[] = [];
  readonly size: number;

  /** `factors[i]` are the factors of pattern i, or undefined when it must always run. */
  constructor(factors: Array<string[] | undefined>) {
    this.size = factors.length;
    const next: Array<Map<number, number>> = [new Map()];
    const out: number[][] = [[]];
    const alphabet = new Map<number, number>();
    factors.forEach((set, id) => {
      if (!set) {
        this.always.push(id);
        return;
      }
      for (const factor of set) {
        let state = 0;
        for (let i = 0; i < factor.length; i++) {
          const c = factor.charCodeAt(i);
          if (!alphabet.has(c)) alphabet.set(c, alphabet.size + 1);
          let to = next[state]!.get(c);
          if (to === undefined) {
            to = next.length;
            next.push(new Map());
            out.push([]);
            next[state]!.set(c, to);
          }
          state = to;
        }
        if (!out[state]!.includes(id)) out[state]!.push(id);
      }
    });
    if (alphabet.size > 254) throw new Error(`factor alphabet of ${alphabet.size} characters is too large`);
    for (const [c, col] of alphabet) this.column[c] = col;
    this.width = alphabet.size + 1;
    this.delta = new Int32Array(next.length * this.width);
    this.out = out;
    // Breadth first, so a state's failure target is complete before the state itself: a state's
    // row is its failure target's row, overwritten where the state has transitions of its own.
    const width = this.width;
    const fail = new Int32Array(next.length);
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const row = state * width;
      if (state !== 0) this.delta.copyWithin(row, fail[state]! * width, fail[state]! * width + width);
      for (const [c, to] of next[state]!) {
        const col = alphabet.get(c)!;
        // The failure target of a child: where the parent's failure target goes on the same character.
        fail[to] = state === 0 ? 0 : this.delta[fail[state]! * width + col]!;
        this.delta[row + col] = to;
        for (const id of out[fail[to]!]!) if (!out[to]!.includes(id)) out[to]!.push(id);
        queue.push(to);
      }
    }
    this.final = Uint8Array.from(out, (ids) => (ids.length > 0 ? 1 : 0));
  }

  /** Marks in `possible` (length `size`) every pattern that could match somewhere in `text`. */
  scan(text: string, possible: Uint8Array): void {
    possible.fill(0);
    for (const id of this.always) possible[id] = 1;
    const { column, delta, width, out, final } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = delta[state * width + column[text.charCodeAt(i)]!]!;
      if (final[state] === 0) continue;
      const found = out[state]!;
      for (let k = 0; k < found.length; k++) possible[found[k]!] = 1;
    }
  }
}
