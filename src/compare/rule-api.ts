/**
 * The one shape every rule has at run time, whether it came from a JSON file (a built-in kind
 * with parameters) or a TypeScript module (meta + compare, as in ESLint). Rules are pure:
 * no I/O, no clock; the reference date comes in through the context.
 */
import type { Claim, ClaimKind, Severity, Verdict } from "../types.js";

/** How the link stage paired two claims. */
export type LinkType = "event" | "person" | "entity";

/** What a rule returns for a pair: a verdict, or `undefined` when it has nothing to say. */
export interface CompareResult {
  verdict: Verdict;
  /** Key of `meta.messages`; defaults to the verdict. */
  messageId?: string;
  /** Values for `{{placeholders}}` in the message. */
  data?: Record<string, string | number>;
  qualifiers?: string[];
  /** Overrides the rule's severity for this finding (e.g. a softer conflict explained by a plan). */
  severity?: Severity;
  /** The two normalised values compared, in words, as shown in the report. */
  values?: [string, string];
  /**
   * How directly the two quotes state what was compared (0 by default): of two findings with the
   * same severity and qualifiers about the same event and documents, the report keeps the
   * stronger, so a confirmation quoted against a denial wins over a bare plan against it.
   */
  strength?: number;
}

export interface RuleContext<O = Record<string, unknown>> {
  options: O;
  /** The run's reference date (ISO); rules never read the clock. */
  referenceDate?: string;
  /** True when one place is the other or inside it. */
  within(outer: string, inner: string): boolean;
  /** Display name of an entity id. */
  nameOf(id: string): string;
}

export interface RuleMeta {
  description: string;
  /** Default severity of a conflict; agreements are always `info`. `off` disables the rule. */
  severity: Severity | "off";
  /** The aspect the rule's findings are about (duration, location, status, ...). */
  aspect: string;
  /** Which kind of link pairs the claims: the same event, the same person, or the same entity. */
  link: LinkType;
  /** Claim kinds the rule applies to; both claims of a pair must be of one of these. */
  appliesTo: ClaimKind[];
  /** At least one claim of the pair must be of one of these kinds. */
  requireOne?: ClaimKind[];
  /** Fields both claims must state in their own sentence (not inherited from the article's frame). */
  own?: string[];
  /** Values both claims must have at dotted paths: `{ "quantity.counted": ["percent", "turnout"] }`. */
  where?: Record<string, Array<string | number | boolean>>;
  /** Dotted paths that must be equal on both claims ("subject", "quantity.counted"). */
  same?: string[];
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  /** Message templates by id; `agree` and `conflict` are used when a result names none. */
  messages: Record<string, string>;
}

/** A code rule module's default export. */
export interface CodeRule<O = Record<string, unknown>> {
  meta: RuleMeta;
  compare(a: Claim, b: Claim, context: RuleContext<O>): CompareResult | undefined;
}

/** A test case carried by a rule (inline in JSON rules). */
export interface RuleTestCase {
  name: string;
  claims: Array<Partial<Claim> & Record<string, unknown>>;
  options?: Record<string, unknown>;
  /** For valid cases: "agree" or "silent" (default: either). For invalid ones: the findings expected. */
  expect?: "agree" | "silent";
  findings?: Array<{ between?: [number, number]; messageId?: string; qualifiers?: string[]; data?: Record<string, unknown> }>;
}

export interface RuleTests {
  valid: RuleTestCase[];
  invalid: RuleTestCase[];
}

/** A loaded rule: what the engine runs. */
export interface Rule {
  id: string;
  file: string;
  origin: "json" | "code";
  /** The comparison kind of a JSON rule. */
  kind?: string;
  builtIn: boolean;
  meta: RuleMeta;
  options: Record<string, unknown>;
  compare(a: Claim, b: Claim, context: RuleContext): CompareResult | undefined;
  tests?: RuleTests;
}
