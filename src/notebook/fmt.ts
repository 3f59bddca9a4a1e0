/**
 * `fmt`, the number formatter every notebook cell has: the page's locale bound in. `fmt(x)` is a count
 * (en `175B`, zh `1750亿`); the methods are the site's other formats (src/i18n/format.ts).
 */
import {
  formatCount, formatDecimal, formatFlops, formatParams, formatPercent, formatScientific, formatTokens, type FormatOptions,
} from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";

export interface Fmt {
  (x: number, options?: FormatOptions): string;
  count(x: number, options?: FormatOptions): string;
  params(x: number, options?: FormatOptions): string;
  tokens(x: number, options?: FormatOptions): string;
  flops(x: number, options?: FormatOptions): string;
  decimal(x: number, options?: FormatOptions): string;
  percent(fraction: number, options?: FormatOptions): string;
  sci(x: number, options?: FormatOptions & { style?: "unicode" | "plain" }): string;
  locale: Locale;
}

/** Options are only honoured when they are an object: `fmt` also serves as a `tickFormat` (called with an index). */
const opts = (o: unknown): FormatOptions | undefined => (o && typeof o === "object" ? (o as FormatOptions) : undefined);

export function makeFmt(locale: Locale): Fmt {
  const fmt = ((x: number, o?: FormatOptions) => formatCount(+x, locale, opts(o))) as Fmt;
  fmt.count = (x, o) => formatCount(+x, locale, opts(o));
  fmt.params = (x, o) => formatParams(+x, locale, opts(o));
  fmt.tokens = (x, o) => formatTokens(+x, locale, opts(o));
  fmt.flops = (x, o) => formatFlops(+x, locale, opts(o));
  fmt.decimal = (x, o) => formatDecimal(+x, locale, opts(o));
  fmt.percent = (x, o) => formatPercent(+x, locale, opts(o));
  fmt.sci = (x, o) => formatScientific(+x, opts(o));
  fmt.locale = locale;
  return fmt;
}

/**
 * Built-in functions that may cross from the sandbox to the page as an input's option (`transform`,
 * `format`), by name: the page looks the name up in its own copy of this table.
 */
export function namedFunctions(fmt: Fmt): Map<string, Function> {
  const table = new Map<string, Function>([
    ["fmt", fmt], ["fmt.count", fmt.count], ["fmt.params", fmt.params], ["fmt.tokens", fmt.tokens], ["fmt.flops", fmt.flops],
    ["fmt.decimal", fmt.decimal], ["fmt.percent", fmt.percent], ["fmt.sci", fmt.sci], ["String", String], ["Number", Number],
  ]);
  for (const name of ["log", "log10", "log2", "log1p", "exp", "expm1", "sqrt", "cbrt", "round", "floor", "ceil", "abs"] as const) {
    table.set(`Math.${name}`, Math[name]);
  }
  return table;
}
