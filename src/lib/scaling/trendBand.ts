import type { BootstrapTrend } from "./bootstrapTrend.ts";
import { quantileSorted } from "./quantileSorted.ts";
import { finite, inRange } from "./validate.ts";

/** The trend's value at one year, with the band of the bootstrap refits around it. */
export interface TrendBandPoint {
  year: number;
  /** The central fit's value. */
  value: number;
  /** Lower and upper percentile of the refits' values at this year. */
  low: number;
  high: number;
}

/**
 * A pointwise percentile band around a bootstrapped exponential trend: at each year, the central `level`
 * (default the trend's own, 0.9) of the values the bootstrap refits give there (Efron & Tibshirani 1993,
 * ch. 13, applied year by year). On a log axis it is narrowest near the middle of the data and widens
 * toward the ends, where the slope's uncertainty counts most. Empty without draws (fewer than two years).
 *
 * @throws RangeError naming a year or level
 */
export function trendBand(trend: Pick<BootstrapTrend, "rate" | "anchorYear" | "anchorValue" | "draws" | "level">, years: readonly number[], level = trend.level): TrendBandPoint[] {
  inRange("level", level, 0, 1);
  if (level === 1) throw new RangeError("invalid level: 1 (must be in (0, 1))");
  years.forEach((y, i) => finite(`years[${i}]`, y));
  if (trend.draws.length === 0 || !Number.isFinite(trend.rate)) return [];
  const tail = (1 - level) / 2;
  return years.map((year) => {
    const values = trend.draws.map((d) => d.anchorValue * Math.exp(d.rate * (year - trend.anchorYear))).sort((a, b) => a - b);
    return {
      year,
      value: trend.anchorValue * Math.exp(trend.rate * (year - trend.anchorYear)),
      low: quantileSorted(values, tail),
      high: quantileSorted(values, 1 - tail),
    };
  });
}
