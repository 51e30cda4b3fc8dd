/**
 * The guard on code rules (rules/*.ts and a user's .mjs): their `compare` is someone else's code,
 * so each call runs with a time budget (through the vm module's watchdog, which interrupts even
 * an endless loop), the time a rule takes over the run is summed against a second budget, and
 * every result is checked against the rule API's types (`CompareResult`). A rule that throws,
 * overruns or returns something invalid is switched off for the run: from then on it says
 * nothing, and the failure is kept to be named in the report's `problems`.
 *
 * Why the vm module and not a worker thread (measured on this machine): code rules are called 36
 * times on the samples and not at all on the bench's 1,000-article corpus. A vm call with a
 * timeout costs 0.1 ms on a quiet machine (0.7 ms under heavy load; its watchdog is a thread
 * per call), so 4 to 25 ms on the samples and nothing on the bench; a worker thread takes about
 * 230 ms to start under the same load (then about 0.03 ms per call, with every claim and the
 * registry copied to it). JSON rules run built-in kinds, which are trusted and not guarded; the
 * code rules shipped in rules/ are called without the watchdog (their results are still checked),
 * since on a large corpus (10,000 articles, where incident rules run) the watchdog cost more than
 * a second.
 */
import vm from "node:vm";
import { performance } from "node:perf_hooks";
import type { Claim } from "../types.js";
import type { CompareResult, Rule, RuleContext } from "./rule-api.js";

/** Time budgets of a code rule, in milliseconds. */
export interface GuardLimits {
  /** One call of `compare`. */
  callMs: number;
  /** All calls of one rule in a run (one process, or one worker thread). */
  runMs: number;
}

export const DEFAULT_LIMITS: GuardLimits = { callMs: 1000, runMs: 30_000 };

/** Why a rule was switched off. */
export interface RuleFault {
  rule: string;
  file: string;
  reason: "threw" | "timeout" | "invalid-result";
  message: string;
}

interface GuardState {
  fault?: RuleFault;
  /** Milliseconds spent in the rule so far. */
  spent: number;
  /** Whether the fault was handed out by `takeFaults` already. */
  reported: boolean;
}

const states = new WeakMap<Rule, GuardState>();
const guarded = new WeakMap<Rule, Rule>();
const originals = new WeakMap<Rule, Rule>();

let limits: GuardLimits = { ...DEFAULT_LIMITS };

/** Sets the budgets for rules guarded from now on and those already guarded (tests shorten them). */
export function setGuardLimits(next: Partial<GuardLimits>): void {
  limits = { ...limits, ...next };
}

export function guardLimits(): GuardLimits {
  return { ...limits };
}

/** One context and one script for every guarded call: the call's arguments are put in its globals. */
const sandbox = vm.createContext({ call: undefined as (() => unknown) | undefined });
const CALL = new vm.Script("call()", { filename: "crosscheck-rule-guard" });

/**
 * The guarded form of each rule (the same object for the same rule, so its state lasts the run);
 * JSON rules are returned as they are.
 */
export function guardRules(rules: Rule[]): Rule[] {
  return rules.map(guardRule);
}

export function guardRule(rule: Rule): Rule {
  if (rule.origin !== "code" || originals.has(rule)) return rule;
  let wrapped = guarded.get(rule);
  if (wrapped) return wrapped;
  const state: GuardState = { spent: 0, reported: false };
  const inner = rule.compare.bind(rule);
  wrapped = {
    ...rule,
    compare(a: Claim, b: Claim, context: RuleContext): CompareResult | undefined {
      if (state.fault) return undefined;
      const budget = Math.min(limits.callMs, limits.runMs - state.spent);
      let result: unknown;
      const start = performance.now();
      try {
        // The rules shipped with crosscheck are its own code, tested with it: they are called
        // directly (a vm call costs more than the comparison); a user's rule runs under the watchdog.
        if (rule.builtIn) result = inner(a, b, context);
        else {
          sandbox.call = () => inner(a, b, context);
          result = CALL.runInContext(sandbox, { timeout: Math.max(1, Math.ceil(budget)) });
        }
      } catch (error) {
        const timedOut = (error as { code?: unknown } | null)?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT";
        state.fault = timedOut
          ? fault(rule, "timeout", budget < limits.callMs ? `ran out of its ${limits.runMs} ms budget for the run comparing ${pairName(a, b)}` : `did not return within ${limits.callMs} ms comparing ${pairName(a, b)}`)
          : fault(rule, "threw", `threw comparing ${pairName(a, b)}: ${errorText(error)}`);
        return undefined;
      } finally {
        sandbox.call = undefined;
        state.spent += performance.now() - start;
      }
      if (state.spent > limits.runMs) {
        state.fault = fault(rule, "timeout", `ran out of its ${limits.runMs} ms budget for the run comparing ${pairName(a, b)}`);
        return undefined;
      }
      const invalid = resultProblem(result, rule);
      if (invalid) {
        state.fault = fault(rule, "invalid-result", `returned ${invalid} comparing ${pairName(a, b)}`);
        return undefined;
      }
      return result as CompareResult | undefined;
    },
  };
  guarded.set(rule, wrapped);
  originals.set(wrapped, rule);
  states.set(wrapped, state);
  return wrapped;
}

