/** A meeting that turns ("a heated exchange", "a shouting match", "ostra wymiana zdań") is a meeting; the Oval Office lies inside the White House. */
import { describe, it, expect } from "@jest/globals";
import { claimsOf } from "../helpers/extract.js";
import { loadRuleSet } from "../../src/load/rules.js";
import { buildRegistry } from "../../src/pipeline.js";

const meetings = (lang: string, body: string) => claimsOf(lang, body).filter((c) => c.kind === "meeting");

describe("meeting-turn words", () => {
  it.each([
    ["en", "Mayor Anna Novak and Governor Peter Lind had a heated exchange in Oslo on Monday."],
    ["en", "Mayor Anna Novak and Governor Peter Lind got into a shouting match in Oslo on Monday."],
    ["en", "Mayor Anna Novak and Governor Peter Lind had an angry exchange in Oslo on Monday."],
    ["pl", "Między premier Anną Nowak a kanclerzem Piotrem Lindem doszło w poniedziałek w Oslo do ostrej wymiany zdań."],
  ] as const)("%s: %s", (lang, body) => {
    const found = meetings(lang, body);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.participants?.length).toBe(2);
  });

  it("an exchange of goods is no meeting", () => {
    expect(meetings("en", "The two firms agreed an exchange of shares worth 40 million euros on Monday.")).toEqual([]);
  });
});

describe("places", () => {
  it("the Oval Office lies inside the White House, in Washington, in both languages", async () => {
    const registry = buildRegistry((await loadRuleSet()).entities);
    expect(registry.contains("white-house", "oval-office")).toBe(true);
    expect(registry.contains("washington", "oval-office")).toBe(true);
    expect(registry.lookup("Gabinecie Owalnym")?.id).toBe("oval-office");
    expect(registry.lookup("Oval Office")?.id).toBe("oval-office");
  });
});
