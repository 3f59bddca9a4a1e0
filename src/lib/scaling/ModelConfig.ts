/**
 * The scaling module's own description of a decoder-only Transformer: every size that
 * parameter, FLOP, KV-cache and memory counts need, with no convention left implicit.
 * `normalizeConfig` builds one from a Hugging Face `config.json`; readers may also write one by hand
 * (see `ModelConfigInput` for the fields that have defaults).
 *
 * Sizes are counts (of tokens, channels, heads, layers), never bytes.
 */

/** Mixture-of-experts feed-forward layers (Shazeer et al. 2017; Mixtral, Jiang et al. 2024; DeepSeekMoE, Dai et al. 2024). */
export interface MoeConfig {
  /** Routed experts per MoE layer (HF `num_local_experts`, `num_experts`, `n_routed_experts`). */
  numExperts: number;
  /** Routed experts each token is sent to (HF `num_experts_per_tok`). */
  topK: number;
  /** Hidden width of one routed expert's MLP (HF `moe_intermediate_size`; Mixtral: `intermediate_size`). */
  expertIntermediateSize: number;
  /** Shared experts every token goes through (DeepSeek `n_shared_experts`; Qwen2-MoE: 1; else 0). */
  numSharedExperts: number;
  /** Hidden width of one shared expert (DeepSeek: `moe_intermediate_size`; Qwen2-MoE: `shared_expert_intermediate_size`). 0 when there are none. */
  sharedExpertIntermediateSize: number;
  /** Leading layers that keep a dense MLP of width `intermediateSize` (DeepSeek `first_k_dense_replace`; else 0). */
  firstDenseLayers: number;
  /**
   * Every `layerFrequency`-th layer after the first dense ones is MoE: layer i (0-based) is MoE when
   * i ≥ firstDenseLayers, (i + 1) % layerFrequency === 0 and i is not in `denseLayers`
   * (Qwen2-MoE `decoder_sparse_step`; DeepSeek `moe_layer_freq`, 1 in every published config).
   */
  layerFrequency: number;
  /** Further 0-based layer indices that keep a dense MLP (Qwen-MoE `mlp_only_layers`); usually empty. */
  denseLayers: readonly number[];
  /** Qwen2-MoE's sigmoid gate on the shared expert: one hiddenSize → 1 weight vector per MoE layer. */
  sharedExpertGate: boolean;
  /** DeepSeek-V3's routing bias (`e_score_correction_bias`, `topk_method: "noaux_tc"`): one number per expert per MoE layer. */
  routerBias: boolean;
}

/** DeepSeek's multi-head latent attention (DeepSeek-AI 2024, arXiv:2405.04434, §2.1, Eqs. 9–19). */
export interface MlaConfig {
  /** Rank of the low-rank query compression d_c′ (`q_lora_rank`, 1536); `null` for a full-rank query projection (DeepSeek-V2-Lite). */
  qLoraRank: number | null;
  /** Rank of the joint key-value compression d_c (`kv_lora_rank`, 512): what the KV cache stores per token per layer, plus `qkRopeHeadDim`. */
  kvLoraRank: number;
  /** Per-head query/key width without rotary position (`qk_nope_head_dim`, 128). */
  qkNopeHeadDim: number;
  /** Per-head query width, and the single shared key width, carrying rotary position (`qk_rope_head_dim`, 64). */
  qkRopeHeadDim: number;
  /** Per-head value width (`v_head_dim`, 128). */
  vHeadDim: number;
}

