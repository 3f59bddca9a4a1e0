import type { ModelConfig, ModelConfigInput } from "./ModelConfig.ts";
import type { HfConfig } from "./normalizeConfig.ts";
import { normalizeConfig } from "./normalizeConfig.ts";
import { positive, positiveInteger } from "./validate.ts";

/** Options of `kvCacheBytes`. */
export interface KvCacheOptions {
  /** Tokens held per sequence (prompt + generated), an integer ≥ 1. */
  contextLength: number;
  /** Sequences held at once (default 1). */
  batch?: number;
  /** Bytes per cached value (default 2, fp16/bf16; 1 for an fp8 cache). */
  bytesPerValue?: number;
}

/**
 * Values cached per token, summed over layers:
 * 2 · n_layer · numKvHeads · headDim for multi-head and grouped-query attention (a key and a value per
 * KV head); n_layer · (kvLoraRank + qkRopeHeadDim) for multi-head latent attention, which caches the
 * compressed latent c_KV and the shared rotary key (DeepSeek-V2, arXiv:2405.04434, §2.1.2–2.1.3, Table 1).
 */
export function kvValuesPerToken(c: ModelConfig): number {
  if (c.mla !== null) return c.numLayers * (c.mla.kvLoraRank + c.mla.qkRopeHeadDim);
  return 2 * c.numLayers * c.numKvHeads * c.headDim;
}

/**
 * KV-cache size in bytes: values per token (`kvValuesPerToken`) × contextLength × batch × bytesPerValue.
 * E.g. Llama 2 7B (32 layers, 32 KV heads of 128) holds 0.5 MiB per token in 16-bit, 2 GiB for 4,096
 * tokens. Grouped-query attention (Ainslie et al. 2023) divides this by numHeads / numKvHeads; MLA
 * caches 576 values per layer per token in DeepSeek-V3, as much as GQA with 2.25 groups.
 * Leaves out sliding-window caps (Mistral, Gemma 2's local layers) and paging overhead.
 *
 * @param config a Hugging Face `config.json` object, a `ModelConfigInput` or a `ModelConfig`
 * @returns bytes
 * @throws RangeError naming contextLength, batch or bytesPerValue when not valid
 */
export function kvCacheBytes(config: HfConfig | ModelConfigInput | ModelConfig, options: KvCacheOptions): number {
  const contextLength = positiveInteger("contextLength", options.contextLength);
  const batch = positiveInteger("batch", options.batch ?? 1);
  const bytes = positive("bytesPerValue", options.bytesPerValue ?? 2);
  return kvValuesPerToken(normalizeConfig(config)) * contextLength * batch * bytes;
}
