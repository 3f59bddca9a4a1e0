import { FITS } from "./fits.ts";
import type { ChinchillaFit } from "./fits.ts";
import { PF_DAY_FLOPS } from "../units.ts";
import { KAPLAN_2020 } from "./kaplanConstants.ts";
import { allocationFromFit } from "../allocationFromFit.ts";

/**
 * A compute-optimal allocation rule in Hoffmann et al.'s form (Eq. 4): for a budget of C FLOPs,
 * N_opt = G·(C/6)^a parameters and D_opt = C/(6·N_opt) = G⁻¹·(C/6)^b tokens, with a + b = 1
 * because C = 6ND.
 */
export interface AllocationRule {
  readonly form: "allocation";
  /** Human-readable name, e.g. "Chinchilla Approach 1". */
  readonly label: string;
  /** G, params per (FLOPs/6)^a. */
  readonly G: number;
  /** Exponent of parameters on compute, N_opt ∝ C^a. */
  readonly a: number;
  /** Exponent of tokens on compute, D_opt ∝ C^b (= 1 − a). */
  readonly b: number;
  /** 10th–90th percentile of `a` as published, if any (Hoffmann et al. 2022, Table 2). */
  readonly aInterval?: readonly [number, number];
  /** 10th–90th percentile of `b` as published, if any (Hoffmann et al. 2022, Table 2). */
  readonly bInterval?: readonly [number, number];
  /** The fit used to report a loss for an allocation made by this rule. */
  readonly lossFit: ChinchillaFit;
  /** Paper, equation or table the rule comes from, and how it was derived. */
  readonly source: string;
}

/**
 * Hoffmann et al. give Approaches 1–3 as exponents (Table 2) and as projections for nine model sizes
 * (Approach 1: Table 3; Approaches 2 and 3: Table A3), not as coefficients. We derived G and a from
 * those projections: the power law D = k·N^s lying inside the rounding interval of every printed
 * cell (tokens ±0.05 of the printed unit, FLOPs ±0.005 of the printed mantissa), centred in the
 * feasible band (minimax in log space), with a = 1/(1+s) and G = k^(−a). Two kinds of cell were left
 * out: every 67B row (6% off the power law in all three tables; in Table 3 it is not even 6ND:
 * 6·67e9·1.5e12 = 6.0e23, not 5.76e23) and, for Approach 3, two typos (175B: 1.26e+24 FLOPs where
 * 6ND gives 1.26e25; 280B: 20.1T tokens where its own FLOPs give 20.95T). The tests check every cell.
 * The exponents round to Table 2's values (0.50, 0.49, 0.46).
 */
function fromTable(label: string, G: number, a: number, aInterval: [number, number], bInterval: [number, number], source: string): AllocationRule {
  return Object.freeze({ form: "allocation", label, G, a, b: 1 - a, aInterval, bInterval, lossFit: FITS.hoffmann2022, source });
}

/**
 * Named compute-optimal allocation rules, the choices of the compute-optimal widget (frozen).
 * C in FLOPs; each rule's `lossFit` is what `computeOptimal` reports a loss with.
 *
 * - `kaplan2020`: N_opt = 1.3e9 · C_min^0.73 with C_min in PF-days (Kaplan et al. 2020, Table 6,
 *   Eq. 6.1), for a budget C spent at the critical batch size, where C = 2·C_min (Kaplan §6.3,
 *   Eq. 6.7); tokens D = C/(6N), which is Kaplan's Eq. 6.7 and Table 6's D_e = 2e10. This is how
 *   Hoffmann et al. (Appendix D.4) get Kaplan's 4.68B parameters at 1e21 FLOPs. Kaplan's own loss is
 *   on WebText2 with non-embedding N, so the loss reported is Hoffmann et al.'s fit, as their
 *   Figure A4 compares the two allocations.
 * - `hoffmann2022Approach1`, `…Approach2`, `…Approach3`: Hoffmann et al. 2022, Table 2 exponents,
 *   coefficients derived from Tables 3 and A3 (see above).
 * - `besiroglu2024`: Besiroglu et al. 2024's refit, via the closed form of `allocationFromFit`.
 */
export const ALLOCATIONS = Object.freeze({
  kaplan2020: Object.freeze({
    form: "allocation",
    label: "Kaplan et al. 2020",
    // N = N_e · (C / (2 · PF_DAY))^p_N, rewritten as G · (C/6)^a.
    G: KAPLAN_2020.optimalParamsScale * (6 / (2 * PF_DAY_FLOPS)) ** KAPLAN_2020.optimalParamsExponent,
    a: KAPLAN_2020.optimalParamsExponent,
    b: 1 - KAPLAN_2020.optimalParamsExponent,
    lossFit: FITS.hoffmann2022,
    source: "Kaplan et al. 2020, Table 6 (N_opt = 1.3e9 · C_min^0.73, C_min in PF-days) with C = 2·C_min (Eq. 6.7); D = C/(6N)",
  }) satisfies AllocationRule,
  hoffmann2022Approach1: fromTable(
    "Chinchilla Approach 1",
    0.2423781,
    0.4981002,
    [0.488, 0.502],
    [0.501, 0.512],
    "Hoffmann et al. 2022, Table 2 (a = 0.50) and Table 3",
  ),
  hoffmann2022Approach2: fromTable(
    "Chinchilla Approach 2",
    0.351017,
    0.4898781,
    [0.462, 0.534],
    [0.483, 0.529],
    "Hoffmann et al. 2022, Table 2 (a = 0.49) and Table A3",
  ),
  hoffmann2022Approach3: fromTable(
    "Chinchilla Approach 3",
    1.22176,
    0.4586589,
    [0.454, 0.455],
    [0.542, 0.543],
    "Hoffmann et al. 2022, Table 2 (a = 0.46) and Table A3",
  ),
  besiroglu2024: allocationFromFit(FITS.besiroglu2024, "Epoch AI replication (Besiroglu et al. 2024)"),
});

/** The name of an allocation rule in `ALLOCATIONS`, as a widget's URL state holds it. */
export type AllocationName = keyof typeof ALLOCATIONS;
