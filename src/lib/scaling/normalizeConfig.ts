import type { MlaConfig, ModelConfig, ModelConfigInput, MoeConfig } from "./ModelConfig.ts";
import { MODEL_CONFIG_DEFAULTS, MOE_CONFIG_DEFAULTS } from "./ModelConfig.ts";
import { bool, flag, headDimOf, kvHeadsOf, layerList, optional, required, show, topKOf } from "./configFields.ts";
import { keyword, nonNegativeInteger, positiveInteger } from "./validate.ts";

/** A Hugging Face `config.json` object as published (snake_case keys, `model_type`). */
export type HfConfig = { readonly model_type?: string; readonly [key: string]: unknown };

/**
 * `model_type`s read with their own conventions (Hugging Face `transformers` modeling files of the same name).
 * Any other `model_type` is read as a Llama-style decoder if it has the Llama keys.
 */
export const SUPPORTED_MODEL_TYPES = [
  "gpt2", "llama", "mistral", "mixtral", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe",
  "gemma", "gemma2", "deepseek_v2", "deepseek_v3",
] as const;

function checkMoe(moe: MoeConfig, numLayers: number, prefix: string): MoeConfig {
  const name = (field: string) => `${prefix}${field}`;
  positiveInteger(name("numExperts"), moe.numExperts);
  positiveInteger(name("topK"), moe.topK);
  if (moe.topK > moe.numExperts) {
    throw new RangeError(`invalid ${name("topK")}: ${moe.topK} (must be ≤ numExperts ${moe.numExperts})`);
  }
  positiveInteger(name("expertIntermediateSize"), moe.expertIntermediateSize);
  nonNegativeInteger(name("numSharedExperts"), moe.numSharedExperts);
  (moe.numSharedExperts > 0 ? positiveInteger : nonNegativeInteger)(name("sharedExpertIntermediateSize"), moe.sharedExpertIntermediateSize);
  nonNegativeInteger(name("firstDenseLayers"), moe.firstDenseLayers);
  if (moe.firstDenseLayers > numLayers) {
    throw new RangeError(`invalid ${name("firstDenseLayers")}: ${moe.firstDenseLayers} (must be ≤ numLayers ${numLayers})`);
  }
  positiveInteger(name("layerFrequency"), moe.layerFrequency);
  layerList(name("denseLayers"), moe.denseLayers);
  return moe;
}

/** Validates a hand-written config and fills in the defaults (`MODEL_CONFIG_DEFAULTS`). */
function fromExplicit(input: ModelConfigInput): ModelConfig {
  // Explicit `undefined` means "use the default", as an absent key does.
  const given = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as ModelConfigInput;
  const c = { ...MODEL_CONFIG_DEFAULTS, ...given };
  const hiddenSize = positiveInteger("hiddenSize", c.hiddenSize);
  const numLayers = positiveInteger("numLayers", c.numLayers);
  const numHeads = positiveInteger("numHeads", c.numHeads);
  const numKvHeads = kvHeadsOf("numKvHeads", c.numKvHeads === undefined ? numHeads : positiveInteger("numKvHeads", c.numKvHeads), numHeads, "numHeads");
  const names = { head: "headDim", hidden: "hiddenSize", heads: "numHeads" };
  const mla: MlaConfig | null = c.mla === null || c.mla === undefined ? null : {
    qLoraRank: c.mla.qLoraRank === null ? null : positiveInteger("mla.qLoraRank", c.mla.qLoraRank),
    kvLoraRank: positiveInteger("mla.kvLoraRank", c.mla.kvLoraRank),
    qkNopeHeadDim: nonNegativeInteger("mla.qkNopeHeadDim", c.mla.qkNopeHeadDim),
    qkRopeHeadDim: nonNegativeInteger("mla.qkRopeHeadDim", c.mla.qkRopeHeadDim),
    vHeadDim: positiveInteger("mla.vHeadDim", c.mla.vHeadDim),
  };
  const moe = c.moe === undefined || c.moe === null ? null : checkMoe({ ...MOE_CONFIG_DEFAULTS, ...c.moe }, numLayers, "moe.");
  return {
    family: typeof c.family === "string" ? c.family : "custom",
    vocabSize: positiveInteger("vocabSize", c.vocabSize),
    hiddenSize,
    numLayers,
    numHeads,
    numKvHeads: mla ? numHeads : numKvHeads,
    headDim: mla ? positiveInteger("headDim", mla.qkNopeHeadDim + mla.qkRopeHeadDim) : headDimOf(names, c.headDim, hiddenSize, numHeads),
    intermediateSize: positiveInteger("intermediateSize", c.intermediateSize),
    gatedMlp: bool("gatedMlp", c.gatedMlp),
    tieEmbeddings: bool("tieEmbeddings", c.tieEmbeddings),
    learnedPositions: bool("learnedPositions", c.learnedPositions),
    maxPositions: positiveInteger("maxPositions", c.maxPositions),
    attentionBias: keyword("attentionBias", c.attentionBias, ["none", "qkv", "qkvo"] as const),
    mlpBias: bool("mlpBias", c.mlpBias),
    norm: keyword("norm", c.norm, ["layernorm", "rmsnorm"] as const),
    normsPerLayer: nonNegativeInteger("normsPerLayer", c.normsPerLayer),
    qkNorm: bool("qkNorm", c.qkNorm),
    moe,
    mla,
    mtpLayers: nonNegativeInteger("mtpLayers", c.mtpLayers),
  };
}

