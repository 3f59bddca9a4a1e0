import type { ModelConfig } from "./ModelConfig.ts";

/**
 * Whether block `layer` (0-based) has a mixture-of-experts MLP, by the rule documented on
 * `MoeConfig.layerFrequency` (Qwen2-MoE `decoder_sparse_step`, DeepSeek `first_k_dense_replace`).
 * Always false for a dense model and for a layer index outside [0, numLayers).
 */
export function isMoeLayer(config: ModelConfig, layer: number): boolean {
  const moe = config.moe;
  if (moe === null || !Number.isInteger(layer) || layer < 0 || layer >= config.numLayers) return false;
  return layer >= moe.firstDenseLayers && (layer + 1) % moe.layerFrequency === 0 && !moe.denseLayers.includes(layer);
}

/** Number of blocks with a mixture-of-experts MLP (the rest have a dense MLP of width `intermediateSize`). */
export function moeLayerCount(config: ModelConfig): number {
  if (config.moe === null) return 0;
  let count = 0;
  for (let layer = 0; layer < config.numLayers; layer++) if (isMoeLayer(config, layer)) count++;
  return count;
}
