import type { LossFit } from "./tables/fits.ts";
import { lossFitParam } from "./fitParam.ts";
import { chinchillaLoss } from "./chinchillaLoss.ts";
import { kaplanLoss } from "./kaplanLoss.ts";

/**
 * L(N, D) in nats per token under any loss fit: `chinchillaLoss` for form "chinchilla" (Hoffmann et
 * al. 2022, Eq. 2), `kaplanLoss` Eq. 1.5 for form "kaplan" (Kaplan et al. 2020).
 *
 * @param params N, parameters
 * @param tokens D, training tokens
 * @param fit any entry of `FITS` or a `fitChinchilla` result
 */
export function predictLoss(params: number, tokens: number, fit: LossFit): number {
  const f = lossFitParam("fit", fit);
  return f.form === "kaplan" ? kaplanLoss({ params, tokens }, f) : chinchillaLoss(params, tokens, f);
}
