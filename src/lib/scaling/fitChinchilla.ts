import { finite, inRange, nonNegativeInteger, positive, positiveInteger } from "./validate.ts";
import type { ChinchillaFit } from "./tables/fits.ts";
import type { LossRun } from "./parseRunsCsv.ts";
import { chinchillaObjective } from "./chinchillaObjective.ts";
import { minimizeLbfgs } from "./minimizeLbfgs.ts";
import { bootstrapChinchilla } from "./bootstrapChinchilla.ts";
import type { ChinchillaIntervals } from "./bootstrapChinchilla.ts";

/** Options of `fitChinchilla`. */
export interface FitChinchillaOptions {
  /** Huber threshold δ on log-loss residuals (default 1e-3, Hoffmann et al. 2022, Appendix D.2). */
  delta?: number;
  /** L-BFGS runs, from the best-scoring points of the start grid (default 8). */
  starts?: number;
  /** Bootstrap resamples for intervals (default 0: none). */
  bootstrap?: number;
  /** Seed of the resampling (default 1), so intervals are reproducible. */
  seed?: number;
  /** Central mass of the intervals (default 0.8: 10th–90th percentiles, as Hoffmann et al. Table 2). */
  level?: number;
  /** Most L-BFGS iterations per start (default 500). */
  maxIterations?: number;
}

/** A fitted `ChinchillaFit`, with how the fit went. Usable wherever a fit is (`chinchillaLoss`, `computeOptimal`, …). */
export interface ChinchillaFitResult extends ChinchillaFit {
  /** Whether L-BFGS met a tolerance from the winning start; if false, the constants are the best found. */
  converged: boolean;
  /** Why the winning L-BFGS run stopped. */
  message: string;
  /** Value of the Huber objective at the estimate. */
  objective: number;
  /** Iterations of the winning L-BFGS run. */
  iterations: number;
  /** Number of usable runs fitted. */
  runs: number;
  /** Number of L-BFGS starts. */
  starts: number;
  /** Bootstrap percentile intervals, if `bootstrap` > 0. */
  intervals?: ChinchillaIntervals;
  /** Central mass of `intervals`. */
  level?: number;
  /** Resamples drawn and how many converged. */
  bootstrap?: { samples: number; converged: number };
}

// The start grid of Hoffmann et al. 2022, Appendix D.2: α, β ∈ {0, 0.5, …, 2}, e ∈ {−1, −0.5, …, 1},
// a, b ∈ {0, 5, …, 25}; 4 500 points, also used by Besiroglu et al. 2024.
const ALPHAS = [0, 0.5, 1, 1.5, 2];
const ES = [-1, -0.5, 0, 0.5, 1];
const AS = [0, 5, 10, 15, 20, 25];

/**
 * Fits L(N, D) = E + A/N^α + B/D^β to training runs as Hoffmann et al. 2022 (Approach 3, §3.3 and
 * Appendix D.2) and Besiroglu et al. 2024 did: minimise the Huber loss (δ = 1e-3) of log-loss residuals
 * in log-sum-exp form (`chinchillaObjective`) with L-BFGS (`minimizeLbfgs`) from a grid of starts.
 *
 * Running L-BFGS from all 4 500 grid points takes ≈ 8 s, too slow to run live, so the objective is first
 * evaluated at every grid point (≈ 1 M terms, ≈ 15 ms) and L-BFGS is started from the `starts` best.
 * On the 240 runs of Besiroglu et al., each of the 9 best-scoring grid points reaches the optimum of
 * the full 4 500-start search (a third of all starts do), so 8 starts (≈ 30 ms in all) lose nothing.
 *
 * Lenient with data: runs whose params, tokens or loss are not positive finite numbers are dropped.
 * Strict with what is left: fewer than 5 runs (one per free constant), or runs that all share one
 * model size or one token count, throw a `RangeError` naming `runs`. The result never holds NaN: if no
 * start yields finite constants, it is the best grid point, with `converged: false`.
 */
