import { describe, expect, it } from "vitest";
import { MODEL_CONFIGS } from "../../../content/data/models/index.ts";
import { normalizeConfig, SUPPORTED_MODEL_TYPES } from "./normalizeConfig.ts";

const config = (id: string) => MODEL_CONFIGS[id].config;

describe("normalizeConfig", () => {
  it("normalizeConfig(config) reads every supported model_type from a preset", () => {
    const types = new Set(Object.values(MODEL_CONFIGS).map((f) => normalizeConfig(f.config).family));
    for (const type of SUPPORTED_MODEL_TYPES) expect(types.has(type), type).toBe(true);
  });
  it("normalizeConfig(config) reads GPT-2's n_* keys, learned positions, LayerNorm, biases and tied head", () => {
    expect(normalizeConfig(config("gpt2"))).toMatchObject({
      hiddenSize: 768, numLayers: 12, numHeads: 12, numKvHeads: 12, headDim: 64, intermediateSize: 3072,
      gatedMlp: false, tieEmbeddings: true, learnedPositions: true, maxPositions: 1024,
      attentionBias: "qkvo", mlpBias: true, norm: "layernorm", moe: null, mla: null,
    });
  });
  it("normalizeConfig(config) reads grouped-query attention and an untied head from Llama-3-8B", () => {
    expect(normalizeConfig(config("llama-3-8b"))).toMatchObject({
      numHeads: 32, numKvHeads: 8, headDim: 128, gatedMlp: true, tieEmbeddings: false, learnedPositions: false, norm: "rmsnorm",
    });
  });
  it("normalizeConfig(config) keeps a head_dim that differs from hidden / heads (Gemma 7B: 256 ≠ 3072 / 16)", () => {
    expect(normalizeConfig(config("gemma-7b"))).toMatchObject({ headDim: 256, tieEmbeddings: true, normsPerLayer: 2 });
    expect(normalizeConfig(config("gemma-2-9b"))).toMatchObject({ headDim: 256, numKvHeads: 8, normsPerLayer: 4 });
  });
  it("normalizeConfig(config) gives Qwen2 q/k/v biases and Qwen3 QK-norm", () => {
    expect(normalizeConfig(config("qwen2-7b")).attentionBias).toBe("qkv");
    expect(normalizeConfig(config("qwen3-8b"))).toMatchObject({ attentionBias: "none", qkNorm: true });
  });
  it("normalizeConfig(config) reads Mixtral's experts at the MLP width, every layer MoE", () => {
    expect(normalizeConfig(config("mixtral-8x7b")).moe).toMatchObject({
      numExperts: 8, topK: 2, expertIntermediateSize: 14336, numSharedExperts: 0, firstDenseLayers: 0, layerFrequency: 1,
    });
  });
  it("normalizeConfig(config) reads Qwen2-MoE's single shared expert with its sigmoid gate", () => {
    expect(normalizeConfig(config("qwen2-57b-a14b")).moe).toMatchObject({
      numExperts: 64, topK: 8, expertIntermediateSize: 2560, numSharedExperts: 1, sharedExpertIntermediateSize: 20480, sharedExpertGate: true,
    });
  });
  it("normalizeConfig(config) reads DeepSeek-V3's MLA, first dense layers, routing bias and MTP module", () => {
    const c = normalizeConfig(config("deepseek-v3"));
    expect(c.mla).toEqual({ qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 });
    expect(c).toMatchObject({ headDim: 192, numKvHeads: 128, mtpLayers: 1 });
    expect(c.moe).toMatchObject({ numExperts: 256, topK: 8, numSharedExperts: 1, sharedExpertIntermediateSize: 2048, firstDenseLayers: 3, routerBias: true });
    expect(normalizeConfig(config("deepseek-v2")).moe).toMatchObject({ numSharedExperts: 2, firstDenseLayers: 1, routerBias: false });
    expect(normalizeConfig(config("deepseek-v2")).mtpLayers).toBe(0);
  });
  it("normalizeConfig(config) reads a null q_lora_rank as a full-rank query (DeepSeek-V2-Lite)", () => {
    expect(normalizeConfig({ ...config("deepseek-v2"), q_lora_rank: null }).mla?.qLoraRank).toBeNull();
  });
  it("normalizeConfig(config) lists the layers DeepSeek's moe_layer_freq leaves dense", () => {
    const c = normalizeConfig({ ...config("deepseek-v2"), num_hidden_layers: 6, moe_layer_freq: 2 });
    expect(c.moe?.denseLayers).toEqual([1, 3, 5]);
  });
  it("normalizeConfig(config) reads an unknown model_type with the Llama keys, tied by PretrainedConfig's default", () => {
    const { model_type: _, tie_word_embeddings: __, ...rest } = config("llama-2-7b") as Record<string, unknown>;
    expect(normalizeConfig({ ...rest, model_type: "internlm2" })).toMatchObject({ family: "internlm2", hiddenSize: 4096, tieEmbeddings: true });
  });
  it("normalizeConfig(config) fills a hand-written config's defaults and is idempotent", () => {
    const c = normalizeConfig({ vocabSize: 32000, hiddenSize: 4096, numLayers: 32, numHeads: 32, intermediateSize: 11008 });
    expect(c).toMatchObject({ family: "custom", numKvHeads: 32, headDim: 128, gatedMlp: true, tieEmbeddings: false, moe: null });
    expect(normalizeConfig(c)).toEqual(c);
    const v3 = normalizeConfig(config("deepseek-v3"));
    expect(normalizeConfig(v3)).toEqual(v3);
  });
  it("normalizeConfig(config) treats an explicit undefined as absent", () => {
    expect(normalizeConfig({ vocabSize: 8, hiddenSize: 8, numLayers: 1, numHeads: 2, intermediateSize: 8, numKvHeads: undefined }).numKvHeads).toBe(2);
  });
  it("normalizeConfig(config) throws a TypeError for a non-object", () => {
    for (const bad of [null, undefined, 3, "gpt2", []]) {
      expect(() => normalizeConfig(bad as never)).toThrow(TypeError);
      expect(() => normalizeConfig(bad as never)).toThrow("invalid config");
    }
  });
  it("normalizeConfig(config) names hand-written fields in its errors: 0, negative, NaN, Infinity", () => {
    const base = { vocabSize: 8, hiddenSize: 8, numLayers: 1, numHeads: 2, intermediateSize: 8 };
    for (const bad of [0, -1, NaN, Infinity]) {
      for (const field of ["vocabSize", "hiddenSize", "numLayers", "numHeads", "intermediateSize"] as const) {
        expect(() => normalizeConfig({ ...base, [field]: bad })).toThrow(RangeError);
        expect(() => normalizeConfig({ ...base, [field]: bad })).toThrow(`invalid ${field}: ${bad}`);
      }
    }
    expect(() => normalizeConfig({ ...base, numHeads: 3 })).toThrow("invalid numHeads: 3 (must divide hiddenSize 8 when headDim is absent)");
    expect(() => normalizeConfig({ ...base, numKvHeads: 3 })).toThrow("invalid numKvHeads: 3 (must divide numHeads 2)");
    expect(() => normalizeConfig({ ...base, norm: "batchnorm" as never })).toThrow('invalid norm: "batchnorm"');
    expect(() => normalizeConfig({ ...base, gatedMlp: 1 as never })).toThrow(TypeError);
    expect(() => normalizeConfig({ ...base, moe: { numExperts: 4, topK: 5, expertIntermediateSize: 8 } })).toThrow("invalid moe.topK: 5");
    expect(() => normalizeConfig({ ...base, moe: { numExperts: 4, topK: 1, expertIntermediateSize: 8, firstDenseLayers: 2 } })).toThrow(
      "invalid moe.firstDenseLayers: 2 (must be ≤ numLayers 1)",
    );
  });
  it("normalizeConfig(config) names Hugging Face fields in its errors", () => {
    expect(() => normalizeConfig({ ...config("llama-3-8b"), num_key_value_heads: 3 })).toThrow("invalid num_key_value_heads: 3 (must divide num_attention_heads 32)");
    expect(() => normalizeConfig({ ...config("gemma-7b"), head_dim: -256 })).toThrow("invalid head_dim: -256");
    expect(() => normalizeConfig({ ...config("gpt2"), n_embd: 770 })).toThrow("invalid n_head: 12 (must divide n_embd 770");
    expect(() => normalizeConfig({ ...config("llama-3-8b"), tie_word_embeddings: "yes" })).toThrow('invalid tie_word_embeddings: "yes"');
    expect(() => normalizeConfig({ ...config("qwen3-30b-a3b"), mlp_only_layers: [0.5] })).toThrow("invalid mlp_only_layers: 0.5");
    expect(() => normalizeConfig({ ...config("deepseek-v3"), kv_lora_rank: 0 })).toThrow("invalid kv_lora_rank: 0");
    expect(() => normalizeConfig({ model_type: 7 } as never)).toThrow("invalid model_type: 7");
  });
});
