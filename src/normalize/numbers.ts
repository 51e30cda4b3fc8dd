/**
 * Numbers written in digits or words, in English and Polish, plus vague quantities
 * ("dozens", "kilkanaście") that stand for an interval rather than a number.
 *
 * Every word lives in a per-language {@link NumberLexicon}; the reader is shared. Adding a
 * language means adding one more lexicon object.
 */

import { tokenize, TokKind, type Tokens } from "./time/tokenize.js";

/** Number words of one language. Keys are lower-case. */
export interface NumberLexicon {
  /** 0..19 with every case form. */
  ones: Record<string, number>;
  /** 20, 30, .. 90. */
  tens: Record<string, number>;
  /** Whole hundreds written as one word (Polish "dwieście"). */
  hundreds: Record<string, number>;
  /** Words that multiply what precedes them ("hundred", "tysięcy", "mln"). */
  multipliers: Record<string, number>;
  /** Words that are a fraction on their own ("półtorej" = 1.5, "pół" = 0.5). */
  fractions: Record<string, number>;
  /** Phrases adding one half after a number ("and a half", "i pół"). */
  andHalf: string[];
  /** Indefinite articles that mean 1 before a multiplier ("a hundred"). */
  articles: string[];
  /** Word joining parts of one number ("one hundred and five"). */
  joiners: string[];
  /** Vague quantities: phrase → inclusive interval. */
  vague: Record<string, [number, number]>;
  /** "3,5" is 3.5 (Polish) rather than invalid; "1,200" is 1200 (English). */
  decimalComma: boolean;
}

const EN: NumberLexicon = {
  ones: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19,
  },
  tens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
  hundreds: {},
  multipliers: { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12 },
  fractions: { half: 0.5 },
  andHalf: ["and a half", "and one half"],
  articles: ["a", "an"],
  joiners: ["and"],
  vague: {
    several: [3, 9],
    "a few": [2, 9],
    few: [2, 9],
    "a couple of": [2, 3],
    "a couple": [2, 3],
    many: [5, 99],
    dozens: [24, 99],
    "dozens of": [24, 99],
    "tens of": [20, 99],
    "scores of": [40, 99],
    hundreds: [200, 999],
    "hundreds of": [200, 999],
    thousands: [2000, 9999],
    "thousands of": [2000, 9999],
    "tens of thousands": [20000, 99999],
    "tens of thousands of": [20000, 99999],
    "hundreds of thousands": [200000, 999999],
    "hundreds of thousands of": [200000, 999999],
    millions: [2e6, 9999999],
    "millions of": [2e6, 9999999],
  },
  decimalComma: false,
};

