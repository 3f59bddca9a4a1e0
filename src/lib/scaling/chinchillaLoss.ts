import { positive } from "./validate.ts";
import { FITS } from "./tables/fits.ts";
import type { ChinchillaFit } from "./tables/fits.ts";
import { chinchillaFitParam } from "./fitParam.ts";

/**
 * Predicted final training loss, nats per token: L(N, D) = E + A/N^α + B/D^β
 * (Hoffmann et al. 2022, Eq. 2; constants from `FITS`).
 *
 * @param params N, parameters (all of them, embeddings included, as Hoffmann et al. count)
 * @param tokens D, training tokens (each seen once)
 * @param fit a fit of form "chinchilla"; defaults to Hoffmann et al.'s printed constants
 * @returns loss in nats per token
 */
export function chinchillaLoss(params: number, tokens: number, fit: ChinchillaFit = FITS.hoffmann2022): number {
  positive("params", params);
  positive("tokens", tokens);
  const { E, A, B, alpha, beta } = chinchillaFitParam("fit", fit);
  return E + A / params ** alpha + B / tokens ** beta;
}
