import type { LossRun } from "./parseRunsCsv.ts";
import { chinchillaObjective } from "./chinchillaObjective.ts";
import { minimizeLbfgs } from "./minimizeLbfgs.ts";
import { quantileSorted } from "./quantileSorted.ts";
import { seededRandom } from "./seededRandom.ts";

/** Percentile intervals [low, high] of the fitted constants and of the allocation exponents they imply. */
export interface ChinchillaIntervals {
  E: [number, number];
  A: [number, number];
  B: [number, number];
  alpha: [number, number];
  beta: [number, number];
  /** a = β/(α+β), N_opt ∝ C^a. */
  a: [number, number];
  /** b = α/(α+β), D_opt ∝ C^b. */
  b: [number, number];
}

const KEYS = ["E", "A", "B", "alpha", "beta", "a", "b"] as const;

/**
 * Bootstrap percentile intervals for a Chinchilla fit, as Besiroglu et al. 2024 computed theirs:
 * resample the runs with replacement (same count), refit each resample with L-BFGS started from the
 * full-data estimate θ, and take the central `level` of each constant's distribution (linear
 * interpolation between order statistics). Hoffmann et al.'s Table 2 shows 10th–90th percentiles,
 * hence the usual `level` 0.8. Resamples whose fit is not finite are skipped.
 *
 * @param runs the (already filtered) runs
 * @param theta the full-data estimate [a, b, e, α, β] (A = eᵃ, B = eᵇ, E = eᵉ)
 * @returns the intervals and how many resamples converged
 */
export function bootstrapChinchilla(
  runs: readonly LossRun[],
  theta: readonly number[],
  { samples, seed, level, delta }: { samples: number; seed: number; level: number; delta: number },
): { intervals: ChinchillaIntervals; converged: number } {
  const random = seededRandom(seed);
  const draws: Record<(typeof KEYS)[number], number[]> = { E: [], A: [], B: [], alpha: [], beta: [], a: [], b: [] };
  let converged = 0;
  for (let k = 0; k < samples; k++) {
    const resample = Array.from(runs, () => runs[Math.floor(random() * runs.length)]);
    const fit = minimizeLbfgs(chinchillaObjective(resample, delta), theta);
    const [a, b, e, alpha, beta] = fit.x;
    const values = { E: Math.exp(e), A: Math.exp(a), B: Math.exp(b), alpha, beta, a: beta / (alpha + beta), b: alpha / (alpha + beta) };
    if (!KEYS.every((key) => Number.isFinite(values[key]))) continue;
    if (fit.converged) converged++;
    for (const key of KEYS) draws[key].push(values[key]);
  }
  const tail = (1 - level) / 2;
  const intervals = {} as ChinchillaIntervals;
  for (const key of KEYS) {
    const sorted = draws[key].sort((x, y) => x - y);
    intervals[key] = [quantileSorted(sorted, tail), quantileSorted(sorted, 1 - tail)];
  }
  return { intervals, converged };
}
