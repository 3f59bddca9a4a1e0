import type { ModelConfig, ModelConfigInput } from "./ModelConfig.ts";
import type { Precision } from "./bytesPerValue.ts";
import type { HfConfig } from "./normalizeConfig.ts";
import { bytesPerValue } from "./bytesPerValue.ts";
import { countParams } from "./countParams.ts";
import { moeLayerCount } from "./moeLayerCount.ts";
import { normalizeConfig } from "./normalizeConfig.ts";
import { nonNegative, nonNegativeInteger, positive, positiveInteger } from "./validate.ts";

/** A mixture of experts described by hand, when there is no config to count. */
export interface MoeShape {
  /** Routed experts per MoE layer. */
  numExperts: number;
  /** Routed experts each token is sent to (≤ numExperts). */
  topK: number;
  /** Parameters of one routed expert, summed over all MoE layers. */
  expertParams: number;
  /** Shared experts of the same size that every token uses (default 0). */
  sharedExperts?: number;
  /** Everything else: embeddings, attention, dense layers, routers (default 0). */
  denseParams?: number;
}

/** Options of `moeCost`. */
export interface MoeCostOptions {
  /** Format the weights are stored in (default `"bf16"`). */
  precision?: Precision;
}

/** What a mixture of experts costs per token and in memory. */
export interface MoeCost {
  /** Parameters that must be resident: every expert. */
  totalParams: number;
  /** Parameters one token multiplies through: shared parts, top-k routed experts. */
  activeParams: number;
  /** activeParams / totalParams. */
  activeFraction: number;
  /** Forward FLOPs per token, 2 · activeParams. */
  forwardFlopsPerToken: number;
  /** Training FLOPs per token, 6 · activeParams. */
  trainingFlopsPerToken: number;
  /** Weight memory in bytes: totalParams × bytes per parameter. */
  weightsBytes: number;
  /**
   * Upper bound on expert-parallel all-to-all traffic per token in bytes: the hidden state sent to each of
   * the top-k experts and back, 2 · topK · hiddenSize · bytes per MoE layer; 0 for a dense config, `null` for a `MoeShape`.
   */
  allToAllBytesPerToken: number | null;
}

function fromShape(shape: MoeShape): { total: number; active: number } {
  const numExperts = positiveInteger("numExperts", shape.numExperts);
  const topK = positiveInteger("topK", shape.topK);
  if (topK > numExperts) throw new RangeError(`invalid topK: ${topK} (must be ≤ numExperts ${numExperts})`);
  const expert = positive("expertParams", shape.expertParams);
  const shared = nonNegativeInteger("sharedExperts", shape.sharedExperts ?? 0);
  const dense = nonNegative("denseParams", shape.denseParams ?? 0);
  return { total: dense + (numExperts + shared) * expert, active: dense + (topK + shared) * expert };
}

/**
 * Total against active parameters of a mixture-of-experts model (Shazeer et al. 2017; Fedus et al. 2022;
 * Mixtral, Jiang et al. 2024; DeepSeek-V3, arXiv:2412.19437), from a config (counted by `countParams`)
 * or a hand-written `MoeShape`.
 *
 * What sparsity buys: compute per token scales with the *active* parameters (Mixtral 8x7B: 12.9B of 46.7B;
 * DeepSeek-V3: 37B of 671B), so training and generation FLOPs fall by the active fraction.
 * What it does not: memory, since every expert must sit in some accelerator's memory (weights, and
 * in training their gradients and optimizer state too), and communication — with experts spread over
 * devices each token's hidden state crosses the network twice per MoE layer (all-to-all dispatch and
 * combine), which is why DeepSeek-V3 co-designed its routing (at most 4 nodes per token) with the cluster.
 *
 * @returns parameter counts, FLOPs per token, bytes of weights and of all-to-all traffic per token
 * @throws RangeError/TypeError naming a bad field or option (topK > numExperts, unknown precision, …)
 */
export function moeCost(model: MoeShape | HfConfig | ModelConfigInput | ModelConfig, options: MoeCostOptions = {}): MoeCost {
  const bytes = bytesPerValue(options.precision ?? "bf16");
  let total: number;
  let active: number;
  let allToAllBytesPerToken: number | null = null;
  if ("expertParams" in model) {
    ({ total, active } = fromShape(model as MoeShape));
  } else {
    const c = normalizeConfig(model as HfConfig | ModelConfigInput);
    ({ total, active } = countParams(c));
    allToAllBytesPerToken = c.moe === null ? 0 : 2 * c.moe.topK * c.hiddenSize * bytes * moeLayerCount(c);
  }
  return {
    totalParams: total,
    activeParams: active,
    activeFraction: active / total,
    forwardFlopsPerToken: 2 * active,
    trainingFlopsPerToken: 6 * active,
    weightsBytes: total * bytes,
    allToAllBytesPerToken,
  };
}
