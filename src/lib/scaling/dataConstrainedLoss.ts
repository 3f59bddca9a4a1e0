import { positive } from "./validate.ts";
import { FITS } from "./tables/fits.ts";
import type { ChinchillaFit } from "./tables/fits.ts";
import { allocationFromFit } from "./allocationFromFit.ts";
import { effectiveData, R_D_STAR } from "./effectiveData.ts";
import { effectiveParams, R_N_STAR } from "./effectiveParams.ts";

/**
 * Loss when data is scarce and repeated (Muennighoff et al. 2023, Eq. 7): L = E + A/N'^α + B/D'^β,
 * where D' = `effectiveData(tokens, uniqueTokens)` and N' = `effectiveParams(params, U_N)` with U_N
 * the compute-optimal size for U_D unique tokens under the fit, U_N = G·(U_D·G)^(β/α) (their
 * reference code, huggingface/datablations README, "Parametric Fit"). Default constants are theirs
 * (`FITS.muennighoff2023`, C4); the loss is in nats per token on their data, so compare trends, not levels.
 *
 * @param input.params N, parameters
 * @param input.tokens D, training tokens (all passes)
 * @param input.uniqueTokens U_D, unique tokens; ≥ `tokens` means no repetition
 * @param input.fit a fit of form "chinchilla" (default `FITS.muennighoff2023`)
 * @returns loss, nats per token
 */
export function dataConstrainedLoss({
  params,
  tokens,
  uniqueTokens,
  fit = FITS.muennighoff2023,
}: {
  params: number;
  tokens: number;
  uniqueTokens: number;
  fit?: ChinchillaFit;
}): number {
  const { G, a, b } = allocationFromFit(fit);
  const { E, A, B, alpha, beta } = fit;
  const dataEff = effectiveData(tokens, uniqueTokens, R_D_STAR);
  const unique = Math.min(uniqueTokens, tokens);
  const paramsEff = effectiveParams(positive("params", params), G * (unique * G) ** (a / b), R_N_STAR);
  return E + A / paramsEff ** alpha + B / dataEff ** beta;
}
