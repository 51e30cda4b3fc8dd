/**
 * Linking and comparing across articles: incidents by type, nested place and overlapping dates;
 * meetings by participants and the same stated day even when the places differ; and where they
 * stay apart.
 */
import { describe, it, expect } from "@jest/globals";
import { article, findings } from "../helpers/pipeline.js";
import type { Finding } from "../../src/types.js";

const show = (fs: Finding[]) => fs.map((f) => `${f.rule} ${f.verdict} ${f.severity}${f.qualifiers.length ? ` [${f.qualifiers.join(",")}]` : ""}`).sort();

describe("meetings link by participants and the stated day", () => {
  const davos = "Steve Witkoff, Jared Kushner and Kirill Dmitriev met in Davos on Tuesday.";
  it("the same people on the same day in Davos and in Kyiv: a location conflict", () => {
    const fs = findings(article("a", "en", "2026-01-21", davos), article("b", "en", "2026-01-21", davos.replace("Davos", "Kyiv")));
    expect(show(fs)).toContain("meeting-location conflict error");
  });

  it("a meeting in Davos in January and one in Moscow in December stay apart", () => {
    const fs = findings(
      article("a", "en", "2026-01-21", "Steve Witkoff, Jared Kushner and Kirill Dmitriev met in Davos on Tuesday for two hours."),
      article("b", "en", "2025-12-03", "Steve Witkoff, Jared Kushner and Kirill Dmitriev met in Moscow on Tuesday for five hours."),
    );
    expect(fs.filter((f) => f.rule.startsWith("meeting-"))).toEqual([]);
  });

  it("undated reports in two cities are not set against each other", () => {
    const fs = findings(
      article("a", "en", "2026-01-21", "Steve Witkoff, Jared Kushner and Kirill Dmitriev met in Davos."),
      article("b", "en", "2026-01-21", "Steve Witkoff, Jared Kushner and Kirill Dmitriev met in Kyiv."),
    );
    expect(fs.filter((f) => f.rule === "meeting-location" && f.verdict === "conflict")).toEqual([]);
  });
});

describe("incidents link by type, place and date", () => {
  it("two start times of one outage conflict; the same start in both languages agrees", () => {
    const fs = findings(
      article("a", "en", "2026-01-20", "The blackout in Lyon began at 12:33 p.m. on Monday."),
      article("b", "en", "2026-01-20", "The power outage in Lyon started at 12:22 on Monday."),
      article("c", "pl", "2026-01-20", "Blackout w Lyonie zaczął się o 12:33 w poniedziałek."),
    );
    const clock = fs.filter((f) => f.rule === "incident-clock-time");
    expect(clock.map((f) => `${f.docs.join("~")} ${f.verdict}`).sort()).toEqual(["a~b conflict", "a~c agree", "b~c conflict"]);
  });

  it("a time in GMT against a local time agrees only qualified, and never errs", () => {
    const fs = findings(
      article("a", "en", "2026-01-20", "The blackout in Lyon began at 12:33 p.m. on Monday."),
      article("b", "en", "2026-01-20", "The blackout in Lyon began around 1133 GMT on Monday."),
    );
    const [f] = fs.filter((x) => x.rule === "incident-clock-time");
    expect(f).toMatchObject({ verdict: "agree", qualifiers: expect.arrayContaining(["inferred-time-zone"]) });
  });

  it("a warehouse fire's duration and day agree across languages", () => {
    const fs = findings(
      article("a", "en", "2026-01-20", "A fire broke out at a warehouse in Lyon on Sunday and burned for six hours."),
      article("b", "pl", "2026-01-20", "Pożar magazynu w Lyonie wybuchł w niedzielę i trwał około sześciu godzin."),
    );
    expect(show(fs)).toEqual(expect.arrayContaining(["incident-date agree info", "incident-duration agree info [approximate]"]));
  });

  it("fires in two cities, or a fire and an outage, are not linked", () => {
    const fs = findings(
      article("a", "en", "2026-01-20", "A fire broke out in Lyon on Sunday and burned for six hours."),
      article("b", "en", "2026-01-20", "A fire broke out in Berlin on Sunday and burned for two hours."),
      article("c", "en", "2026-01-20", "A blackout hit Lyon on Sunday and lasted two hours."),
    );
    expect(fs.filter((f) => f.rule.startsWith("incident-"))).toEqual([]);
  });

  it("a fire in January and one in March in the same city are two fires", () => {
    const fs = findings(
      article("a", "en", "2026-01-20", "A fire broke out in Lyon on Sunday and burned for six hours."),
      article("b", "en", "2026-03-20", "A fire broke out in Lyon on Sunday and burned for two hours."),
    );
    expect(fs.filter((f) => f.rule.startsWith("incident-"))).toEqual([]);
  });

  it("two days of one crash link through the district both name, though one names no town", () => {
    const district = findings(
      article("a", "en", "2026-03-07", "A cargo plane crashed in the Grunwald district of Poznań on Thursday."),
      article("b", "pl", "2026-03-07", "Samolot towarowy rozbił się w piątek w dzielnicy Grunwald."),
    );
    expect(show(district.filter((f) => f.rule === "incident-date"))).toEqual(["incident-date conflict warning"]);
    const none = findings(
      article("a", "en", "2026-03-07", "A cargo plane crashed in the Grunwald district of Poznań on Thursday."),
      article("b", "pl", "2026-03-07", "Samolot towarowy rozbił się w piątek w dzielnicy Jeżyce."),
    );
    expect(none.filter((f) => f.rule === "incident-date")).toEqual([]);
  });

  it("phone calls link only between the same people", () => {
    const fs = findings(
      article("a", "en", "2026-01-20", "Steve Witkoff and Kirill Dmitriev held a phone call lasting 90 minutes on Monday."),
      article("b", "en", "2026-01-20", "Steve Witkoff and Kirill Dmitriev spoke by phone for about half an hour on Monday."),
      article("c", "en", "2026-01-20", "Jared Kushner and Vladimir Putin held a phone call lasting 20 minutes on Monday."),
    );
    const durations = fs.filter((f) => f.rule === "incident-duration");
    expect(durations.map((f) => `${f.docs.join("~")} ${f.verdict}`)).toEqual(["a~b conflict"]);
  });
});
