import type { TextStockEstimate } from "./publicTextStock.ts";
import type { TrendDraw } from "./bootstrapTrend.ts";
import { quantileSorted } from "./quantileSorted.ts";
import { seededRandom } from "./seededRandom.ts";
import { finite, inRange, positive, positiveInteger } from "./validate.ts";

/** A growing quantity: value ≈ anchorValue · e^(rate · (year − anchorYear)). `bootstrapTrend`'s result fits. */
export interface ExhaustionTrend {
  rate: number;
  anchorYear: number;
  anchorValue: number;
  /** Joint draws of (rate, anchorValue), e.g. `bootstrapTrend(...).draws`. */
  draws?: readonly TrendDraw[];
  /** Without draws: an interval on the rate, sampled as a normal with that central `level`. */
  interval?: { rate: [number, number] };
  level?: number;
}

/** Options of `dataExhaustionYear`. */
export interface DataExhaustionOptions {
  /** The trend of training-set sizes (tokens). */
  trend: ExhaustionTrend;
  /** The stock, e.g. `publicTextStock`: tokens with an interval at its level (sampled as a split log-normal). */
  stock: Pick<TextStockEstimate, "tokens" | "interval" | "level">;
  /** Monte Carlo samples (default 10,000). */
  samples?: number;
  /** Seed (default 1). */
  seed?: number;
  /** Central probability of the returned interval (default 0.9). */
  level?: number;
}

/** When the trend reaches the stock. */
export interface DataExhaustion {
  /** anchorYear + ln(stock / anchorValue) / rate with the central values; Infinity when the trend does not grow. */
  year: number;
  /** Median over the samples. */
  median: number;
  /** [low, high] at `level`; the high end is Infinity when more than the tail's share of samples do not grow. */
  interval: [number, number];
  level: number;
}

/** Standard normal CDF (Abramowitz & Stegun 1964, 7.1.26; error < 1.5 × 10⁻⁷). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** z with Φ(z) = p, by bisection on `normalCdf`. */
function normalQuantile(p: number): number {
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The year a trend of dataset sizes reaches a stock of text: anchorYear + ln(stock / anchorValue) / rate,
 * with a Monte Carlo interval (Villalobos et al. 2024 intersect the same two projections, §2–4). Each
 * sample takes one trend draw (a bootstrap refit; else a rate from a normal matching `interval`) and one
 * stock from a log-normal whose two halves match the stock's interval (10¹⁴–10¹⁵ around 3 × 10¹⁴ is not
 * symmetric in log space), independently. The stock is held fixed in time; letting it grow a few percent
 * a year, as the paper does, moves the year later by a few months.
 *
 * @throws RangeError naming the trend's or stock's fields, samples, seed or level
 */
export function dataExhaustionYear(options: DataExhaustionOptions): DataExhaustion {
  const { trend, stock } = options;
  const rate = finite("trend.rate", trend.rate);
  const anchorYear = finite("trend.anchorYear", trend.anchorYear);
  const anchorValue = positive("trend.anchorValue", trend.anchorValue);
  const tokens = positive("stock.tokens", stock.tokens);
  const [low, high] = stock.interval;
  positive("stock.interval[0]", low);
  positive("stock.interval[1]", high);
  if (!(low <= tokens && tokens <= high)) throw new RangeError(`invalid stock.interval: [${low}, ${high}] (must contain stock.tokens = ${tokens})`);
  const stockZ = normalQuantile((1 + inRange("stock.level", stock.level, 0, 1)) / 2);
  const samples = positiveInteger("samples", options.samples ?? 10_000);
  const random = seededRandom(finite("seed", options.seed ?? 1));
  const level = inRange("level", options.level ?? 0.9, 0, 1);

  const yearAt = (k: number, v: number, s: number) => (k > 0 ? anchorYear + Math.log(s / v) / k : Infinity);
  const gaussian = () => {
    const u = 1 - random(); // (0, 1]
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const draws = trend.draws !== undefined && trend.draws.length > 0 ? trend.draws : null;
  let rateSd = 0;
  if (draws === null && trend.interval !== undefined) {
    const [r0, r1] = trend.interval.rate;
    rateSd = (finite("trend.interval.rate[1]", r1) - finite("trend.interval.rate[0]", r0)) / (2 * normalQuantile((1 + (trend.level ?? 0.9)) / 2));
  }
  const years: number[] = [];
  for (let i = 0; i < samples; i++) {
    const d = draws === null ? { rate: rate + rateSd * gaussian(), anchorValue } : draws[Math.floor(random() * draws.length)];
    const z = gaussian();
    const s = Math.exp(Math.log(tokens) + (z < 0 ? Math.log(tokens / low) : Math.log(high / tokens)) * (z / stockZ));
    years.push(yearAt(d.rate, d.anchorValue, s));
  }
  years.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return {
    year: yearAt(rate, anchorValue, tokens),
    median: quantileSorted(years, 0.5),
    interval: [quantileSorted(years, tail), quantileSorted(years, 1 - tail)],
    level,
  };
}
