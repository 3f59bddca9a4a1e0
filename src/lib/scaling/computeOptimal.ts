import { positive } from "./validate.ts";
import { FITS } from "./tables/fits.ts";
import { chinchillaLoss } from "./chinchillaLoss.ts";
import { toAllocation } from "./toAllocation.ts";
import type { AllocationInput } from "./toAllocation.ts";

/** A compute-optimal model: its size, its data, and the loss the rule's fit predicts for it. */
export interface OptimalModel {
  /** N_opt, parameters. */
  params: number;
  /** D_opt, training tokens; 6 · params · tokens equals the budget. */
  tokens: number;
  /** D_opt / N_opt, tokens per parameter (≈ 20 for Chinchilla). */
  tokensPerParam: number;
  /** Predicted loss, nats per token, under the fit itself or the rule's `lossFit`. */
  loss: number;
}

/**
 * The compute-optimal split of a training budget between parameters and tokens, with C = 6ND:
 * N_opt = G·(C/6)^a, D_opt = C/(6·N_opt) (Hoffmann et al. 2022, Eq. 4).
 *
 * `fit` chooses the rule: a parametric fit (`FITS.hoffmann2022`, `FITS.besiroglu2024`, … or a
 * `fitChinchilla` result) gives G = (αA/(βB))^(1/(α+β)), a = β/(α+β); an `AllocationRule` or the
 * name of one in `ALLOCATIONS` ("kaplan2020", "hoffmann2022Approach1" … "besiroglu2024") gives its
 * published G and a.
 *
 * Why the rounded constants mislead: at Gopher's 5.76e23 FLOPs, `FITS.hoffmann2022` as printed
 * (α = 0.34, β = 0.28) gives ≈ 32B params trained on ≈ 3.0T tokens, ≈ 93 tokens per parameter,
 * while the unrounded constants (`FITS.hoffmann2022Unrounded`) give the paper's 40B (≈ 59 tokens per
 * parameter) and Approaches 1, 2 and Besiroglu et al.'s replication give 64–72B at ≈ 18–24.
 *
 * @param flops C, training compute in FLOPs
 * @param fit a fit of form "chinchilla", an allocation rule, or its name; default Hoffmann et al.'s printed fit
 */
export function computeOptimal(flops: number, fit: AllocationInput = FITS.hoffmann2022): OptimalModel {
  positive("flops", flops);
  const rule = toAllocation(fit);
  const params = rule.G * (flops / 6) ** rule.a;
  const tokens = flops / (6 * params);
  return { params, tokens, tokensPerParam: tokens / params, loss: chinchillaLoss(params, tokens, rule.lossFit) };
}
