import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL_CONFIGS } from "../../../content/data/models/index.ts";
import type { ModelConfigInput } from "./ModelConfig.ts";
import { countParams } from "./countParams.ts";
import { trainingFlops } from "./trainingFlops.ts";
import { PF_DAY_FLOPS } from "./units.ts";

const config = (id: string) => MODEL_CONFIGS[id].config;
const sum = (breakdown: Record<string, number>) => Object.values(breakdown).reduce((a, b) => a + b, 0);

describe("countParams: published checkpoints", () => {
  it("countParams(config) returns 124,439,808 for GPT-2 small (tied embeddings, learned positions, biases)", () => {
    const r = countParams(config("gpt2"));
    expect(r.total).toBe(124_439_808);
    expect(r.breakdown.outputHead).toBe(0);
    expect(r.breakdown.positions).toBe(1024 * 768);
  });
  it("countParams(config) returns 6,738,415,616 for Llama-2-7B", () => {
    expect(countParams(config("llama-2-7b")).total).toBe(6_738_415_616);
  });
  it("countParams(config) returns 8,030,261,248 for Llama-3-8B (grouped-query attention)", () => {
    expect(countParams(config("llama-3-8b")).total).toBe(8_030_261_248);
  });
  it("countParams(config) returns 46,702,792,704 total for Mixtral-8x7B, ≈ 12.9B active (top-2 of 8)", () => {
    const r = countParams(config("mixtral-8x7b"));
    expect(r.total).toBe(46_702_792_704);
    expect(r.active / 12.9e9).toBeCloseTo(1, 2);
  });
  it("countParams(config) returns 671,026,419,200 for DeepSeek-V3's main model and ≈ 37B active", () => {
    const r = countParams(config("deepseek-v3"));
    expect(r.total).toBe(671_026_419_200);
    expect(Math.abs(r.active / 37e9 - 1)).toBeLessThan(0.02);
  });
  it("countParams(config) reports DeepSeek-V3's multi-token-prediction module apart, so main + MTP is the 685B checkpoint", () => {
    const r = countParams(config("deepseek-v3"));
    const d = 7168;
    // The MTP module is one MoE block (as are layers 3…60), eh_proj 2d × d, enorm, hnorm and its final norm.
    const blockNorms = 2 * d + 1536 + 512; // two RMSNorms + MLA's q and kv latent norms
    const denseBlock = r.breakdown.attention / 61 + 3 * d * 18432 + blockNorms;
    const moeBlock = (r.total - r.breakdown.embedding - r.breakdown.outputHead - d - 3 * denseBlock) / 58;
    expect(r.mtp).toBe(moeBlock + 2 * d * d + 3 * d);
    // README_WEIGHTS.md: 685B = 671B main + 14B MTP, the MTP weights holding their own copy of embedding and head.
    const checkpoint = r.total + r.mtp + r.breakdown.embedding + r.breakdown.outputHead;
    expect(Math.abs(checkpoint / 685e9 - 1)).toBeLessThan(0.001);
  });
  it("countParams(config) gives GPT-3 175B within 0.5% of 175B from its Table 2.1 shape", () => {
    const r = countParams(config("gpt3-175b"));
    expect(Math.abs(r.total / 175e9 - 1)).toBeLessThan(0.005);
    expect(r.total / 1e9).toBeCloseTo(174.6, 1);
  });
  it("countParams(config) with trainingFlops reproduces GPT-3's 3.14e23 FLOPs ≈ 3.64e3 PF-days over 300B tokens (Table D.1)", () => {
    const flops = trainingFlops(countParams(config("gpt3-175b")).total, 300e9);
    expect(flops / 1e23).toBeCloseTo(3.14, 2);
    expect(flops / PF_DAY_FLOPS).toBeCloseTo(3640, -1);
  });
  it("countParams(config) matches Gemma's and Gemma 2's reported embedding / non-embedding split exactly (Tables 1–2 of the reports)", () => {
    const g = countParams(config("gemma-7b"));
    expect([g.embedding, g.nonEmbedding]).toEqual([786_432_000, 7_751_248_896]);
    const g2 = countParams(config("gemma-2-9b"));
    expect([g2.embedding, g2.nonEmbedding]).toEqual([917_504_000, 8_324_201_984]);
  });
  it("countParams(config) counts Qwen2's q/k/v biases: 7,615,616,512 for Qwen2-7B", () => {
    const r = countParams(config("qwen2-7b"));
    expect(r.total).toBe(7_615_616_512);
    const noBias = countParams({ ...config("qwen2-7b"), model_type: "mistral" });
    expect(r.total - noBias.total).toBe(28 * (3584 + 2 * 512));
  });
  it("countParams(config) counts Qwen3's QK-norm: 2·head_dim per layer over the same shape without it", () => {
    const r = countParams(config("qwen3-8b"));
    const plain = countParams({ ...config("qwen3-8b"), model_type: "mistral" });
    expect(r.breakdown.norms - plain.breakdown.norms).toBe(36 * 2 * 128);
  });
  it("countParams(config) is within 1% of the reported total and 2.5% of the reported active count for every preset", () => {
    for (const fixture of Object.values(MODEL_CONFIGS)) {
      const r = countParams(fixture.config);
      expect(Math.abs(r.total / fixture.reportedParams - 1), fixture.id).toBeLessThan(0.01);
      if (fixture.reportedActiveParams !== undefined) {
        expect(Math.abs(r.active / fixture.reportedActiveParams - 1), fixture.id).toBeLessThan(0.025);
      } else {
        expect(r.active, fixture.id).toBe(r.total);
      }
    }
  });
});

