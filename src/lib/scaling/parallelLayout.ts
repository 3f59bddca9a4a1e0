import type { Recompute } from "./activationMemory.ts";
import type { ModelConfig, ModelConfigInput } from "./ModelConfig.ts";
import type { HfConfig } from "./normalizeConfig.ts";
import type { AcceleratorInput } from "./peakFlops.ts";
import type { Optimizer, TrainingPrecision } from "./trainingMemory.ts";
import { accelerator as lookup } from "./accelerator.ts";
import { activationMemory } from "./activationMemory.ts";
import { allGatherSeconds } from "./allGatherSeconds.ts";
import { countParams } from "./countParams.ts";
import { moeLayerCount } from "./moeLayerCount.ts";
import { normalizeConfig } from "./normalizeConfig.ts";
import { peakFlops } from "./peakFlops.ts";
import { pipelineBubble } from "./pipelineBubble.ts";
import { reduceScatterSeconds } from "./reduceScatterSeconds.ts";
import { ringAllReduceSeconds } from "./ringAllReduceSeconds.ts";
import { trainingMemory } from "./trainingMemory.ts";
import { keyword, positive, positiveInteger } from "./validate.ts";

/**
 * Scale-out bandwidth per GPU, one direction, when the default is used: 400 Gb/s = 50 GB/s, the
 * per-GPU link of Meta's Llama 3 clusters ("both fabrics use 400 Gbps interconnects between GPUs",
 * Dubey et al. 2024, §3.3.1) and of an H100 node with one 400 Gb/s NIC per GPU. Older A100 clusters
 * typically have 200 Gb/s per GPU: pass `networkBytesPerSecond: 25e9` for those.
 */
export const DEFAULT_NETWORK_BYTES_PER_SECOND = 400e9 / 8;

/** GPUs that share one NVLink domain by default: an HGX/DGX board of eight. */
export const DEFAULT_GPUS_PER_NODE = 8;

/** Options of `parallelLayout`. Give `config` (needed for activations) or `params`. */
export interface ParallelLayoutOptions {
  /** The model's shape: parameter count, and the sizes activation memory and communication need. */
  config?: HfConfig | ModelConfigInput | ModelConfig;
  /** Parameters (overrides the count from `config`); without a config, activations and TP traffic are not counted. */
  params?: number;
  /** GPUs in all: must equal dp × tp × pp. */
  devices: number;
  /** Data-parallel replicas (ZeRO shards over these). */
  dp: number;
  /** Tensor-parallel degree (Megatron-style, inside a layer). */
  tp: number;
  /** Pipeline stages. */
  pp: number;
  /** Expert-parallel degree for a mixture of experts: experts spread over `ep` of the dp ranks (must divide dp). Default 1. */
  ep?: number;
  /** ZeRO stage 0–3 over the dp ranks. */
  zeroStage: number;
  /** Tokens in one micro-batch on one replica: micro-batch size × sequence length. */
  microBatchTokens: number;
  /** Tokens per sequence (default: the config's `maxPositions`, or microBatchTokens without one). Must divide microBatchTokens. */
  sequenceLength?: number;
  /** Micro-batches per step per replica (gradient accumulation / pipeline depth). Default 1. */
  microBatches?: number;
  /** Activation recomputation (Korthikanti et al. 2022). */
  recompute: Recompute;
  /** Megatron sequence parallelism for the norms and dropouts (default false). */
  sequenceParallel?: boolean;
  accelerator: AcceleratorInput;
  /** Training format (mixed precision for fp16/bf16). */
  precision: TrainingPrecision;
  /** Default `"adam"`. */
  optimizer?: Optimizer;
  /** GPUs per NVLink domain (default 8). A group whose ranks fit in one node uses NVLink; otherwise the network. */
  gpusPerNode?: number;
  /** Scale-out bandwidth per GPU, bytes/s one direction (default `DEFAULT_NETWORK_BYTES_PER_SECOND`). */
  networkBytesPerSecond?: number;
}

/** One kind of traffic per device per step. */
export interface LayoutTraffic {
  /** Bytes each device sends per step. */
  bytes: number;
  /** Seconds it takes at the group's bandwidth (ring collectives, latency left out). */
  seconds: number;
  /** Whether the group stays inside one NVLink node. */
  intraNode: boolean;
}

