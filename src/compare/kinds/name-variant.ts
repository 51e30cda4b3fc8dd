/**
 * name-variant: two mentions resolved to the same person whose given names differ beyond
 * transliteration ("Rustam Petrov" against "Rusłan Pietrow", "Bernart" against "Bernard", "Claire"
 * against "Clarisse"). Given names are compared by their consonant skeletons: transliteration
 * and case change vowels ("Artem"/"Artom", "Andriej"/"Andrei", "Bohdanem"/"Bohdan") and
 * spell one consonant several ways (w/v, g/h, ts/c, x/ks, th/t, sz/sh, doubled letters), but a consonant added,
 * dropped or changed ("Bernart"/"Bernard", "Gerald"/"Geraldine") is another name, and so is a
 * name that opens on another vowel two edits away ("Joanna"/"Anna"). A case ending may or may
 * not be one ("Artem" is not "Art" + "-em"), so either reading may meet the other name.
 * Spellings the registry lists for the person and a short form of up to four letters
 * ("Alex"/"Alexander") stay silent.
 * Parameters: `maxDistance` (edits tolerated between consonant skeletons, default 0). Never
 * agrees: the same name twice is not news.
 */
import levenshtein from "fast-levenshtein";
import type { Claim } from "../../types.js";
import type { CompareResult } from "../rule-api.js";
import { modalityQualifiers } from "./shared.js";
import { fold, withoutApostropheEnding } from "../../text/fold.js";

export interface NameVariantOptions {
  maxDistance?: number;
}

/** Spellings of one sound across English, Polish and Slavic romanisations, longest first. */
const SOUNDS: Array<[RegExp, string]> = [
  [/shch|sch|szcz/g, "s"], [/trz|tsch|tsh|tch/g, "c"], [/rz|zh/g, "z"], [/sz|sh/g, "s"], [/cz/g, "c"], [/kh|ch/g, "h"],
  [/ts|tz/g, "c"], [/w/g, "v"], [/ph/g, "f"], [/th/g, "t"], [/q/g, "k"], [/x/g, "ks"], [/ck/g, "k"], [/c(?![aeiouy])/g, "k"], [/g/g, "h"],
];

/**
 * Polish case endings, spelled as {@link spelled} spells them ("-ach" is "ah", "-owi" is "ovi"); longest first.
 * A lone "m" is the instrumental of a name in -y or -i ("Jerzym", "Antonim").
 */
const ENDINGS = ["ami", "ah", "ih", "ego", "emu", "ovi", "em", "om", "ie", "a", "u", "i", "e", "y", "m"];

/** A given name folded to letters, its case ending after an apostrophe dropped, one letter per sound, without an opening "j"/"y" before a vowel ("Yevgeny" is "Evgeny"). */
function spelled(given: string): string {
  let k = fold(withoutApostropheEnding(given)).replace(/[^a-z]/g, "");
  for (const [re, to] of SOUNDS) k = k.replace(re, to);
  return k.replace(/^[jy](?=[aeiou])/, "");
}

/** The name's consonants ("j" and "y" inside a name are vowels: "Andriej" is "Andrei"). */
function consonants(k: string): string {
  return k.replace(/[aeiouyj]/g, "").replace(/(.)\1+/g, "$1");
}

/** The skeletons a given name may have: with and without what may be a case ending ("Artem" is not "Art" + "-em"). */
function skeletons(given: string): string[] {
  const k = spelled(given);
  const forms = [k, ...ENDINGS.filter((e) => k.endsWith(e) && k.length - e.length >= 3).map((e) => k.slice(0, -e.length))];
  return [...new Set(forms.map(consonants))];
}

/** The name's first vowel: "Joanna" and "Anna" share their consonants but not it. */
function firstVowel(given: string): string {
  return /[aeiou]/.exec(spelled(given))?.[0] ?? "";
}

/** "Alex" and "Alexander": a short form (four letters at most) that opens the full name. */
function shortForm(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length <= 4 && long.startsWith(short);
}

export function nameVariant(a: Claim, b: Claim, o: NameVariantOptions, knownGiven: (entity: string, key: string) => boolean): CompareResult | undefined {
  const na = a.name;
  const nb = b.name;
  if (!na || !nb || na.entity !== nb.entity) return undefined;
  const ka = na.givenKey;
  const kb = nb.givenKey;
  if (ka === kb) return undefined;
  if (knownGiven(na.entity, ka) && knownGiven(na.entity, kb)) return undefined;
  if (shortForm(fold(na.given), fold(nb.given))) return undefined;
  const sa = skeletons(na.given);
  const sb = skeletons(nb.given);
  const max = o.maxDistance ?? 0;
  // Same consonants: a transliteration, unless the names also open on other vowels and are two edits apart or more ("Joanna"/"Anna"; not "Oleksandr"/"Aleksandr").
  const sameConsonants = sa.some((x) => sb.some((y) => levenshtein.get(x, y) <= max));
  if (sameConsonants && (firstVowel(na.given) === firstVowel(nb.given) || levenshtein.get(ka, kb) <= 1)) return undefined;
  return {
    verdict: "conflict",
    qualifiers: modalityQualifiers(a, b).filter((q) => q !== "plan-vs-event"),
    values: [`${na.given} ${na.surname}`, `${nb.given} ${nb.surname}`],
  };
}
