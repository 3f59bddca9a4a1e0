import { fitPowerLaw } from "./fitPowerLaw.ts";
import { quantileSorted } from "./quantileSorted.ts";
import { seededRandom } from "./seededRandom.ts";
import { finite, inRange, positiveInteger } from "./validate.ts";

/** A dated value: `year` in decimal years, or `date` as `"YYYY-MM"` (read as mid-month) or `"YYYY"`. */
export type TrendPoint = { year: number; value: number } | { date: string; value: number };

/** One bootstrap refit: its growth rate and its fitted value at the anchor year. */
export interface TrendDraw {
  rate: number;
  anchorValue: number;
}

/** An exponential trend value ≈ anchorValue · e^(rate · (year − anchorYear)), with bootstrap intervals. */
export interface BootstrapTrend {
  /** k, natural-log growth per year (least squares of ln value on year). */
  rate: number;
  /** e^k: the factor by which the value grows in a year. */
  factorPerYear: number;
  /** 12·ln 2 / k, or null when the trend does not grow. */
  doublingMonths: number | null;
  /** The latest year among the points, where the trend is anchored. */
  anchorYear: number;
  /** The fitted value at `anchorYear`. */
  anchorValue: number;
  /** Percentile intervals at `level`: [low, high]. Doubling time's high end is null when the low rate does not grow. */
  interval: { rate: [number, number]; factorPerYear: [number, number]; doublingMonths: [number | null, number | null] };
  /** Central probability of the intervals (default 0.9). */
  level: number;
  /** Points used (positive finite values). */
  count: number;
  /** Every resample's refit, in draw order (resamples with a single distinct year are skipped). */
  draws: TrendDraw[];
}

/** Options of `bootstrapTrend`. */
export interface BootstrapTrendOptions {
  /** Resamples (default 1,000). */
  resamples?: number;
  /** Seed of `seededRandom` (default 1): same seed, same intervals. */
  seed?: number;
  /** Central probability of the intervals, in (0, 1) (default 0.9). */
  level?: number;
}

/** `"2024-07"` → 2024.54 (mid-month); `"2024"` → 2024.5. */
function yearOf(point: TrendPoint): number {
  if ("year" in point) return point.year;
  const [y, m] = String(point.date).split("-").map(Number);
  return m === undefined ? y + 0.5 : y + (m - 0.5) / 12;
}

/** Least-squares exponential fit through (year, value) pairs, via `fitPowerLaw` on e^(year − t0). */
function fit(years: readonly number[], values: readonly number[], anchorYear: number): TrendDraw {
  const t0 = years.reduce((s, t) => s + t, 0) / years.length;
  const f = fitPowerLaw(years.map((t) => Math.exp(t - t0)), values);
  return { rate: f.exponent, anchorValue: f.coefficient * Math.exp(f.exponent * (anchorYear - t0)) };
}

/**
 * An exponential trend through dated values (ln value linear in time, as the model timeline fits it)
 * with bootstrap percentile intervals: resample the points with replacement, refit, and take the central
 * `level` of the refits' growth rates (Efron & Tibshirani 1993, ch. 13; the way Epoch AI puts intervals
 * on its trends, e.g. Sevilla et al. 2022). Points whose value is not a positive finite number are skipped.
 * With fewer than two distinct years every number is NaN. Deterministic under a seed.
 *
 * @throws RangeError naming resamples, seed or level
 */
export function bootstrapTrend(points: readonly TrendPoint[], options: BootstrapTrendOptions = {}): BootstrapTrend {
  const resamples = positiveInteger("resamples", options.resamples ?? 1_000);
  const random = seededRandom(finite("seed", options.seed ?? 1));
  const level = inRange("level", options.level ?? 0.9, 0, 1);
  if (level === 1) throw new RangeError("invalid level: 1 (must be in (0, 1))");

  const kept = points
    .map((p) => ({ year: yearOf(p), value: p.value }))
    .filter((p) => Number.isFinite(p.year) && Number.isFinite(p.value) && p.value > 0);
  const years = kept.map((p) => p.year);
  const values = kept.map((p) => p.value);
  const anchorYear = years.length === 0 ? NaN : Math.max(...years);
  const distinct = new Set(years).size;
  const nan: [number, number] = [NaN, NaN];
  if (distinct < 2) {
    return { rate: NaN, factorPerYear: NaN, doublingMonths: null, anchorYear, anchorValue: NaN, interval: { rate: nan, factorPerYear: nan, doublingMonths: [null, null] }, level, count: kept.length, draws: [] };
  }
  const central = fit(years, values, anchorYear);
  const draws: TrendDraw[] = [];
  for (let r = 0; r < resamples; r++) {
    const idx = Array.from(kept, () => Math.floor(random() * kept.length));
    const ys = idx.map((i) => years[i]);
    if (new Set(ys).size < 2) continue;
    draws.push(fit(ys, idx.map((i) => values[i]), anchorYear));
  }
  const rates = draws.map((d) => d.rate).sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  const rate: [number, number] = [quantileSorted(rates, tail), quantileSorted(rates, 1 - tail)];
  const doubling = (k: number) => (Number.isFinite(k) && k > 0 ? (12 * Math.LN2) / k : null);
  return {
    rate: central.rate,
    factorPerYear: Math.exp(central.rate),
    doublingMonths: doubling(central.rate),
    anchorYear,
    anchorValue: central.anchorValue,
    interval: { rate, factorPerYear: [Math.exp(rate[0]), Math.exp(rate[1])], doublingMonths: [doubling(rate[1]), doubling(rate[0])] },
    level,
    count: kept.length,
    draws,
  };
}
