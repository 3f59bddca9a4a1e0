import { inRange, keyword, positive } from "./validate.ts";
import type { ChinchillaFit } from "./fits.ts";
import { ALLOCATIONS } from "./allocations.ts";
import type { AllocationName, AllocationRule } from "./allocations.ts";
import { allocationFromFit } from "./allocationFromFit.ts";
import { chinchillaFitParam } from "./fitParam.ts";

/** What `computeOptimal` and `optimalForParams` accept as `fit`. */
export type AllocationInput = ChinchillaFit | AllocationRule | AllocationName;

const NAMES = Object.keys(ALLOCATIONS) as AllocationName[];

/**
 * Resolves a fit, a rule or a rule's name to an `AllocationRule`, checking it: a name must be a key of
 * `ALLOCATIONS`, a rule needs G > 0 and a in (0, 1] with b = 1 − a, a fit must be of form "chinchilla"
 * (a Kaplan Eq. 1.5 fit is rejected: its iso-FLOP minimum is not Kaplan's allocation, which is
 * `ALLOCATIONS.kaplan2020`).
 */
export function toAllocation(fit: AllocationInput): AllocationRule {
  if (typeof fit === "string") return ALLOCATIONS[keyword("fit", fit, NAMES)];
  if (fit !== null && typeof fit === "object" && (fit as { form?: unknown }).form === "allocation") {
    const rule = fit as AllocationRule;
    positive("fit.G", rule.G);
    inRange("fit.a", rule.a, 0, 1);
    if (Math.abs(rule.a + rule.b - 1) > 1e-9) throw new RangeError(`invalid fit.b: ${rule.b} (must equal 1 − fit.a, since C = 6ND)`);
    chinchillaFitParam("fit.lossFit", rule.lossFit);
    return rule;
  }
  return allocationFromFit(chinchillaFitParam("fit", fit));
}
