import type { ModelConfigInput } from "./ModelConfig.ts";
import type { HfConfig } from "./normalizeConfig.ts";
import { normalizeConfig } from "./normalizeConfig.ts";
import { nonNegative } from "./validate.ts";

/**
 * FLOPs one query token spends on attention itself, beyond the weight matmuls: scores q·k against
 * `keys` keys and the weighted sum of as many values, in every layer, 2 FLOPs per multiply-add:
 * 2 · n_layer · keys · n_heads · (d_qk + d_v), which is 4 · n_layer · keys · d_attn when d_qk = d_v
 * (d_attn = n_heads · d_head, Kaplan et al. 2020, Table 1). With grouped-query attention the keys are
 * shared but every query head still does its own products, so numKvHeads does not enter.
 * With MLA, d_qk = qkNopeHeadDim + qkRopeHeadDim and d_v = vHeadDim, in the un-absorbed form.
 * Softmax, scaling and masking are left out, as Kaplan does.
 *
 * @param config a Hugging Face `config.json` object or a `ModelConfigInput`
 * @param keys tokens attended to (≥ 0; may be fractional, e.g. an average)
 * @returns FLOPs per token
 */
export function attentionFlopsPerToken(config: HfConfig | ModelConfigInput, keys: number): number {
  const c = normalizeConfig(config);
  nonNegative("keys", keys);
  const qk = c.headDim;
  const v = c.mla === null ? c.headDim : c.mla.vHeadDim;
  return 2 * c.numLayers * keys * c.numHeads * (qk + v);
}
