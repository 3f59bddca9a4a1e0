/**
 * Published loss fits L(N, D): loss in nats per token as a function of parameters N and training
 * tokens D. Two functional forms exist, told apart by `form`, so a function that only makes sense for
 * one of them can check it instead of silently misreading the constants.
 */

/**
 * Hoffmann et al. 2022 ("Chinchilla"), Eq. 2: L(N, D) = E + A / N^α + B / D^β.
 * E is the irreducible loss (nats/token), A/N^α the shortfall of a finite model with N params,
 * B/D^β the shortfall of training on D tokens. N counts all parameters, embeddings included.
 */
export interface ChinchillaFit {
  readonly form: "chinchilla";
  /** Irreducible loss, nats per token. */
  readonly E: number;
  /** Model-size coefficient (nats · params^α). */
  readonly A: number;
  /** Data coefficient (nats · tokens^β). */
  readonly B: number;
  /** Exponent on parameters. */
  readonly alpha: number;
  /** Exponent on training tokens. */
  readonly beta: number;
  /** Paper, equation or table the constants come from. */
  readonly source: string;
}

/**
 * Kaplan et al. 2020, Eq. 1.5 (early-stopped loss on WebText2):
 * L(N, D) = [(N_c / N)^(α_N / α_D) + D_c / D]^α_D. N counts non-embedding parameters.
 * Not comparable with a `ChinchillaFit`'s loss: other data, other tokenizer, other N.
 */
export interface KaplanFit {
  readonly form: "kaplan";
  /** Exponent of L(N). */
  readonly alphaN: number;
  /** Exponent of L(D). */
  readonly alphaD: number;
  /** Scale of non-embedding parameters. */
  readonly Nc: number;
  /** Scale of training tokens. */
  readonly Dc: number;
  /** Paper, equation or table the constants come from. */
  readonly source: string;
}

/** Any loss fit L(N, D) the module can evaluate. */
export type LossFit = ChinchillaFit | KaplanFit;

function chinchilla(E: number, A: number, B: number, alpha: number, beta: number, source: string): ChinchillaFit {
  return Object.freeze({ form: "chinchilla", E, A, B, alpha, beta, source });
}

/**
 * Named published fits (frozen). Loss in nats per token; N in parameters, D in tokens.
 *
 * - `kaplan2020`: Kaplan et al. 2020, Eq. 1.5 with the joint fit of Table 2 (α_N = 0.076, α_D = 0.103,
 *   N_c = 6.4e13, D_c = 1.8e13). The single-variable laws use other constants (see `KAPLAN_2020`).
 * - `hoffmann2022`: Hoffmann et al. 2022, Appendix D.2 (the fit of their Eq. 2) as printed: E = 1.69, A = 406.4,
 *   B = 410.7, α = 0.34, β = 0.28.
 * - `hoffmann2022Unrounded`: the same fit before rounding, from the paper's TeX source as quoted by
 *   Besiroglu et al. 2024 (repository epoch-research/analyzing-chinchilla, `true_params` in
 *   log form: a = 6.0073404, b = 6.0179186, e = 0.5267228, α = 0.33917084, β = 0.2849083).
 *   Only these reproduce the paper's own "40B parameters at Gopher's budget" (Figure 4, §3.3);
 *   the rounded exponents move the optimum to ≈ 32B (see `computeOptimal`).
 * - `besiroglu2024`: Besiroglu, Erdil, Barnett & You 2024, "Chinchilla Scaling: A replication
 *   attempt", refit of Approach 3 on 240 runs read off Hoffmann et al.'s Figure 4: E = 1.82,
 *   A = 482.01, B = 2085.43, α = 0.3478, β = 0.3658.
 * - `muennighoff2023`: Muennighoff et al. 2023, "Scaling Data-Constrained Language Models", the
 *   unique-data fit on C4 that `dataConstrainedLoss` extends (repository huggingface/datablations,
 *   README "Parametric Fit": a = 6.255414, b = 7.3049974, e = 0.6254804, α = β = 0.3526596).
 */
export const FITS = Object.freeze({
  kaplan2020: Object.freeze({
    form: "kaplan",
    alphaN: 0.076,
    alphaD: 0.103,
    Nc: 6.4e13,
    Dc: 1.8e13,
    source: "Kaplan et al. 2020, Eq. 1.5, Table 2",
  }) satisfies KaplanFit,
  hoffmann2022: chinchilla(1.69, 406.4, 410.7, 0.34, 0.28, "Hoffmann et al. 2022, Appendix D.2 (fit of Eq. 2), rounded as printed"),
  hoffmann2022Unrounded: chinchilla(
    Math.exp(0.5267228),
    Math.exp(6.0073404),
    Math.exp(6.0179186),
    0.33917084,
    0.2849083,
    "Hoffmann et al. 2022, Appendix D.2 unrounded (TeX source), as quoted by Besiroglu et al. 2024",
  ),
  besiroglu2024: chinchilla(1.82, 482.01, 2085.43, 0.3478, 0.3658, "Besiroglu et al. 2024, replication of Approach 3 (§3)"),
  muennighoff2023: chinchilla(
    Math.exp(0.6254804),
    Math.exp(6.255414),
    Math.exp(7.3049974),
    0.3526596,
    0.3526596,
    "Muennighoff et al. 2023, C4 fit (huggingface/datablations README)",
  ),
});
