import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL_CONFIGS } from "../../../content/data/models/index.ts";
import type { ModelConfigInput } from "./ModelConfig.ts";
import { countParams } from "./countParams.ts";
import { forwardFlopsPerToken } from "./forwardFlopsPerToken.ts";

const config = (id: string) => MODEL_CONFIGS[id].config;

describe("forwardFlopsPerToken", () => {
  it("forwardFlopsPerToken(config, 2048) for GPT-3 175B is Kaplan's 2N + 2·n_layer·n_ctx·d_attn with N ≈ 12·n_layer·d², within 0.1%", () => {
    const kaplan = 2 * 12 * 96 * 12288 ** 2 + 2 * 96 * 2048 * 12288;
    expect(Math.abs(forwardFlopsPerToken(config("gpt3-175b"), 2048) / kaplan - 1)).toBeLessThan(0.001);
  });
  it("forwardFlopsPerToken(config, n_ctx) exceeds 2N by the fraction n_ctx / (12·d_model) for GPT-style models (Kaplan et al. 2020 §2.1)", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 48 }), fc.integer({ min: 1, max: 32_768 }), (w, layers, ctx) => {
      const d = 128 * w;
      const c: ModelConfigInput = { ...(config("gpt3-175b") as ModelConfigInput), hiddenSize: d, numHeads: w, intermediateSize: 4 * d, numLayers: layers };
      const twoN = 2 * countParams(c).nonEmbedding;
      // Biases and norms make N slightly more than 12·n_layer·d², hence the tolerance.
      expect((forwardFlopsPerToken(c, ctx) - twoN) / twoN / (ctx / (12 * d))).toBeCloseTo(1, 1);
    }));
  });
  it("forwardFlopsPerToken(config, n_ctx) counts only the active experts of an MoE model (Mixtral: top-2 of 8)", () => {
    const mixtral = forwardFlopsPerToken(config("mixtral-8x7b"), 4096);
    const mistral = forwardFlopsPerToken(config("mistral-7b"), 4096);
    // Same attention; one more expert MLP (3·4096·14336 per layer) plus the router.
    expect(mixtral - mistral).toBe(2 * 32 * (3 * 4096 * 14336 + 8 * 4096));
  });
  it("forwardFlopsPerToken(config, n_ctx) is ≈ 2 × 37B active parameters per token for DeepSeek-V3 at short context", () => {
    expect(forwardFlopsPerToken(config("deepseek-v3"), 1) / 2 / 37e9).toBeCloseTo(1, 1);
  });
  it("forwardFlopsPerToken(config, n_ctx) grows with the context", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), (n) => {
      expect(forwardFlopsPerToken(config("llama-3-8b"), n + 1)).toBeGreaterThan(forwardFlopsPerToken(config("llama-3-8b"), n));
    }));
  });
  it("forwardFlopsPerToken(config, n_ctx) throws a RangeError naming contextLength for 0, negative, fractional, NaN and Infinity", () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity]) expect(() => forwardFlopsPerToken(config("gpt2"), bad)).toThrow(`invalid contextLength: ${bad}`);
  });
});
