import { inRange, keyword, positive } from "./validate.ts";
import { FITS } from "./tables/fits.ts";
import type { ChinchillaFit } from "./tables/fits.ts";
import { ALLOCATIONS } from "./tables/allocations.ts";
import type { AllocationName, AllocationRule } from "./tables/allocations.ts";
import { allocationFromFit } from "./allocationFromFit.ts";
import { chinchillaFitParam } from "./fitParam.ts";

/** Names in `FITS` of Chinchilla-form fits that are not also rules in `ALLOCATIONS`. */
export type ChinchillaFitName = "hoffmann2022" | "hoffmann2022Unrounded" | "muennighoff2023";

/** What `computeOptimal` and `optimalForParams` accept as `fit`. */
export type AllocationInput = ChinchillaFit | AllocationRule | AllocationName | ChinchillaFitName;

const FIT_NAMES: readonly ChinchillaFitName[] = ["hoffmann2022", "hoffmann2022Unrounded", "muennighoff2023"];
const NAMES: readonly (AllocationName | ChinchillaFitName)[] = [...(Object.keys(ALLOCATIONS) as AllocationName[]), ...FIT_NAMES];

/**
 * Resolves a fit, a rule or a name to an `AllocationRule`, checking it: a name is a key of
 * `ALLOCATIONS` or of a Chinchilla-form fit in `FITS` (so readers can type `computeOptimal(C,
 * "hoffmann2022")` as well as pass `FITS.hoffmann2022`; `besiroglu2024` names the same rule either way), a rule needs G > 0 and a in (0, 1] with b = 1 − a, a fit must be of form "chinchilla"
 * (a Kaplan Eq. 1.5 fit is rejected: its iso-FLOP minimum is not Kaplan's allocation, which is
 * `ALLOCATIONS.kaplan2020`).
 */
export function toAllocation(fit: AllocationInput): AllocationRule {
  if (typeof fit === "string") {
    const name = keyword("fit", fit, NAMES);
    return name in ALLOCATIONS ? ALLOCATIONS[name as AllocationName] : allocationFromFit(FITS[name as ChinchillaFitName]);
  }
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
