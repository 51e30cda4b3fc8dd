/**
 * Everything language-specific the time normaliser knows. The engine (../grammar.ts) compiles
 * a lexicon once into a phrase trie; adding a language means writing one object of this shape
 * and registering it in ./index.ts.
 *
 * All keys are lower case and may be multi-word phrases ("the day before yesterday", "po
 * południu"); they are split with the same tokeniser as the text, so "p.m." or "r." work.
 */

/** Calendar units. `WE` is the weekend, `H` an hour, `MI` a minute, `HY` a half-year. */
export type TimeUnit = "S" | "MI" | "H" | "D" | "W" | "WE" | "M" | "Q" | "HY" | "Y" | "DE" | "CE";
export type PartOfDay = "MO" | "AF" | "EV" | "NI" | "DT";
export type Season = "SP" | "SU" | "FA" | "WI";
export type RefValue = "PRESENT_REF" | "PAST_REF" | "FUTURE_REF";
export type PartMod = "START" | "MID" | "END";

/**
 * A hedge on a clock time. `APPROX` ("around 12:30") widens by the precision the time is written
 * with; `AFTER`/`BEFORE` ("after 11 p.m.") reach up to two hours on one side, their `SHORTLY_`
 * forms ("shortly after 3 am", "tuż po") half an hour.
 */
export type ClockHedge = "APPROX" | "AFTER" | "BEFORE" | "SHORTLY_AFTER" | "SHORTLY_BEFORE";

/**
 * A time zone named next to a clock time: `zone` is the label reported ("GMT", "ET", "local",
 * "czasu polskiego"); `offset` a fixed UTC offset in minutes; `iana` a zone whose offset depends
 * on the date (daylight saving). Neither for "local time" or an ambiguous abbreviation.
 */
export interface ZoneSpec {
  zone: string;
  offset?: number;
  iana?: string;
}

/** A unit word form: which unit, and whether the form is plural ("weeks", "tygodni"). */
export interface UnitForm {
  unit: TimeUnit;
  plural: boolean;
  /**
   * A plural form that is also the genitive singular (Polish "godziny", "minuty"): with a hedge
   * and no count it means one unit ("około godziny", about an hour).
   */
  alsoSingular?: boolean;
}

/** Words that tell whether a clause reports the past or announces the future. */
export interface DirectionLexicon {
  /** Words and phrases marking a plan or the future ("will", "is scheduled", "polecą"). */
  future: string[];
  /** Words and phrases marking the past ("said", "met", "było"). */
  past: string[];
  /** Endings of past-tense verbs ("ed"; Polish "ł", "li", "ła"). */
  pastSuffixes: string[];
  /** Minimum word length for a suffix match to count. */
  pastSuffixMinLength: number;
  /** Words that end like past verbs but are not ("need", "jeśli"). */
  pastExceptions: string[];
  /** Words that open a new clause ("that", "że", "which"). */
  clauseOpeners: string[];
  /** Prepositions forcing the past on what follows ("since Tuesday", "od wtorku"). */
  sincePrepositions: string[];
}

