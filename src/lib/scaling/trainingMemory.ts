import type { ActivationOptions } from "./activationMemory.ts";
import { activationMemory } from "./activationMemory.ts";
import { keyword, nonNegativeInteger, positive, positiveInteger } from "./validate.ts";

/** Training number format: `"fp32"`, or `"fp16"`/`"bf16"` mixed precision with fp32 master weights (Micikevicius et al. 2018). */
export type TrainingPrecision = "fp32" | "fp16" | "bf16";

/** Optimizer, by the fp32 state it keeps per parameter: Adam/AdamW two moments, SGD with momentum one, plain SGD none. */
export type Optimizer = "adam" | "sgd-momentum" | "sgd";

/** Options of `trainingMemory`. */
export interface TrainingMemoryOptions {
  /** Ψ, parameters (all of them for a mixture of experts: every expert has weights, gradients and optimizer state). */
  params: number;
  /** Default `"bf16"` (mixed precision). */
  precision?: TrainingPrecision;
  /** Default `"adam"`. */
  optimizer?: Optimizer;
  /** ZeRO stage 0–3 (Rajbhandari et al. 2020): 1 shards optimizer state, 2 also gradients, 3 also weights. Default 0. */
  zeroStage?: number;
  /** N_d, data-parallel devices the ZeRO shards spread over (default 1). */
  devices?: number;
  /** Activation shape, for `activationMemory`; omitted means model states only. */
  activations?: ActivationOptions;
}

/** Training memory per device, in bytes. */
export interface TrainingMemory {
  /** Model-state bytes per parameter before sharding: 16 for mixed-precision Adam (2 + 2 + 12). */
  bytesPerParam: number;
  /** Working weights (16-bit in mixed precision). */
  weightsBytes: number;
  /** Gradients, in the working precision. */
  gradientsBytes: number;
  /** Optimizer: fp32 master weights (mixed precision) plus the optimizer's fp32 moments. */
  optimizerBytes: number;
  /** weights + gradients + optimizer. */
  modelStatesBytes: number;
  /** Activations (0 without `activations`). */
  activationsBytes: number;
  /** modelStates + activations. Leaves out temporary buffers and fragmentation. */
  totalBytes: number;
}

const PRECISIONS: readonly TrainingPrecision[] = ["fp32", "fp16", "bf16"];
const OPTIMIZERS: readonly Optimizer[] = ["adam", "sgd-momentum", "sgd"];
/** fp32 optimizer moments per parameter: Adam m and v, momentum one buffer (Kingma & Ba 2015; ZeRO §3). */
const MOMENT_BYTES: Record<Optimizer, number> = { adam: 8, "sgd-momentum": 4, sgd: 0 };

/**
 * Memory per device for training, after the ZeRO paper (Rajbhandari et al. 2020, arXiv:1910.02054, §3.1,
 * Figure 1). Mixed-precision Adam keeps 2Ψ bytes of fp16/bf16 weights, 2Ψ of gradients and KΨ = 12Ψ of
 * optimizer state (fp32 master weights, momentum and variance): 16 bytes per parameter. ZeRO stage 1
 * divides the 12Ψ by N_d, stage 2 also the gradients, stage 3 also the weights. Example (Figure 1):
 * Ψ = 7.5B on N_d = 64 needs 120, 31.4, 16.6 and 1.9 GB per device for stages 0–3.
 *
 * @returns bytes per device
 * @throws RangeError for params ≤ 0, zeroStage not 0–3, devices not an integer ≥ 1, unknown precision/optimizer
 */
export function trainingMemory(options: TrainingMemoryOptions): TrainingMemory {
  const params = positive("params", options.params);
  const precision = keyword("precision", options.precision ?? "bf16", PRECISIONS);
  const optimizer = keyword("optimizer", options.optimizer ?? "adam", OPTIMIZERS);
  const stage = nonNegativeInteger("zeroStage", options.zeroStage ?? 0);
  if (stage > 3) throw new RangeError(`invalid zeroStage: ${stage} (must be 0, 1, 2 or 3)`);
  const devices = positiveInteger("devices", options.devices ?? 1);

  const working = precision === "fp32" ? 4 : 2;
  const master = precision === "fp32" ? 0 : 4; // fp32 copy updated by the optimizer
  const optimizerPerParam = master + MOMENT_BYTES[optimizer];
  const shard = (bytes: number, fromStage: number) => (stage >= fromStage ? bytes / devices : bytes);

  const weightsBytes = shard(working * params, 3);
  const gradientsBytes = shard(working * params, 2);
  const optimizerBytes = shard(optimizerPerParam * params, 1);
  const modelStatesBytes = weightsBytes + gradientsBytes + optimizerBytes;
  const activationsBytes = options.activations === undefined ? 0 : activationMemory(options.activations);
  return {
    bytesPerParam: 2 * working + optimizerPerParam,
    weightsBytes,
    gradientsBytes,
    optimizerBytes,
    modelStatesBytes,
    activationsBytes,
    totalBytes: modelStatesBytes + activationsBytes,
  };
}
