import { positive } from "./validate.ts";
import { PF_DAY_FLOPS } from "./units.ts";
import { KAPLAN_2020 } from "./tables/kaplanConstants.ts";

/** Kaplan et al.'s compute-efficient training run for one budget (their Table 6). */
export interface KaplanOptimum {
  /** C_min, the budget, PF-days. */
  computeMinPfDays: number;
  /** C = 2·C_min, the FLOPs actually spent when training at the critical batch size (Eq. 6.7). */
  flops: number;
  /** N_opt = 1.3e9 · C_min^0.73, non-embedding parameters. */
  params: number;
  /** B = 2.0e6 · C_min^0.24, tokens per batch. */
  batchTokens: number;
  /** S_min = 5.4e3 · C_min^0.03, optimizer steps (a lower bound). */
  steps: number;
  /** D_opt = 2e10 · C_min^0.27, tokens (one epoch). */
  tokens: number;
}

/**
 * Kaplan et al. 2020's compute-efficient allocation (Table 6; Eqs. 1.7, 6.1, 6.2): most of a larger
 * budget goes to a larger model, N ∝ C_min^0.73, little to data, D ∝ C_min^0.27, training stopped well
 * before convergence. Hoffmann et al. 2022 (Table 2: a = 0.50) overturned the 0.73.
 *
 * @param computeMinPfDays C_min in PF-days (1 PF-day = 8.64e19 FLOPs)
 */
export function kaplanOptimal(computeMinPfDays: number): KaplanOptimum {
  const c = positive("computeMinPfDays", computeMinPfDays);
  const k = KAPLAN_2020;
  return {
    computeMinPfDays: c,
    flops: 2 * c * PF_DAY_FLOPS,
    params: k.optimalParamsScale * c ** k.optimalParamsExponent,
    batchTokens: k.optimalBatchScaleTokens * c ** k.optimalBatchExponent,
    steps: k.optimalStepsScale * c ** k.optimalStepsExponent,
    tokens: k.optimalTokensScale * c ** k.optimalTokensExponent,
  };
}
