/** The languages crosscheck extracts from. Another language is one more lexicon file here. */
import type { ExtractionLexicon } from "./lexicon.js";
import { en } from "./en.js";
import { pl } from "./pl.js";

const LEXICONS: Record<string, ExtractionLexicon> = { en, pl };

/** Languages with an extraction lexicon. */
export const SUPPORTED_LANGUAGES = Object.keys(LEXICONS);

/** The lexicon for a language, or undefined when crosscheck does not read it yet. */
export function lexiconFor(lang: string): ExtractionLexicon | undefined {
  return LEXICONS[lang.toLowerCase().slice(0, 2)];
}

export type { ExtractionLexicon } from "./lexicon.js";