/** GPT-2 (Radford et al. 2019): learned positions, LayerNorm, biases everywhere, d_ff = 4·d_model unless `n_inner`. */
function fromGpt2(hf: HfConfig): ModelConfig {
  const hiddenSize = required(hf, ["n_embd", "hidden_size"]);
  const numHeads = required(hf, ["n_head", "num_attention_heads"]);
  return fromExplicit({
    family: "gpt2",
    vocabSize: required(hf, ["vocab_size"]),
    hiddenSize,
    numLayers: required(hf, ["n_layer", "num_hidden_layers"]),
    numHeads,
    headDim: headDimOf({ head: "head_dim", hidden: "n_embd", heads: "n_head" }, undefined, hiddenSize, numHeads),
    intermediateSize: optional(hf, "n_inner", 4 * hiddenSize),
    gatedMlp: false,
    // GPT2Config inherits PretrainedConfig's tie_word_embeddings = true.
    tieEmbeddings: flag(hf, "tie_word_embeddings", true),
    learnedPositions: true,
    maxPositions: required(hf, ["n_positions", "n_ctx"]),
    attentionBias: "qkvo",
    mlpBias: true,
    norm: "layernorm",
  });
}

/**
 * Llama and its descendants: the common keys. `tieDefault` is the config class's default for
 * `tie_word_embeddings` (false for Llama, Mistral, Qwen, DeepSeek; true for Gemma and PretrainedConfig).
 */
function fromLlamaLike(hf: HfConfig, family: string, tieDefault: boolean): ModelConfig {
  const hiddenSize = required(hf, ["hidden_size"]);
  const numHeads = required(hf, ["num_attention_heads"]);
  const headDim = headDimOf({ head: "head_dim", hidden: "hidden_size", heads: "num_attention_heads" }, hf.head_dim, hiddenSize, numHeads);
  const numKvHeads = kvHeadsOf("num_key_value_heads", optional(hf, "num_key_value_heads", numHeads), numHeads, "num_attention_heads");
  return fromExplicit({
    family,
    vocabSize: required(hf, ["vocab_size"]),
    hiddenSize,
    numLayers: required(hf, ["num_hidden_layers"]),
    numHeads,
    numKvHeads,
    headDim,
    intermediateSize: required(hf, ["intermediate_size"]),
    gatedMlp: true,
    tieEmbeddings: flag(hf, "tie_word_embeddings", tieDefault),
    learnedPositions: false,
    maxPositions: optional(hf, "max_position_embeddings", MODEL_CONFIG_DEFAULTS.maxPositions),
    attentionBias: flag(hf, "attention_bias", false) ? "qkvo" : "none",
    mlpBias: flag(hf, "mlp_bias", false),
  });
}

/** Qwen-MoE's routed experts (`Qwen2MoeSparseMoeBlock`, `Qwen3MoeSparseMoeBlock`). */
function qwenMoe(hf: HfConfig, shared: boolean): MoeConfig {
  const sharedWidth = shared ? optional(hf, "shared_expert_intermediate_size", 0, nonNegativeInteger) : 0;
  return {
    numExperts: required(hf, ["num_experts"]),
    topK: topKOf(hf, "num_experts"),
    expertIntermediateSize: required(hf, ["moe_intermediate_size"]),
    numSharedExperts: sharedWidth > 0 ? 1 : 0,
    sharedExpertIntermediateSize: sharedWidth,
    firstDenseLayers: 0,
    layerFrequency: optional(hf, "decoder_sparse_step", 1),
    denseLayers: layerList("mlp_only_layers", hf.mlp_only_layers),
    sharedExpertGate: sharedWidth > 0,
    routerBias: false,
  };
}

