import {
  ACCELERATORS,
  ACCELERATOR_NAMES,
  BYTES_PER_GB,
  DEFAULT_PRICE_USD_PER_HOUR,
  PRECISIONS,
  PRECISION_BYTES,
  SECONDS_PER_HOUR,
  decodeCriticalBatch,
  decodeStep,
  inferenceMemory,
  kvCacheBytes,
  peakFlopsOrNull,
  type Accelerator,
  type AcceleratorName,
  type DecodeStep,
  type Precision,
} from "../lib/scaling/index.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import type { InferenceChartData, InferencePoint } from "../charts/inferenceChart.ts";
import { texNumber } from "./texNumber.ts";
import type { LogRange } from "./logSlider.ts";
import type { FieldSpecs } from "./urlState.ts";
import { keywordField, numberField, quantityField } from "./fieldSpecs.ts";
import { safeView } from "./safeView.ts";

/**
 * Serving a model one token at a time: throughput and cost per million output tokens against the batch, by
 * the roofline (`decodeStep`), with the decoding critical batch (`decodeCriticalBatch`) and the batch at which
 * weights plus KV cache (`kvCacheBytes`) fill the accelerators' memory.
 */
export const INFERENCE_ID = "inference";

/** Weight formats offered (the KV cache stays 16-bit, as `decodeStep` assumes by default). */
export const SERVING_PRECISIONS = ["bf16", "fp8", "int8", "int4"] as const satisfies readonly Precision[];
export type ServingPrecision = (typeof SERVING_PRECISIONS)[number];

/** Presets only: the KV cache needs the model's shape. */
export const MODEL_IDS = Object.keys(MODEL_CONFIGS);

export interface InferenceState {
  /** A `MODEL_CONFIGS` id. */
  model: string;
  accelerator: AcceleratorName;
  /** Weight format. */
  precision: ServingPrecision;
  /** Sequences decoded together. */
  batch: number;
  /** Tokens in each sequence's context (the KV cache length). */
  context: number;
  /** Accelerators serving one copy of the model, as ideal tensor parallelism (no communication). */
  gpus: number;
  /** Rental price, USD per accelerator-hour. */
  price: number;
}

export const BATCH_RANGE: LogRange = { min: 1, max: 4_096, step: 0.01 };
export const CONTEXT_RANGE: LogRange = { min: 16, max: 1_048_576, step: 0.01 };

export const INFERENCE_FIELDS: FieldSpecs<InferenceState> = {
  // Default: Llama 2 7B in bf16 on one A100 80GB, the setting of gpt-fast's batch-1 benchmark (pytorch-labs/gpt-fast README).
  model: keywordField("model", "llama-2-7b", MODEL_IDS),
  accelerator: keywordField("hw", "A100", ACCELERATOR_NAMES),
  precision: keywordField("prec", "bf16", SERVING_PRECISIONS),
  batch: quantityField("b", 1, BATCH_RANGE, { integer: true, format: String }),
  // Llama 2's full context (max_position_embeddings 4,096).
  // A plain number box: context lengths are read exactly (4,096, not "4.1K").
  context: numberField("ctx", 4_096, { min: CONTEXT_RANGE.min, max: CONTEXT_RANGE.max, integer: true }),
  gpus: numberField("gpus", 1, { min: 1, max: 64, integer: true }),
  price: numberField("usd", DEFAULT_PRICE_USD_PER_HOUR, { min: 0.01, max: 100 }),
};

export const INFERENCE_DEFAULTS = Object.fromEntries(Object.entries(INFERENCE_FIELDS).map(([k, spec]) => [k, spec.default])) as unknown as InferenceState;

/**
 * `gpus` copies of the chip as one: peaks, memory and bandwidth times n (ideal tensor parallelism, no
 * communication). One chip is passed by name so the module uses its own table.
 */
export function pooled(name: AcceleratorName, gpus: number): AcceleratorName | (Accelerator & { peakFlopsByPrecision: Partial<Record<Precision, number>> }) {
  if (gpus === 1) return name;
  const chip: Accelerator = ACCELERATORS[name];
  const peaks = Object.fromEntries(PRECISIONS.flatMap((p) => {
    const peak = peakFlopsOrNull(name, p);
    return peak === null ? [] : [[p, peak * gpus]];
  }));
  return {
    ...chip,
    name: `${gpus} × ${chip.name}`,
    peakFlopsPerSecond: chip.peakFlopsPerSecond * gpus,
    memoryBytes: chip.memoryBytes * gpus,
    memoryBandwidthBytesPerSecond: chip.memoryBandwidthBytesPerSecond * gpus,
    powerWatts: chip.powerWatts * gpus,
    peakFlopsByPrecision: peaks,
  };
}