export interface TimeLexicon {
  lang: string;
  /** Month, weekday and holiday names are written with a capital letter (English). */
  capitalizedNames: boolean;
  /** Month forms → 1..12. */
  months: Record<string, number>;
  /** Month forms that are also ordinary words ("may", "march", "maja"): need a day, a year or a date preposition. */
  ambiguousMonths: string[];
  /** Month abbreviations ("jan", "sept"): need a day or a year next to them; a trailing "." is absorbed. */
  monthAbbreviations: Record<string, number>;
  /** Weekday forms → ISO weekday 1..7. */
  weekdays: Record<string, number>;
  /** Plural weekday forms that make a SET ("on Tuesdays", "we wtorki"). */
  weekdaysPlural: Record<string, number>;
  seasons: Record<string, Season>;
  /** Season forms that are also other words (Polish "lata" = "years"): need a deictic adjective. */
  ambiguousSeasons: string[];
  /** Part-of-day words that attach to a day ("Thursday evening", "w czwartek wieczorem"). */
  partsOfDay: Record<string, PartOfDay>;
  /** Part-of-day phrases that stand alone for the day in context ("in the morning", "rano"). */
  partsOfDayStandalone: Record<string, PartOfDay>;
  /** Day-relative words ("today" 0, "yesterday" -1, "przedwczoraj" -2). */
  relativeDays: Record<string, number>;
  /** Day + part of day in one word or phrase ("tonight" → [0, NI], "last night" → [-1, NI]). */
  relativeDayParts: Record<string, [number, PartOfDay]>;
  /** Days relative to the last date mentioned ("the same day" 0, "the next day" 1, "nazajutrz" 1). */
  anaphoricDays: Record<string, number>;
  /** Adjectives relative to the reference date ("last" -1, "this" 0, "next" 1, "zeszłym" -1). */
  deictic: Record<string, number>;
  /** Adjectives relative to the last date mentioned ("that" 0, "the following" 1, "tamtego" 0). */
  anaphoric: Record<string, number>;
  /** Adjectives opening a span that ends or starts now ("the past", "the last", "ostatnie") with a count. */
  spanPast: string[];
  spanFuture: string[];
  /** Adjectives with a plural unit and no count meaning "recently"/"soon" ("recent", "ostatnich" / "coming", "najbliższych"). */
  vaguePast: string[];
  vagueFuture: string[];
  units: Record<string, UnitForm>;
  /** Polish-style number agreement: an integer ≥ 2 before a singular unit form is not a duration ("2026 roku"). */
  unitAgreement: boolean;
  /** Post-positions making "n units" a date in the past ("ago", "temu"). */
  ago: string[];
  /** Prepositions making "n units" a date in the past ("przed tygodniem"). */
  agoBefore: string[];
  /** Prepositions making "n units" a date in the future ("in two weeks", "za tydzień"). */
  futureBefore: string[];
  /** Post-positions making "n units" a date in the future ("two weeks from now"). */
  futureAfter: string[];
  /** Post-positions relative to the last date mentioned ("later", "później" / "earlier", "wcześniej"). */
  later: string[];
  earlier: string[];
  /** Words narrowing a period to before or after the reference day ("earlier this week"). */
  subPeriod: Record<string, "earlier" | "later">;
  /** Early/mid/late modifiers ("early", "mid", "the end of", "pod koniec", "w połowie"). */
  partModifiers: Record<string, PartMod>;
  /** "of" between a modifier/ordinal and a date ("the end of", "the 22nd of"). */
  of: string[];
  refs: Record<string, RefValue>;
  /** Quantifiers making a SET ("every", "each", "co", "każdego"). */
  setQuantifiers: string[];
  /** One-word sets ("daily" → P1D, "codziennie" → P1D, "nightly" → XXXX-XX-XXTNI). */
  setWords: Record<string, string>;
  /** "per"/"a" after a frequency: "twice a week". */
  setPer: string[];
  /** Frequency words: "once" 1, "twice" 2; and the word for "times" after a number. */
  frequencyWords: Record<string, number>;
  times: string[];
  /** Prepositions introducing a duration ("for", "przez", "od"); allow a bare unit or plural. */
  durationBefore: string[];
  /** Words before a bare 4-digit number that make it a year. */
  yearContext: string[];
  /**
   * Of the year contexts, those that also take counts ("po 1000 osób", distributive "po"): after
   * them a bare number followed by a lower-case word is a count, not a year.
   */
  weakYearContext: string[];
  /** Words after a year that belong to it ("r.", "roku"). */
  yearSuffixes: string[];
  /** Words before a year that belong to it ("rok 2010", "roku 2010"). */
  yearPrefixes: string[];
  /** Letter suffix of a decade ("1990s" → "s"). */
  decadeSuffixes: string[];
  /** Nouns before a decade number ("lata 90.", "latach 90-tych"). */
  decadeNouns: string[];
  /** Decades written as words ("nineties" 90, "dziewięćdziesiątych" 90). */
  decadeWords: Record<string, number>;
  /** Century nouns after an ordinal or Roman numeral ("century", "wieku", "w."). */
  centuryNouns: string[];
  /** Ordinal words and their values (for quarters, halves, centuries, days). */
  ordinals: Record<string, number>;
  /** Ordinal suffixes glued to digits ("22nd"; Polish "22-go"). */
  ordinalSuffixes: string[];
  quarterNouns: string[];
  halfNouns: string[];
  /** Fixed-date and Easter-relative holidays: phrase → {month, day} or {easter: offsetDays}. */
  holidays: Record<string, { month: number; day: number } | { easter: number }>;
  /** Clock: words for 12:00 and 24:00, am/pm markers, words introducing a clock time, time zones. */
  clockWords: Record<string, [number, number]>;
  meridiem: Record<string, "am" | "pm">;
  clockBefore: string[];
  /** Of those (or inside them: "at around"), the ones that hedge the time ("around", "shortly after", "tuż po"). */
  clockHedges: Record<string, ClockHedge>;
  /** Words after an hour ("o'clock", "hours" in "at 18 hours" is not used). */
  clockAfter: string[];
  timeZones: Record<string, ZoneSpec>;
  /** Words opening a range of counts ("between 24 and 48 hours", "od 24 do 48 godzin"). */
  rangeFrom: string[];
  /** Words joining the two counts of a range ("to", "or", "do"); a dash always does. */
  rangeTo: string[];
  /** Joiners allowed only after a `rangeFrom` word ("between … and …", "między … a …"). */
  rangeAnd: string[];
  /** "and a half" written with hyphens between the words ("three-and-a-half hours"). */
  hyphenHalf: string[];
  /**
   * Prepositions after a duration that make it an offset from an event ("five minutes after
   * take-off", "pięć minut po starcie", "a day before the vote"): `after` / `before`.
   */
  offsetAfter: string[];
  offsetBefore: string[];
  /** Prepositions making "a day", "a week" a day named rather than a length ("on a day like this"). */
  pointBefore: string[];
  /** Words joining a day and a time ("at", "o", "około"?). */
  dayTimeJoiners: string[];
  /** Prepositions dropped from the start of a span ("on", "in", "w", "we"). */
  prepositions: string[];
  /** Indefinite articles meaning one before a unit ("a week", "an hour"). */
  indefinite: string[];
  /** Definite article kept in spans ("the"). */
  definite: string[];
  /** "long" in "hour-long", "old" in "3-year-old". */
  longSuffix: string[];
  ageSuffix: string[];
  /** Polish compound duration adjectives: prefix (number) + stem (unit) + ending ("pięciogodzinne"). */
  compoundDurations?: {
    prefixes: Record<string, number>;
    stems: Record<string, TimeUnit>;
    endings: string[];
  };
  /** Order of numeric dates with slashes. */
  slashDateOrder: "MDY" | "DMY";
  direction: DirectionLexicon;
}
