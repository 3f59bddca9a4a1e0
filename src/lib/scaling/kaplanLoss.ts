import { positive } from "./validate.ts";
import { FITS } from "./tables/fits.ts";
import type { KaplanFit } from "./tables/fits.ts";
import { KAPLAN_2020 } from "./tables/kaplanConstants.ts";
import { lossFitParam } from "./fitParam.ts";

/** What `kaplanLoss` is given: which of N, D and C_min limit the loss. */
export interface KaplanLossInput {
  /** N, non-embedding parameters. */
  params?: number;
  /** D, training tokens. */
  tokens?: number;
  /** C_min, compute at the compute-efficient allocation (B ≪ B_crit), in PF-days. */
  computePfDays?: number;
}

/**
 * Kaplan et al. 2020's loss laws, in nats per token on WebText2, chosen by what is given:
 * - `{ params }`: L(N) = (N_c/N)^α_N, Eq. 1.1 (model-limited, trained to convergence);
 * - `{ tokens }`: L(D) = (D_c/D)^α_D, Eq. 1.2 (data-limited, early-stopped);
 * - `{ params, tokens }`: L(N, D) = [(N_c/N)^(α_N/α_D) + D_c/D]^α_D, Eq. 1.5 with `fit`
 *   (default `FITS.kaplan2020`, Table 2);
 * - `{ computePfDays }`: L(C_min) = (C_c^min/C_min)^α_C^min, Eq. 1.3.
 * Any other combination throws a `RangeError`.
 */
export function kaplanLoss(input: KaplanLossInput, fit: KaplanFit = FITS.kaplan2020): number {
  if (input === null || typeof input !== "object") throw new TypeError(`invalid input: ${String(input)} (expected { params?, tokens?, computePfDays? })`);
  const { params, tokens, computePfDays } = input;
  const given = [params !== undefined && "params", tokens !== undefined && "tokens", computePfDays !== undefined && "computePfDays"].filter(Boolean).join(", ");
  const k = KAPLAN_2020;
  if (given === "params") return (k.paramsScale / positive("params", params)) ** k.alphaN;
  if (given === "tokens") return (k.tokensScale / positive("tokens", tokens)) ** k.alphaD;
  if (given === "computePfDays") return (k.computeScalePfDays / positive("computePfDays", computePfDays)) ** k.alphaComputeMin;
  if (given === "params, tokens") {
    const f = lossFitParam("fit", fit);
    if (f.form !== "kaplan") throw new TypeError(`invalid fit: { form: "${f.form}" } (expected a fit of form "kaplan", e.g. FITS.kaplan2020)`);
    const n = positive("params", params);
    const d = positive("tokens", tokens);
    return ((f.Nc / n) ** (f.alphaN / f.alphaD) + f.Dc / d) ** f.alphaD;
  }
  throw new RangeError(`invalid input: { ${given} } (give params, tokens, params and tokens, or computePfDays alone)`);
}
