/** The README's "Adding a rule" example, copied verbatim into a folder, works as documented. */
import { describe, it, expect } from "@jest/globals";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";

const readme = readFileSync("README.md", "utf8");
const section = readme.slice(readme.indexOf("## Adding a rule"));
const example = /Save as `my-rules\/([a-z-]+)\.json`:\n\n```json\n([\s\S]*?)\n```/.exec(section);

describe("README rule example", () => {
  it("is in the README", () => {
    expect(example).not.toBeNull();
  });

  it("passes its own tests and produces the finding the README describes", async () => {
    const dir = tempDir("my-rules-");
    writeFileSync(path.join(dir, `${example![1]}.json`), example![2]!);
    const tested = await runCli(["rules", "test", dir]);
    expect(tested.stdout).toContain(`ok   ${example![1]}: Moscow against Kyiv on the same day`);
    expect(tested.code).toBe(0);
    const result = await runCli(["report", "samples", "--rules", dir, "--format", "json"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { findings: Array<{ rule: string; verdict: string; docs: string[]; claims: Array<{ value: string }> }> };
    const mine = report.findings.filter((f) => f.rule === example![1]);
    expect(mine).toEqual(
      expect.arrayContaining([expect.objectContaining({ verdict: "agree", docs: ["001_f012b450b39f83f0", "002_e23f36fa3f38e68e"] })]),
    );
    expect(mine.find((f) => f.docs[1] === "002_e23f36fa3f38e68e")!.claims.map((c) => c.value).join(" ")).toMatch(/Moscow.*Moscow/);
  });
});