export interface InferenceView {
  /** The decoding step at the chosen batch and context. */
  step: DecodeStep;
  /** Batch at which decoding the weights stops being memory-bound (KV reads not counted). */
  criticalBatch: number;
  /** Largest batch whose weights + KV cache fit the accelerators' memory; 0 when the weights alone do not. */
  memoryBatch: number;
  /** All weights held in memory (every expert of a mixture), bytes. */
  weightsBytes: number;
  /** KV cache of one sequence at the chosen context, bytes. */
  kvPerSequence: number;
  /** Weights + KV cache at the chosen batch, bytes. */
  totalBytes: number;
  /** Memory of all the accelerators, bytes. */
  capacityBytes: number;
  fits: boolean;
  /** USD per million generated tokens, with every accelerator busy decoding. */
  costPerMillion: number;
  /** The model's configured context, tokens (`max_position_embeddings`). */
  maxContext: number;
  chart: InferenceChartData;
  /** Data-table rows: powers of two and the chosen batch. */
  table: InferencePoint[];
  failed: boolean;
}

/**
 * gpt-fast's batch-1 measurement of Llama 2 7B in bf16 on one A100-80GB (power-limited to 330 W, 5-token prompt):
 * 104.9 tokens/s (pytorch-labs/gpt-fast README, "Benchmarks"). Generations of about 200 tokens, as in the module's test.
 */
export const GPT_FAST_LLAMA2_7B = { model: "llama-2-7b", accelerator: "A100", precision: "bf16", tokensPerSecond: 104.9, contextTokens: 200 } as const;

/** How far the roofline is above gpt-fast's measurement: the widget's note says so. */
export function gptFastCheck(): { measured: number; roofline: number; ratio: number } {
  const g = GPT_FAST_LLAMA2_7B;
  const roofline = decodeStep({ config: MODEL_CONFIGS[g.model].config, batch: 1, contextTokens: g.contextTokens, accelerator: g.accelerator, precision: g.precision }).tokensPerSecond;
  return { measured: g.tokensPerSecond, roofline, ratio: roofline / g.tokensPerSecond };
}

/** USD per million generated tokens at a throughput. */
export function costPerMillion(tokensPerSecond: number, pricePerHour: number, gpus: number): number {
  return ((pricePerHour * gpus) / SECONDS_PER_HOUR / tokensPerSecond) * 1e6;
}

/** The batches the curves are drawn at: quarter-octaves from 1 to 4,096, plus the chosen one. */
function batchGrid(chosen: number): number[] {
  const grid = Array.from({ length: 49 }, (_, i) => Math.round(2 ** (i / 4)));
  return [...new Set([...grid, chosen])].sort((a, b) => a - b);
}

/**
 * A slider step changes the batch and little else, while the curves (one decoding step per batch of the
 * grid) and the critical batch depend only on the rest of the state: kept for the last such state, so a
 * batch step computes one new point, not fifty (profiles: most of the view's time). Pure all the same: the
 * keys hold every input the values depend on.
 */
const pointCache = { key: "", points: new Map<number, InferencePoint>() };
const criticalCache = new Map<string, number>();

function buildView(state: InferenceState): Omit<InferenceView, "failed"> {
  const fixture = MODEL_CONFIGS[state.model];
  if (!fixture) throw new RangeError(`invalid model: ${JSON.stringify(state.model)}`);
  const { config } = fixture;
  const accelerator = pooled(state.accelerator, state.gpus);
  const memory = inferenceMemory({ config, precision: state.precision, contextLength: state.context, batch: state.batch });
  const kvPerSequence = kvCacheBytes(config, { contextLength: state.context });
  const capacityBytes = ACCELERATORS[state.accelerator].memoryBytes * state.gpus;
  const memoryBatch = Math.max(0, Math.floor((capacityBytes - memory.weightsBytes) / kvPerSequence));
  const key = JSON.stringify([state.model, state.accelerator, state.gpus, state.precision, state.context, state.price]);
  if (pointCache.key !== key) pointCache.points = new Map();
  pointCache.key = key;
  const cached = pointCache.points;
  const point = (batch: number): InferencePoint => {
    const hit = cached.get(batch);
    if (hit) return hit;
    const s = decodeStep({ config, batch, contextTokens: state.context, accelerator, precision: state.precision });
    const p: InferencePoint = {
      batch,
      tokensPerSecond: s.tokensPerSecond,
      perSequence: s.tokensPerSecondPerSequence,
      costPerMillion: costPerMillion(s.tokensPerSecond, state.price, state.gpus),
      weightsBytes: memory.weightsBytes,
      kvBytes: kvPerSequence * batch,
      fits: batch <= memoryBatch,
      bound: s.bound,
    };
    cached.set(batch, p);
    return p;
  };
  const step = decodeStep({ config, batch: state.batch, contextTokens: state.context, accelerator, precision: state.precision });
  const curve = batchGrid(state.batch).map(point);
  const chosen = curve.find((p) => p.batch === state.batch)!;
  const criticalKey = JSON.stringify([state.accelerator, state.gpus, state.precision]);
  const criticalBatch = criticalCache.get(criticalKey) ?? decodeCriticalBatch(accelerator, state.precision);
  criticalCache.set(criticalKey, criticalBatch);
  const numbers = [step.seconds, criticalBatch, memory.totalBytes, ...curve.map((p) => p.tokensPerSecond)];
  if (!numbers.every(Number.isFinite)) throw new RangeError("invalid state: non-finite result");
  const table = [...new Set([1, 4, 16, 64, 256, 1024, 4096, state.batch])].sort((a, b) => a - b).map((b) => curve.find((p) => p.batch === b) ?? point(b));
  return {
    step,
    criticalBatch,
    memoryBatch,
    weightsBytes: memory.weightsBytes,
    kvPerSequence,
    totalBytes: memory.totalBytes,
    capacityBytes,
    fits: memory.totalBytes <= capacityBytes,
    costPerMillion: chosen.costPerMillion,
    maxContext: (config as { max_position_embeddings?: number }).max_position_embeddings ?? (config as { maxPositions?: number }).maxPositions ?? Infinity,
    chart: { curve, chosen, criticalBatch, memoryBatch, capacityBytes, batchMax: BATCH_RANGE.max },
    table,
  };
}

