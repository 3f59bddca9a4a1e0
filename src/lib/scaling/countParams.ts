import type { ModelConfig, ModelConfigInput } from "./ModelConfig.ts";
import type { HfConfig } from "./normalizeConfig.ts";
import { moeLayerCount } from "./moeLayerCount.ts";
import { normalizeConfig } from "./normalizeConfig.ts";

/** Where the parameters sit, summed over all blocks. `total` is the sum of these nine. */
export interface ParamBreakdown {
  /** Token-embedding matrix, vocabSize × hiddenSize. */
  embedding: number;
  /** Learned absolute position embeddings, maxPositions × hiddenSize (GPT-2/3); 0 with rotary positions. */
  positions: number;
  /** Attention projections and their biases (with MLA: the low-rank down- and up-projections). */
  attention: number;
  /** MLPs of the dense blocks (all blocks of a dense model; DeepSeek's first dense layers). */
  mlp: number;
  /** All routed experts of all MoE blocks. */
  experts: number;
  /** Shared experts of all MoE blocks (DeepSeekMoE, Qwen2-MoE). */
  sharedExperts: number;
  /** Router weights, Qwen2-MoE's shared-expert gates and DeepSeek-V3's routing biases. */
  router: number;
  /** Every normalisation gain (and LayerNorm bias): block norms, the final norm, QK-norms, MLA's latent norms. */
  norms: number;
  /** Untied output head (unembedding), hiddenSize × vocabSize; 0 when tied to `embedding`. */
  outputHead: number;
}

/** Parameter counts of one model (numbers of weights, not bytes). */
export interface ParamCount {
  /** All parameters of the main model: the sum of `breakdown`. */
  total: number;
  /** Parameters one token touches: total minus the routed experts it is not sent to (equals `total` for a dense model). */
  active: number;
  /** Token embedding + learned positions + untied output head. */
  embedding: number;
  /** Kaplan et al. 2020's N (§2.1, Table 1): total − embedding, i.e. without vocabulary and position embeddings. */
  nonEmbedding: number;
  /** `active − embedding`: Kaplan's N for one token of a mixture-of-experts model. */
  activeNonEmbedding: number;
  /** Where the parameters sit: embedding, positions, attention, MLP, experts, router, norms, output head. */
  breakdown: ParamBreakdown;
  /**
   * DeepSeek-V3's multi-token-prediction modules, not in `total` (arXiv:2412.19437 §2.2): per module
   * two RMSNorms on its inputs, the 2d × d projection, one Transformer block and the output norm; its
   * embedding and output head are shared with the main model so not counted again. 0 for other models.
   */
  mtp: number;
}

/** One MLP: up (and gate) d × ff, down ff × d, plus biases. */
function mlpParams(c: ModelConfig, width: number): number {
  const matrices = (c.gatedMlp ? 3 : 2) * c.hiddenSize * width;
  const biases = c.mlpBias ? (c.gatedMlp ? 2 : 1) * width + c.hiddenSize : 0;
  return matrices + biases;
}

/** One norm: LayerNorm has a gain and a bias, RMSNorm a gain (Ba et al. 2016; Zhang & Sennrich 2019). */
function normParams(c: ModelConfig, width: number): number {
  return c.norm === "layernorm" ? 2 * width : width;
}

/** One block's attention: weights and biases, and separately its internal norms. */
function attentionParams(c: ModelConfig): { weights: number; norms: number } {
  const d = c.hiddenSize;
  const h = c.numHeads;
  if (c.mla !== null) {
    // DeepSeek-V2 §2.1 (Eqs. 9–19) as in modeling_deepseek.py: q_a/q_b (or q_proj), kv_a_proj_with_mqa, kv_b, o_proj.
    const { qLoraRank: rq, kvLoraRank: rkv, qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: v } = c.mla;
    const q = rq === null ? d * h * (nope + rope) : d * rq + rq * h * (nope + rope);
    const kv = d * (rkv + rope) + rkv * h * (nope + v);
    return { weights: q + kv + h * v * d, norms: (rq === null ? 0 : normParams(c, rq)) + normParams(c, rkv) };
  }
  const qWidth = h * c.headDim;
  const kvWidth = c.numKvHeads * c.headDim;
  const weights = 2 * d * qWidth + 2 * d * kvWidth;
  const biases = c.attentionBias === "none" ? 0 : qWidth + 2 * kvWidth + (c.attentionBias === "qkvo" ? d : 0);
  return { weights: weights + biases, norms: c.qkNorm ? 2 * normParams(c, c.headDim) : 0 };
}

