import { describe, expect, it } from "vitest";
import { MODEL_CONFIGS } from "../../../content/data/models/index.ts";
import { isMoeLayer, moeLayerCount } from "./moeLayerCount.ts";
import { normalizeConfig } from "./normalizeConfig.ts";

const config = (id: string) => normalizeConfig(MODEL_CONFIGS[id].config);

describe("moeLayerCount", () => {
  it("moeLayerCount(config) is 58 of 61 for DeepSeek-V3 (first_k_dense_replace 3) and 59 of 60 for DeepSeek-V2", () => {
    expect(moeLayerCount(config("deepseek-v3"))).toBe(58);
    expect(moeLayerCount(config("deepseek-v2"))).toBe(59);
  });
  it("moeLayerCount(config) is every layer for Mixtral and Qwen3-MoE, none for a dense model", () => {
    expect(moeLayerCount(config("mixtral-8x7b"))).toBe(32);
    expect(moeLayerCount(config("qwen3-235b-a22b"))).toBe(94);
    expect(moeLayerCount(config("llama-3-8b"))).toBe(0);
  });
  it("isMoeLayer(config, layer) follows decoder_sparse_step and mlp_only_layers (Qwen2-MoE rule: (i + 1) % step === 0)", () => {
    const c = normalizeConfig({ ...MODEL_CONFIGS["qwen3-30b-a3b"].config, num_hidden_layers: 8, decoder_sparse_step: 2, mlp_only_layers: [3] });
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => isMoeLayer(c, i))).toEqual([false, true, false, false, false, true, false, true]);
    expect(moeLayerCount(c)).toBe(3);
  });
  it("isMoeLayer(config, layer) is false outside [0, numLayers) and for non-integers", () => {
    const c = config("mixtral-8x7b");
    for (const layer of [-1, 32, 1.5, NaN]) expect(isMoeLayer(c, layer)).toBe(false);
  });
});
