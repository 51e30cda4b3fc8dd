/**
 * Deterministic synthetic news corpora for the scaling test and the benchmark: seeded, English
 * and Polish mixed, 2–6 KB per article, many events drawn from generated pools of people and
 * places (with a registry for them), each event reported by two to four articles with hedged
 * durations, and planted conflicts (a wrong duration, a person in two places).
 */

/** mulberry32: a tiny seeded PRNG, so corpora are identical on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticArticle {
  id: string;
  lang: "en" | "pl";
  published: string;
  text: string;
}

export interface SyntheticCorpus {
  articles: SyntheticArticle[];
  /** Registry file content for the generated people and places. */
  entities: { entities: Array<Record<string, unknown>> };
  plantedConflicts: number;
}

const SYL = ["ka", "ro", "mi", "len", "dor", "vas", "tel", "bri", "son", "mar", "hal", "ven", "tis", "gor", "pel", "dan", "ru", "sta", "vik", "lo"];
const GIVEN = ["Adam", "Maria", "Peter", "Anna", "Jonas", "Elena", "Tomas", "Irena", "Marek", "Sofia", "Viktor", "Laura", "Pavel", "Nina", "Oskar", "Greta"];
const EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const PL_WEEKDAYS = ["w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek"];
const EN_HOURS = ["two", "three", "four", "five"];
const PL_HOURS = ["dwie", "trzy", "cztery", "pięć"];
const PL_HOURS_GEN = ["dwóch", "trzech", "czterech", "pięciu"];

const FILLER_EN = [
  "Analysts said the talks reflected a broader effort to reduce tensions in the region, where trade and energy disputes have simmered for years.",
  "The meeting came amid growing pressure from parliament, where opposition parties have criticised the government's handling of the budget.",
  "Officials declined to give details of the agenda, but diplomats familiar with the preparations said economic cooperation was expected to feature prominently.",
  "Markets reacted calmly to the news, with the main index closing slightly higher and the currency little changed against the euro.",
  "Observers noted that previous rounds of negotiations had produced few concrete results, although both sides described them as useful.",
  "The ministry said further consultations at the level of deputy ministers would follow, without giving a timetable.",
];
const FILLER_PL = [
  "Analitycy zwracają uwagę, że rozmowy wpisują się w szersze starania o zmniejszenie napięć w regionie, gdzie spory handlowe i energetyczne trwają od lat.",
  "Spotkanie odbyło się w czasie rosnącej presji ze strony parlamentu, gdzie opozycja krytykuje rząd za sposób prowadzenia prac nad budżetem.",
  "Urzędnicy nie podali szczegółów programu, ale dyplomaci zaznajomieni z przygotowaniami twierdzą, że ważnym tematem będzie współpraca gospodarcza.",
  "Rynki zareagowały spokojnie, a główny indeks zakończył dzień niewielkim wzrostem przy niemal niezmienionym kursie waluty.",
  "Obserwatorzy przypominają, że poprzednie rundy negocjacji przyniosły niewiele konkretnych rezultatów, choć obie strony określały je jako przydatne.",
  "Ministerstwo zapowiedziało dalsze konsultacje na szczeblu wiceministrów, nie podając jednak harmonogramu.",
];

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

function word(rand: () => number, parts: number): string {
  let w = "";
  for (let i = 0; i < parts; i++) w += pick(rand, SYL);
  return w[0]!.toUpperCase() + w.slice(1);
}

function isoDay(base: number, offset: number): string {
  return new Date(Date.UTC(2026, 0, 1) + (base + offset) * 86_400_000).toISOString().slice(0, 10);
}

