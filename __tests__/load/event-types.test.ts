/** Event types as data: the shipped types pass their own test sentences, a user adds a type with one file, and bad files stop the run. */
import { describe, it, expect, afterAll } from "@jest/globals";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadRuleSet } from "../../src/load/rules.js";
import { buildRegistry } from "../../src/pipeline.js";
import { runEventTypeTests } from "../../src/testing/event-type-tester.js";
import { triggerSource, useEventTypes, wordSource } from "../../src/extract/event-types.js";
import { runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

const ruleSet = await loadRuleSet();
const registry = buildRegistry(ruleSet.entities);

afterAll(() => useEventTypes([]));

describe("built-in event types", () => {
  it("ship the meeting, visit, call, ceasefire and incident types", () => {
    expect(ruleSet.eventTypes.map((t) => t.id).sort()).toEqual(
      ["attack", "ceasefire", "collapse", "crash", "cyberattack", "drone-incursion", "earthquake", "election", "explosion", "fire", "flood", "meeting", "outage", "phone-call", "storm", "theft", "visit"],
    );
  });

  it.each(ruleSet.eventTypes.map((t) => [t.id, t] as const))("%s passes its test sentences", (_id, type) => {
    const results = runEventTypeTests(type, registry);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });
});

describe("trigger words", () => {
  it.each([
    ["pożar*", "pożaru", true],
    ["pożar*", "spożarty", false],
    ["caught fire", "caught   fire", true],
    ["run-off", "run-off", true],
  ] as const)("%s against %s", (word, text, expected) => {
    expect(new RegExp(`(?<![\\p{L}])(?:${wordSource(word)})(?![\\p{L}])`, "iu").test(text)).toBe(expected);
  });

  it("puts longer alternatives first, so a phrase wins over its word", () => {
    const source = triggerSource({ id: "x", description: "d", extractor: "incident", aspects: ["time"], triggers: { en: { words: ["talks", "held talks"] } } }, "en")!;
    expect(new RegExp(source, "iu").exec("they held talks")?.[0]).toBe("held talks");
  });
});

describe("a user's event type", () => {
  const dir = tempDir("event-types-");
  mkdirSync(path.join(dir, "events"));
  mkdirSync(path.join(dir, "articles"));
  writeFileSync(
    path.join(dir, "events", "sandstorm.json"),
    JSON.stringify({
      description: "A sandstorm.",
      extractor: "incident",
      aspects: ["date", "time", "duration"],
      triggers: { en: { words: ["sandstorm", "sandstorms", "dust storm"] }, pl: { words: ["burz* piaskow*"] } },
      tests: [{ lang: "en", text: "The sandstorm lasted nine hours.", expect: { type: "sandstorm", duration: "nine hours" } }],
    }),
  );
  writeFileSync(path.join(dir, "articles", "a.md"), "---\npublished: 2026-04-02\nlang: en\n---\nA sandstorm hit Dubai on Tuesday and lasted nine hours.\n");

  it("is extracted with --rules", async () => {
    const result = await runCli(["report", path.join(dir, "articles"), "--rules", dir, "--format", "json", "--jobs", "1"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { claims: Array<{ kind: string; eventType?: string; duration?: { text: string } }> };
    expect(report.claims).toContainEqual(expect.objectContaining({ kind: "incident", eventType: "sandstorm", duration: expect.objectContaining({ text: "nine hours" }) }));
  });

  it("has its sentences run by rules test", async () => {
    const result = await runCli(["rules", "test", dir]);
    expect(result.stdout).toMatch(/ok {3}events\/sandstorm: en: The sandstorm lasted nine hours\./);
    expect(result.code).toBe(0);
  });

  it("stops the run when the file is not an event type", async () => {
    const bad = tempDir("event-types-bad-");
    mkdirSync(path.join(bad, "events"));
    writeFileSync(path.join(bad, "events", "hail.json"), JSON.stringify({ description: "Hail.", extractor: "incidnet", aspects: ["time"], triggers: { en: { patterns: ["hail(storm)?"] } } }));
    const result = await runCli(["rules", "validate", bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/hail\.json \/extractor \[bad-value\]: "incidnet" is not allowed here\. Did you mean "incident"\?/);
  });

  it("rejects a pattern with a capturing group", async () => {
    const bad = tempDir("event-types-group-");
    mkdirSync(path.join(bad, "events"));
    writeFileSync(path.join(bad, "events", "hail.json"), JSON.stringify({ description: "Hail.", extractor: "incident", aspects: ["time"], triggers: { en: { patterns: ["hail(storm)?"] } } }));
    const result = await runCli(["rules", "validate", bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/hail\.json \/triggers\/en\/patterns\/0 \[bad-pattern\]: does not compile: capturing groups are not allowed/);
  });
});
