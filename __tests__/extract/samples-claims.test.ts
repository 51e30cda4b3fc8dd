/** The claims of the sample articles that the cross-checks rely on, pinned end to end through the CLI. */
import { describe, it, expect, beforeAll } from "@jest/globals";
import { runCli } from "../helpers/cli.js";

interface Claim {
  id: string;
  doc: string;
  kind: string;
  modality: string;
  attribution?: string;
  status?: string;
  subject?: string;
  participants?: string[];
  location?: string;
  time?: { start?: string; end?: string; inferred?: boolean };
  duration?: { minMinutes: number; maxMinutes: number; hedge?: string };
  inherited?: string[];
  evidence: { quote: string };
}

const D = { a: "000_90b6b6efa84f1162", b: "001_f012b450b39f83f0", c: "002_e23f36fa3f38e68e", d: "003_8ee9009b7c0d867b", e: "004_45b2951d63e072c4" };
let claims: Claim[];

beforeAll(async () => {
  const result = await runCli(["claims", "samples"]);
  expect(result.code).toBe(0);
  claims = (JSON.parse(result.stdout) as { documents: Array<{ claims: Claim[] }> }).documents.flatMap((d) => d.claims);
});

const find = (predicate: (c: Claim) => boolean) => claims.filter(predicate);
const envoys = ["steve-witkoff", "jared-kushner", "kirill-dmitriev"];

describe("sample claims", () => {
  it.each([
    ["000: more than two hours", D.a, 121, 180, "met on Tuesday for more than two hours"],
    ["001: about two hours", D.b, 105, 135, "trwały około dwóch godzin"],
  ])("the Davos envoy meeting, %s", (_name, doc, min, max, quote) => {
    const found = find((c) => c.doc === doc && c.kind === "meeting" && c.evidence.quote.includes(quote));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ modality: "reported", duration: { minMinutes: min, maxMinutes: max } });
    expect([...found[0]!.participants!].sort()).toEqual([...envoys].sort());
  });

  it("dates the 000 envoy meeting to Tuesday 2026-01-20 in Davos", () => {
    const [c] = find((x) => x.doc === D.a && x.kind === "meeting" && x.evidence.quote.includes("for more than two hours"));
    expect(c).toMatchObject({ location: "davos", time: { start: "2026-01-20", end: "2026-01-20" }, attribution: "TASS" });
  });

  it.each([
    [D.a, "meeting", "were planning to meet Russian President Vladimir Putin"],
    [D.b, "travel", "polecą do Moskwy"],
    [D.c, "travel", "he is heading to Moscow the same day"],
  ])("the planned Moscow trip on 2026-01-22 in %s (%s)", (doc, kind, quote) => {
    const found = find((c) => c.doc === doc && c.kind === kind && c.evidence.quote.includes(quote) && c.modality === "planned");
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]).toMatchObject({ location: "moscow", time: { start: "2026-01-22", end: "2026-01-22" } });
    expect(found[0]!.participants ?? [found[0]!.subject]).toContain("steve-witkoff");
  });

  it("Zelenskyy's stated plan to remain in Kyiv, conditional, from 2026-01-20", () => {
    const [c] = find((x) => x.doc === D.a && x.kind === "presence" && x.evidence.quote.includes("remain in Kyiv"));
    expect(c).toMatchObject({ subject: "volodymyr-zelensky", location: "kyiv", modality: "conditional", time: { start: "2026-01-20" } });
  });

  it("Zelensky's reported meeting with Trump in Davos (002)", () => {
    const [c] = find((x) => x.doc === D.c && x.kind === "meeting" && x.evidence.quote.includes("held a meeting"));
    expect(c).toMatchObject({ modality: "reported", location: "davos" });
    expect([...c!.participants!].sort()).toEqual(["donald-trump", "volodymyr-zelensky"]);
  });

  it("the five-hour Moscow meeting of 2025-12-02 (004)", () => {
    const [c] = find((x) => x.doc === D.e && x.kind === "meeting" && x.evidence.quote.includes("five-hour meeting"));
    expect(c).toMatchObject({ location: "moscow", time: { start: "2025-12-02", end: "2025-12-02" }, duration: { minMinutes: 300, maxMinutes: 300 } });
    expect(c!.participants).toEqual(expect.arrayContaining(["vladimir-putin", "steve-witkoff"]));
  });

  it("the almost-five-hour Moscow meeting of December 2025 (003)", () => {
    const [c] = find((x) => x.doc === D.d && x.kind === "meeting" && x.evidence.quote.includes("almost five hours"));
    expect(c).toMatchObject({ location: "moscow", time: { start: "2025-12-01", end: "2025-12-31" }, duration: { minMinutes: 255, maxMinutes: 300 } });
    expect([...c!.participants!].sort()).toEqual(["jared-kushner", "steve-witkoff", "vladimir-putin"]);
  });

  it("resolves 'Vitkoff' to Witkoff", () => {
    const [c] = find((x) => x.doc === D.e && x.kind === "meeting" && x.evidence.quote.includes("Vitkoff"));
    expect(c!.participants).toContain("steve-witkoff");
  });

  it("the White House denial (003)", () => {
    const [c] = find((x) => x.doc === D.d && x.evidence.quote.includes("no such meeting was planned"));
    expect(c).toMatchObject({ kind: "meeting", modality: "denied", status: "denied", attribution: "A White House spokesman" });
  });

  it("keeps modifiers out of the participants: 'Trump’s son-in-law', 'envoys for … Putin'", () => {
    for (const c of find((x) => x.doc === D.a && x.kind === "meeting" && /son-in-law|Envoys for/.test(x.evidence.quote) && !(x.inherited ?? []).includes("participants"))) {
      expect(c.participants ?? []).not.toContain("donald-trump");
      expect(c.participants ?? []).not.toContain("vladimir-putin");
    }
  });
});