/** What `parallelLayout` returns (bytes per device, seconds per step). */
export interface ParallelLayout {
  memory: { weightsBytes: number; gradientsBytes: number; optimizerBytes: number; activationsBytes: number; totalBytes: number };
  /** The accelerator's memory. */
  deviceMemoryBytes: number;
  /** Traffic by kind: data-parallel gradients (and ZeRO-3 weights), tensor-parallel activations, pipeline sends, expert all-to-all. */
  communication: { dp: LayoutTraffic; tp: LayoutTraffic; pp: LayoutTraffic; ep: LayoutTraffic };
  /** Pipeline bubble (p − 1)/(m + p − 1). */
  bubble: number;
  /** Tokens the whole cluster trains on per step. */
  tokensPerStep: number;
  /** Parameters the layout holds: `params` when given, else the config's total. */
  params: number;
  /** Parameters a token's matmuls use, the N of 6·N·tokens (all of a dense model, the active ones of a mixture). */
  activeParams: number;
  /** The device's dense peak in the training format, FLOP/s: the F of the MFU. */
  peakFlopsPerSecond: number;
  /** Matmul time per device at dense peak, recomputation included. */
  computeSeconds: number;
  /** Estimated step: (compute + TP + PP + EP traffic)/(1 − bubble) + data-parallel traffic not hidden behind compute. */
  stepSeconds: number;
  /** Model FLOPs utilisation: 6·N_active·tokens / (step · devices · peak); recomputation not counted (Chowdhery et al. 2022, App. B). */
  mfu: number;
  /** Whether the layout is valid and its memory fits the device. */
  fits: boolean;
  /** Why not, when `fits` is false; otherwise null. */
  reason: string | null;
}

const RECOMPUTE: readonly Recompute[] = ["none", "selective", "full"];
const GB = 1e9;

/**
 * Memory, communication and time per step of a 3D-parallel training layout (data × tensor × pipeline,
 * with ZeRO and optional expert parallelism), composed from the module's pieces, no formula twice:
 * - model states from `trainingMemory` (ZeRO over the dp ranks) for the 1/(tp·pp) shard each device holds
 *   (routed experts also divided by ep, and sharded by ZeRO over dp/ep);
 * - activations from `activationMemory` for the stage's layers, times min(pp, m) micro-batches in flight
 *   on the first stage of a 1F1B schedule (Narayanan et al. 2021, §2.2.1; Korthikanti et al. 2022, §4.2.3);
 * - data-parallel traffic: a gradient all-reduce (`ringAllReduceSeconds`; ZeRO-1/2 do a reduce-scatter and
 *   an all-gather of the same volume), ZeRO-3 adds a second all-gather of the weights: 3Ψ instead of 2Ψ
 *   (Rajbhandari et al. 2020, §7); assumed hidden behind the compute, only the excess adds;
 * - tensor-parallel traffic: 4 all-reduces of a micro-batch's activations per layer (2 forward, 2 backward),
 *   6 with full recomputation (Shoeybi et al. 2019, §3; Korthikanti et al. 2022, §4); on the critical path;
 * - pipeline traffic: one activation send forward and one gradient back per micro-batch; `pipelineBubble`;
 * - expert all-to-all: 4 per MoE layer per micro-batch (dispatch and combine, forward and backward) of
 *   topK copies of each token, (ep − 1)/ep of it leaving the device (Lepikhin et al. 2020, GShard §2.2).
 * Ranks are ordered tp fastest, then dp (ep inside dp), then pp, as Megatron does; a group stays on NVLink
 * when its span fits in one node. Compute runs at dense peak, so time is optimistic and MFU an upper bound:
 * real runs add kernel inefficiency, latency and stragglers (published MFUs are 30–55%).
 *
 * @throws RangeError when dp·tp·pp ≠ devices, ep does not divide dp, or any option is invalid
 */
