import type { Precision } from "./bytesPerValue.ts";
import type { ModelConfig, ModelConfigInput } from "./ModelConfig.ts";
import type { HfConfig } from "./normalizeConfig.ts";
import type { AcceleratorInput } from "./peakFlops.ts";
import { bytesPerValue, PRECISIONS } from "./bytesPerValue.ts";
import { countParams } from "./countParams.ts";
import { inferenceFlopsPerToken } from "./inferenceFlopsPerToken.ts";
import { kvCacheBytes } from "./kvCacheBytes.ts";
import { normalizeConfig } from "./normalizeConfig.ts";
import { peakFlopsOrNull } from "./peakFlops.ts";
import { rooflineSeconds } from "./rooflineSeconds.ts";
import { keyword, positive, positiveInteger } from "./validate.ts";

/** Options of `decodeStep`: give `params`, a `config`, or both (then `params` sets the weight bytes). */
export interface DecodeStepOptions {
  /**
   * Parameters whose weights are read every step. Default from the config: `countParams(config).total`, less the routed
   * experts no token of the batch is sent to under uniform routing (a mixture of experts reads few experts at batch 1).
   */
  params?: number;
  /** Parameters one token multiplies (default: `countParams(config).active`, else `params`). Used only without a config. */
  activeParams?: number;
  /** Sequences decoded together, an integer ≥ 1. */
  batch: number;
  /** Tokens already in each sequence's context (the KV cache length), an integer ≥ 1. */
  contextTokens: number;
  /** The model's shape: gives the KV cache and the attention FLOPs. Without it both are left out. */
  config?: HfConfig | ModelConfigInput | ModelConfig;
  accelerator: AcceleratorInput;
  /** Weight format: bytes per weight read (`"bf16"`, `"fp8"`, `"int8"`, `"int4"`, …). */
  precision: Precision;
  /** Format the matmuls run in. Default: `precision` when the chip has matrix units for it, else `"bf16"` (weight-only quantisation, as GPTQ/AWQ kernels dequantise to 16-bit). */
  computePrecision?: Precision;
  /** Bytes per cached key/value element (default 2: caches usually stay 16-bit). */
  kvBytesPerElement?: number;
}

/** One decoding step for the whole batch. */
export interface DecodeStep {
  /** FLOPs of the step: batch × FLOPs per generated token. */
  flops: number;
  /** Bytes read: weights once plus every sequence's KV cache. */
  bytes: number;
  weightBytes: number;
  kvCacheBytes: number;
  /** flops / bytes. */
  intensity: number;
  /** Roofline time of the step (a lower bound). */
  seconds: number;
  computeSeconds: number;
  memorySeconds: number;
  bound: "compute" | "memory";
  /** Tokens the whole batch generates per second: batch / seconds. */
  tokensPerSecond: number;
  /** Tokens one sequence sees per second: 1 / seconds. */
  tokensPerSecondPerSequence: number;
}

/**
 * One token's decoding step for a batch of sequences, by the roofline: every step reads all the weights
 * once (shared by the batch) and each sequence's KV cache (`kvCacheBytes`), and does batch ×
 * `inferenceFlopsPerToken` FLOPs (2N plus attention over the context; 2 × activeParams without a config).
 * A mixture of experts reads the shared weights plus the experts the batch's tokens are routed to:
 * 1 − (1 − k/E)^batch of them if routing is uniform, so its weight reads grow with the batch until all are read.
 * At batch 1 the weights dominate and the step is memory-bound: tokens/s ≈ bandwidth / weight bytes (How
 * to Scale Your Model, "All About Transformer Inference"). Optimistic: real kernels reach 60–85% of HBM
 * bandwidth, and the output head, norms and sampling are left out.
 *
 * @throws RangeError naming batch, contextTokens, params, kvBytesPerElement or precision
 */
export function decodeStep(options: DecodeStepOptions): DecodeStep {
  const batch = positiveInteger("batch", options.batch);
  const contextTokens = positiveInteger("contextTokens", options.contextTokens);
  const weightBytesPer = bytesPerValue(options.precision);
  const kvBytes = positive("kvBytesPerElement", options.kvBytesPerElement ?? 2);
  const { config } = options;
  if (config === undefined && options.params === undefined) throw new TypeError("invalid params: undefined (give params or config)");
  const counts = config === undefined ? null : countParams(config as HfConfig);
  // A mixture of experts reads only the routed experts some token in the batch is sent to: with uniform routing,
  // a fraction 1 − (1 − topK/numExperts)^batch of them per layer (all of them at large batch).
  const moe = config === undefined ? null : normalizeConfig(config as HfConfig).moe;
  const touched = moe === null ? 1 : 1 - (1 - moe.topK / moe.numExperts) ** batch;
  const params = options.params !== undefined ? positive("params", options.params) : counts!.total - counts!.breakdown.experts * (1 - touched);
  const activeParams = options.activeParams !== undefined ? positive("activeParams", options.activeParams) : (counts?.active ?? params);
  const computePrecision =
    options.computePrecision !== undefined
      ? keyword("computePrecision", options.computePrecision, PRECISIONS)
      : peakFlopsOrNull(options.accelerator, options.precision) !== null
        ? options.precision
        : "bf16";

  const flopsPerToken = config === undefined ? 2 * activeParams : inferenceFlopsPerToken(config as HfConfig, contextTokens);
  const flops = batch * flopsPerToken;
  const weightBytes = params * weightBytesPer;
  const kv = config === undefined ? 0 : kvCacheBytes(config, { contextLength: contextTokens, batch, bytesPerValue: kvBytes });
  const bytes = weightBytes + kv;
  const r = rooflineSeconds({ flops, bytes, accelerator: options.accelerator, precision: computePrecision });
  return {
    flops,
    bytes,
    weightBytes,
    kvCacheBytes: kv,
    intensity: flops / bytes,
    seconds: r.seconds,
    computeSeconds: r.computeSeconds,
    memorySeconds: r.memorySeconds,
    bound: r.bound,
    tokensPerSecond: batch / r.seconds,
    tokensPerSecondPerSequence: 1 / r.seconds,
  };
}
