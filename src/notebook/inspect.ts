/**
 * The inspector's data: any JavaScript value as a small JSON tree (depth and size limited), so a value
 * computed in the sandbox can be shown by the page without the page ever touching the value itself.
 */
import { formatCount } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";

export type Inspected =
  | { t: "undefined" }
  | { t: "null" }
  | { t: "number"; v: string; hint?: string }
  | { t: "bigint"; v: string }
  | { t: "boolean"; v: boolean }
  | { t: "string"; v: string; more?: number }
  | { t: "symbol"; v: string }
  | { t: "function"; v: string }
  | { t: "date"; v: string }
  | { t: "regexp"; v: string }
  | { t: "error"; v: string }
  | { t: "node"; v: string }
  | { t: "circular" }
  /** An array-like: `items` are `[index, value]`, `more` how many were left out. */
  | { t: "array"; name: string; n: number; items: [number, Inspected][]; more: number }
  /** An object, Map or Set: `items` are `[key, value]` (Set: key null). */
  | { t: "object"; name: string; n: number; items: [string | null, Inspected][]; more: number };

export interface InspectOptions {
  locale: Locale;
  /** Levels of nesting shown (deeper objects show their size only). Default 4. */
  depth?: number;
  /** Entries per object or array. Default 40. */
  entries?: number;
  /** Characters per string. Default 2000. */
  chars?: number;
}

function isNode(value: object): boolean {
  const v = value as { nodeType?: unknown; nodeName?: unknown };
  return typeof v.nodeType === "number" && typeof v.nodeName === "string";
}

function functionSignature(f: Function): string {
  const text = Function.prototype.toString.call(f);
  if (/^class\b/.test(text)) return `class ${f.name || ""}`.trim();
  const params = /^[^(]*\(([^)]*)\)/.exec(text)?.[1] ?? (/^(\w+)\s*=>/.exec(text)?.[1] ?? "…");
  const async = /^async\b/.test(text) ? "async " : "";
  return `${async}ƒ${/^(async\s*)?function\s*\*/.test(text) ? "*" : ""}${f.name ? ` ${f.name}` : ""}(${params.replace(/\s+/g, " ").trim()})`;
}

function constructorName(value: object): string {
  try {
    const proto = Object.getPrototypeOf(value);
    if (proto === null) return "Object";
    const name = proto?.constructor?.name;
    return typeof name === "string" && name ? name : "Object";
  } catch {
    return "Object";
  }
}

export function inspect(value: unknown, options: InspectOptions): Inspected {
  const depth = options.depth ?? 4;
  const entries = options.entries ?? 40;
  const chars = options.chars ?? 2000;
  const seen = new Set<object>();
  let budget = 800; // nodes in all

  const walk = (v: unknown, level: number): Inspected => {
    budget--;
    switch (typeof v) {
      case "undefined":
        return { t: "undefined" };
      case "number": {
        const hint = Number.isFinite(v) && Math.abs(v) >= 1e4 ? formatCount(v, options.locale) : undefined;
        return hint && hint !== String(v) ? { t: "number", v: Object.is(v, -0) ? "-0" : String(v), hint } : { t: "number", v: Object.is(v, -0) ? "-0" : String(v) };
      }
      case "bigint":
        return { t: "bigint", v: `${v}n` };
      case "boolean":
        return { t: "boolean", v };
      case "string":
        return v.length > chars ? { t: "string", v: v.slice(0, chars), more: v.length - chars } : { t: "string", v };
      case "symbol":
        return { t: "symbol", v: v.toString() };
      case "function":
        return { t: "function", v: functionSignature(v) };
    }
    if (v === null) return { t: "null" };
    const o = v as object;
    if (seen.has(o)) return { t: "circular" };
    try {
      if (o instanceof Date) return { t: "date", v: Number.isNaN(o.getTime()) ? "Invalid Date" : o.toISOString() };
      if (o instanceof RegExp) return { t: "regexp", v: String(o) };
      if (o instanceof Error) return { t: "error", v: `${o.name}: ${o.message}` };
      if (isNode(o)) return { t: "node", v: `<${String((o as { nodeName: string }).nodeName).toLowerCase()}>` };
      const name = constructorName(o);
      if (Array.isArray(o) || ArrayBuffer.isView(o)) {
        const list = o as ArrayLike<unknown>;
        const n = list.length;
        if (level >= depth || budget <= 0) return { t: "array", name, n, items: [], more: n };
        seen.add(o);
        const shown = Math.min(n, entries);
        const items: [number, Inspected][] = [];
        for (let i = 0; i < shown; i++) items.push([i, walk(list[i], level + 1)]);
        seen.delete(o);
        return { t: "array", name, n, items, more: n - shown };
      }
      let pairs: [string | null, unknown][];
      if (o instanceof Map) pairs = [...o.entries()].map(([k, val]) => [typeof k === "string" ? k : keyText(k), val]);
      else if (o instanceof Set) pairs = [...o.values()].map((val) => [null, val]);
      else pairs = Object.keys(o).map((k) => [k, (o as Record<string, unknown>)[k]]);
      const n = pairs.length;
      if (level >= depth || budget <= 0) return { t: "object", name, n, items: [], more: n };
      seen.add(o);
      const shown = Math.min(n, entries);
      const items = pairs.slice(0, shown).map(([k, val]): [string | null, Inspected] => [k, walk(val, level + 1)]);
      seen.delete(o);
      return { t: "object", name, n, items, more: n - shown };
    } catch (error) {
      return { t: "error", v: `(could not inspect: ${(error as Error)?.message ?? error})` };
    }
  };
  return walk(value, 0);
}

function keyText(k: unknown): string {
  if (typeof k === "object" && k !== null) return `[${constructorName(k)}]`;
  return String(k);
}
