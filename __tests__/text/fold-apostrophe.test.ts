/** A Polish case ending written after an apostrophe ("Vance'a") is dropped before a name is keyed; other apostrophes stay. */
import { describe, it, expect } from "@jest/globals";
import { stemKey, withoutApostropheEnding } from "../../src/text/fold.js";

describe("withoutApostropheEnding", () => {
  it.each([
    ["Lance'a", "Lance"],
    ["Royce’owi", "Royce"],
    ["Murphy'ego", "Murphy"],
    ["Joe'em", "Joe"],
    // Not case endings: a name with an inner apostrophe, an English possessive, a consonant before the apostrophe.
    ["O'Neill", "O'Neill"],
    ["Lance's", "Lance's"],
    ["Grant'a", "Grant'a"],
  ])("%s → %s", (input, expected) => {
    expect(withoutApostropheEnding(input)).toBe(expected);
  });

  it("keys the inflected name as the name", () => {
    expect(stemKey("Lance'a")).toBe(stemKey("Lance"));
    expect(stemKey("Steve'a")).toBe(stemKey("Steve"));
  });
});