export function parallelLayout(options: ParallelLayoutOptions): ParallelLayout {
  const devices = positiveInteger("devices", options.devices);
  const dp = positiveInteger("dp", options.dp);
  const tp = positiveInteger("tp", options.tp);
  const pp = positiveInteger("pp", options.pp);
  const ep = positiveInteger("ep", options.ep ?? 1);
  if (dp * tp * pp !== devices) throw new RangeError(`invalid devices: ${devices} (must equal dp × tp × pp = ${dp * tp * pp})`);
  if (dp % ep !== 0) throw new RangeError(`invalid ep: ${ep} (must divide dp = ${dp})`);
  const microBatchTokens = positiveInteger("microBatchTokens", options.microBatchTokens);
  const microBatches = positiveInteger("microBatches", options.microBatches ?? 1);
  const recompute = keyword("recompute", options.recompute, RECOMPUTE);
  const gpusPerNode = positiveInteger("gpusPerNode", options.gpusPerNode ?? DEFAULT_GPUS_PER_NODE);
  const network = positive("networkBytesPerSecond", options.networkBytesPerSecond ?? DEFAULT_NETWORK_BYTES_PER_SECOND);
  const chip = lookup(options.accelerator);
  const peak = peakFlops(options.accelerator, options.precision);
  if (options.config === undefined && options.params === undefined) throw new TypeError("invalid params: undefined (give config or params)");

  const config = options.config === undefined ? null : normalizeConfig(options.config as HfConfig);
  const counts = config === null ? null : countParams(config);
  const params = options.params !== undefined ? positive("params", options.params) : counts!.total;
  // Routed experts are split over ep as well; the rest is replicated across dp (before ZeRO).
  const expertParams = counts === null || config?.moe == null ? 0 : Math.min(counts.breakdown.experts, params);
  const denseParams = params - expertParams;
  const activeParams = counts === null ? params : Math.min(counts.active, params);

  const base = { precision: options.precision, optimizer: options.optimizer ?? "adam", zeroStage: options.zeroStage };
  const dense = trainingMemory({ ...base, params: denseParams / (tp * pp), devices: dp });
  const experts = expertParams === 0 ? null : trainingMemory({ ...base, params: expertParams / (ep * tp * pp), devices: dp / ep });
  const sum = (key: "weightsBytes" | "gradientsBytes" | "optimizerBytes") => dense[key] + (experts?.[key] ?? 0);

  // Activation shape.
  const sequenceLength = positiveInteger("sequenceLength", options.sequenceLength ?? Math.min(config?.maxPositions ?? microBatchTokens, microBatchTokens));
  if (microBatchTokens % sequenceLength !== 0) throw new RangeError(`invalid sequenceLength: ${sequenceLength} (must divide microBatchTokens = ${microBatchTokens})`);
  const sequences = microBatchTokens / sequenceLength;
  const sequenceParallel = options.sequenceParallel ?? false;
  const problems: string[] = [];
  let activationsBytes = 0;
  if (config !== null) {
    if (config.numHeads % tp !== 0) problems.push(`tp = ${tp} does not divide the ${config.numHeads} attention heads`);
    if (pp > config.numLayers) problems.push(`pp = ${pp} is more stages than the ${config.numLayers} layers`);
    if (config.moe !== null && config.moe.numExperts % ep !== 0) problems.push(`ep = ${ep} does not divide the ${config.moe.numExperts} experts`);
    const layersPerStage = Math.ceil(config.numLayers / pp);
    activationsBytes =
      Math.min(pp, microBatches) *
      activationMemory({
        sequenceLength,
        batch: sequences,
        hiddenSize: config.hiddenSize,
        numHeads: config.numHeads,
        numLayers: Math.min(layersPerStage, config.numLayers),
        recompute,
        tensorParallel: tp,
        sequenceParallel,
      });
  }
  const weightsBytes = sum("weightsBytes");
  const gradientsBytes = sum("gradientsBytes");
  const optimizerBytes = sum("optimizerBytes");
  const totalBytes = weightsBytes + gradientsBytes + optimizerBytes + activationsBytes;

  // Bandwidth of a group of `size` ranks spaced `stride` apart.
  const nvlink = chip.interconnect === null ? null : chip.interconnect.bytesPerSecond / 2; // datasheets count both directions
  const group = (stride: number, size: number) => {
    const intraNode = nvlink !== null && stride * size <= gpusPerNode;
    return { intraNode, bytesPerSecond: intraNode ? (nvlink as number) : network };
  };

  // Data parallel: gradients of this device's shard, in the working precision.
  const gradBytesPerValue = options.precision === "fp32" ? 4 : 2;
  const shardParams = denseParams / (tp * pp);
  const expertShardParams = expertParams / (ep * tp * pp);
  const dpGroup = group(tp, dp);
  const dpCollectives = (shard: number, n: number) => {
    const bytes = gradBytesPerValue * shard;
    const args = { bytes, devices: n, bytesPerSecond: dpGroup.bytesPerSecond };
    const seconds = base.zeroStage >= 3 ? reduceScatterSeconds(args) + 2 * allGatherSeconds(args) : ringAllReduceSeconds(args);
    const volume = base.zeroStage >= 3 ? 3 : 2;
    return { bytes: (volume * (n - 1) * bytes) / n, seconds };
  };
  const dpDense = dpCollectives(shardParams, dp);
  const dpExperts = expertShardParams === 0 ? { bytes: 0, seconds: 0 } : dpCollectives(expertShardParams, dp / ep);
  const dpTraffic: LayoutTraffic = { bytes: dpDense.bytes + dpExperts.bytes, seconds: dpDense.seconds + dpExperts.seconds, intraNode: dpGroup.intraNode };

  // Tensor, pipeline and expert traffic need the model's width.
  const activationBytesPerValue = gradBytesPerValue;
  const layersPerStage = config === null ? 0 : Math.ceil(config.numLayers / pp);
  const microBatchActivation = config === null ? 0 : activationBytesPerValue * microBatchTokens * config.hiddenSize;
  const tpGroup = group(1, tp);
  const tpPerLayer = recompute === "full" ? 6 : 4;
  const tpOne = ringAllReduceSeconds({ bytes: microBatchActivation, devices: tp, bytesPerSecond: tpGroup.bytesPerSecond });
  const tpCount = tp === 1 ? 0 : tpPerLayer * layersPerStage * microBatches;
  const tpTraffic: LayoutTraffic = { bytes: (tpCount * 2 * (tp - 1) * microBatchActivation) / tp, seconds: tpCount * tpOne, intraNode: tpGroup.intraNode };

  const ppGroup = group(tp * dp, pp);
  const ppSends = pp === 1 ? 0 : 2 * microBatches;
  const ppTraffic: LayoutTraffic = { bytes: (ppSends * microBatchActivation) / tp, seconds: (ppSends * microBatchActivation) / tp / ppGroup.bytesPerSecond, intraNode: ppGroup.intraNode };

  const epGroup = group(tp, ep);
  let epBytes = 0;
  if (config !== null && config.moe !== null && ep > 1) {
    const moeLayers = Math.ceil(moeLayerCount(config) / pp);
    epBytes = (4 * moeLayers * microBatches * config.moe.topK * microBatchActivation * (ep - 1)) / ep / tp;
  }
  const epTraffic: LayoutTraffic = { bytes: epBytes, seconds: epBytes / epGroup.bytesPerSecond, intraNode: epGroup.intraNode };

  // Time.
  const tokensPerStep = microBatchTokens * microBatches * dp;
  const modelFlops = 6 * activeParams * tokensPerStep;
  const hardwareFlops = recompute === "full" ? (8 / 6) * modelFlops : modelFlops;
  const computeSeconds = hardwareFlops / devices / peak;
  const bubble = pipelineBubble({ stages: pp, microBatches });
  const critical = computeSeconds + tpTraffic.seconds + ppTraffic.seconds + epTraffic.seconds;
  const stepSeconds = critical / (1 - bubble) + Math.max(0, dpTraffic.seconds - computeSeconds);
  const mfu = modelFlops / (stepSeconds * devices * peak);

  if (totalBytes > chip.memoryBytes) {
    problems.push(`needs ${(totalBytes / GB).toFixed(1)} GB per device; the ${chip.name} has ${(chip.memoryBytes / GB).toFixed(0)} GB`);
  }
  return {
    memory: { weightsBytes, gradientsBytes, optimizerBytes, activationsBytes, totalBytes },
    deviceMemoryBytes: chip.memoryBytes,
    communication: { dp: dpTraffic, tp: tpTraffic, pp: ppTraffic, ep: epTraffic },
    bubble,
    tokensPerStep,
    params,
    activeParams,
    peakFlopsPerSecond: peak,
    computeSeconds,
    stepSeconds,
    mfu,
    fits: problems.length === 0,
    reason: problems.length === 0 ? null : problems.join("; "),
  };
}
