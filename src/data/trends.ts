/**
 * The trends the chapters quote from the notable-models dataset, each with its 90% bootstrap interval,
 * computed once here so that a chapter, its figure and another chapter quoting the same trend print the
 * same numbers: record parameter counts, training compute (all models, and the record-setters), dataset
 * sizes, and when the dataset-size trend reaches the stock of public text.
 */
import { bootstrapTrend, dataExhaustionYear, fitPowerLaw, publicTextStock, type BootstrapTrend } from "../lib/scaling/index.ts";
import { TREND_BOOTSTRAP } from "../widgets/trendInterval.ts";
import { NOTABLE_MODELS, type NotableModel } from "./notableModels.ts";

type Key = "params" | "compute" | "tokens";

/** A fitted exponential trend in the words the essays use, with its bootstrap behind it. */
export interface ModelTrend {
  /** Models fitted. */
  n: number;
  /** e^k, the factor a year, and its 90% interval. */
  perYear: number;
  perYearLow: number;
  perYearHigh: number;
  /** Doubling time in months, and its 90% interval (the fast end first); null when a rate does not grow. */
  doublingMonths: number | null;
  doublingLow: number | null;
  doublingHigh: number | null;
  /** R² of ln value against time (the least-squares fit the bootstrap resamples). */
  r2: number;
  /** The bootstrap itself (draws, anchor), for bands and for `dataExhaustionYear`. */
  boot: BootstrapTrend;
}

/** Mid-month in decimal years, as `bootstrapTrend` reads a `"YYYY-MM"` date. */
const year = (m: NotableModel) => Number(m.date.slice(0, 4)) + (Number(m.date.slice(5, 7)) - 0.5) / 12;

/** The exponential trend of `key` over `models` (those with a value), with its 90% interval. */
export function modelTrend(models: readonly NotableModel[], key: Key): ModelTrend {
  const kept = models.filter((m) => m[key] !== null && m[key]! > 0);
  const boot = bootstrapTrend(kept.map((m) => ({ date: m.date, value: m[key]! })), TREND_BOOTSTRAP);
  // The same least-squares fit as the bootstrap's central one (an exponential in t is a power law in e^t), for R².
  const r2 = fitPowerLaw(kept.map((m) => Math.exp(year(m) - 2018)), kept.map((m) => m[key]!)).r2;
  return {
    n: kept.length,
    perYear: boot.factorPerYear,
    perYearLow: boot.interval.factorPerYear[0],
    perYearHigh: boot.interval.factorPerYear[1],
    doublingMonths: boot.doublingMonths,
    doublingLow: boot.interval.doublingMonths[0],
    doublingHigh: boot.interval.doublingMonths[1],
    r2,
    boot,
  };
}

/** Models that set a new record for `key` when released, in dataset (date) order. */
export function recordSetters(models: readonly NotableModel[], key: Key): NotableModel[] {
  let best = 0;
  return models.filter((m) => {
    const v = m[key];
    if (v === null || !(v > best)) return false;
    best = v;
    return true;
  });
}

export const PARAM_RECORDS = modelTrend(recordSetters(NOTABLE_MODELS, "params"), "params");
export const COMPUTE_ALL = modelTrend(NOTABLE_MODELS, "compute");
export const COMPUTE_RECORDS = modelTrend(recordSetters(NOTABLE_MODELS, "compute"), "compute");
/** Training-set sizes in tokens, every model that published one. */
export const DATASET_SIZES = modelTrend(NOTABLE_MODELS, "tokens");

/**
 * When the dataset-size trend reaches the stock of public human text (Villalobos et al. 2024, `publicTextStock`),
 * sampling the trend's bootstrap draws and the stock's interval together (`dataExhaustionYear`).
 */
export const DATA_EXHAUSTION = dataExhaustionYear({ trend: DATASET_SIZES.boot, stock: publicTextStock, seed: TREND_BOOTSTRAP.seed });
