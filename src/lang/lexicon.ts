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
  /**
   * Words linking a relational noun to the person it is relative to: "envoy FOR Koval". Without
   * one, a relational noun before a name is an apposition ("envoy Steve Nowak" is the envoy).
   */
  relationalLinks: string[];
  /** Title forms that mark the genitive in inflected languages ("zięć PREZYDENTA Smitha"). */
  genitiveTitles: string[];
  /** Words that join coordinated names ("and", "i"). */
  conjunctions: string[];
  /**
   * Words that make two capitalised words an institution, a place or a format rather than a
   * person ("European Commission", "Black Sea", "Wall Street", "Rada Bezpieczeństwa"), as a
   * pattern matched against one whole word.
   */
  nonPersonWords: string;
  /** What may stand between a meeting verb and its object's name ("with", "się z"). */
  meetingObjectGap: string;
  /** Prepositions of purpose before an event noun ("travel FOR a meeting", "jechać NA spotkanie"): the noun shares the plan of the verb. */
  purpose: string;
  /** Meeting nouns (their participants follow "with"/"between" or are the subject of a support verb). */
  meetingNoun: string;
  /** Prepositions introducing a meeting noun's participants ("with", "between", "z", "między"). */
  participantLinks: string;
  /** Verbs that turn a meeting noun into an action of their subject ("held talks", "odbyli rozmowy"). */
  supportVerbs: string;
  /** Vehicles that depart and the verbs of their departing ("the plane took off", "samolot wystartował"), as alternations: a crash of the same paragraph may take the departure's day (src/extract/departure-date.ts). */
  departureVehicle?: string;
  departed?: string;
  /**
   * A trigger that is a finite past verb ("crashed", "met", "rozbił") states what happened: a modal
   * earlier in the clause governs another verb ("could not gain height and crashed"). `finitePast`
   * matches the trigger's text, `nonFiniteBefore` the words that make it a participle or infinitive
   * again ("to be held", "could have met", "żeby spotkali").
   */
  finitePast: string;
  nonFiniteBefore: string;
  /** Negation directly governing an event word, before it ("did not meet", "no such meeting", "nie spotkał"). */
  negationBefore: string;
  /** Negation of an event noun after it ("the meeting was not planned", "spotkanie się nie odbyło"). */
  negationAfter: string;
  /** Words before a date that make it the start of a period, not the date of the event ("since 2022", "od 2022 roku"). */
  since: string;
  /** "Instead", "zamiast tego": the alternative to a conditional plan is itself conditional. */
  alternative: string;
  /** A plural reference to the people of the latest meeting ("the two leaders", "obaj premierzy"). */
  groupAnaphora: string;
  /** First-person plural in a quote ("we", "musimy"): the speaker takes part. Matched case-sensitively ("US" is not "us"). */
  firstPersonPlural: string;
  /** Text before a meeting verb that makes it not a meeting ("will be met with understanding"). */
  meetingFalseBefore: string;
  /** Meeting nouns and verbs: only a fallback, since rules/events/meeting.json gives them for each language it lists. */
  meeting: string;
  /** Phrases that add people to a meeting: "also attended", "was joined by", "together with". */
  joined: string;
  /** Verbs of staying somewhere, followed by a locative preposition and a place. */
  presence: string;
  /** Verbs of going somewhere, followed by a directional preposition and a place. */
  travel: string;
  /** Verbs that take the place they reach as a direct object ("visited Moscow", "odwiedził Kijów"); a fallback for rules/events/visit.json. */
  visit: string;
  /** Verbs of attending an event ("take part in", "weźmie udział w"). */
  attend: string;
  /** Verbs of arriving whose destination ("przyjechał do Gdańska", "came to Gdańsk") is where the person then is. */
  arrival: string;
  /** Verbs that say an event took place ("took place", "odbyło się"): the place after them is the event's. */
  tookPlace: string;
  /** The preposition that introduces whom a meeting verb is with ("with", "z"). */
  withPreposition: string;
  /** Words that open what talks are about ("about", "w sprawie", "o"): a place after them is the topic's, not where they were held. */
  topic: string;
  /** A verb phrase that puts the event named by its subject noun in the future ("ma się odbyć", "will take place"). */
  plannedHappening: string;
  /** A relative word of place opening a clause ("…, where he met", "…, gdzie spotkał się"): the place named before it. */
  relativeWhere: string;
  /** Prepositions that mark a place as a location. */
  locative: string;
  /** Prepositions that mark a place as a destination. */
  directional: string;
  /** Words of nearness right before a town ("w pobliżu <miasta>", "near <town>"), which name it as a place like a locative. */
  nearPlace?: string;
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
  /** An event that happened but was broken off early, or that went on after a break or out of sight. */
  cutShort: string;
  continued: string;
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
  /** Words before a number that say what it counts ("zginęło 19 osób", "killing at least 12"), by category. */
  countedBefore: Record<string, string>;
  /** How counts relate to each other in a sentence: subgroups, partitives, polls (see {@link CountLexicon}). */
  counts: CountLexicon;
  /**
   * Other events whose status and date reports can disagree on, by type, in priority order
   * ("ogłosi wyrok" is a ruling, not an announcement).
   */
  events: Array<[string, string]>;
  /** A generic reference back to an organisation ("the ministry", "sąd") and the word it matches in names. */
  orgAnaphora: string;
  /** Whether a place right before a meeting noun names its place ("the Palace meeting"); not in Polish, where it is a genitive. */
  attributivePlaces: boolean;
  /** What an amount is in its sentence ("demanded" against "awarded"); amounts with different roles are never compared. */
  amountRoles: Array<[string, string]>;
  /** Words that make a figure an estimate ("exit poll", "sondaż"): compared only with other estimates. */
  estimate: string;
  /** Nouns that name a conversation of any kind ("the call", "rozmowa"): after a phone call is told, a call's. */
  callNoun: string;
  /** Multi-event signals: "six times", "several meetings" (a count of events, not one event). */
  repeated: string;
  /** Words for a country's team at talks ("delegation", "negotiators", "delegacja"): with a national adjective, a party (src/extract/delegations.ts). */
  delegation: string;
  /** Words that may stand between a delegation and the person heading it ("led", "by", "head", "przewodniczył", "przez"), as a pattern for one word. */
  headLinks: string;
  /** The noun of a round of talks ("round", "runda"), as a pattern for one word. */
  roundWord: string;
  /** Ordinals one to ten as folded word beginnings ("first", "drug" for "druga", "drugiej"): "the second round" is round 2. */
  ordinals: string[];
  /** Where inside a town an incident happened: districts, named parts of buildings, impact points, seats (see {@link SiteLexicon}). */
  sites: SiteLexicon;
}

