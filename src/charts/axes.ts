import { formatCount, formatDecimal } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";

/** Ticks at each power of ten in [lo, hi]: log axes read best with one label a decade. */
export function decadeTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(lo)); e <= Math.floor(Math.log10(hi)); e++) ticks.push(10 ** e);
  return ticks;
}

/** Tick formatter for counts (parameters, tokens, FLOPs) in the page's language. */
export function countTickFormat(locale: Locale): (d: number) => string {
  return (d) => formatCount(d, locale, { digits: 2 });
}

/** Tick formatter for plain decimals such as losses. */
export function decimalTickFormat(locale: Locale): (d: number) => string {
  return (d) => formatDecimal(d, locale, { digits: 3 });
}
