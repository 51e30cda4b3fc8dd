/**
 * What the extractor needs to know about a language. Every field is data: adding a language
 * means writing one more object of this shape and registering it in ./index.ts.
 *
 * Patterns are regular-expression sources matched case-insensitively against the sentence text
 * with `u` flag; they must not contain capturing groups (use `(?:...)`).
 */
export interface ExtractionLexicon {
  lang: string;
  /** Folded title and role words; a word starting with one of these is a title ("prezydentem"). */
  titles: string[];
  /** Folded capitalised words that never start a name. */
  stopwords: string[];
  /** Nouns that make a following (or possessive) person a modifier: "son-in-law of X", "zięć X". */
  relationalNouns: string[];
  /** Meeting nouns and verbs. */
  meeting: string;
  /** Phrases that add people to a meeting: "also attended", "was joined by", "together with". */
  joined: string;
  /** Verbs of staying somewhere, followed by a locative preposition and a place. */
  presence: string;
  /** Verbs of going somewhere, followed by a directional preposition and a place. */
  travel: string;
  /** Verbs of attending an event ("take part in", "weźmie udział w"). */
  attend: string;
  /** Prepositions that mark a place as a location. */
  locative: string;
  /** Prepositions that mark a place as a destination. */
  directional: string;
  /** Speech and report verbs: "said", "reported", "powiedział". */
  speech: string;
  /** Source-introducing phrases before the source: "according to", "według", "jak podał". */
  sourceBefore: string;
  /** Clause openers after a speech verb ("that", "że"). */
  complementizer: string;
  /** Markers of a plan or future event. */
  planned: string;
  /** Markers of a condition; the condition clause follows them. */
  conditional: string;
  /** Markers of negation of the event itself. */
  negated: string;
  /** Status markers. */
  confirmed: string;
  denied: string;
  postponed: string;
  cancelled: string;
  /** Characterisations and their tone. */
  tonePositive: string;
  toneNegative: string;
  /** Subject pronouns that refer back to a person. */
  pronouns: string;
  /** Generic subjects that refer back to a person by role: "the president" → last president mentioned. */
  roleAnaphora: string;
  /** Anaphoric references to an earlier event or organisation: "the forum", "the agency". */
  anaphoricEvent: string;
  anaphoricAgency: string;
  /** Unnamed sources: "informed sources", "a White House spokesman", "officials". */
  unnamedSource: string;
  /** Words after a number that say what is counted, by category. */
  counted: Record<string, string>;
  /** Multi-event signals: "six times", "several meetings" (a count of events, not one event). */
  repeated: string;
}
