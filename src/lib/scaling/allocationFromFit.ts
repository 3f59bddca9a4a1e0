import type { ChinchillaFit } from "./tables/fits.ts";
import type { AllocationRule } from "./tables/allocations.ts";
import { chinchillaFitParam } from "./fitParam.ts";

/**
 * The compute-optimal allocation implied by a parametric fit: minimising E + A/N^α + B/D^β subject to
 * C = 6ND gives N_opt = G·(C/6)^a and D_opt = G⁻¹·(C/6)^b with G = (αA/(βB))^(1/(α+β)),
 * a = β/(α+β), b = α/(α+β) (Hoffmann et al. 2022, Eq. 4 and Appendix D.2).
 *
 * @param fit a fit of form "chinchilla"
 * @returns the rule, whose `lossFit` is `fit` itself
 */
export function allocationFromFit(fit: ChinchillaFit, label = fit.source): AllocationRule {
  const { A, B, alpha, beta } = chinchillaFitParam("fit", fit);
  return Object.freeze({
    form: "allocation",
    label,
    G: ((alpha * A) / (beta * B)) ** (1 / (alpha + beta)),
    a: beta / (alpha + beta),
    b: alpha / (alpha + beta),
    lossFit: fit,
    source: `${fit.source}; closed form of Hoffmann et al. 2022, Eq. 4`,
  });
}