/** Everything the widget shows; a state the module refuses gives the default view with `failed: true`. */
export function inferenceView(state: InferenceState): InferenceView {
  return safeView(buildView, state, INFERENCE_DEFAULTS);
}

const gb = (bytes: number) => `${texNumber(bytes / BYTES_PER_GB)}\\ \\text{GB}`;
const tb = (bytesPerSecond: number) => `${texNumber(bytesPerSecond / 1e12)}\\ \\text{TB/s}`;

/** The roofline of one step with the reader's values, for "show your work". */
export function inferenceTex(state: InferenceState): string {
  const v = inferenceView(state);
  if (v.failed) return "\\text{—}";
  const chip = ACCELERATORS[state.accelerator];
  const n = state.gpus;
  const bw = chip.memoryBandwidthBytesPerSecond * n;
  const peak = v.step.computeSeconds > 0 ? v.step.flops / v.step.computeSeconds : NaN;
  const B = state.batch;
  const ms = (s: number) => `${texNumber(s * 1e3)}\\ \\text{ms}`;
  const lines = [
    `T_\\text{compute} &= \\frac{B \\cdot F_\\text{token}}{\\text{peak}} = \\frac{${B} \\times ${texNumber(v.step.flops / B)}}{${texNumber(peak)}\\ \\text{FLOP/s}} = ${ms(v.step.computeSeconds)}`,
    `T_\\text{memory} &= \\frac{W + B \\cdot \\text{KV}(${state.context})}{\\text{bandwidth}} = \\frac{${gb(v.step.weightBytes)} + ${B} \\times ${gb(v.kvPerSequence)}}{${tb(bw)}} = ${ms(v.step.memorySeconds)}`,
    `\\text{tokens/s} &= \\frac{B}{\\max(T_\\text{compute}, T_\\text{memory})} = \\frac{${B}}{${ms(v.step.seconds)}} = ${texNumber(v.step.tokensPerSecond)}`,
    `\\$/\\text{M tokens} &= \\frac{${texNumber(state.price)} \\times ${n}\\ \\$/\\text{h}}{3600\\ \\text{s/h} \\times ${texNumber(v.step.tokensPerSecond)}\\ \\text{tokens/s}} \\times 10^6 = ${texNumber(v.costPerMillion)}`,
    `B^{*} &= \\frac{\\text{peak}}{\\text{bandwidth}} \\cdot \\frac{${PRECISION_BYTES[state.precision]}\\ \\text{B/weight}}{2} = ${texNumber(v.criticalBatch)}`,
    `B_\\text{max} &= \\left\\lfloor \\frac{M - W}{\\text{KV}(${state.context})} \\right\\rfloor = \\left\\lfloor \\frac{${gb(v.capacityBytes)} - ${gb(v.weightsBytes)}}{${gb(v.kvPerSequence)}} \\right\\rfloor = ${v.memoryBatch}`,
  ];
  return `\\begin{aligned}\n${lines.join("\\\\\n")}\n\\end{aligned}`;
}

/** The call that reproduces the readout in a notebook cell (the preset's config written out). */
export function inferenceCode(state: InferenceState): string {
  const config = JSON.stringify(MODEL_CONFIGS[state.model]?.config ?? {});
  const pool = pooled(state.accelerator, state.gpus);
  const chip =
    typeof pool === "string"
      ? JSON.stringify(pool)
      : `{ ...scaling.ACCELERATORS[${JSON.stringify(state.accelerator)}], name: ${JSON.stringify(pool.name)}, peakFlopsPerSecond: ${pool.peakFlopsPerSecond}, memoryBytes: ${pool.memoryBytes}, memoryBandwidthBytesPerSecond: ${pool.memoryBandwidthBytesPerSecond}, powerWatts: ${pool.powerWatts}, peakFlopsByPrecision: ${JSON.stringify(pool.peakFlopsByPrecision)} }`;
  return `scaling.decodeStep({ config: ${config}, batch: ${state.batch}, contextTokens: ${state.context}, accelerator: ${chip}, precision: ${JSON.stringify(state.precision)} })`;
}