/** Whether a guarded rule has been switched off. */
export function isSwitchedOff(rule: Rule): boolean {
  return Boolean(states.get(guardRule(rule))?.fault);
}

/** How many of these rules are switched off (a pass that raises it is run again). */
export function switchedOff(rules: Rule[]): number {
  let n = 0;
  for (const r of rules) if (states.get(r)?.fault) n++;
  return n;
}

/**
 * Runs a comparison pass over guarded rules until no rule is switched off during it: a rule that
 * fails halfway must leave no findings behind, so the result is that of a run without it.
 */
export function untilSettled<T>(rules: Rule[], pass: () => T): T {
  for (;;) {
    const before = switchedOff(rules);
    const result = pass();
    if (switchedOff(rules) === before) return result;
  }
}

/** The faults of these rules not handed out yet (each is handed out once). */
export function takeFaults(rules: Rule[]): RuleFault[] {
  const out: RuleFault[] = [];
  for (const r of rules) {
    const state = states.get(r) ?? states.get(guarded.get(r) ?? r);
    if (state?.fault && !state.reported) {
      state.reported = true;
      out.push(state.fault);
    }
  }
  return out;
}

/** Every fault of these rules, handed out or not. */
export function faultsOf(rules: Rule[]): RuleFault[] {
  const out: RuleFault[] = [];
  for (const r of rules) {
    const state = states.get(r) ?? states.get(guarded.get(r) ?? r);
    if (state?.fault) out.push(state.fault);
  }
  return out;
}

/** A fault as a report problem. */
export function faultProblem(f: RuleFault): { code: string; message: string; path: string } {
  return { code: "rule-switched-off", message: `rule "${f.rule}" (${f.file}) was switched off for this run: it ${f.message}`, path: f.file };
}

function fault(rule: Rule, reason: RuleFault["reason"], message: string): RuleFault {
  return { rule: rule.id, file: rule.file, reason, message };
}

function pairName(a: Claim, b: Claim): string {
  return `claim ${a.id} with ${b.id}`;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.slice(0, 300);
}

const RESULT_KEYS = new Set(["verdict", "messageId", "data", "qualifiers", "severity", "values", "strength"]);

/**
 * What is wrong with a rule's result, against `CompareResult` (src/compare/rule-api.ts), or
 * undefined when it is a valid result or `undefined` (nothing to say).
 */
export function resultProblem(result: unknown, rule: Pick<Rule, "meta">): string | undefined {
  if (result === undefined) return undefined;
  if (typeof result !== "object" || result === null || Array.isArray(result)) return `${show(result)} instead of a result object or undefined`;
  const r = result as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!RESULT_KEYS.has(key)) return `a result with an unknown field "${key}"`;
  if (r.verdict !== "agree" && r.verdict !== "conflict") return `verdict ${show(r.verdict)} (expected "agree" or "conflict")`;
  if (r.messageId !== undefined && (typeof r.messageId !== "string" || !Object.hasOwn(rule.meta.messages, r.messageId))) {
    return `messageId ${show(r.messageId)}, which meta.messages does not define`;
  }
  if (r.data !== undefined) {
    if (typeof r.data !== "object" || r.data === null || Array.isArray(r.data)) return `data ${show(r.data)} (expected an object of strings and numbers)`;
    for (const [k, v] of Object.entries(r.data)) {
      if (typeof v !== "string" && !(typeof v === "number" && Number.isFinite(v))) return `data.${k} ${show(v)} (expected a string or a finite number)`;
    }
  }
  if (r.qualifiers !== undefined && (!Array.isArray(r.qualifiers) || r.qualifiers.some((q) => typeof q !== "string" || q.length === 0))) {
    return `qualifiers ${show(r.qualifiers)} (expected an array of non-empty strings)`;
  }
  if (r.severity !== undefined && r.severity !== "info" && r.severity !== "warning" && r.severity !== "error") return `severity ${show(r.severity)} (expected info, warning or error)`;
  if (r.values !== undefined && (!Array.isArray(r.values) || r.values.length !== 2 || r.values.some((v) => typeof v !== "string"))) {
    return `values ${show(r.values)} (expected two strings)`;
  }
  if (r.strength !== undefined && !(typeof r.strength === "number" && Number.isFinite(r.strength))) return `strength ${show(r.strength)} (expected a finite number)`;
  return undefined;
}

function show(value: unknown): string {
  if (value === undefined) return "undefined";
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}
