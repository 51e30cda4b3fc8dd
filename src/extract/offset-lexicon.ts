/**
 * The words of relative time offsets ("under two minutes after take-off", "cztery minuty po starcie",
 * "25 minutes into the meeting", "zaraz po rozpoczęciu obrad"), per language: the moments an offset
 * counts from (anchors), the moments it times (happenings), and the phrases that give a span by
 * words alone ("shortly after", "tuż po"). Another language is another entry of each table.
 *
 * Patterns are matched case-insensitively with Unicode; `\p{L}*` ends a stem.
 */

/** A moment of an event named by words. */
export interface MomentWords {
  id: string;
  /** For happenings: which kind of claim carries it (the incident of a crash, the meeting of a turn). */
  of?: "incident" | "meeting";
  /** For happenings of an incident: the event type the words themselves name (a crash), if any. */
  eventType?: string;
  words: Record<string, string[]>;
}

/**
 * Moments an offset counts from. "po starcie" is a take-off in Polish news of flights; the start of
 * a meeting is "rozpoczęcie". An anchor not listed keeps its first content word (`event:<word>`).
 */
export const ANCHORS: MomentWords[] = [
  {
    id: "take-off",
    words: {
      en: ["take-?off", "taking off", "took off", "lift-?off", "lifting off", "becoming airborne", "leaving the runway"],
      pl: ["start(?:u|em)?", "starci[eu]", "wystartowani\\p{L}*", "oderwani\\p{L}* się od (?:pasa|ziemi)", "poderwani\\p{L}*"],
    },
  },
  {
    id: "start",
    words: {
      en: ["the start", "the beginning", "the outset", "it began", "it started", "the opening"],
      pl: ["rozpoczęci\\p{L}*", "początk\\p{L}*", "otwarci\\p{L}*"],
    },
  },
  { id: "arrival", words: { en: ["arrival", "arriving", "(?:he|she|they) arrived"], pl: ["przyjeźdz\\p{L}*", "przyjeździe", "przylo(?:cie|tu)", "przybyci\\p{L}*"] } },
  { id: "landing", words: { en: ["landing", "touchdown", "touching down"], pl: ["lądowani\\p{L}*", "wylądowani\\p{L}*"] } },
  { id: "end", words: { en: ["the end", "it ended", "the close"], pl: ["zakończeni\\p{L}*", "końc\\p{L}*"] } },
  {
    id: "turn",
    words: {
      en: ["(?:\\p{L}+ )?eruption", "(?:\\p{L}+ )?outburst", "the (?:\\p{L}+ )?(?:row|argument|clash|shouting match|exchange)"],
      pl: ["kłótni\\p{L}*", "awantur\\p{L}*", "sprzecz\\p{L}*", "wybuch\\p{L}*"],
    },
  },
];

/** Moments an offset times, and the claim that carries them. */
export const HAPPENINGS: MomentWords[] = [
  {
    id: "crash",
    of: "incident",
    eventType: "crash",
    words: {
      en: ["crash(?:ed|es|ing)?", "went down", "came down", "hit the ground", "plummeted", "fell (?:to|onto|on|into)"],
      pl: ["rozbił\\p{L}* się", "rozbici\\p{L}* się", "spadł\\p{L}*", "runął", "runęł\\p{L}*", "uderzył\\p{L}* w (?:ziemię|budyn\\p{L}*|zabudowani\\p{L}*)"],
    },
  },
  {
    id: "fuel-cutoff",
    of: "incident",
    words: {
      en: ["fuel (?:was |were )?cut(?: off)?", "cut(?:ting)? off (?:the )?fuel", "fuel (?:control |cut-?off )?switch\\p{L}*", "fuel supply", "fuel cut-?off"],
      pl: ["dopływ\\p{L}* paliwa", "odcię\\p{L}* (?:od )?(?:dopływu )?paliw\\p{L}*", "przełącznik\\p{L}* paliw\\p{L}*", "kontrol\\p{L}* (?:dopływu )?paliw\\p{L}*"],
    },
  },
  {
    id: "engine-failure",
    of: "incident",
    words: {
      en: ["engines? (?:failed|failure|cut out|stalled|lost (?:power|thrust))", "(?:loss|lost) of (?:engine )?(?:power|thrust)", "lost (?:engine )?(?:power|thrust)", "losing (?:engine )?(?:power|thrust)"],
      pl: ["silnik\\p{L}* (?:stracił\\p{L}*|straciły|zgasł\\p{L}*|przestał\\p{L}* pracować)", "utra\\p{L}* (?:mocy|ciągu)", "awari\\p{L}* silnik\\p{L}*", "zgasł\\p{L}* silnik\\p{L}*"],
    },
  },
  {
    id: "turn",
    of: "meeting",
    words: {
      en: ["testy", "heated", "tense", "shouting", "devolved", "turned (?:ugly|sour|heated|tense)", "shouting match", "back and forth"],
      pl: ["ostr\\p{L}* wymian\\p{L}* zdań", "kłótni\\p{L}*", "kłótn\\p{L}*", "awantur\\p{L}*", "przerodził\\p{L}* się", "spięci\\p{L}*", "zaostrzył\\p{L}*"],
    },
  },
  {
    id: "departure",
    of: "meeting",
    words: { en: ["left (?:the|early|abruptly|without|before)", "walked out", "departed", "stormed out"], pl: ["opuścił\\p{L}*", "wyjechał\\p{L}*", "odjechał\\p{L}*", "wyszedł", "wyszła", "wyszli"] },
  },
];