export function fitChinchilla(runs: readonly LossRun[], options: FitChinchillaOptions = {}): ChinchillaFitResult {
  if (!Array.isArray(runs)) throw new TypeError(`invalid runs: ${String(runs)} (must be an array of { params, tokens, loss })`);
  const delta = positive("delta", options.delta ?? 1e-3);
  const starts = positiveInteger("starts", options.starts ?? 8);
  const samples = nonNegativeInteger("bootstrap", options.bootstrap ?? 0);
  const seed = finite("seed", options.seed ?? 1);
  const level = inRange("level", options.level ?? 0.8, 0, 1);
  const maxIterations = positiveInteger("maxIterations", options.maxIterations ?? 500);
  const usable = runs.filter((r) => r !== null && typeof r === "object" && [r.params, r.tokens, r.loss].every((v) => Number.isFinite(v) && v > 0));
  if (usable.length < 5) throw new RangeError(`invalid runs: ${usable.length} usable runs (need at least 5, one per free constant)`);
  for (const key of ["params", "tokens"] as const) {
    if (usable.every((r) => r[key] === usable[0][key])) {
      throw new RangeError(`invalid runs: all ${usable.length} runs share ${key} = ${usable[0][key]} (the fit needs at least two)`);
    }
  }

  const objective = chinchillaObjective(usable, delta);
  const candidates = screenGrid(usable, delta).slice(0, starts);
  let best: { x: number[]; value: number; converged: boolean; message: string; iterations: number } | undefined;
  for (const start of candidates) {
    const result = minimizeLbfgs(objective, start.x, { maxIterations });
    if (finiteConstants(result.x) && Number.isFinite(result.value) && (best === undefined || result.value < best.value)) best = result;
  }
  best ??= { ...candidates[0], converged: false, message: "no start reached finite constants; best grid point", iterations: 0 };

  const [a, b, e, alpha, beta] = best.x;
  const fit: ChinchillaFitResult = {
    form: "chinchilla",
    E: Math.exp(e),
    A: Math.exp(a),
    B: Math.exp(b),
    alpha,
    beta,
    source: `fitChinchilla: ${usable.length} runs, Huber δ = ${delta}, L-BFGS from ${candidates.length} grid starts`,
    converged: best.converged,
    message: best.message,
    objective: best.value,
    iterations: best.iterations,
    runs: usable.length,
    starts: candidates.length,
  };
  if (samples > 0) {
    const { intervals, converged } = bootstrapChinchilla(usable, best.x, { samples, seed, level, delta });
    Object.assign(fit, { intervals, level, bootstrap: { samples, converged } });
  }
  return fit;
}

function finiteConstants([a, b, e, alpha, beta]: readonly number[]): boolean {
  return [Math.exp(a), Math.exp(b), Math.exp(e), alpha, beta].every(Number.isFinite);
}

/** Objective at every grid point, best first; cheap because N^−α and D^−β are shared across a, b and e. */
function screenGrid(runs: readonly LossRun[], delta: number): { x: number[]; value: number }[] {
  const logL = runs.map((r) => Math.log(r.loss));
  const powersN = ALPHAS.map((alpha) => runs.map((r) => r.params ** -alpha));
  const powersD = ALPHAS.map((beta) => runs.map((r) => r.tokens ** -beta));
  const scored: { x: number[]; value: number }[] = [];
  for (let i = 0; i < ALPHAS.length; i++) for (let j = 0; j < ALPHAS.length; j++) {
    const nAlpha = powersN[i], dBeta = powersD[j];
    for (const e of ES) for (const a of AS) for (const b of AS) {
      const E = Math.exp(e), A = Math.exp(a), B = Math.exp(b);
      let value = 0;
      for (let k = 0; k < runs.length; k++) {
        const r = Math.abs(Math.log(A * nAlpha[k] + B * dBeta[k] + E) - logL[k]);
        value += r <= delta ? 0.5 * r * r : delta * (r - 0.5 * delta);
      }
      scored.push({ x: [a, b, e, ALPHAS[i], ALPHAS[j]], value });
    }
  }
  return scored.sort((p, q) => p.value - q.value);
}
