/**
 * Talks between countries' delegations link across articles by their countries; different rounds,
 * or dates far apart, are different talks; countries have no whereabouts.
 */
import { describe, it, expect } from "@jest/globals";
import { article, findings } from "../helpers/pipeline.js";
import type { Finding } from "../../src/types.js";

const across = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule && f.docs[0] !== f.docs[1]).map((f) => f.verdict);

describe("talks between delegations", () => {
  it("the same two countries' talks in one town link: their lengths agree", () => {
    const fs = findings(
      article("a", "en", "2026-03-03", "Polish and Lithuanian negotiators met in Geneva on Monday. The talks lasted about two hours."),
      article("b", "pl", "2026-03-03", "W poniedziałek w Genewie odbyły się polsko-litewskie rozmowy. Spotkanie trwało niecałe dwie godziny."),
    );
    expect(across(fs, "meeting-duration")).toEqual(["agree"]);
  });

  it("one report naming a third country still speaks of the same talks", () => {
    const fs = findings(
      article("a", "en", "2026-03-03", "Polish and Lithuanian negotiators met in Geneva on Monday for three hours."),
      article("b", "en", "2026-03-03", "Polish, Lithuanian and German delegations met in Geneva on Monday for an hour."),
    );
    expect(across(fs, "meeting-duration")).toEqual(["conflict"]);
  });

  it.each([
    [
      "different rounds",
      "The second round of Polish-Lithuanian talks took place in Geneva on Monday and lasted three hours.",
      "The third round of Polish-Lithuanian talks took place in Geneva on Monday and lasted an hour.",
    ],
    [
      "different pairs of countries",
      "Polish and Lithuanian negotiators met in Geneva on Monday for three hours.",
      "Polish and German negotiators met in Geneva on Monday for an hour.",
    ],
  ])("%s stay apart", (_name, a, b) => {
    const fs = findings(article("a", "en", "2026-03-03", a), article("b", "en", "2026-03-03", b));
    expect(across(fs, "meeting-duration")).toEqual([]);
  });

  it("talks months apart stay apart", () => {
    const fs = findings(
      article("a", "en", "2026-03-03", "Polish and Lithuanian negotiators met in Geneva on Monday for three hours."),
      article("b", "en", "2026-06-03", "Polish and Lithuanian negotiators met in Geneva on Monday for an hour."),
    );
    expect(across(fs, "meeting-duration")).toEqual([]);
  });

  it("a country in two places is no whereabouts conflict", () => {
    const fs = findings(
      article("a", "en", "2026-03-03", "Polish and Lithuanian negotiators met in Geneva on Monday."),
      article("b", "en", "2026-03-03", "Polish and German negotiators met in Vienna on Monday."),
    );
    expect(fs.filter((f) => f.rule === "presence-exclusive-location" && f.verdict === "conflict")).toEqual([]);
  });
});
