import { positive } from "./validate.ts";

/**
 * Training compute in FLOPs for a dense Transformer: C ≈ 6·N·D (Kaplan et al. 2020, §2.1, Table 1;
 * Hoffmann et al. 2022, §3).
 *
 * What the 6 counts: each parameter takes one multiply and one add (2 FLOPs) per token in the forward
 * pass, and about twice that in the backward pass (gradients with respect to activations and to weights),
 * so 2 + 4 = 6 FLOPs per parameter per token.
 * What it leaves out: the attention-score term 2·n_layer·n_ctx·d_attn per token forward (small when
 * d_model ≫ n_ctx/12, see `forwardFlopsPerToken`), embeddings' lookups, norms and softmaxes, and any
 * activation recomputation (which adds about one more forward pass: ≈ 8·N·D in hardware FLOPs).
 * For a mixture-of-experts model pass the *active* parameters per token as `params`.
 *
 * @param params N, parameters (non-embedding in Kaplan's convention, total in Chinchilla's)
 * @param tokens D, training tokens
 * @returns FLOPs
 */
export function trainingFlops(params: number, tokens: number): number {
  return 6 * positive("params", params) * positive("tokens", tokens);
}