/** A span given by words alone: "soon after take-off", "zaraz po rozpoczęciu". Seconds, inclusive. */
export const VAGUE_SPANS: Array<{ words: Record<string, string[]>; minSeconds: number; maxSeconds: number }> = [
  {
    // Right after: within about ten minutes. A meeting's thirtieth minute is not "just after" its start.
    words: { en: ["just after", "right after", "immediately after", "moments after", "moments before", "within moments of", "just before", "right before", "immediately before"], pl: ["tuż po", "zaraz po", "chwilę po", "chwilę przed", "tuż przed", "zaraz przed"] },
    minSeconds: 0,
    maxSeconds: 600,
  },
  {
    words: { en: ["shortly after", "soon after", "shortly before", "within minutes of"], pl: ["wkrótce po", "niedługo po", "krótko po", "krótko przed", "niedługo przed", "w ciągu kilku minut od"] },
    minSeconds: 0,
    maxSeconds: 1800,
  },
  {
    words: { en: ["seconds after", "seconds before"], pl: ["sekundy po", "sekund po", "sekundy przed", "sekund przed"] },
    minSeconds: 1,
    maxSeconds: 60,
  },
  {
    // "minutes after take-off": more than one, fewer than an hour's worth.
    words: { en: ["minutes after", "minutes before"], pl: ["minuty po", "minut po", "minuty przed", "minut przed"] },
    minSeconds: 60,
    maxSeconds: 1800,
  },
];

/** Words after which a span counts from the event's own start: "after some 25 minutes", "po 25 minutach". */
export const AFTER_SPAN: Record<string, string> = { en: "after", pl: "po" };

/** Words after a span that make it count from the start of the event named next: "25 minutes into the meeting". */
export const INTO: Record<string, string> = { en: "into" };

/** Words before a span that make it an upper bound, with the word before the anchor: "within two minutes of take-off", "w ciągu dwóch minut od startu". */
export const WITHIN: Record<string, { before: string; of: string }> = { en: { before: "within", of: "of|from" }, pl: { before: "w ciągu|w przeciągu", of: "od" } };

/** The minute of an event by its ordinal: "in the 25th minute of the meeting", "w 25. minucie obrad". */
export const NTH_MINUTE: Record<string, string> = { en: "in the (\\d{1,3})(?:st|nd|rd|th) minute", pl: "w (\\d{1,3})\\.? minucie" };

/** Words after a span that count it from the moment told just before: "minutes later", "chwilę później". */
export const LATER: Record<string, string> = { en: "later", pl: "później" };

/** Words that put a happening after the moment a span times: "an alarm sounded, and then the jet crashed". */
export const SEQUENCE: Record<string, string> = { en: "then|afterwards|later|after that", pl: "następnie|potem|później|po czym" };

/** "the final 5 minutes of the hour-long meeting": a span counted back from the end of a length. */
export const LAST_OF: Record<string, string> = { en: "the (?:last|final|closing)", pl: "(?:ostatnie|ostatnich)" };

/** Nouns of a meeting after "into" or "po N minutach": "into the meeting", "po 25 minutach obrad". */
export const MEETING_NOUNS: Record<string, string> = {
  en: "meeting|talks|session|conversation|encounter|engagement|discussion|press conference|exchange|visit",
  pl: "spotkani\\p{L}*|rozmow\\p{L}*|rozmów|obrad\\p{L}*|sesj\\p{L}*|konferencj\\p{L}*|wizyt\\p{L}*",
};
