/**
 * Comparison keys for words and names. Three levels:
 * - `fold`: lower case, no diacritics, Cyrillic transliterated ("Kowalski" → "kovalski");
 * - `nameKey`: also blurs transliteration differences between languages (w/v, y/i/j, doubled
 *   letters, ie/e), so "Pietrow", "Petrov" and "Novak"/"Nowak" share a key;
 * - `stemKey`: `nameKey` without a case ending, so Polish "Kowalem", "Pragi", "Nowaka"
 *   meet "Koval", "Praga", "Nowak".
 */

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", ё: "e", є: "ye", ж: "zh", з: "z", и: "i", і: "i", ї: "yi",
  й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts",
  ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

const SPECIAL: Record<string, string> = { ł: "l", ø: "o", ß: "ss", æ: "ae", œ: "oe", đ: "d", ı: "i", "’": "'", "‘": "'" };

/** News vocabulary repeats heavily, so keys are memoised (bounded, cleared when full). */
const MEMO_LIMIT = 200_000;
const foldMemo = new Map<string, string>();
const stemMemo = new Map<string, string>();

function memo(map: Map<string, string>, key: string, compute: (k: string) => string): string {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= MEMO_LIMIT) map.clear();
    value = compute(key);
    map.set(key, value);
  }
  return value;
}

/** Lower-cases, strips diacritics and transliterates Cyrillic. */
export function fold(text: string): string {
  return memo(foldMemo, text, foldUncached);
}

function foldUncached(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  for (const ch of lower) {
    const mapped = SPECIAL[ch] ?? CYRILLIC[ch];
    if (mapped !== undefined) out += mapped;
    else if (ch.charCodeAt(0) < 128) out += ch;
    else out += ch.normalize("NFD").replace(/\p{M}/gu, "");
  }
  return out;
}

/** A key that survives transliteration between English, Polish and Slavic spellings. */
export function nameKey(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9 ]/g, "")
    .replace(/sz/g, "sh")
    .replace(/cz/g, "ch")
    .replace(/kh/g, "h")
    .replace(/ch/g, "h")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/w/g, "v")
    .replace(/[yj]/g, "i")
    .replace(/(.)\1+/g, "$1")
    .replace(/ie/g, "e");
}

/** Case endings (in `nameKey` spelling) stripped for inflected languages; longest first. */
const ENDINGS = ["ami", "ah", "ego", "emu", "ih", "ovi", "em", "om", "im", "a", "u", "i", "e", "y"];
const MIN_STEM = 4;

/** Strips one case ending when the stem stays long enough to stay distinctive. */
export function stripEnding(key: string): string {
  for (const ending of ENDINGS) {
    if (key.endsWith(ending) && key.length - ending.length >= MIN_STEM) return key.slice(0, -ending.length);
  }
  return key;
}

/** `nameKey` without a case ending, word by word. */
export function stemKey(text: string): string {
  return memo(stemMemo, text, stemKeyUncached);
}

/**
 * A Polish case ending written after an apostrophe, because the name ends in a letter that is not
 * pronounced as written ("Lance'a", "Royce'owi", "Murphy'ego"): the name is what stands before it.
 */
const APOSTROPHE_ENDING = /([aeiouyéèë])['’](?:a|owi|em|ie|u|y|ego|emu|m|om|ach|ami|ów)(?![\p{L}])/giu;

/** The name without an apostrophe-written case ending ("Lance'a" → "Lance"). */
export function withoutApostropheEnding(text: string): string {
  return text.includes("'") || text.includes("’") ? text.replace(APOSTROPHE_ENDING, "$1") : text;
}

function stemKeyUncached(text: string): string {
  return nameKey(withoutApostropheEnding(text))
    .split(" ")
    .filter((part) => part.length > 0)
    .map(stripEnding)
    .join(" ");
}
