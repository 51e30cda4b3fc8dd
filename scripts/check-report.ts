/**
 * CI check: validates a JSON report against schemas/report.schema.json and scores it against
 * expected findings. Exits 1 when the report is invalid, a `must` finding is missing or a
 * `must_not` false alarm is present. Usage: check-report REPORT.json EXPECTED.json
 */
import { readFileSync } from "node:fs";
import { reportValidatorSync } from "../src/load/schemas.js";
import { scoreReport, type ExpectedFinding, type MustNot, type ReportLike } from "../src/testing/score.js";

const [reportPath, expectedPath] = process.argv.slice(2);
if (!reportPath || !expectedPath) {
  process.stderr.write("usage: check-report REPORT.json EXPECTED.json\n");
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, "utf8")) as ReportLike;
const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as { findings: ExpectedFinding[]; must_not?: MustNot[] };
const validate = reportValidatorSync();
let ok = true;
if (!validate(report)) {
  ok = false;
  for (const e of validate.errors ?? []) process.stdout.write(`schema: ${e.instancePath || "/"} ${e.message ?? "is invalid"}\n`);
}
const score = scoreReport(report, expected);
for (const id of score.must.missed) process.stdout.write(`missed must: ${id}\n`);
for (const id of score.should.missed) process.stdout.write(`missed should: ${id}\n`);
for (const id of score.falseAlarms) process.stdout.write(`false alarm: ${id}\n`);
const must = score.must.found.length + score.must.missed.length;
const should = score.should.found.length + score.should.missed.length;
process.stdout.write(`report ${ok ? "matches" : "does NOT match"} the schema; must ${score.must.found.length}/${must}, should ${score.should.found.length}/${should}, false alarms ${score.falseAlarms.length}\n`);
if (!ok || score.must.missed.length || score.falseAlarms.length) process.exitCode = 1;