/**
 * The words of an incident's site below the town (src/extract/sites.ts). Noun patterns are matched
 * case-insensitively; the names around them are capitalised words, found by the extractor.
 */
export interface SiteLexicon {
  /** Nouns of a part of a town ("area", "district", "dzielnica", "osiedle"). */
  district: string;
  /** Whether a district's name stands before its noun ("the X area") rather than after it ("w dzielnicy X"). */
  districtNameFirst: boolean;
  /** Adjectives that may stand between a district noun and a name after it ("w dzielnicy MIESZKANIOWEJ X"). */
  districtModifiers: string;
  /** Nouns of a named part of a building by class ("the X Gallery", "Galeria X-a"); the noun must be capitalised. */
  parts: Array<[string, string]>;
  /** Whether a part's name stands before its noun ("the X Gallery"); it may follow it in either language ("Gallery of X"). */
  partNameFirst: boolean;
  /** Words that join a part's noun to a name after it ("of the", "d’"). */
  partLinks: string;
  /**
   * Impact points named by common nouns: [class, key, pattern]. The class says what kind of ground it
   * is (`open-ground`, `building`, `campus`), the key which thing, the same in every language
   * ("hostel" for "hostel", "akademik"); a key equal to its class is the generic word ("building").
   * A longer phrase comes before its head ("residential building" before "building").
   */
  points: Array<[string, string, string]>;
  /** What stands right before an impact point's noun phrase ("crashed INTO a field", "uderzył W budynek"), the phrase's modifiers excluded. */
  impact: string;
  /** Determiners and abbreviations that may stand between the impact word and the noun phrase ("the", "m.in."). */
  impactGap: string;
  /** Seat nouns before a seat number ("seat 11A", "miejscu 11A"). */
  seat: string;
  /** Words putting a site by a landmark ("a field NEAR the village", "W POBLIŻU lotniska"). */
  near: string;
  /** Words before a named site that make it where someone comes from, not where it happened ("men FROM the X area"). */
  origin: string;
}

/**
 * The words that tell what part of a whole a count is, and whose. Patterns as in
 * {@link ExtractionLexicon}; "before" patterns are matched against the text ending right before
 * the number, "after" patterns against the text right after it (or after what it counts).
 */
