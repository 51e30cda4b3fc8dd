/**
 * Worker thread: builds the entity registry and the claim validator once, then extracts units
 * of input (batches of articles, or chunks of JSON lines it parses itself) or compares groups
 * of linked pairs sent by the main thread (loading the rules, and warming up the comparison,
 * when asked to prepare; or the first time it compares), and posts each result back with its
 * sequence number.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Rule } from "../compare/rule-api.js";
import path from "node:path";
import { EntityRegistry } from "../normalize/entities.js";
import { readEventTypesSync, useEventTypes } from "../extract/event-types.js";
import { claimValidatorSync } from "../load/schemas.js";
import { extractUnit } from "./extract.js";
import { compareJob, runCompareJob } from "./compare.js";
import { linkClaims } from "../link/index.js";
import type { Claim } from "../types.js";
import type { WorkerInit, WorkerRequest, WorkerResponse } from "./pool.js";

const init = workerData as WorkerInit;
const registry = new EntityRegistry(init.entities);
// Event types of the user's folders (rules/events/ is read on first use).
const userEventTypes = init.ruleDirs.flatMap((dir) => readEventTypesSync(path.join(dir, "events")));
if (userEventTypes.length) useEventTypes(userEventTypes);
const validate = claimValidatorSync();
let rules: Promise<Rule[]> | undefined;

async function loadRules(): Promise<Rule[]> {
  const { loadRuleSet } = await import("../load/rules.js");
  const ruleSet = await loadRuleSet(init.ruleDirs);
  if (ruleSet.errors.length) throw new Error(`rules failed to load in a worker: ${ruleSet.errors.map((e) => e.toString()).join("; ")}`);
  return ruleSet.rules;
}

/** The claims of the last batch extracted here, for the warm-up. */
let lastClaims: Claim[] = [];

/** Pairs compared by the warm-up: enough for the engine's hot paths to be compiled, few enough to be done before linking is. */
const WARM_UP_PAIRS = 2000;

/**
 * Links and compares the claims of the last batch and throws the findings away. It runs while
 * the main thread links the corpus, when this worker would be idle; without it the first real
 * group on each worker runs on cold code, at about half speed.
 */
function warmUp(rules: Rule[]): void {
  const pairs = linkClaims(lastClaims, registry).pairs.slice(0, WARM_UP_PAIRS);
  const docIndex = new Map<string, number>();
  for (const c of lastClaims) if (!docIndex.has(c.doc)) docIndex.set(c.doc, docIndex.size);
  lastClaims = [];
  try {
    runCompareJob(compareJob(pairs, docIndex, undefined), rules, registry);
  } catch {
    // A rule that fails here fails again, and is reported, in the real comparison.
  }
}

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  if ("extract" in request) {
    const extracted = await extractUnit(request.extract, registry, validate);
    lastClaims = extracted.flatMap((r) => ("claims" in r ? r.claims : []));
    return { seq: request.seq, extracted };
  }
  rules ??= loadRules();
  if ("prepare" in request) {
    warmUp(await rules);
    return { seq: request.seq, prepared: true };
  }
  return { seq: request.seq, compared: runCompareJob(request.compare, await rules, registry) };
}

parentPort?.on("message", (request: WorkerRequest) => {
  handle(request).then(
    // Compared findings are bytes: hand their buffer over instead of copying it.
    (response) => parentPort?.postMessage(response, "compared" in response ? [response.compared.text.buffer as ArrayBuffer] : []),
    (error: unknown) => parentPort?.postMessage({ seq: request.seq, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies WorkerResponse),
  );
});
