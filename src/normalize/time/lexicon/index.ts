/** Registry of time lexicons. Adding a language: write ./xx.ts and list it here. */

import { EN } from "./en.js";
import { PL } from "./pl.js";
import type { TimeLexicon } from "./types.js";

export const TIME_LEXICONS: Record<string, TimeLexicon> = { en: EN, pl: PL };

/** The lexicon for a language; unknown languages fall back to English (digits and ISO forms still work). */
export function timeLexicon(lang: string): TimeLexicon {
  return TIME_LEXICONS[lang] ?? EN;
}

export type * from "./types.js";