const PL: NumberLexicon = {
  ones: {
    zero: 0,
    jeden: 1, jedna: 1, jedno: 1, jednego: 1, jednej: 1, jednemu: 1, jednym: 1, jedną: 1,
    dwa: 2, dwie: 2, dwóch: 2, dwoma: 2, dwu: 2, dwóm: 2, dwiema: 2, dwoje: 2,
    trzy: 3, trzech: 3, trzem: 3, trzema: 3, troje: 3,
    cztery: 4, czterech: 4, czterem: 4, czterema: 4,
    pięć: 5, pięciu: 5, pięcioma: 5,
    sześć: 6, sześciu: 6, sześcioma: 6,
    siedem: 7, siedmiu: 7, siedmioma: 7,
    osiem: 8, ośmiu: 8, ośmioma: 8,
    dziewięć: 9, dziewięciu: 9, dziewięcioma: 9,
    dziesięć: 10, dziesięciu: 10, dziesięcioma: 10,
    jedenaście: 11, jedenastu: 11, jedenastoma: 11,
    dwanaście: 12, dwunastu: 12, dwunastoma: 12,
    trzynaście: 13, trzynastu: 13, trzynastoma: 13,
    czternaście: 14, czternastu: 14, czternastoma: 14,
    piętnaście: 15, piętnastu: 15, piętnastoma: 15,
    szesnaście: 16, szesnastu: 16, szesnastoma: 16,
    siedemnaście: 17, siedemnastu: 17, siedemnastoma: 17,
    osiemnaście: 18, osiemnastu: 18, osiemnastoma: 18,
    dziewiętnaście: 19, dziewiętnastu: 19, dziewiętnastoma: 19,
    // Masculine-personal and collective numerals ("dwaj piloci", "dziesięcioro członków załogi").
    dwaj: 2, trzej: 3, czterej: 4,
    czworo: 4, czworga: 4, pięcioro: 5, pięciorga: 5, sześcioro: 6, sześciorga: 6, siedmioro: 7, siedmiorga: 7,
    ośmioro: 8, ośmiorga: 8, dziewięcioro: 9, dziewięciorga: 9, dziesięcioro: 10, dziesięciorga: 10,
    dwojga: 2, trojga: 3, jedenaścioro: 11, dwanaścioro: 12,
    // Group nouns counting people ("czwórka rabusiów", "piątką napastników").
    dwójka: 2, dwójki: 2, dwójkę: 2, dwójką: 2,
    trójka: 3, trójki: 3, trójkę: 3, trójką: 3,
    czwórka: 4, czwórki: 4, czwórkę: 4, czwórką: 4,
    piątka: 5, piątki: 5, piątkę: 5, piątką: 5,
    szóstka: 6, szóstki: 6, szóstkę: 6, szóstką: 6,
    siódemka: 7, siódemki: 7, siódemkę: 7, siódemką: 7,
    ósemka: 8, ósemki: 8, ósemkę: 8, ósemką: 8,
  },
  tens: {
    dwadzieścia: 20, dwudziestu: 20, dwudziestoma: 20,
    trzydzieści: 30, trzydziestu: 30, trzydziestoma: 30,
    czterdzieści: 40, czterdziestu: 40, czterdziestoma: 40,
    pięćdziesiąt: 50, pięćdziesięciu: 50, pięćdziesięcioma: 50,
    sześćdziesiąt: 60, sześćdziesięciu: 60, sześćdziesięcioma: 60,
    siedemdziesiąt: 70, siedemdziesięciu: 70, siedemdziesięcioma: 70,
    osiemdziesiąt: 80, osiemdziesięciu: 80, osiemdziesięcioma: 80,
    dziewięćdziesiąt: 90, dziewięćdziesięciu: 90, dziewięćdziesięcioma: 90,
  },
  hundreds: {
    sto: 100, stu: 100, stoma: 100,
    dwieście: 200, dwustu: 200,
    trzysta: 300, trzystu: 300,
    czterysta: 400, czterystu: 400,
    pięćset: 500, pięciuset: 500,
    sześćset: 600, sześciuset: 600,
    siedemset: 700, siedmiuset: 700,
    osiemset: 800, ośmiuset: 800,
    dziewięćset: 900, dziewięciuset: 900,
  },
  multipliers: {
    tysiąc: 1000, tysiąca: 1000, tysiące: 1000, tysięcy: 1000, tysiącem: 1000, "tys.": 1000, tys: 1000,
    milion: 1e6, miliona: 1e6, miliony: 1e6, milionów: 1e6, milionem: 1e6, mln: 1e6, "mln.": 1e6,
    miliard: 1e9, miliarda: 1e9, miliardy: 1e9, miliardów: 1e9, mld: 1e9, "mld.": 1e9,
  },
  fractions: { pół: 0.5, półtora: 1.5, półtorej: 1.5 },
  andHalf: ["i pół"],
  articles: [],
  joiners: [],
  vague: {
    kilka: [2, 9], kilku: [2, 9], kilkoma: [2, 9], kilkoro: [2, 9],
    parę: [2, 5], paru: [2, 5], paroma: [2, 5],
    kilkanaście: [11, 19], kilkunastu: [11, 19], kilkunastoma: [11, 19],
    kilkadziesiąt: [20, 99], kilkudziesięciu: [20, 99], kilkudziesięcioma: [20, 99],
    kilkaset: [200, 999], kilkuset: [200, 999],
    wiele: [5, 99], wielu: [5, 99], wieloma: [5, 99],
    dziesiątki: [20, 99], dziesiątek: [20, 99], dziesiątkami: [20, 99],
    setki: [200, 999], setek: [200, 999], setkami: [200, 999],
    tysiące: [2000, 9999], tysięcy: [2000, 9999], tysiącami: [2000, 9999],
  },
  decimalComma: true,
};

