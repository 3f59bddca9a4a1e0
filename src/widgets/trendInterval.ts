/**
 * How the site puts intervals on the trends it fits: one bootstrap setting for every chart and sentence
 * (the model timeline, chapter 1's trends, chapter 4's dataset sizes), so the same data always prints the
 * same interval, and the way an interval is written.
 */
import { formatDecimal } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";

/**
 * `bootstrapTrend` options everywhere on the site: its default 1,000 resamples and a fixed seed, so the
 * build and the browser print the same interval.
 */
export const TREND_BOOTSTRAP = { resamples: 1_000, seed: 1 } as const;

/** Low and high ends of an interval with the same digits, in the reader's locale: `1.45` and `2.13`. */
export function intervalEnds([low, high]: readonly [number, number], locale: Locale, digits = 3): { low: string; high: string } {
  return { low: formatDecimal(low, locale, { digits }), high: formatDecimal(high, locale, { digits }) };
}
