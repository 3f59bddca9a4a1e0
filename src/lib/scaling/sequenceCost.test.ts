import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL_CONFIGS } from "../../../content/data/models/index.ts";
import { countParams } from "./countParams.ts";
import { inferenceFlopsPerToken } from "./inferenceFlopsPerToken.ts";
import { sequenceCost } from "./sequenceCost.ts";

// A 2.8B-class shape: d_model 2,560, 64 layers (Mamba-2.8B, Gu & Dao 2023, Table 3), N ≈ 12·L·d².
const shape = { params: 12 * 64 * 2_560 ** 2, dModel: 2_560, layers: 64 };

describe("sequenceCost", () => {
  it("sequenceCost(options) gives a Llama-2-7B-shaped Transformer (32 × 4,096, MHA) a 2 GiB KV cache at 4,096 tokens in 16-bit", () => {
    const { stateBytes } = sequenceCost({ architecture: "transformer", params: 6.5e9, dModel: 4_096, layers: 32, contextLength: 4_096 });
    expect(stateBytes).toBe(2 * 2 ** 30);
  });
  it("sequenceCost(options) averages to Kaplan et al.'s 2N + 2·n_layer·n_ctx·d_attn per token, which doubles 2N at n_ctx = 12·d_model (§2.1)", () => {
    const n = 12 * 2_560;
    const { prefillFlops } = sequenceCost({ architecture: "transformer", ...shape, contextLength: n });
    expect(prefillFlops / n / (4 * shape.params)).toBeCloseTo(1, 3);
  });
  it("sequenceCost(options) agrees with inferenceFlopsPerToken(config, n) for Llama 2 7B", () => {
    const config = MODEL_CONFIGS["llama-2-7b"].config;
    const params = countParams(config).activeNonEmbedding;
    for (const n of [1, 100, 4_096]) {
      const { flopsPerToken } = sequenceCost({ architecture: "transformer", params, dModel: 4_096, layers: 32, contextLength: n });
      expect(flopsPerToken).toBe(inferenceFlopsPerToken(config, n));
    }
  });
  it("sequenceCost(options) sums the per-token FLOPs of every position into prefillFlops", () => {
    for (const architecture of ["transformer", "mamba", "retnet"] as const) {
      let sum = 0;
      for (let n = 1; n <= 50; n++) sum += sequenceCost({ architecture, ...shape, heads: 10, contextLength: n }).flopsPerToken;
      expect(sequenceCost({ architecture, ...shape, heads: 10, contextLength: 50 }).prefillFlops).toBeCloseTo(sum, -3);
    }
  });
  it("sequenceCost(options) grows a Transformer's KV cache linearly and its prefill quadratically with context", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 16 }), (n, k) => {
        const at = (contextLength: number) => sequenceCost({ architecture: "transformer", ...shape, contextLength });
        expect(at(k * n).stateBytes).toBeCloseTo(k * at(n).stateBytes, -1);
        expect(at(k * n).prefillFlops).toBeGreaterThan(k * at(n).prefillFlops);
        expect(at(k * n).flopsPerToken).toBeGreaterThan(at(n).flopsPerToken);
      }),
    );
  });
  it("sequenceCost(options) keeps Mamba's and RetNet's state and per-token FLOPs flat in context, prefill linear", () => {
    fc.assert(
      fc.property(fc.constantFrom("mamba", "retnet"), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 16 }), (architecture, n, k) => {
        const at = (contextLength: number) => sequenceCost({ architecture, ...shape, heads: 10, contextLength });
        expect(at(k * n).stateBytes).toBe(at(n).stateBytes);
        expect(at(k * n).flopsPerToken).toBe(at(n).flopsPerToken);
        expect(at(k * n).prefillFlops).toBeCloseTo(k * at(n).prefillFlops, -3);
      }),
    );
  });
  it("sequenceCost(options) sizes Mamba's state as d_inner·(d_state + d_conv) per layer and RetNet's as d·valueDim/heads", () => {
    const mamba = sequenceCost({ architecture: "mamba", ...shape, contextLength: 1, bytesPerValue: 1 });
    expect(mamba.stateBytes).toBe(64 * 2 * 2_560 * (16 + 4));
    const retnet = sequenceCost({ architecture: "retnet", ...shape, heads: 10, valueDim: 5_120, contextLength: 1, bytesPerValue: 1 });
    expect(retnet.stateBytes).toBe((64 * 2_560 * 5_120) / 10);
  });
  it("sequenceCost(options) grows GQA's saving in KV cache with the ratio of model width to kvDim", () => {
    const mha = sequenceCost({ architecture: "transformer", ...shape, contextLength: 8_192 });
    const gqa = sequenceCost({ architecture: "transformer", ...shape, kvDim: 2_560 / 4, contextLength: 8_192 });
    expect(gqa.stateBytes * 4).toBe(mha.stateBytes);
    expect(gqa.flopsPerToken).toBe(mha.flopsPerToken); // every query head still attends to all positions
  });
  it("sequenceCost(options) throws a RangeError naming contextLength when it is not a positive integer", () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity]) {
      expect(() => sequenceCost({ architecture: "transformer", ...shape, contextLength: bad })).toThrow(/invalid contextLength/);
    }
  });
  it("sequenceCost(options) throws for an unknown architecture, a RetNet without heads and non-positive sizes", () => {
    expect(() => sequenceCost({ architecture: "rwkv" as never, ...shape, contextLength: 1 })).toThrow('invalid architecture: "rwkv" (expected one of transformer, mamba, retnet)');
    expect(() => sequenceCost({ architecture: "retnet", ...shape, contextLength: 1 })).toThrow(/invalid heads: undefined/);
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => sequenceCost({ architecture: "mamba", ...shape, params: bad, contextLength: 1 })).toThrow(/invalid params/);
      expect(() => sequenceCost({ architecture: "mamba", ...shape, dModel: bad, contextLength: 1 })).toThrow(/invalid dModel/);
      expect(() => sequenceCost({ architecture: "mamba", ...shape, expand: bad, contextLength: 1 })).toThrow(/invalid expand/);
      expect(() => sequenceCost({ architecture: "transformer", ...shape, bytesPerValue: bad, contextLength: 1 })).toThrow(/invalid bytesPerValue/);
    }
  });
});
