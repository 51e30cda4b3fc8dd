/**
 * Worker thread: builds the entity registry and the claim validator once, then extracts batches
 * of articles or compares groups of linked pairs sent by the main thread (loading the rules when
 * asked to prepare, or the first time it compares), and posts each result back with its sequence number.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Rule } from "../compare/rule-api.js";
import { EntityRegistry } from "../normalize/entities.js";
import { claimValidatorSync } from "../load/schemas.js";
import { extractArticle } from "./extract.js";
import { runCompareJob } from "./compare.js";
import type { WorkerInit, WorkerRequest, WorkerResponse } from "./pool.js";

const init = workerData as WorkerInit;
const registry = new EntityRegistry(init.entities);
const validate = claimValidatorSync();
let rules: Promise<Rule[]> | undefined;

async function loadRules(): Promise<Rule[]> {
  const { loadRuleSet } = await import("../load/rules.js");
  const ruleSet = await loadRuleSet(init.ruleDirs);
  if (ruleSet.errors.length) throw new Error(`rules failed to load in a worker: ${ruleSet.errors.map((e) => e.toString()).join("; ")}`);
  return ruleSet.rules;
}

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  if ("extract" in request) return { seq: request.seq, extracted: request.extract.map((article) => extractArticle(article, registry, validate)) };
  rules ??= loadRules();
  if ("prepare" in request) {
    await rules;
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
