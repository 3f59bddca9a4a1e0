import { findElements, lineColumn } from "../mdx.ts";
import type { Rule, RuleContext } from "../types.ts";

/** `<Num>`'s default significant digits (src/components/Num.astro). */
export const NUM_DEFAULT_DIGITS = 3;

/** `export const NAME = <JSON literal>;` in the file: numbers and arrays of numbers the essay defines. */
function literalExports(source: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of source.matchAll(/^export const ([A-Za-z_$][\w$]*) = ([^;\n]+);?\s*$/gm)) {
    try {
      out[m[1]] = JSON.parse(m[2].replace(/_/g, ""));
    } catch {
      // not a literal: a computation the rule does not evaluate
    }
  }
  return out;
}

/**
 * The number `expression` names, when it is a numeric literal (`1e12`) or a path into known values
 * (`KAPLAN_2020.alphaN`, `TOKENS_FITTED[1]`); `undefined` for anything computed.
 */
export function resolveValue(expression: string, scope: Readonly<Record<string, unknown>>): number | undefined {
  const e = expression.replace(/\s+/g, "").replace(/_/g, (u, i, s) => (/\d/.test(s[i - 1] ?? "") ? "" : u));
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(e)) return Number(e);
  const path = /^([A-Za-z_$][\w$]*)((?:\.[A-Za-z_$][\w$]*|\[\d+\])*)$/.exec(e);
  if (!path || !(path[1] in scope)) return undefined;
  let value: unknown = scope[path[1]];
  for (const [, key, index] of path[2].matchAll(/\.([\w$]+)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key ?? index];
  }
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Significant digits `x` needs: 0.076 → 2, 1e12 → 1, 124439808 → 9. */
export function significantDigits(x: number): number {
  const [mantissa] = Math.abs(x).toExponential().split("e");
  return mantissa.replace(".", "").replace(/0+$/, "").length || 1;
}

/**
 * `num-precision`: within one chapter, the same value is shown with the same number of significant
 * digits. "The same value" is the same `value={…}` expression text, compared with all whitespace
 * removed (`opt(1e10).loss` and `opt( 1e10 ).loss` are one value; `dsv3.activeFraction` and
 * `moe("deepseek-v3").activeFraction` are two, even when they compute the same number). The precision
 * is `digits` (3 when absent); `format` is not compared, since `count`, `params` and `tokens` show the
 * same digits in other words. When the value is known without running the essay — a literal (`1e12`),
 * the file's own `export const X = <literal>` or a constant of the scaling module (`KAPLAN_2020.alphaN`) —
 * digits beyond those it has are not counted: `1e12` at 2 and at 3 digits both read "1T".
 *
 * Each `<Num>` whose precision differs from the first occurrence of its value is reported.
 */
export const numPrecision: Rule = (source, context: RuleContext = {}) => {
  const scope = { ...context.globals, ...literalExports(source) };
  const first = new Map<string, { digits: string; offset: number }>();
  const out: ReturnType<Rule> = [];
  for (const el of findElements(source, "Num")) {
    const value = el.attributes.get("value");
    if (!value || value.kind !== "expression") continue;
    const key = value.value.replace(/\s+/g, "");
    const d = el.attributes.get("digits");
    let digits = d === undefined ? String(NUM_DEFAULT_DIGITS) : d.value.trim();
    const known = resolveValue(value.value, scope);
    if (known !== undefined && /^\d+$/.test(digits)) digits = String(Math.min(Number(digits), significantDigits(known)));
    const seen = first.get(key);
    if (!seen) {
      first.set(key, { digits, offset: el.start });
      continue;
    }
    if (seen.digits === digits) continue;
    const there = lineColumn(source, seen.offset);
    out.push({
      ...lineColumn(source, el.start),
      ruleId: "num-precision",
      message: `<Num value={${value.value.trim()}}> shows ${digits} significant digits here but ${seen.digits} at ${there.line}:${there.column}`,
      offset: el.start,
    });
  }
  return out;
};
