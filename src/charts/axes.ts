import { formatCount, formatDecimal } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";

/**
 * Ticks at powers of ten in [lo, hi]: log axes read best with one label a decade. When more than
 * `maxTicks` decades would be labelled (narrow charts, long Chinese labels), every second or third
 * decade is labelled instead.
 */
export function decadeTicks(lo: number, hi: number, maxTicks = Infinity): number[] {
  const first = Math.ceil(Math.log10(lo));
  const last = Math.floor(Math.log10(hi));
  const stride = Math.max(1, Math.ceil((last - first + 1) / Math.max(1, maxTicks)));
  const ticks: number[] = [];
  for (let e = first; e <= last; e += stride) ticks.push(10 ** e);
  return ticks;
}

/** How many tick labels fit across `width` pixels for labels about `labelPx` wide. */
export function tickBudget(width: number, labelPx: number): number {
  return Math.max(2, Math.floor(width / labelPx));
}

/** Tick formatter for counts (parameters, tokens, FLOPs) in the page's language. */
export function countTickFormat(locale: Locale): (d: number) => string {
  return (d) => formatCount(d, locale, { digits: 2 });
}

/** Tick formatter for plain decimals such as losses. */
export function decimalTickFormat(locale: Locale): (d: number) => string {
  return (d) => formatDecimal(d, locale, { digits: 3 });
}

/** Options every chart shares: transparent background, the page's font and colour, and an accessible name. */
export function chartFrame({ title, description }: { title: string; description: string }) {
  return {
    ariaLabel: title,
    ariaDescription: description,
    style: { background: "transparent", color: "currentColor", fontSize: "12px", fontFamily: "inherit" },
  };
}
