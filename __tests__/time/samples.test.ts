import { readFileSync } from "node:fs";
import { describe, it, expect } from "@jest/globals";
import { findTimeExpressions, type TimeExpression } from "../../src/normalize/time/index.js";

/** Body and front matter of a sample article (read-only fixtures). */
function sample(name: string): { text: string; published: string; lang: string } {
  const raw = readFileSync(new URL(`../../samples/${name}.txt`, import.meta.url), "utf8");
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  const head = fm?.[1] ?? "";
  return {
    text: raw.slice(fm ? fm[0].length : 0),
    published: /published:\s*(\S+)/.exec(head)?.[1] ?? "",
    lang: /lang:\s*(\S+)/.exec(head)?.[1] ?? "en",
  };
}

function find(name: string): TimeExpression[] {
  const s = sample(name);
  return findTimeExpressions(s.text, { lang: s.lang, referenceDate: s.published });
}

/** The n-th (0-based) expression with this exact text. */
function nth(list: TimeExpression[], text: string, n = 0): TimeExpression | undefined {
  return list.filter((e) => e.text === text)[n];
}

describe("sample articles", () => {
  const s000 = find("000_90b6b6efa84f1162");
  const s001 = find("001_f012b450b39f83f0");
  const s002 = find("002_e23f36fa3f38e68e");
  const s003 = find("003_8ee9009b7c0d867b");
  const s004 = find("004_45b2951d63e072c4");

  it.each<[string, TimeExpression[], string, number, string, string | undefined]>([
    ["000", s000, "Tuesday", 0, "2026-01-20", undefined],
    ["000", s000, "Thursday", 0, "2026-01-22", undefined],
    ["000", s000, "Wednesday", 0, "2026-01-21", undefined],
    ["000", s000, "more than two hours", 0, "PT2H", "MORE_THAN"],
    ["000", s000, "Tuesday", 1, "2026-01-20", undefined],
    ["001", s001, "czwartek", 0, "2026-01-22", undefined],
    ["001", s001, "czwartek", 1, "2026-01-22", undefined],
    ["001", s001, "około dwóch godzin", 0, "PT2H", "APPROX"],
    ["002", s002, "the same day", 0, "2026-01-22", undefined],
    ["002", s002, "Today", 0, "2026-01-22", undefined],
    ["002", s002, "earlier in the week", 0, "2026-W04", undefined],
    ["002", s002, "the coming days", 0, "FUTURE_REF", undefined],
    ["002", s002, "several years", 0, "PXY", undefined],
    ["003", s003, "this month", 0, "2026-01", undefined],
    ["003", s003, "December", 0, "2025-12", undefined],
    ["003", s003, "Last year", 0, "2025", undefined],
    ["003", s003, "later this month", 0, "2026-01", undefined],
    ["003", s003, "more than two weeks", 0, "P2W", "MORE_THAN"],
    ["003", s003, "almost five hours", 0, "PT5H", "LESS_THAN"],
    ["003", s003, "Wednesday", 0, "2026-01-14", undefined],
    ["004", s004, "Tuesday", 0, "2025-12-02", undefined],
    ["004", s004, "five-hour", 0, "PT5H", undefined],
    ["004", s004, "Wednesday", 1, "2025-12-03", undefined],
  ])("%s: %s (#%i) → %s %s", (_doc, list, text, n, value, mod) => {
    const e = nth(list, text, n);
    expect(e?.value).toBe(value);
    expect(e?.mod).toBe(mod);
  });

  it("gives the minute intervals the cross-checker compares", () => {
    expect([nth(s003, "almost five hours")?.minMinutes, nth(s003, "almost five hours")?.maxMinutes]).toEqual([255, 300]);
    expect([nth(s004, "five-hour")?.minMinutes, nth(s004, "five-hour")?.maxMinutes]).toEqual([300, 300]);
    expect([nth(s000, "more than two hours")?.minMinutes, nth(s000, "more than two hours")?.maxMinutes]).toEqual([121, 180]);
  });
});
