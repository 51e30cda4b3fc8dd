import { findTimeExpressions, type TimeExpression, type TimeDirection } from "../../src/normalize/time/index.js";

/** The expression whose text is exactly `span` (throws a readable error listing what was found). */
export function exprOf(lang: string, ref: string | undefined, text: string, span: string, direction?: (o: number) => TimeDirection): TimeExpression {
  const opts: Parameters<typeof findTimeExpressions>[1] = { lang };
  if (ref) opts.referenceDate = ref;
  if (direction) opts.direction = direction;
  const all = findTimeExpressions(text, opts);
  const hit = all.find((e) => e.text === span);
  if (!hit) throw new Error(`"${span}" not found in ${JSON.stringify(text)}; found: ${all.map((e) => `[${e.text}]=${e.value}`).join(", ")}`);
  return hit;
}

export function all(lang: string, ref: string | undefined, text: string): TimeExpression[] {
  return findTimeExpressions(text, ref ? { lang, referenceDate: ref } : { lang });
}

/** Wednesday 2026-01-21, the reference date of most tables. */
export const WED = "2026-01-21";