/** One MoE block's MLP side: routed experts, shared experts and router. */
function moeParams(c: ModelConfig): { experts: number; expert: number; shared: number; router: number } {
  if (c.moe === null) return { experts: 0, expert: 0, shared: 0, router: 0 };
  const m = c.moe;
  const expert = mlpParams(c, m.expertIntermediateSize);
  const router = m.numExperts * c.hiddenSize + (m.sharedExpertGate ? c.hiddenSize : 0) + (m.routerBias ? m.numExperts : 0);
  return { experts: m.numExperts * expert, expert, shared: m.numSharedExperts * mlpParams(c, m.sharedExpertIntermediateSize), router };
}

/**
 * Counts a Transformer's parameters, as the published checkpoints hold them (e.g. 124,439,808 for
 * GPT-2 small, 6,738,415,616 for Llama-2-7B, 671,026,419,200 for DeepSeek-V3's main model).
 *
 * Conventions are those of each family's Hugging Face `transformers` implementation, made explicit by
 * `normalizeConfig`: tied embeddings, learned positions, biases, grouped-query attention, `head_dim`,
 * gated MLPs, MoE (routed + shared experts, first dense layers), MLA, Gemma 2's extra norms, Qwen3's QK-norm.
 * Buffers that are not parameters (GPT-2's causal-mask `attn.bias`, rotary tables) are not counted.
 *
 * @param config a Hugging Face `config.json` object or a hand-written `ModelConfigInput`
 * @returns counts in parameters; `total === sum(breakdown)`, `active ≤ total`
 */
export function countParams(config: HfConfig | ModelConfigInput): ParamCount {
  const c = normalizeConfig(config);
  const d = c.hiddenSize;
  const moeLayers = moeLayerCount(c);
  const denseLayers = c.numLayers - moeLayers;
  const attention = attentionParams(c);
  const moe = moeParams(c);
  const blockNorms = c.normsPerLayer * normParams(c, d) + attention.norms;

  const breakdown: ParamBreakdown = {
    embedding: c.vocabSize * d,
    positions: c.learnedPositions ? c.maxPositions * d : 0,
    attention: c.numLayers * attention.weights,
    mlp: denseLayers * mlpParams(c, c.intermediateSize),
    experts: moeLayers * moe.experts,
    sharedExperts: moeLayers * moe.shared,
    router: moeLayers * moe.router,
    norms: c.numLayers * blockNorms + normParams(c, d),
    outputHead: c.tieEmbeddings ? 0 : c.vocabSize * d,
  };
  const total = Object.values(breakdown).reduce((sum, x) => sum + x, 0);
  const embedding = breakdown.embedding + breakdown.positions + breakdown.outputHead;
  const idleExperts = c.moe === null ? 0 : moeLayers * (c.moe.numExperts - c.moe.topK) * moe.expert;
  const active = total - idleExperts;

  // The MTP block is an MoE block when the main model's last block is (DeepSeek-V3: layer 61 of 0..61).
  const mtpBlockMlp = c.moe === null ? mlpParams(c, c.intermediateSize) : moe.experts + moe.shared + moe.router;
  const mtpModule = 2 * normParams(c, d) + 2 * d * d + attention.weights + blockNorms + mtpBlockMlp + normParams(c, d);

  return {
    total,
    active,
    embedding,
    nonEmbedding: total - embedding,
    activeNonEmbedding: active - embedding,
    breakdown,
    mtp: c.mtpLayers * mtpModule,
  };
}
