import { positive } from "./validate.ts";
import { FITS } from "./tables/fits.ts";
import { chinchillaLoss } from "./chinchillaLoss.ts";
import { toAllocation } from "./toAllocation.ts";
import type { AllocationInput } from "./toAllocation.ts";
import type { OptimalModel } from "./computeOptimal.ts";

/**
 * The model size, and budget, for which D training tokens are compute-optimal: the other inverse of
 * Hoffmann et al. 2022's allocation (`optimalForParams` is the first). From N_opt = G·(C/6)^a and
 * D_opt = G⁻¹·(C/6)^b with a + b = 1: C/6 = (D·G)^(1/b), so N = G·(D·G)^(a/b) and C = 6·N·D.
 *
 * Use it for "I have 15T tokens of data: what model should they train?": about 710B parameters under
 * Approach 1 (≈ 21 tokens per parameter), but 122B under the default, the fit as printed with its
 * rounded exponents (see `computeOptimal`). Llama 3 8B saw those 15T tokens: ≈ 1,870 per parameter.
 *
 * @param tokens D, training tokens
 * @param fit as for `computeOptimal`
 * @returns the model, plus `flops`, the budget C in FLOPs
 */
export function optimalForTokens(tokens: number, fit: AllocationInput = FITS.hoffmann2022): OptimalModel & { flops: number } {
  positive("tokens", tokens);
  const rule = toAllocation(fit);
  const params = rule.G * (tokens * rule.G) ** (rule.a / rule.b);
  const flops = 6 * params * tokens;
  return { params, tokens, flops, tokensPerParam: tokens / params, loss: chinchillaLoss(params, tokens, rule.lossFit) };
}
