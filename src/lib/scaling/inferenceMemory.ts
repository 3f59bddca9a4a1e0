import type { Accelerator, AcceleratorName } from "./tables/accelerators.ts";
import type { Precision } from "./bytesPerValue.ts";
import type { ModelConfig, ModelConfigInput } from "./ModelConfig.ts";
import type { HfConfig } from "./normalizeConfig.ts";
import { accelerator as lookup } from "./accelerator.ts";
import { bytesPerValue } from "./bytesPerValue.ts";
import { countParams } from "./countParams.ts";
import { kvCacheBytes } from "./kvCacheBytes.ts";
import { positive, positiveInteger } from "./validate.ts";

/** Options of `inferenceMemory`: a `config`, or just `params` (then the KV cache is not counted). */
export interface InferenceMemoryOptions {
  /** The model's shape; gives the KV cache and, unless `params` is set, the parameter count (`countParams(config).total`). */
  config?: HfConfig | ModelConfigInput | ModelConfig;
  /** Parameters to store (all experts of a mixture of experts); overrides the count from `config`. */
  params?: number;
  /** Weight format: `"bf16"` (default), `"fp16"`, `"fp8"`, `"int8"`, `"int4"` (or `"fp32"`). */
  precision?: Precision;
  /** KV-cache format (default `"bf16"`: caches usually stay 16-bit when weights are quantised). */
  kvPrecision?: Precision;
  /** Tokens per sequence, an integer ≥ 1. */
  contextLength: number;
  /** Sequences served at once (default 1). */
  batch?: number;
  /** If given, how many of these the model needs is computed. */
  accelerator?: AcceleratorName | (string & {}) | Accelerator;
}

/** Inference memory in bytes. */
export interface InferenceMemory {
  /** Weights: params × bytes per parameter. */
  weightsBytes: number;
  /** KV cache for `batch` sequences of `contextLength` tokens (0 without a config). */
  kvCacheBytes: number;
  /** weights + KV cache. Leaves out activations, CUDA context and allocator overhead (often 5–20% more). */
  totalBytes: number;
  /** ⌈totalBytes ÷ accelerator memory⌉, or `null` when no accelerator was given. */
  acceleratorsNeeded: number | null;
}

/**
 * Memory to serve a model: weights in the chosen format plus the KV cache (`kvCacheBytes`), and how many
 * accelerators that fills. E.g. Llama 3.1 405B needs about 811 GB of weights in BF16 — more than a node of
 * eight 80 GB H100s, hence the FP8 release that fits one node (Dubey et al. 2024, arXiv:2407.21783, §6).
 *
 * @returns bytes, and a count of accelerators
 * @throws RangeError naming the option: contextLength/batch not integers ≥ 1, unknown precision or accelerator, neither config nor params
 */
export function inferenceMemory(options: InferenceMemoryOptions): InferenceMemory {
  const { config } = options;
  const contextLength = positiveInteger("contextLength", options.contextLength);
  const batch = positiveInteger("batch", options.batch ?? 1);
  const weightBytes = bytesPerValue(options.precision ?? "bf16", "precision");
  const kvBytes = bytesPerValue(options.kvPrecision ?? "bf16", "kvPrecision");
  if (config === undefined && options.params === undefined) {
    throw new TypeError("invalid params: undefined (give config or params)");
  }
  const params = options.params !== undefined ? positive("params", options.params) : countParams(config as HfConfig).total;
  const weightsBytes = params * weightBytes;
  const kv = config === undefined ? 0 : kvCacheBytes(config, { contextLength, batch, bytesPerValue: kvBytes });
  const totalBytes = weightsBytes + kv;
  const chip = options.accelerator === undefined ? null : lookup(options.accelerator);
  return {
    weightsBytes,
    kvCacheBytes: kv,
    totalBytes,
    acceleratorsNeeded: chip === null ? null : Math.ceil(totalBytes / chip.memoryBytes),
  };
}