/** Generates `count` articles; the same seed and count give the same corpus. */
export function generateCorpus(count: number, seed = 42): SyntheticCorpus {
  const rand = prng(seed);
  const people: Array<{ id: string; given: string; surname: string }> = [];
  const places: Array<{ id: string; name: string }> = [];
  const peopleCount = Math.max(40, Math.round(count / 5));
  const placeCount = Math.max(20, Math.round(count / 25));
  // Two syllables and a suffix give 2,000 distinct names; larger pools (corpora above ~10,000
  // articles) take three syllables, so the loops below always end. Smaller corpora are unchanged.
  const NAME_SPACE = SYL.length * SYL.length * 5;
  const surnameParts = peopleCount > NAME_SPACE ? 3 : 2;
  const placeParts = placeCount > NAME_SPACE ? 3 : 2;
  const seenPeople = new Set<string>();
  while (people.length < peopleCount) {
    const surname = `${word(rand, surnameParts)}${pick(rand, ["ski", "ov", "son", "er", "ic"])}`;
    if (seenPeople.has(surname)) continue;
    seenPeople.add(surname);
    people.push({ id: `p-${surname.toLowerCase()}`, given: pick(rand, GIVEN), surname });
  }
  const seenPlaces = new Set<string>();
  while (places.length < placeCount) {
    const name = `${word(rand, placeParts)}${pick(rand, ["burg", "grad", "ton", "ville", "stad"])}`;
    if (seenPlaces.has(name)) continue;
    seenPlaces.add(name);
    places.push({ id: `c-${name.toLowerCase()}`, name });
  }
  const entities = {
    entities: [
      ...people.map((p) => ({ id: p.id, type: "person", name: `${p.given} ${p.surname}`, given: [p.given], surname: [p.surname] })),
      ...places.map((p) => ({ id: p.id, type: "place", name: p.name, aliases: [p.name] })),
    ],
  };
  const articles: SyntheticArticle[] = [];
  let plantedConflicts = 0;
  let eventNo = 0;
  while (articles.length < count) {
    eventNo++;
    const day = Math.floor(rand() * 330);
    const a = pick(rand, people);
    let b = pick(rand, people);
    while (b === a) b = pick(rand, people);
    const place = pick(rand, places);
    const hoursIdx = Math.floor(rand() * EN_HOURS.length);
    const reports = 2 + Math.floor(rand() * 3);
    for (let r = 0; r < reports && articles.length < count; r++) {
      const lang: "en" | "pl" = rand() < 0.5 ? "en" : "pl";
      const publishedOffset = 1 + Math.floor(rand() * 2);
      const published = isoDay(day, publishedOffset);
      const weekday = new Date(`${isoDay(day, 0)}T00:00:00Z`).getUTCDay();
      const wd = weekday >= 1 && weekday <= 5 ? weekday - 1 : undefined;
      const wrongDuration = r > 0 && rand() < 0.05;
      if (wrongDuration) plantedConflicts++;
      const h = wrongDuration ? (hoursIdx + 2) % EN_HOURS.length : hoursIdx;
      const body = lang === "en" ? englishArticle(rand, a, b, place.name, wd, h) : polishArticle(rand, a, b, place.name, wd, h);
      articles.push({ id: `syn-${String(eventNo).padStart(6, "0")}-${r}`, lang, published, text: body });
    }
  }
  return { articles, entities, plantedConflicts };
}

type Person = { given: string; surname: string };

function paragraphs(rand: () => number, filler: readonly string[], minBytes: number): string {
  const out: string[] = [];
  let size = 0;
  while (size < minBytes) {
    const p = [pick(rand, filler), pick(rand, filler), pick(rand, filler)].join(" ");
    out.push(p);
    size += p.length;
  }
  return out.join("\n\n");
}

function englishArticle(rand: () => number, a: Person, b: Person, place: string, wd: number | undefined, h: number): string {
  const when = wd === undefined ? "" : ` on ${EN_WEEKDAYS[wd]}`;
  const hedge = pick(rand, ["about ", "more than ", "nearly ", "", "a "]);
  const duration = hedge === "a " ? `a ${EN_HOURS[h]}-hour meeting` : `${hedge}${EN_HOURS[h]} hours`;
  const lead =
    hedge === "a "
      ? `${a.given} ${a.surname} and ${b.given} ${b.surname} held ${duration} in ${place}${when}, officials said.`
      : `${a.given} ${a.surname} and ${b.given} ${b.surname} met in ${place}${when} for ${duration}, officials said.`;
  const quote = `${a.surname} described the talks as ${pick(rand, ["constructive", "very positive", "difficult", "productive"])}.`;
  const headline = `${a.surname} and ${b.surname} hold talks in ${place}`;
  return `${headline}\n${lead}\n${quote}\n\n${paragraphs(rand, FILLER_EN, 1500 + Math.floor(rand() * 3500))}\n`;
}

function polishArticle(rand: () => number, a: Person, b: Person, place: string, wd: number | undefined, h: number): string {
  const when = wd === undefined ? "" : ` ${PL_WEEKDAYS[wd]}`;
  const hedge = pick(rand, ["około ", "ponad ", "prawie ", ""]);
  const hours = hedge === "około " || hedge === "ponad " ? PL_HOURS_GEN[h] : PL_HOURS[h];
  const lead = `${a.given} ${a.surname} i ${b.given} ${b.surname} spotkali się${when} w ${place}. Rozmowy trwały ${hedge}${hours} godzin${h === 0 || h === 1 || h === 2 ? "y" : ""}, jak poinformowali urzędnicy.`;
  const quote = `${a.surname} określił rozmowy jako ${pick(rand, ["konstruktywne", "pozytywne", "trudne", "owocne"])}.`;
  const headline = `${a.surname} i ${b.surname} rozmawiali w ${place}`;
  return `${headline}\n${lead}\n${quote}\n\n${paragraphs(rand, FILLER_PL, 1500 + Math.floor(rand() * 3500))}\n`;
}
