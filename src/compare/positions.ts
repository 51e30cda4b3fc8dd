/**
 * Positions: what a fact-checker reads off an event. For each linked event and aspect, the claims
 * whose values the rules found to agree form one position ("TASS and Reuters: about two hours"),
 * and positions the rules found to contradict each other make the aspect a conflict ("Interfax:
 * five hours"). Built from the verdicts the engine hands over, one per compared pair, so rules
 * keep deciding what agrees: agreement joins two claims' positions unless a conflict already
 * stands between them (agreement of hedged values is not transitive: 2 h ~ 2–3 h ~ 3 h). A claim
 * that took part in no verdict is in no position.
 *
 * Pure: no I/O, no clock.
 */
import type { Claim, EventAspect, EventReport, Position, PositionQuote, Severity } from "../types.js";

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** One verdict of a rule on two claims, as the engine saw it. */
export interface PositionVerdict {
  /** Dense number of the event (its key) and its label. */
  event: number;
  label: string;
  aspect: string;
  rule: string;
  a: number;
  b: number;
  verdict: "agree" | "conflict";
  severity: Severity;
  qualifiers: readonly string[];
  /** How each side's value reads (the rule's words, else the claim's normalised value). */
  values: [string, string];
}

export interface PositionOptions {
  /** Source name of a document (its front matter `source`), when it has one. */
  sourceOf?: (doc: string) => string | undefined;
  /** Rank of a document in input order. */
  rankOf: (doc: string) => number;
}

/** Collects verdicts and turns them into events with positions. */
export class PositionBuilder {
  /** Node per (event and aspect, claim): its claim, value and set. */
  private readonly nodes = new Map<number, number>();
  private readonly nodeClaim: number[] = [];
  private readonly nodeValue: string[] = [];
  private readonly parent: number[] = [];
  /** Conflicting roots of each root. */
  private readonly against = new Map<number, Set<number>>();
  /** Per (event, aspect): its nodes, and what its conflicts carry. */
  private readonly aspects = new Map<number, AspectState>();
  /** Dense numbers of aspect names. */
  private readonly aspectNumbers = new Map<string, number>();
  private readonly labels = new Map<number, string>();

  constructor(private readonly claims: readonly Claim[]) {}

  add(v: PositionVerdict): void {
    // Numbers, not strings, as keys: this runs for every verdict of a corpus.
    let aspectNo = this.aspectNumbers.get(v.aspect);
    if (aspectNo === undefined) this.aspectNumbers.set(v.aspect, (aspectNo = this.aspectNumbers.size));
    const key = v.event * ASPECTS + aspectNo;
    let state = this.aspects.get(key);
    if (!state) {
      state = { key, event: v.event, aspect: v.aspect, nodes: [], rules: new Set(), severity: "info", qualifiers: new Set(), conflicts: 0, verdicts: 0 };
      this.aspects.set(key, state);
    }
    if (!this.labels.has(v.event)) this.labels.set(v.event, v.label);
    const x = this.node(key, state, v.a, v.values[0]);
    const y = this.node(key, state, v.b, v.values[1]);
    state.rules.add(v.rule);
    state.verdicts++;
    const rx = this.find(x);
    const ry = this.find(y);
    if (v.verdict === "agree") {
      if (rx !== ry && !this.against.get(rx)?.has(ry)) this.union(rx, ry);
      return;
    }
    if (rx === ry) return;
    state.conflicts++;
    for (const q of v.qualifiers) state.qualifiers.add(q);
    if (SEVERITY_RANK[v.severity] > SEVERITY_RANK[state.severity]) state.severity = v.severity;
    this.link(rx, ry);
  }

  /** The position (a set number, -1 for none) of a claim on an aspect of an event, as the verdicts so far have it. */
  positionOf(event: number, aspect: string, claim: number): number {
    const aspectNo = this.aspectNumbers.get(aspect);
    if (aspectNo === undefined) return -1;
    const node = this.nodes.get((event * ASPECTS + aspectNo) * CLAIMS + claim);
    return node === undefined ? -1 : this.find(node);
  }

  /** The events, conflicts first (then by severity), each with its aspects and positions. */
  build(options: PositionOptions): EventReport[] {
    const byEvent = new Map<number, EventAspect[]>();
    for (const state of this.aspects.values()) {
      const aspect = this.aspect(state, options);
      if (!aspect) continue;
      let list = byEvent.get(state.event);
      if (!list) byEvent.set(state.event, (list = []));
      list.push(aspect);
    }
    const events: Array<EventReport & { rank: number; severityRank: number }> = [];
    for (const [event, aspects] of byEvent) {
      aspects.sort((x, y) => (x.verdict === y.verdict ? 0 : x.verdict === "conflict" ? -1 : 1) || SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || (x.aspect < y.aspect ? -1 : x.aspect > y.aspect ? 1 : 0));
      const conflict = aspects.some((a) => a.verdict === "conflict");
      const docs = new Set(aspects.flatMap((a) => a.positions.flatMap((p) => p.docs)));
      const severity = aspects.reduce<Severity>((s, a) => (a.verdict === "conflict" && SEVERITY_RANK[a.severity] > SEVERITY_RANK[s] ? a.severity : s), "info");
      events.push({
        id: "",
        event: this.labels.get(event)!,
        verdict: conflict ? "conflict" : "agree",
        severity,
        docs: [...docs].sort((x, y) => options.rankOf(x) - options.rankOf(y)),
        aspects,
        rank: Math.min(...[...docs].map(options.rankOf)),
        severityRank: SEVERITY_RANK[severity],
      });
    }
    events.sort((x, y) => (x.verdict === y.verdict ? 0 : x.verdict === "conflict" ? -1 : 1) || y.severityRank - x.severityRank || x.rank - y.rank || (x.event < y.event ? -1 : x.event > y.event ? 1 : 0));
    return events.map(({ rank: _r, severityRank: _s, ...e }, i) => ({ ...e, id: `e${i + 1}` }));
  }