/** A decoder-only Transformer, all conventions explicit. Produced by `normalizeConfig`. */
export interface ModelConfig {
  /** Architecture family: the HF `model_type` it came from (`"llama"`, `"deepseek_v3"`, …) or `"custom"`. Informative only. */
  family: string;
  /** Vocabulary size in tokens (`vocab_size`). */
  vocabSize: number;
  /** Model width d_model (`hidden_size`, `n_embd`). */
  hiddenSize: number;
  /** Transformer blocks n_layer (`num_hidden_layers`, `n_layer`). Excludes DeepSeek-V3's MTP module (`mtpLayers`). */
  numLayers: number;
  /** Query heads (`num_attention_heads`, `n_head`). */
  numHeads: number;
  /** Key-value heads (`num_key_value_heads`); equal to `numHeads` without grouped-query attention (Ainslie et al. 2023). With MLA, equal to `numHeads`. */
  numKvHeads: number;
  /** Width of one query/key head (`head_dim`, else hiddenSize / numHeads). With MLA: qkNopeHeadDim + qkRopeHeadDim. */
  headDim: number;
  /** Hidden width of the dense MLP d_ff (`intermediate_size`, `n_inner`, GPT-2/3: 4·d_model). For MoE models, the width of the dense layers (if any). */
  intermediateSize: number;
  /** Gated MLP (SwiGLU, GeGLU; Shazeer 2020): three matrices gate, up, down instead of two. */
  gatedMlp: boolean;
  /** The output head reuses the token-embedding matrix (`tie_word_embeddings`; GPT-2, Gemma). */
  tieEmbeddings: boolean;
  /** Learned absolute position embeddings of `maxPositions` rows (GPT-2/3); false for rotary (RoPE) models. */
  learnedPositions: boolean;
  /** Longest context in tokens the model was configured for (`max_position_embeddings`, `n_positions`). */
  maxPositions: number;
  /** Which attention projections carry a bias: none (Llama), q/k/v only (Qwen2), or all four (GPT-2, Llama `attention_bias: true`). */
  attentionBias: "none" | "qkv" | "qkvo";
  /** MLP matrices carry biases (GPT-2/3; Llama `mlp_bias`). */
  mlpBias: boolean;
  /** LayerNorm has a gain and a bias (2·d per norm; GPT-2); RMSNorm only a gain (d per norm; Llama and later). */
  norm: "layernorm" | "rmsnorm";
  /** Norms per block: 2 (pre-attention, pre-MLP), 4 for Gemma 2's extra post-norms (Gemma Team 2024, arXiv:2408.00118, §2). */
  normsPerLayer: number;
  /** RMSNorm of width headDim on queries and keys, shared across heads (Qwen3 `q_norm`/`k_norm`). */
  qkNorm: boolean;
  /** Mixture-of-experts layers, or `null` for a dense model. */
  moe: MoeConfig | null;
  /** Multi-head latent attention, or `null` for standard multi-head / grouped-query attention. */
  mla: MlaConfig | null;
  /** DeepSeek-V3's multi-token-prediction modules (`num_nextn_predict_layers`, arXiv:2412.19437 §2.2), counted apart from the main model; 0 otherwise. */
  mtpLayers: number;
}

/** Fields a hand-written config must give; every other field has the default listed in `MODEL_CONFIG_DEFAULTS`. */
export type ModelConfigRequired = "vocabSize" | "hiddenSize" | "numLayers" | "numHeads" | "intermediateSize";

/** A hand-written `ModelConfig`: the required sizes plus any of the rest. */
export type ModelConfigInput = Pick<ModelConfig, ModelConfigRequired> &
  Partial<Omit<ModelConfig, ModelConfigRequired | "moe">> & { moe?: Partial<MoeConfig> & Pick<MoeConfig, "numExperts" | "topK" | "expertIntermediateSize"> | null };

/**
 * Defaults for a hand-written config: a Llama-style decoder (Touvron et al. 2023, arXiv:2302.13971 §2.2):
 * gated MLP, RMSNorm, rotary positions, no biases, untied output head. `numKvHeads` defaults to
 * `numHeads` and `headDim` to hiddenSize / numHeads (computed, so not listed here).
 */
export const MODEL_CONFIG_DEFAULTS = {
  family: "custom",
  gatedMlp: true,
  tieEmbeddings: false,
  learnedPositions: false,
  maxPositions: 2048,
  attentionBias: "none",
  mlpBias: false,
  norm: "rmsnorm",
  normsPerLayer: 2,
  qkNorm: false,
  mla: null,
  mtpLayers: 0,
} as const satisfies Partial<ModelConfig>;

/** Defaults for the optional MoE fields, as in Mixtral (Jiang et al. 2024, arXiv:2401.04088 §2.1): no shared experts, every layer MoE, a plain linear router. */
export const MOE_CONFIG_DEFAULTS = {
  numSharedExperts: 0,
  sharedExpertIntermediateSize: 0,
  firstDenseLayers: 0,
  layerFrequency: 1,
  denseLayers: [],
  sharedExpertGate: false,
  routerBias: false,
} as const satisfies Partial<MoeConfig>;
