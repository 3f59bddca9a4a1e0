import { positive } from "./validate.ts";

/**
 * R_N*, the excess-parameter ratio after which extra parameters have lost 1 − 1/e of their value
 * (Muennighoff et al. 2023, Eq. 6 fit; ≈ 5.3 in the paper, 5.309743 in huggingface/datablations).
 */
export const R_N_STAR = 5.309743;

/**
 * Effective parameters of a model larger than its data can use (Muennighoff et al. 2023, Eq. 6):
 * N' = U_N + U_N·R_N*·(1 − e^(−R_N/R_N*)) with R_N = N/U_N − 1, where U_N is the compute-optimal size
 * for the unique data (see `dataConstrainedLoss`). If `params` ≤ `baseParams`, N' = N.
 *
 * @param params N, parameters
 * @param baseParams U_N, parameters the unique data supports
 * @param rStar R_N* (default `R_N_STAR`)
 * @returns N', parameters
 */
export function effectiveParams(params: number, baseParams: number, rStar = R_N_STAR): number {
  const base = Math.min(positive("baseParams", baseParams), positive("params", params));
  const excess = params / base - 1;
  return base + base * positive("rStar", rStar) * (1 - Math.exp(-excess / rStar));
}