describe("countParams: invariants", () => {
  const shape = fc.record({
    vocabSize: fc.integer({ min: 1, max: 300_000 }),
    hiddenSize: fc.integer({ min: 1, max: 64 }).map((x) => 64 * x),
    numLayers: fc.integer({ min: 1, max: 128 }),
    numHeads: fc.constantFrom(1, 2, 4, 8, 16, 32, 64),
    intermediateSize: fc.integer({ min: 1, max: 65_536 }),
    gatedMlp: fc.boolean(),
    tieEmbeddings: fc.boolean(),
    learnedPositions: fc.boolean(),
    attentionBias: fc.constantFrom("none" as const, "qkv" as const, "qkvo" as const),
    mlpBias: fc.boolean(),
    norm: fc.constantFrom("layernorm" as const, "rmsnorm" as const),
    qkNorm: fc.boolean(),
    moe: fc.option(
      fc.record({
        numExperts: fc.integer({ min: 1, max: 256 }),
        topK: fc.integer({ min: 1, max: 8 }),
        expertIntermediateSize: fc.integer({ min: 1, max: 4096 }),
        numSharedExperts: fc.integer({ min: 0, max: 2 }),
        sharedExpertIntermediateSize: fc.integer({ min: 1, max: 4096 }),
        firstDenseLayers: fc.integer({ min: 0, max: 3 }),
        routerBias: fc.boolean(),
      }),
      { nil: null },
    ),
  }).map((c): ModelConfigInput => ({
    ...c,
    moe: c.moe && {
      ...c.moe,
      topK: Math.min(c.moe.topK, c.moe.numExperts),
      firstDenseLayers: Math.min(c.moe.firstDenseLayers, c.numLayers),
    },
  }));

  it("countParams(config).total equals the sum of its breakdown, and nonEmbedding + embedding", () => {
    fc.assert(fc.property(shape, (c) => {
      const r = countParams(c);
      expect(r.total).toBe(sum({ ...r.breakdown }));
      expect(r.nonEmbedding + r.embedding).toBe(r.total);
    }));
  });
  it("countParams(config).active is at most total, and equal to it for a dense model", () => {
    fc.assert(fc.property(shape, (c) => {
      const r = countParams(c);
      expect(r.active).toBeLessThanOrEqual(r.total);
      expect(r.active).toBeGreaterThan(0);
      if (c.moe === null || c.moe === undefined || c.moe.topK === c.moe.numExperts) expect(r.active).toBe(r.total);
    }));
  });
  it("countParams(config) grows with the number of layers", () => {
    fc.assert(fc.property(shape, (c) => {
      expect(countParams({ ...c, numLayers: c.numLayers + 1 }).total).toBeGreaterThan(countParams(c).total);
    }));
  });
  it("countParams(config) grows with the width (hidden size and MLP width)", () => {
    fc.assert(fc.property(shape, (c) => {
      const base = countParams(c).total;
      expect(countParams({ ...c, hiddenSize: c.hiddenSize + 64 }).total).toBeGreaterThan(base);
      expect(countParams({ ...c, intermediateSize: c.intermediateSize + 1 }).total).toBeGreaterThanOrEqual(base);
    }));
  });
  it("countParams(config) counts a dense GPT-style block as 12·d² + 13·d (Kaplan et al. 2020 §2.1: N ≈ 12·n_layer·d²)", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 64 }), (layers, w) => {
      const d = 64 * w;
      const c = MODEL_CONFIGS["gpt3-175b"].config as ModelConfigInput;
      const r = countParams({ ...c, numLayers: layers, hiddenSize: d, numHeads: w, headDim: 64, intermediateSize: 4 * d });
      expect(r.nonEmbedding).toBe(layers * (12 * d * d + 13 * d) + 2 * d);
    }));
  });
});

describe("countParams: bad input", () => {
  it("countParams(config) throws a RangeError naming the layer count for 0, negative, fractional, NaN and Infinity", () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity]) {
      expect(() => countParams({ ...config("llama-2-7b"), num_hidden_layers: bad })).toThrow(RangeError);
      expect(() => countParams({ ...config("llama-2-7b"), num_hidden_layers: bad })).toThrow(`invalid num_hidden_layers: ${bad}`);
      expect(() => countParams({ ...config("gpt2"), n_layer: bad })).toThrow(`invalid n_layer: ${bad}`);
    }
  });
  it("countParams(config) throws a RangeError when the heads do not divide the width and head_dim is absent", () => {
    expect(() => countParams({ ...config("llama-2-7b"), num_attention_heads: 5 })).toThrow(
      "invalid num_attention_heads: 5 (must divide hidden_size 4096 when head_dim is absent)",
    );
  });
  it("countParams(config) throws for negative sizes and NaN, naming the field", () => {
    expect(() => countParams({ ...config("llama-2-7b"), intermediate_size: -11008 })).toThrow("invalid intermediate_size: -11008");
    expect(() => countParams({ ...config("llama-2-7b"), vocab_size: NaN })).toThrow("invalid vocab_size: NaN");
    expect(() => countParams({ ...config("mixtral-8x7b"), num_experts_per_tok: 9 })).toThrow("invalid num_experts_per_tok: 9 (must be ≤ num_local_experts 8)");
  });
  it("countParams(config) throws a TypeError naming the missing field for an unknown model_type with too few fields", () => {
    expect(() => countParams({ model_type: "mamba", hidden_size: 768, vocab_size: 50280 })).toThrow(TypeError);
    expect(() => countParams({ model_type: "mamba", hidden_size: 768, vocab_size: 50280 })).toThrow(
      'invalid num_attention_heads: undefined (required for model_type "mamba")',
    );
  });
});
