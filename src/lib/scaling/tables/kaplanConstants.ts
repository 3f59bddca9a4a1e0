/**
 * Kaplan et al. 2020, "Scaling Laws for Neural Language Models": the constants of the single-variable
 * laws and of compute-efficient training. Loss in nats per token on WebText2; N counts non-embedding
 * parameters; compute in PF-days (8.64e19 FLOPs). The joint L(N, D) of Eq. 1.5 uses other
 * constants (Table 2), kept in `FITS.kaplan2020`.
 */
export const KAPLAN_2020 = Object.freeze({
  /** α_N of L(N) = (N_c/N)^α_N, Eq. 1.1. */
  alphaN: 0.076,
  /** N_c of Eq. 1.1, non-embedding parameters. */
  paramsScale: 8.8e13,
  /** α_D of L(D) = (D_c/D)^α_D, Eq. 1.2. */
  alphaD: 0.095,
  /** D_c of Eq. 1.2, tokens. */
  tokensScale: 5.4e13,
  /** α_C^min of L(C_min) = (C_c^min/C_min)^α, Eq. 1.3. */
  alphaComputeMin: 0.05,
  /** C_c^min of Eq. 1.3, PF-days. */
  computeScalePfDays: 3.1e8,
  /** α_B of B_crit(L) = B_* / L^(1/α_B), Eq. 1.4 (and 5.3). */
  alphaB: 0.21,
  /** B_*, tokens, Eq. 1.4 (Table 5 prints 2.1e8). */
  criticalBatchScaleTokens: 2e8,
  /** p_N of N_opt = N_e · C_min^p_N, Table 6 (Eq. 6.1). */
  optimalParamsExponent: 0.73,
  /** N_e, parameters at C_min = 1 PF-day, Table 6. */
  optimalParamsScale: 1.3e9,
  /** p_B of B = B_e · C_min^p_B, Table 6. */
  optimalBatchExponent: 0.24,
  /** B_e, tokens per batch at 1 PF-day, Table 6. */
  optimalBatchScaleTokens: 2.0e6,
  /** p_S of S_min = S_e · C_min^p_S, Table 6 (Eq. 6.2). */
  optimalStepsExponent: 0.03,
  /** S_e, optimizer steps at 1 PF-day, Table 6. */
  optimalStepsScale: 5.4e3,
  /** p_D of D_opt = D_e · C_min^p_D, Table 6 (one epoch). */
  optimalTokensExponent: 0.27,
  /** D_e, tokens at 1 PF-day, Table 6. */
  optimalTokensScale: 2e10,
});
