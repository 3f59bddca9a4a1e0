import { positive } from "./validate.ts";

/**
 * R_D*, the number of repetitions after which repeated tokens have lost 1 − 1/e of their value
 * (Muennighoff et al. 2023, Eq. 5 fit; ≈ 15.4 in the paper, 15.387756 in huggingface/datablations).
 */
export const R_D_STAR = 15.387756;

/**
 * Effective training data when U_D unique tokens are repeated to fill D tokens (Muennighoff et al.
 * 2023, Eq. 5): D' = U_D + U_D·R_D*·(1 − e^(−R_D/R_D*)) with R_D = D/U_D − 1 repetitions (epochs − 1).
 * A few epochs are worth almost as much as fresh data; beyond ~16 the value decays, and D' never
 * exceeds U_D·(1 + R_D*). If `uniqueTokens` ≥ `tokens`, nothing repeats and D' = D.
 *
 * @param tokens D, training tokens
 * @param uniqueTokens U_D, unique tokens available
 * @param rStar R_D*, repetitions (default `R_D_STAR`)
 * @returns D', tokens
 */
export function effectiveData(tokens: number, uniqueTokens: number, rStar = R_D_STAR): number {
  const unique = Math.min(positive("uniqueTokens", uniqueTokens), positive("tokens", tokens));
  const repetitions = tokens / unique - 1;
  return unique + unique * positive("rStar", rStar) * (1 - Math.exp(-repetitions / rStar));
}