/** Number lexicons by ISO 639-1 code. */
export const NUMBER_LEXICONS: Record<string, NumberLexicon> = { en: EN, pl: PL };

function lexiconFor(lang: string): NumberLexicon {
  return NUMBER_LEXICONS[lang] ?? EN;
}

interface Compiled {
  lex: NumberLexicon;
  /** Multi-word phrases split into tokens, longest first. */
  andHalf: string[][];
  vague: Array<[string[], [number, number]]>;
  articles: Set<string>;
  joiners: Set<string>;
  /** Vague phrases by their first word. */
  vagueByFirst: Map<string, Array<[string[], [number, number]]>>;
  /** Every word that can start a number phrase. */
  starts: Set<string>;
}

const compiled = new Map<string, Compiled>();

function words(phrase: string): string[] {
  return tokenize(phrase).w;
}

function compile(lang: string): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const lex = lexiconFor(lang);
  const byLength = <T>(a: [string[], T], b: [string[], T]): number => b[0].length - a[0].length;
  c = {
    lex,
    andHalf: lex.andHalf.map(words).sort((a, b) => b.length - a.length),
    vague: Object.entries(lex.vague)
      .map(([k, v]): [string[], [number, number]] => [words(k), v])
      .sort(byLength),
    articles: new Set(lex.articles),
    joiners: new Set(lex.joiners),
    vagueByFirst: new Map(),
    starts: new Set(),
  };
  for (const entry of c.vague) {
    const first = entry[0][0] ?? "";
    const list = c.vagueByFirst.get(first) ?? [];
    list.push(entry);
    c.vagueByFirst.set(first, list);
  }
  for (const w of [...Object.keys(lex.ones), ...Object.keys(lex.tens), ...Object.keys(lex.hundreds), ...Object.keys(lex.fractions), ...lex.articles, ...c.vagueByFirst.keys()]) {
    c.starts.add(w);
  }
  compiled.set(lang, c);
  return c;
}

/** What {@link readNumber} found at a token. */
export interface NumberRead {
  /** The number, when it is exact. */
  value?: number;
  /** The interval, when the quantity is vague ("several", "kilkanaście"). */
  vague?: [number, number];
  /** Token index after the number. */
  end: number;
  /** Written in digits. */
  digits: boolean;
}

function matchPhrase(t: Tokens, i: number, phrase: string[]): boolean {
  if (i + phrase.length > t.n) return false;
  for (let j = 0; j < phrase.length; j++) if (t.w[i + j] !== phrase[j]) return false;
  return true;
}

/**
 * Tokens `phrase` takes from `i` when its words are joined by hyphens ("three-and-a-half": the
 * hyphen right after the number, and one between each word), or 0 when it is not there.
 */
function hyphenatedLength(t: Tokens, i: number, phrase: string[]): number {
  let k = i;
  for (const word of phrase) {
    if (k >= t.n || t.w[k] !== "-" || k + 1 >= t.n || t.w[k + 1] !== word || t.e[k] !== t.s[k + 1] || (k > 0 && t.e[k - 1] !== t.s[k])) return 0;
    k += 2;
  }
  return k - i;
}

/** Value of a digit token ("55", "3.5", "1,200", Polish "3,5"), or undefined for dates and times. */
export function digitValue(token: string, lang: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  if (/^\d+\.\d+$/.test(token)) return Number(token);
  if (/^\d{1,3}(?:,\d{3})+$/.test(token) && !lexiconFor(lang).decimalComma) return Number(token.replace(/,/g, ""));
  if (/^\d+,\d+$/.test(token) && lexiconFor(lang).decimalComma) return Number(token.replace(",", "."));
  return undefined;
}

