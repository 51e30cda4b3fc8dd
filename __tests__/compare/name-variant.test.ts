/** name-variant: given names of one person compared by consonant skeletons; transliterations, case forms and short forms stay silent. */
import { describe, it, expect } from "@jest/globals";
import { nameVariant } from "../../src/compare/kinds/name-variant.js";
import { givenNameKey } from "../../src/normalize/entities.js";
import type { Claim } from "../../src/types.js";

const name = (doc: string, given: string, surname = "Kowalczyk"): Claim => ({
  id: `${doc}#1`, doc, kind: "name", modality: "reported",
  name: { entity: "person-kovalchik", given, givenKey: givenNameKey(given), surname },
  evidence: { quote: `${given} ${surname}`, span: [0, given.length + surname.length + 1] },
});
const nobodyKnown = () => false;

describe("name-variant", () => {
  it.each([
    ["a consonant changed", "Bernart", "Bérnard"],
    ["a feminine form", "Gerald", "Geraldine"],
    ["a longer name that opens the same", "Claire", "Clarisse"],
    ["two names", "Rustam", "Rusłan"],
    ["another opening", "Joanna", "Anna"],
  ])("conflicts: %s (%s / %s)", (_why, x, y) => {
    for (const [a, b] of [[x, y], [y, x]] as const) expect(nameVariant(name("a", a), name("b", b), {}, nobodyKnown)).toMatchObject({ verdict: "conflict" });
  });

  it.each([
    ["a transliteration of vowels", "Rustem", "Rustam"],
    ["a case ending that looks like one", "Rustem", "Rustema"],
    ["the instrumental", "Wołodymyrem", "Volodymyr"],
    ["a genitive after an apostrophe", "Steve'a", "Steve"],
    ["Polish and Russian spellings", "Siergiej", "Sergei"],
    ["g and h", "Hennadij", "Gennady"],
    ["x and ks, c and k", "Alexei", "Aleksiej"],
    ["a short form", "Alex", "Alexander"],
    ["a locative plural ending", "Kolei", "Kolejach"],
    ["diacritics only", "Bérnard", "Bernard"],
    ["ts and c", "Rositsa", "Rosica"],
    ["an iotated opening", "Yevgeny", "Jewgienij"],
    ["Ukrainian and Russian openings one edit apart", "Oleksandr", "Aleksandr"],
    ["c before a consonant and k", "Victor", "Viktor"],
    ["the instrumental of a name in -y", "Jerzym", "Jerzy"],
  ])("stays silent: %s (%s / %s)", (_why, x, y) => {
    for (const [a, b] of [[x, y], [y, x]] as const) expect(nameVariant(name("a", a), name("b", b), {}, nobodyKnown)).toBeUndefined();
  });

  it("stays silent on spellings the registry lists for the person", () => {
    expect(nameVariant(name("a", "Steve"), name("b", "Steven"), {}, () => true)).toBeUndefined();
    expect(nameVariant(name("a", "Steve"), name("b", "Steven"), {}, nobodyKnown)).toMatchObject({ verdict: "conflict" });
  });

  it("tolerates as many skeleton edits as maxDistance allows", () => {
    expect(nameVariant(name("a", "Bernart"), name("b", "Bérnard"), { maxDistance: 1 }, nobodyKnown)).toBeUndefined();
  });
});
