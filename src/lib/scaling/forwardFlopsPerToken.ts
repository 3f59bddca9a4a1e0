import type { ModelConfigInput } from "./ModelConfig.ts";
import type { HfConfig } from "./normalizeConfig.ts";
import { attentionFlopsPerToken } from "./attentionFlopsPerToken.ts";
import { countParams } from "./countParams.ts";
import { positiveInteger } from "./validate.ts";

/**
 * Forward-pass FLOPs per token of a sequence of `contextLength` tokens (Kaplan et al. 2020, §2.1, Table 1):
 * C_forward ≈ 2N + 2 · n_layer · n_ctx · d_attn,
 * with N the non-embedding parameters (the *active* ones for a mixture-of-experts model: each token
 * multiplies through the top-k routed experts and the shared ones only).
 *
 * The attention term is `attentionFlopsPerToken(config, n_ctx / 2)`: with a causal mask a token attends
 * to n_ctx / 2 earlier tokens on average, and q·k plus the weighted values cost 4 FLOPs per key per
 * channel, so 4 · (n_ctx / 2) · d_attn = 2 · n_ctx · d_attn per layer — Kaplan's term. Like Kaplan's
 * total, this leaves out the embedding lookup and the de-embedding (output head, 2 · d_model · n_vocab),
 * norms and softmax. Multiply by 3 for a training step (forward + backward): that is 6N per token plus
 * the attention term, the `trainingFlops` 6ND when n_ctx ≪ 12 · d_model.
 *
 * @param config a Hugging Face `config.json` object or a `ModelConfigInput`
 * @param contextLength n_ctx, tokens per sequence (integer ≥ 1)
 * @returns FLOPs per token
 */
export function forwardFlopsPerToken(config: HfConfig | ModelConfigInput, contextLength: number): number {
  positiveInteger("contextLength", contextLength);
  const n = countParams(config).activeNonEmbedding;
  return 2 * n + attentionFlopsPerToken(config, contextLength / 2);
}
