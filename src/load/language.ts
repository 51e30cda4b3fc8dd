/**
 * Language identification for articles without a `lang` field. eld is accurate on short news
 * text but costs ~0.5 s to load its n-gram tables, so it is loaded only when an article needs it.
 *
 * A one-sentence article is mostly names, and names carry the n-grams of their own language
 * ("Wadephul met Tajani in Porto" reads as Italian). So a short text is identified from its
 * words without capitals, and a language crosscheck reads wins when its score is close to the
 * top one: a near tie on a few words is no evidence for a language nothing is extracted from.
 */
import { SUPPORTED_LANGUAGES } from "../lang/index.js";

interface Detection {
  language: string;
  getScores(): Record<string, number>;
}

interface Detector {
  detect(text: string): Detection;
}

let detector: Detector | undefined;

/** Loads the detector once; call before parsing articles that may lack a `lang` field. */
export async function prepareLanguageDetector(): Promise<void> {
  if (detector) return;
  const module = await import("eld/small");
  detector = module.eld;
}

/** Below this many letters (names left out) a text is short, and read as described above. */
const SHORT_TEXT_LETTERS = 300;
/** A supported language within this fraction of the top score is preferred on a short text. */
const NEAR_TIE = 0.88;

const CAPITALISED_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*/gu;

/** Identifies the language of a text (ISO 639-1), or "und" when it cannot be told. */
export function detectLanguage(text: string): string {
  if (!detector) return "und";
  const sample = text.slice(0, 4000);
  const common = sample.replace(CAPITALISED_WORD, " ");
  const letters = common.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= SHORT_TEXT_LETTERS || letters < 2) return detector.detect(sample).language || "und";
  const result = detector.detect(common);
  const top = result.language;
  if (!top) return detector.detect(sample).language || "und";
  if (SUPPORTED_LANGUAGES.includes(top)) return top;
  const scores = result.getScores();
  const best = scores[top] ?? 0;
  const supported = SUPPORTED_LANGUAGES.filter((l) => (scores[l] ?? 0) >= best * NEAR_TIE).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0))[0];
  return supported ?? top;
}