export interface CountLexicon {
  /** Before a number: it is a subgroup of the count before it ("including", "w tym", "among them"). */
  subgroup: string;
  /** After a number: it is part of a group named next ("three OF THE robbers", "241 OF THE 242"). */
  partitive: string;
  /** After a number: it adds to an earlier count ("two MORE thieves", "dwóch kolejnych"). */
  additional: string;
  /** Later in the sentence, the predicate saying what happened to a counted group ("were killed", "zostało rannych"), by category. */
  predicates: Array<[string, string]>;
  /** Right after a number or its noun: a subgroup of the counted ("on the ground", "children", "na ziemi"), by group. */
  groups: Array<[string, string]>;
  /** A sentence opening that dates its figures by the last date before it ("Wówczas", "At the time"). */
  then: string;
  /** Right after a number a preposition put a hedge on: a rising toll whose "do" belongs to the verb ("Do 14 wzrosła liczba ofiar"). */
  riseAfter?: string;
  /** Right after a figure read as a quake's magnitude: what makes it a wind's force instead ("w skali Beauforta", "km/h"). */
  notMagnitude?: string;
  /** In the clause before a count of drones or missiles: those shot down, not those launched ("shot down 98 drones", "zestrzelono 98 dronów"). */
  downed: string;
  /** Before a number in its sentence: the part of the whole a share is of ("among Poles voting abroad": votes cast abroad), by group. */
  scopes: Array<[string, string]>;
  /** After a capitalised word following the number: nationals ("two British NATIONALS"). */
  nationals: string;
  /** Nouns for people in general, right after the number ("people", "osób"). */
  people: string;
  /** Words for an exchange: "1,000 people" in an exchange are prisoners. */
  exchange: string;
  /** Before a number: "all", "łącznie": a total, nothing more. */
  total: string;
  /** Before a number: the margin of error of a poll ("margin of error at", "błąd oszacowania to"). */
  margin: string;
  /** Before a number: a lead or difference between two results ("beat X by", "przewaga"). */
  lead: string;
  /** Before a number: the size of a whole the others are taken from ("consisting of", "składająca się z"): not a count of what happened. */
  composition: string;
  /** Before a number in its clause: it is only wondered about ("whether", "nie wiadomo, czy"). */
  uncertain: string;
  /** Before a poll word: it names an earlier poll, not the one of the figures that follow ("the earlier exit poll"). */
  earlierPoll: string;
  /** Words of a sentence about votes and results, where a capitalised name before a share is the candidate or party. */
  shareContext: string;
  /** A definite article or demonstrative before a number: a group already met ("the two thieves"). */
  definite: string;
  /** Right after a capitalised name before a share: the name only qualifies an election or its voters ("the <town> MAYORAL election", "<nationality> VOTERS"), so it is not whose share it is. */
  attributive: string;
  /**
   * Rounds of an election by number ("first round" 1; "runoff", "druga tura" 2): the round word
   * nearest a share or turnout in its clause, else in its sentence, says which round it is of.
   */
  rounds: Array<[string, string]>;
  /** Right before a date: the date is of something the figure is compared with ("well above the 2015 vote", "niż w 2015 r."). */
  comparedWith: string;
  /** A sentence about a division of a chamber or a referendum (a bill, a motion, MPs, "referendum", "ustawa", "posłowie"), where figures may be for, against or abstaining. */
  division: string;
  /** Right after a number in such a sentence: those who voted ("231 LAWMAKERS", "240 POSŁÓW", "12 ABSTENTIONS"), counted as votes. */
  voters: string;
  /**
   * Ballot options by name ("yes", "no", "abstain"; "invalid" anywhere): the option word nearest a
   * vote count or share with no comma between ("198 against", "przeciw było 198", "58.4% voting yes")
   * makes the figure that option's, a subgroup of the votes that no candidate owns.
   */
  options: Array<[string, string]>;
  /** Right before a figure: it is a change ("rose by 6.3 points", "wzrosło o 6,3 pkt proc."), not a share or count of its own. */
  change: string;
  /** A word that makes the figure after it an earlier one to compare with ("up from 12.1%", "compared with", "w porównaniu z"): not the present result, and a date after it is that earlier figure's. */
  prior: string;
  /** A sentence giving official or final results ("official results", "final count", "oficjalne wyniki"): its figures are counts, not the poll of the sentences before. */
  official: string;
  /** Polls and projections by kind ("exit poll", "late poll", "updated figures"); the kind nearest before a figure is its poll. */
  polls: Array<[string, string]>;
}
