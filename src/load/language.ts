/**
 * Language identification for articles without a `lang` field. eld is accurate on short news
 * text but costs ~0.5 s to load its n-gram tables, so it is loaded only when an article needs it.
 */
interface Detector {
  detect(text: string): { language: string };
}

let detector: Detector | undefined;

/** Loads the detector once; call before parsing articles that may lack a `lang` field. */
export async function prepareLanguageDetector(): Promise<void> {
  if (detector) return;
  const module = await import("eld/small");
  detector = module.eld;
}

/** Identifies the language of a text (ISO 639-1), or "und" when it cannot be told. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  if (detector) {
    const language = detector.detect(sample).language;
    if (language) return language;
  }
  return "und";
}
