import { positive } from "./validate.ts";
import { FITS } from "./tables/fits.ts";
import { chinchillaLoss } from "./chinchillaLoss.ts";
import { toAllocation } from "./toAllocation.ts";
import type { AllocationInput } from "./toAllocation.ts";
import type { OptimalModel } from "./computeOptimal.ts";

/**
 * The budget and data for which a model of a given size is compute-optimal — the view of Hoffmann
 * et al. 2022, Table 3 ("400M parameters: 1.92e19 FLOPs, 8.0B tokens"). Inverts N_opt = G·(C/6)^a:
 * C = 6·(N/G)^(1/a), D = C/(6N).
 *
 * @param params N, parameters
 * @param fit as for `computeOptimal`
 * @returns the model, plus `flops`, the budget C in FLOPs
 */
export function optimalForParams(params: number, fit: AllocationInput = FITS.hoffmann2022): OptimalModel & { flops: number } {
  positive("params", params);
  const rule = toAllocation(fit);
  const flops = 6 * (params / rule.G) ** (1 / rule.a);
  const tokens = flops / (6 * params);
  return { params, tokens, flops, tokensPerParam: tokens / params, loss: chinchillaLoss(params, tokens, rule.lossFit) };
}