/**
 * Reads a number starting at token `i`: digits, number words ("twenty-three", "a hundred",
 * "dwóch", "półtorej"), "and a half", or a vague quantity. Returns undefined when nothing
 * number-like starts there.
 */
export function readNumber(t: Tokens, i: number, lang: string): NumberRead | undefined {
  if (i >= t.n) return undefined;
  const c = compile(lang);
  const lex = c.lex;
  if (t.k[i] !== TokKind.Num && !c.starts.has(t.w[i])) return undefined;
  // Vague phrases first: "a few" must not read as the article "a".
  for (const [phrase, range] of c.vagueByFirst.get(t.w[i]) ?? []) {
    if (matchPhrase(t, i, phrase)) {
      let end = i + phrase.length;
      let lo = range[0];
      let hi = range[1];
      const mult = end < t.n ? lex.multipliers[t.w[end]] : undefined;
      if (mult !== undefined && mult >= 1000) {
        lo *= mult;
        hi *= mult;
        end++;
      }
      return { vague: [lo, hi], end, digits: false };
    }
  }
  let j = i;
  let total = 0;
  let cur = 0;
  let any = false;
  let digits = false;
  // What the previous word was, to accept "twenty three" and "hundred five" but not "three three".
  let last: "none" | "ones" | "tens" | "hundreds" | "mult" = "none";
  if (t.k[j] === TokKind.Num) {
    const v = digitValue(t.w[j], lang);
    if (v === undefined) return undefined;
    cur = v;
    any = true;
    digits = true;
    last = "ones";
    j++;
  } else if (c.articles.has(t.w[j]) && j + 1 < t.n && lex.multipliers[t.w[j + 1]] !== undefined) {
    cur = 1;
    any = true;
    last = "ones";
    j++;
  }
  for (; j < t.n; j++) {
    const w = t.w[j];
    if (t.k[j] === TokKind.Punct) {
      // "twenty-three": a hyphen between a tens word and a ones word.
      if (w === "-" && last === "tens" && j + 1 < t.n && lex.ones[t.w[j + 1]] !== undefined && t.e[j - 1] === t.s[j]) continue;
      break;
    }
    if (t.k[j] !== TokKind.Word && t.k[j] !== TokKind.Abbr) break;
    if (!digits) {
      const one = lex.ones[w];
      if (one !== undefined && (last === "none" || last === "tens" || last === "hundreds" || last === "mult")) {
        cur += one;
        any = true;
        last = "ones";
        continue;
      }
      const ten = lex.tens[w];
      if (ten !== undefined && (last === "none" || last === "hundreds" || last === "mult")) {
        cur += ten;
        any = true;
        last = "tens";
        continue;
      }
      const hundred = lex.hundreds[w];
      if (hundred !== undefined && (last === "none" || last === "mult")) {
        cur += hundred;
        any = true;
        last = "hundreds";
        continue;
      }
    }
    const mult = lex.multipliers[w];
    if (mult !== undefined && any && last !== "mult") {
      if (mult < 1000) {
        cur = (cur || 1) * mult;
        last = "hundreds";
      } else {
        total += (cur || 1) * mult;
        cur = 0;
        last = "mult";
      }
      continue;
    }
    if (c.joiners.has(w) && (last === "hundreds" || last === "mult") && !digits && j + 1 < t.n) {
      const next = t.w[j + 1];
      if (lex.ones[next] !== undefined || lex.tens[next] !== undefined) continue;
    }
    break;
  }
  if (!any) {
    const frac = lex.fractions[t.w[i]];
    if (frac !== undefined) return { value: frac, end: i + 1, digits: false };
    return undefined;
  }
  let value = total + cur;
  for (const phrase of c.andHalf) {
    if (matchPhrase(t, j, phrase)) {
      value += 0.5;
      j += phrase.length;
      break;
    }
    const hyphenated = hyphenatedLength(t, j, phrase);
    if (hyphenated) {
      value += 0.5;
      j += hyphenated;
      break;
    }
  }
  return { value, end: j, digits };
}

