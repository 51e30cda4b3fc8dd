/** Entity resolution across spellings, languages and inflection, from the built-in registry. */
import { describe, it, expect } from "@jest/globals";
import { loadRuleSet } from "../../src/load/rules.js";
import { EntityRegistry, findMentions, givenNameKey } from "../../src/normalize/entities.js";
import { tokenize } from "../../src/text/tokens.js";
import { compileLexicon } from "../../src/extract/sentence.js";
import { lexiconFor } from "../../src/lang/index.js";

const { entities } = await loadRuleSet();
const registry = new EntityRegistry(entities);

function resolve(text: string, lang: string): string[] {
  const lex = compileLexicon(lexiconFor(lang)!);
  return findMentions(tokenize(text), text, registry, lex.names, new Map()).map((m) => m.entity);
}

describe("entity mentions", () => {
  it.each([
    ["Zelensky said", "en", ["volodymyr-zelensky"]],
    ["Zelenskyy said", "en", ["volodymyr-zelensky"]],
    ["prezydent Zełenski zapowiedział", "pl", ["volodymyr-zelensky"]],
    ["Зеленський заявив", "en", ["volodymyr-zelensky"]],
    ["met Putin and Vitkoff", "en", ["vladimir-putin", "steve-witkoff"]],
    ["zapowiedź Witkoffa", "pl", ["steve-witkoff"]],
    ["spotkać się z prezydentem Władimirem Putinem", "pl", ["vladimir-putin"]],
    ["z Dmitrijewem", "pl", ["kirill-dmitriev"]],
    ["in Kiev", "en", ["kyiv"]],
    ["w Kijowie", "pl", ["kyiv"]],
    ["do Moskwy", "pl", ["moscow"]],
    ["w Światowym Forum Ekonomicznym", "pl", ["world-economic-forum"]],
    ["the U.S. and the UK", "en", ["united-states", "united-kingdom"]],
    ["Let us go", "en", []],
    ["talks with Kushnir", "en", ["jared-kushner"]],
    ["Umarov said", "en", ["rustem-umerov"]],
    // A capital by the description reporters use for it, in every case form.
    ["talks in the Lithuanian capital", "en", ["vilnius"]],
    ["in the capital of Hungary", "en", ["budapest"]],
    ["w stolicy Litwy", "pl", ["vilnius"]],
    ["do stolicy Ukrainy", "pl", ["kyiv"]],
    ["w rosyjskiej stolicy", "pl", ["moscow"]],
    ["rosyjska stolica", "pl", ["moscow"]],
    ["in Lithuania's capital", "en", ["vilnius"]],
    ["in Russia’s capital", "en", ["moscow"]],
    // A capital unnamed stays unnamed; a possessive the registry does not know names the country.
    ["back in the capital", "en", []],
    ["w stolicy", "pl", []],
    ["in Lithuania's second city", "en", ["lithuania"]],
  ])("%j (%s) → %j", (text, lang, ids) => {
    expect(resolve(text, lang)).toEqual(ids);
  });

  it("records the given name as written", () => {
    const text = "Rusłan Umierow przekazał";
    const lex = compileLexicon(lexiconFor("pl")!);
    const [m] = findMentions(tokenize(text), text, registry, lex.names, new Map());
    expect(m).toMatchObject({ entity: "rustem-umerov", given: "Rusłan" });
  });

  it("does not take a title for a given name", () => {
    const text = "Russian President Vladimir Putin";
    const lex = compileLexicon(lexiconFor("en")!);
    const [m] = findMentions(tokenize(text), text, registry, lex.names, new Map());
    expect(m).toMatchObject({ entity: "vladimir-putin", given: "Vladimir" });
  });

  it("forgets what it knew of a word when an entry is added", () => {
    const own = new EntityRegistry([{ id: "anna-brzoza", type: "person", name: "Anna Brzoza", given: ["Anna"], surname: ["Brzoza"] }]);
    const lex = compileLexicon(lexiconFor("pl")!);
    const find = (text: string) => findMentions(tokenize(text), text, own, lex.names, new Map()).map((m) => m.entity);
    expect(find("Brzozą i Brzezinskim")).toEqual(["anna-brzoza"]);
    own.add({ id: "jan-brzezinski", type: "person", name: "Jan Brzezinski", given: ["Jan"], surname: ["Brzezinski"] });
    expect(find("Brzozą i Brzezinskim")).toEqual(["anna-brzoza", "jan-brzezinski"]);
  });

  it.each([
    ["Kirill", "Kiriłł", true],
    ["Vladimir", "Władimirem", true],
    ["Sergei", "Siergiej", true],
    ["Rustam", "Rusłan", false],
  ])("given names %s and %s share a key: %s", (a, b, same) => {
    expect(givenNameKey(a) === givenNameKey(b)).toBe(same);
  });

  it("knows that Kyiv is within Ukraine but not the other way round", () => {
    expect(registry.contains("ukraine", "kyiv")).toBe(true);
    expect(registry.contains("kyiv", "ukraine")).toBe(false);
  });
});
