/**
 * Scores a report against expected findings (samples/expected.json, the fixtures' expected.json):
 * a finding is found when some finding has the same verdict, aspect and pair of documents; a
 * must-not is violated by a conflict on that aspect and pair without a softening qualifier.
 */
export interface ExpectedFinding {
  id: string;
  level: "must" | "should";
  verdict: "agree" | "conflict";
  aspect: string;
  docs?: string[];
  evidence?: Record<string, unknown>;
  qualifiers?: string[];
}

export interface MustNot {
  id: string;
  docs: string[];
  aspect: string;
  verdict?: string;
}

export interface ReportLike {
  findings: Array<{ verdict: string; aspect: string; docs: string[]; qualifiers: string[] }>;
}

export interface Score {
  must: { found: string[]; missed: string[] };
  should: { found: string[]; missed: string[] };
  falseAlarms: string[];
}

const SOFTENING = /update|supersed|plan/i;

export function docsOf(e: ExpectedFinding): string[] {
  return e.docs ?? Object.keys(e.evidence ?? {});
}

function samePair(a: string[], b: string[]): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  if (y.length === 1) y.push(y[0]!);
  if (x.length === 1) x.push(x[0]!);
  return x.join("|") === y.join("|");
}

/** Compares a report with expected findings. */
export function scoreReport(report: ReportLike, expected: { findings: ExpectedFinding[]; must_not?: MustNot[] }): Score {
  const score: Score = { must: { found: [], missed: [] }, should: { found: [], missed: [] }, falseAlarms: [] };
  for (const e of expected.findings) {
    const hit = report.findings.some(
      (f) => f.verdict === e.verdict && f.aspect === e.aspect && samePair(f.docs, docsOf(e)) && (e.qualifiers ?? []).every((q) => f.qualifiers.includes(q)),
    );
    (hit ? score[e.level].found : score[e.level].missed).push(e.id);
  }
  for (const n of expected.must_not ?? []) {
    const bad = report.findings.some(
      (f) => f.verdict === (n.verdict ?? "conflict") && f.aspect === n.aspect && samePair(f.docs, n.docs) && (f.verdict !== "conflict" || !f.qualifiers.some((q) => SOFTENING.test(q))),
    );
    if (bad) score.falseAlarms.push(n.id);
  }
  return score;
}

/** A finding as the scorers read it: enough to match it against gold and to grade what is unlisted. */
export interface ScoredFinding {
  verdict: string;
  aspect: string;
  docs: string[];
  qualifiers: string[];
  severity?: string;
  rule?: string;
}

/**
 * Conflicts between two different documents that no gold conflict lists (same pair and aspect):
 * either a miss of the gold or a false alarm, and so the figure a precision-first tool watches.
 */
export function unlistedConflicts<F extends ScoredFinding>(findings: readonly F[], expected: { findings: ExpectedFinding[] }): F[] {
  const listed = new Set(expected.findings.filter((e) => e.verdict === "conflict").map((e) => pairKey(docsOf(e), e.aspect)));
  return findings.filter((f) => f.verdict === "conflict" && f.docs[0] !== f.docs[1] && !listed.has(pairKey(f.docs, f.aspect)));
}

function pairKey(docs: readonly string[], aspect: string): string {
  return `${[...docs].sort().join("|")}#${aspect}`;
}

/** Gold that can be scored on a report: every document it names is in the report (a held-out text may be missing). */
export function scorable<E extends { docs?: string[]; evidence?: Record<string, unknown> }>(items: readonly E[], present: ReadonlySet<string>): E[] {
  return items.filter((e) => (e.docs ?? Object.keys(e.evidence ?? {})).every((d) => present.has(d)));
}