/**
 * Parses a whole phrase as a number: "3.5", "3,5" (Polish), "1,200" (English), "twenty-three",
 * "a hundred", "three and a half", "dwóch", "półtorej". Vague quantities ("kilkanaście") and
 * anything with words left over return undefined.
 */
export function parseNumberPhrase(text: string, lang: string): number | undefined {
  const t = tokenize(text.trim());
  if (t.n === 0) return undefined;
  const r = readNumber(t, 0, lang);
  if (!r || r.value === undefined || r.end !== t.n) return undefined;
  return r.value;
}

/**
 * The interval a vague quantity word stands for ("dozens" → [24, 99], "kilkanaście" → [11, 19]),
 * or undefined when the phrase is not a vague quantity.
 */
export function vagueQuantity(word: string, lang: string): [number, number] | undefined {
  const key = tokenize(word.trim()).w.join(" ");
  for (const [phrase, range] of compile(lang).vague) if (phrase.join(" ") === key) return [range[0], range[1]];
  return undefined;
}

const patternCache = new Map<string, string>();

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Regular-expression source (no capturing groups; use with the `iu` flags) matching one number
 * phrase in `lang`: digits, or number words joined by spaces/hyphens, optionally "and a half".
 * Vague quantities are included so callers can find "several hours"; check them with
 * {@link vagueQuantity}. Without `digits`, only worded numbers match: on text with no digit, both
 * forms match the same phrases.
 */
export function NUMBER_WORD_PATTERN(lang: string, options: { digits?: boolean } = {}): string {
  const withDigits = options.digits ?? true;
  const cacheKey = `${lang}:${withDigits}`;
  const cached = patternCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const lex = lexiconFor(lang);
  const alt = (xs: string[]): string =>
    xs
      .sort((a, b) => b.length - a.length)
      .map((x) => escapeRegex(x).replace(/ /g, "\\s+"))
      .join("|");
  const numberWords = [
    ...Object.keys(lex.ones),
    ...Object.keys(lex.tens),
    ...Object.keys(lex.hundreds),
    ...Object.keys(lex.multipliers),
  ];
  const word = `(?:${alt(numberWords)})`;
  const joiner = lex.joiners.length > 0 ? `(?:${alt([...lex.joiners])})\\s+` : "";
  const sep = `(?:\\s+${joiner ? `(?:${joiner})?` : ""}|-)`;
  const half = lex.andHalf.length > 0 ? `(?:(?:\\s+|-)(?:${lex.andHalf.map((x) => escapeRegex(x).replace(/ /g, "[\\s-]+")).join("|")}))?` : "";
  const digits = lex.decimalComma ? "\\d+(?:[.,]\\d+)?" : "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
  const article = lex.articles.length > 0 ? `(?:(?:${alt([...lex.articles])})\\s+(?=${alt(Object.keys(lex.multipliers))}))?` : "";
  const fractions = Object.keys(lex.fractions).length > 0 ? `|${alt(Object.keys(lex.fractions))}` : "";
  const vague = `|${alt(Object.keys(lex.vague))}`;
  const numerals = withDigits ? `(?:${digits})${half}|` : "";
  const source = `(?<![\\p{L}\\d])(?:${numerals}${article}${word}(?:${sep}${word})*${half}${fractions}${vague})(?![\\p{L}\\d])`;
  patternCache.set(cacheKey, source);
  return source;
}

/** Index after an "and a half" phrase at token i ("an hour and a half"), or i when there is none. */
export function readAndHalf(t: Tokens, i: number, lang: string): number {
  for (const phrase of compile(lang).andHalf) if (matchPhrase(t, i, phrase)) return i + phrase.length;
  return i;
}

/** Words that can start a number phrase in `lang` (for scanners that pre-filter tokens). */
export function numberStartWords(lang: string): string[] {
  return [...compile(lang).starts].filter((w) => w.length > 0);
}