  private aspect(state: AspectState, options: PositionOptions): EventAspect | undefined {
    // Claims stating the same value in the rules' words are one position even when no pair of
    // them was compared (two plans, each compared only with the denial), unless a conflict stands between them.
    const byValue = new Map<string, number>();
    for (const n of state.nodes) {
      // The source a value is given on behalf of is listed apart (attributions), so it does not split a position.
      const value = this.nodeValue[n]!.replace(/\s*\(per [^)]*\)$/, "");
      const other = byValue.get(value);
      const root = this.find(n);
      if (other === undefined) byValue.set(value, root);
      else {
        const r = this.find(other);
        if (r !== root && !this.against.get(r)?.has(root)) this.union(r, root);
      }
    }
    // Nodes by their position, in claim order.
    const groups = new Map<number, number[]>();
    for (const n of state.nodes) {
      const root = this.find(n);
      let list = groups.get(root);
      if (!list) groups.set(root, (list = []));
      list.push(n);
    }
    const claimOrder = (n: number) => {
      const c = this.claims[this.nodeClaim[n]!]!;
      return [options.rankOf(c.doc), c.evidence.span[0]] as const;
    };
    const sorted = [...groups.entries()].map(([root, members]) => {
      members.sort((x, y) => {
        const [rx, sx] = claimOrder(x);
        const [ry, sy] = claimOrder(y);
        return rx - ry || sx - sy;
      });
      return { root, members };
    });
    // A position that no verdict joined to another claim and that no other position contradicts says nothing.
    const related = sorted.filter((g) => g.members.length > 1 || (this.against.get(g.root)?.size ?? 0) > 0);
    if (!related.length) return undefined;
    related.sort((x, y) => y.members.length - x.members.length || claimOrder(x.members[0]!)[0] - claimOrder(y.members[0]!)[0]);
    const positions = related.map((g) => this.position(g.members, g.root, related.map((r) => r.root), options));
    const docs = new Set(positions.flatMap((p) => p.docs));
    const conflict = state.conflicts > 0 && positions.some((p) => p.against.length > 0);
    // Intra-document is said of the aspect only when one document holds every position.
    const qualifiers = conflict ? [...state.qualifiers].filter((q) => q !== "intra-document") : [];
    if (docs.size === 1) qualifiers.push("intra-document");
    return {
      aspect: state.aspect,
      verdict: conflict ? "conflict" : "agree",
      severity: conflict ? state.severity : "info",
      qualifiers,
      rules: [...state.rules].sort(),
      positions,
    };
  }

  private position(members: number[], root: number, roots: number[], options: PositionOptions): Position {
    const claims = members.map((n) => this.claims[this.nodeClaim[n]!]!);
    const first = claims[0]!;
    const docs: string[] = [];
    const sources: string[] = [];
    const quotes: PositionQuote[] = [];
    const seenDocs = new Set<string>();
    const attributions = new Set<string>();
    const modalities = new Set<Claim["modality"]>();
    claims.forEach((c, i) => {
      modalities.add(c.modality);
      if (c.attribution) attributions.add(c.attribution);
      if (seenDocs.has(c.doc)) return;
      seenDocs.add(c.doc);
      docs.push(c.doc);
      const source = options.sourceOf?.(c.doc) ?? c.doc;
      if (!sources.includes(source)) sources.push(source);
      const q: PositionQuote = { doc: c.doc, source, claim: c.id, quote: c.evidence.quote, span: [c.evidence.span[0], c.evidence.span[1]], value: this.nodeValue[members[i]!]! };
      if (c.attribution) q.attribution = c.attribution;
      quotes.push(q);
    });
    const against = this.against.get(root);
    const out: Position = {
      value: this.nodeValue[members[0]!]!,
      modality: first.modality,
      modalities: [...modalities],
      sources,
      docs,
      attributions: [...attributions],
      quotes,
      claims: claims.length,
      against: roots.flatMap((r, i) => (against?.has(r) ? [i] : [])),
    };
    return out;
  }

  private node(key: number, state: AspectState, claim: number, value: string): number {
    const k = key * CLAIMS + claim;
    let n = this.nodes.get(k);
    if (n === undefined) {
      n = this.parent.length;
      this.nodes.set(k, n);
      this.parent.push(n);
      this.nodeClaim.push(claim);
      this.nodeValue.push(value);
      state.nodes.push(n);
    }
    return n;
  }

  private find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }

  private union(a: number, b: number): void {
    const [keep, gone] = a < b ? [a, b] : [b, a];
    this.parent[gone] = keep;
    const moved = this.against.get(gone);
    if (!moved) return;
    this.against.delete(gone);
    for (const other of moved) {
      const set = this.against.get(other)!;
      set.delete(gone);
      set.add(keep);
      this.link(keep, other);
    }
  }

  private link(a: number, b: number): void {
    let x = this.against.get(a);
    if (!x) this.against.set(a, (x = new Set()));
    x.add(b);
    let y = this.against.get(b);
    if (!y) this.against.set(b, (y = new Set()));
    y.add(a);
  }
}

/** Room for aspect numbers in a key, and for claim numbers (keys stay below 2^53 for 10^6 events, 64 aspects and 10^8 claims). */
const ASPECTS = 64;
const CLAIMS = 1e8;

interface AspectState {
  key: number;
  event: number;
  aspect: string;
  nodes: number[];
  rules: Set<string>;
  severity: Severity;
  qualifiers: Set<string>;
  conflicts: number;
  verdicts: number;
}
