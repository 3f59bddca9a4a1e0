import type { ModelConfigInput } from "./ModelConfig.ts";
import type { HfConfig } from "./normalizeConfig.ts";
import { attentionFlopsPerToken } from "./attentionFlopsPerToken.ts";
import { countParams } from "./countParams.ts";
import { positiveInteger } from "./validate.ts";

/**
 * FLOPs to generate one token when the context holds `contextLength` tokens, the new one included,
 * with a KV cache: the forward pass of that single token. Its weights cost 2N (N non-embedding,
 * active for MoE, as in Kaplan et al. 2020 Table 1) and its query attends to all `contextLength`
 * cached keys and values: 2N + 4 · n_layer · contextLength · d_attn (`attentionFlopsPerToken`).
 *
 * It is Kaplan's C_forward formula token by token: averaged over the positions 1…n_ctx of a sequence
 * it is 2N + 2 · n_layer · (n_ctx + 1) · d_attn, i.e. `forwardFlopsPerToken(config, n_ctx)` plus
 * 2 · n_layer · d_attn (each token also attends to itself, which Kaplan's n_ctx / 2 average rounds away).
 * The cache saves recomputing keys and values of earlier
 * tokens, not the attention reads, which is why the per-token cost grows with the context.
 * Leaves out the output head (2 · d_model · n_vocab), softmax and sampling, as Kaplan's total does.
 *
 * @param config a Hugging Face `config.json` object or a `ModelConfigInput`
 * @param contextLength tokens in the context, the generated one included (integer ≥ 1)
 * @returns FLOPs per generated token
 */
export function inferenceFlopsPerToken(config: HfConfig | ModelConfigInput, contextLength: number): number {
  positiveInteger("contextLength", contextLength);
  const n = countParams(config).activeNonEmbedding;
  return 2 * n + attentionFlopsPerToken(config, contextLength);
}
