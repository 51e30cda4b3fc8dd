/** Numbers distinct values in order of first use: `index(v)` gives v's number, `values` lists them. */
export interface Interner<T> {
  index(value: T): number;
  readonly values: T[];
}

export function interner<T>(): Interner<T> {
  const numbers = new Map<T, number>();
  const values: T[] = [];
  return {
    values,
    index(value: T): number {
      let i = numbers.get(value);
      if (i === undefined) {
        numbers.set(value, (i = values.length));
        values.push(value);
      }
      return i;
    },
  };
}
