/** Disjoint sets over 0, 1, …; the smallest member is each set's root, so roots follow first appearance. */
export class UnionFind {
  private readonly parent: number[];

  constructor(size = 0) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  /** Adds a set of its own and returns its number. */
  add(): number {
    const i = this.parent.length;
    this.parent.push(i);
    return i;
  }

  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }

  join(i: number, j: number): void {
    const a = this.find(i);
    const b = this.find(j);
    if (a < b) this.parent[b] = a;
    else if (b < a) this.parent[a] = b;
  }
}
