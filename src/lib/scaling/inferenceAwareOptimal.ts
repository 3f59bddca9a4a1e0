import { finite, nonNegative } from "./validate.ts";
import { FITS } from "./tables/fits.ts";
import type { ChinchillaFit } from "./tables/fits.ts";
import { chinchillaFitParam } from "./fitParam.ts";

/** A model reaching the target loss, with its lifetime compute. */
export interface LifetimeModel {
  /** N, parameters. */
  params: number;
  /** D_train, training tokens. */
  trainingTokens: number;
  /** D_train / N. */
  tokensPerParam: number;
  /** 6 · N · D_train, FLOPs. */
  trainingFlops: number;
  /** 2 · N · D_inference, FLOPs. */
  inferenceFlops: number;
  /** trainingFlops + inferenceFlops. */
  totalFlops: number;
}

/** The inference-aware optimum and the Chinchilla-optimal model of the same quality. */
export interface InferenceAwareOptimum extends LifetimeModel {
  /** D_inference, tokens served over the model's life. */
  inferenceTokens: number;
  /** The model that reaches the same loss with the fewest training FLOPs, served the same tokens. */
  chinchilla: LifetimeModel;
  /** chinchilla.totalFlops − totalFlops, FLOPs saved (≥ 0). */
  savedFlops: number;
}

/**
 * Sardana et al. 2024 ("Beyond Chinchilla-Optimal", §2): the model of a given quality that is cheapest
 * over its life, minimising 6·N·D_train + 2·N·D_inference subject to L(N, D_train) = ℓ. The larger the
 * expected inference demand, the smaller and longer-trained the model.
 *
 * On the constraint D_train(N) = (B/(ℓ − E − A/N^α))^(1/β), defined for N > (A/(ℓ − E))^(1/α); the
 * derivative of the cost, 6D(1 − αA/(β·N^α·(ℓ − E − A/N^α))) + 2·D_inference, is negative there and
 * positive for large N, so we bisect it in log N.
 */
export function inferenceAwareOptimal({
  targetLoss,
  inferenceTokens,
  fit = FITS.hoffmann2022,
}: {
  targetLoss: number;
  inferenceTokens: number;
  fit?: ChinchillaFit;
}): InferenceAwareOptimum {
  const { E, A, B, alpha, beta } = chinchillaFitParam("fit", fit);
  const loss = finite("targetLoss", targetLoss);
  if (!(loss > E)) throw new RangeError(`invalid targetLoss: ${loss} (must exceed the fit's irreducible loss E = ${E})`);
  const served = nonNegative("inferenceTokens", inferenceTokens);
  const gap = loss - E;
  const tokensFor = (n: number) => (B / (gap - A / n ** alpha)) ** (1 / beta);
  // d(cost)/dN when `d` tokens are served; its root is the optimum.
  const slope = (n: number, d: number) => {
    const x = A / n ** alpha;
    return 6 * tokensFor(n) * (1 - (alpha * x) / (beta * (gap - x))) + 2 * d;
  };
  const solve = (d: number): LifetimeModel => {
    const n = bisectLog((m) => slope(m, d), (A / gap) ** (1 / alpha));
    const trainingTokens = tokensFor(n);
    const trainingFlops = 6 * n * trainingTokens;
    const inferenceFlops = 2 * n * served;
    return { params: n, trainingTokens, tokensPerParam: trainingTokens / n, trainingFlops, inferenceFlops, totalFlops: trainingFlops + inferenceFlops };
  };
  const best = solve(served);
  const chinchilla = solve(0);
  return { ...best, inferenceTokens: served, chinchilla, savedFlops: chinchilla.totalFlops - best.totalFlops };
}

/** Root of an increasing-through-zero `h` on (lower, ∞), bisected in log space to machine precision. */
function bisectLog(h: (n: number) => number, lower: number): number {
  let lo = Math.log(lower);
  let hi = lo + Math.LN2;
  for (let i = 0; i < 64 && !(h(Math.exp(hi)) > 0); i++) hi += hi - lo; // widen until the derivative turns positive
  for (let i = 0; i < 200 && hi - lo > 1e-13 * Math.abs(hi); i++) {
    const mid = (lo + hi) / 2;
    if (h(Math.exp(mid)) > 0) hi = mid;
    else lo = mid;
  }
  return Math.exp((lo + hi) / 2);
}