/** DeepSeek-V2/V3 (`modeling_deepseek.py`): MLA, shared + routed experts, leading dense layers, V3's MTP. */
function fromDeepseek(hf: HfConfig, family: string): ModelConfig {
  const base = fromLlamaLike(hf, family, false);
  const mla: MlaConfig = {
    qLoraRank: hf.q_lora_rank === null || hf.q_lora_rank === undefined ? null : positiveInteger("q_lora_rank", hf.q_lora_rank),
    kvLoraRank: required(hf, ["kv_lora_rank"]),
    qkNopeHeadDim: required(hf, ["qk_nope_head_dim"], nonNegativeInteger),
    qkRopeHeadDim: required(hf, ["qk_rope_head_dim"], nonNegativeInteger),
    vHeadDim: required(hf, ["v_head_dim"]),
  };
  let moe: MoeConfig | null = null;
  if (hf.n_routed_experts !== undefined && hf.n_routed_experts !== null) {
    const first = optional(hf, "first_k_dense_replace", 0, nonNegativeInteger);
    const freq = optional(hf, "moe_layer_freq", 1);
    // DeepSeek's rule is i ≥ first && i % freq === 0; listing the exceptions keeps it exact for any freq.
    const denseLayers: number[] = [];
    for (let i = first; i < base.numLayers; i++) if (i % freq !== 0) denseLayers.push(i);
    moe = {
      numExperts: required(hf, ["n_routed_experts"]),
      topK: topKOf(hf, "n_routed_experts"),
      expertIntermediateSize: required(hf, ["moe_intermediate_size"]),
      numSharedExperts: optional(hf, "n_shared_experts", 0, nonNegativeInteger),
      sharedExpertIntermediateSize: required(hf, ["moe_intermediate_size"]),
      firstDenseLayers: first,
      layerFrequency: 1,
      denseLayers,
      sharedExpertGate: false,
      routerBias: hf.topk_method === "noaux_tc",
    };
  }
  return fromExplicit({ ...base, mla, moe, mtpLayers: optional(hf, "num_nextn_predict_layers", 0, nonNegativeInteger) });
}

function fromHf(hf: HfConfig): ModelConfig {
  const type = hf.model_type;
  switch (type) {
    case "gpt2":
      return fromGpt2(hf);
    case "llama":
    case "mistral":
      return fromLlamaLike(hf, type, false);
    case "mixtral": {
      const base = fromLlamaLike(hf, type, false);
      const moe = {
        numExperts: required(hf, ["num_local_experts"]),
        topK: topKOf(hf, "num_local_experts"),
        expertIntermediateSize: base.intermediateSize,
      };
      return fromExplicit({ ...base, moe });
    }
    case "qwen2":
      return { ...fromLlamaLike(hf, type, false), attentionBias: "qkv" };
    case "qwen2_moe":
      return fromExplicit({ ...fromLlamaLike(hf, type, false), attentionBias: "qkv", moe: qwenMoe(hf, true) });
    case "qwen3":
      return { ...fromLlamaLike(hf, type, false), qkNorm: true };
    case "qwen3_moe":
      return fromExplicit({ ...fromLlamaLike(hf, type, false), qkNorm: true, moe: qwenMoe(hf, false) });
    case "gemma":
      return fromLlamaLike(hf, type, true);
    case "gemma2":
      return { ...fromLlamaLike(hf, type, true), normsPerLayer: 4 };
    case "deepseek_v2":
    case "deepseek_v3":
      return fromDeepseek(hf, type);
    default:
      if (type !== undefined && typeof type !== "string") throw new TypeError(`invalid model_type: ${show(type)} (must be a string)`);
      // Unknown family: read the Llama keys; missing ones throw naming the key. PretrainedConfig ties by default.
      return fromLlamaLike(hf, type ?? "custom", true);
  }
}

/**
 * Turns a Hugging Face `config.json` (any `model_type` in `SUPPORTED_MODEL_TYPES`, or another with
 * the Llama keys) or a hand-written `ModelConfigInput` into a complete, validated `ModelConfig`.
 * A hand-written config is recognised by its `hiddenSize` key.
 *
 * Throws a `RangeError` or `TypeError` naming the field as the input spelled it:
 * `invalid num_hidden_layers: 0 (must be an integer ≥ 1)`.
 */
export function normalizeConfig(config: HfConfig | ModelConfigInput): ModelConfig {
  if (config === null || typeof config !== "object" || Array.isArray(config)) {
    throw new TypeError(`invalid config: ${show(config)} (must be a config object)`);
  }
  return "hiddenSize" in config ? fromExplicit(config as ModelConfigInput) : fromHf(config as HfConfig);
}
