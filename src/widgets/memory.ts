import {
  ACCELERATORS,
  ACCELERATOR_NAMES,
  BYTES_PER_GB,
  PRECISION_BYTES,
  countParams,
  inferenceMemory,
  kvValuesPerToken,
  normalizeConfig,
  trainingMemory,
  type AcceleratorName,
  type ActivationOptions,
  type ModelConfig,
  type Optimizer,
  type Recompute,
  type TrainingPrecision,
} from "../lib/scaling/index.ts";
import { MODEL_CONFIGS, type ModelFixture } from "../../content/data/models/index.ts";
import { formatScientific } from "../i18n/format.ts";
import type { MemoryBar, MemoryChartData, MemoryPart } from "../charts/memoryChart.ts";
import { keywordField, numberField, quantityField } from "./fieldSpecs.ts";
import type { LogRange } from "./logSlider.ts";
import { texNumber } from "./texNumber.ts";
import type { FieldSpec, FieldSpecs } from "./urlState.ts";

/** Whole numbers as written (2048, not 2050); anything else as `texNumber`. */
const texExact = (x: number, digits = 3) => (Number.isInteger(x) && Math.abs(x) < 1e7 ? String(x) : texNumber(x, digits));

/** The memory widget: bytes per device to train a model (ZeRO stages 0–3) or to serve it (weights + KV cache). */
export const MEMORY_ID = "memory";

export const MEMORY_MODES = ["training", "inference"] as const;
export type MemoryMode = (typeof MEMORY_MODES)[number];

export const TRAINING_PRECISIONS = ["bf16", "fp16", "fp32"] as const satisfies readonly TrainingPrecision[];
export const OPTIMIZERS = ["adam", "sgd-momentum", "sgd"] as const satisfies readonly Optimizer[];
export const RECOMPUTES = ["none", "selective", "full"] as const satisfies readonly Recompute[];
export const ZERO_STAGES = [0, 1, 2, 3] as const;
/** Weight formats for serving, as the quantization select lists them. */
export const QUANTIZATIONS = ["fp16", "bf16", "fp8", "int8", "int4"] as const;
export type Quantization = (typeof QUANTIZATIONS)[number];

/** `"custom"` (parameters only) or a key of `MODEL_CONFIGS`. */
export const MODEL_IDS = ["custom", ...Object.keys(MODEL_CONFIGS)] as const;

/** The model a fresh switch to inference shows when the reader had given parameters only (no shape, so no KV cache). */
export const INFERENCE_MODEL = "llama-3.1-405b";

export interface MemoryState {
  mode: MemoryMode;
  /** `"custom"` or a `MODEL_CONFIGS` id. */
  model: string;
  /** Ψ, parameters, when `model` is `"custom"`. */
  params: number;
  precision: TrainingPrecision;
  optimizer: Optimizer;
  /** ZeRO stage the readout is for; the chart shows all four. */
  stage: number;
  /** N_d, data-parallel devices. */
  devices: number;
  /** Training sequence length and micro-batch, for activations (when the model's shape is known). */
  sequence: number;
  microBatch: number;
  recompute: Recompute;
  /** Serving: weight format, tokens per sequence, sequences at once. */
  quantization: Quantization;
  context: number;
  batch: number;
  accelerator: AcceleratorName;
}

export const PARAMS_RANGE: LogRange = { min: 1e6, max: 1e13, step: 0.01 };
export const CONTEXT_RANGE: LogRange = { min: 128, max: 10_000_000, step: 0.01 };
export const DEVICES_RANGE = { min: 1, max: 1_000_000 };
export const SEQUENCE_RANGE = { min: 1, max: 1_000_000 };
export const MICRO_BATCH_RANGE = { min: 1, max: 1_024 };
export const BATCH_RANGE = { min: 1, max: 4_096 };

export const MEMORY_FIELDS: FieldSpecs<MemoryState> = {
  mode: keywordField("mode", "training", MEMORY_MODES),
  model: keywordField("model", "custom", MODEL_IDS as readonly string[]),
  params: quantityField("n", 7.5e9, PARAMS_RANGE, { format: (x) => formatScientific(x, { style: "plain", digits: 4 }) }),
  precision: keywordField("prec", "bf16", TRAINING_PRECISIONS),
  optimizer: keywordField("opt", "adam", OPTIMIZERS),
  // A number in the state, drawn by hand as a select of the four stages: no shared kind fits.
  stage: {
    key: "zero",
    default: 0,
    parse: (t) => (/^[0-3]$/.test(t) ? Number(t) : null),
    format: (x) => String(x),
  },
  devices: numberField("dev", 64, { ...DEVICES_RANGE, integer: true }),
  sequence: numberField("seq", 4_096, { ...SEQUENCE_RANGE, integer: true }),
  microBatch: numberField("mb", 1, { ...MICRO_BATCH_RANGE, integer: true }),
  recompute: keywordField("rc", "selective", RECOMPUTES),
  quantization: keywordField("q", "bf16", QUANTIZATIONS),
  // digits: a context length reads whole (32,768, not 32.8K).
  context: quantityField("ctx", 8_000, CONTEXT_RANGE, { integer: true, format: (x) => String(x), digits: 7 }),
  batch: numberField("b", 1, { ...BATCH_RANGE, integer: true }),
  accelerator: keywordField("hw", "H100", ACCELERATOR_NAMES),
};

export const MEMORY_DEFAULTS: MemoryState = Object.fromEntries(
  Object.entries(MEMORY_FIELDS).map(([k, spec]) => [k, (spec as FieldSpec<unknown>).default]),
) as unknown as MemoryState;

/** The state in another mode; parameters alone have no shape, so a switch to serving picks a model with a KV cache. */
export function withMode(state: MemoryState, mode: MemoryMode): MemoryState {
  return { ...state, mode, ...(mode === "inference" && state.model === "custom" ? { model: INFERENCE_MODEL } : {}) };
}

/** The fixture of a model id, or `undefined` for `"custom"`. */
export function fixture(model: string): ModelFixture | undefined {
  return model === "custom" ? undefined : MODEL_CONFIGS[model];
}

/** Parameters the memory is computed for: the reader's, or all of a preset's (every expert of a mixture). */
export function paramsOf(state: Pick<MemoryState, "model" | "params">): number {
  const f = fixture(state.model);
  return f ? countParams(f.config).total : state.params;
}

/** Activation shape for `trainingMemory`, when the model's shape is known. */
export function activationShape(state: MemoryState): ActivationOptions | undefined {
  const f = fixture(state.model);
  if (!f) return undefined;
  const c: ModelConfig = normalizeConfig(f.config);
  return { sequenceLength: state.sequence, batch: state.microBatch, hiddenSize: c.hiddenSize, numHeads: c.numHeads, numLayers: c.numLayers, recompute: state.recompute };
}

export interface MemoryView {
  mode: MemoryMode;
  /** The module's message when it refused the inputs; the chart and readouts are then empty. */
  error: string | null;
  params: number;
  /** Whether the model's shape (and so activations or the KV cache) is known. */
  shapeKnown: boolean;
  chart: MemoryChartData;
  /** Bytes per device of the chosen stage / format, by part. */
  parts: Partial<Record<MemoryPart, number>>;
  totalBytes: number;
  /** Memory of one chosen accelerator, bytes. */
  acceleratorBytes: number;
  /**
   * Training: the fewest data-parallel devices at which the chosen stage fits one accelerator (`null`: never,
   * e.g. stage 0 of a model larger than the accelerator). Inference: accelerators the weights + KV cache fill.
   */
  needed: number | null;
}

const TRAINING_PARTS: MemoryPart[] = ["weights", "gradients", "optimizer", "activations"];

function trainingAt(state: MemoryState, stage: number, devices = state.devices) {
  return trainingMemory({
    params: paramsOf(state),
    precision: state.precision,
    optimizer: state.optimizer,
    zeroStage: stage,
    devices,
    activations: activationShape(state),
  });
}

/** Fewest devices (≤ 2²⁰) at which `stage` fits in `capacity` bytes per device, or `null`. */
export function fewestDevices(state: MemoryState, stage: number, capacity: number): number | null {
  const fits = (devices: number) => trainingAt(state, stage, devices).totalBytes <= capacity;
  let hi = 2 ** 20;
  if (!fits(hi)) return null;
  let lo = 1;
  if (fits(lo)) return 1;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

function inferenceAt(state: MemoryState, quantization: Quantization) {
  const f = fixture(state.model);
  return inferenceMemory({
    ...(f ? { config: f.config } : { params: state.params }),
    precision: quantization,
    contextLength: state.context,
    batch: state.batch,
    accelerator: state.accelerator,
  });
}

/** Everything the widget shows for a state, computed with `trainingMemory` / `inferenceMemory`. */
export function memoryView(state: MemoryState, labels: { stage: (s: number) => string; quantization: (q: Quantization) => string } = defaultLabels): MemoryView {
  const acceleratorBytes = ACCELERATORS[state.accelerator].memoryBytes;
  const shapeKnown = fixture(state.model) !== undefined;
  const empty: MemoryView = { mode: state.mode, error: null, params: NaN, shapeKnown, chart: { bars: [], capacity: [] }, parts: {}, totalBytes: NaN, acceleratorBytes, needed: null };
  try {
    const params = paramsOf(state);
    let bars: MemoryBar[];
    let parts: Partial<Record<MemoryPart, number>>;
    let totalBytes: number;
    let needed: number | null;
    if (state.mode === "training") {
      bars = ZERO_STAGES.map((stage) => {
        const m = trainingAt(state, stage);
        const bytes: Record<MemoryPart, number> = { weights: m.weightsBytes, gradients: m.gradientsBytes, optimizer: m.optimizerBytes, activations: m.activationsBytes, kvCache: 0 };
        return { key: `stage-${stage}`, label: labels.stage(stage), highlight: stage === state.stage, segments: TRAINING_PARTS.map((part) => ({ part, bytes: bytes[part] })) };
      });
      const m = trainingAt(state, state.stage);
      parts = { weights: m.weightsBytes, gradients: m.gradientsBytes, optimizer: m.optimizerBytes, activations: m.activationsBytes };
      totalBytes = m.totalBytes;
      needed = fewestDevices(state, state.stage, acceleratorBytes);
    } else {
      bars = QUANTIZATIONS.map((q) => {
        const m = inferenceAt(state, q);
        return {
          key: q,
          label: labels.quantization(q),
          highlight: q === state.quantization,
          segments: [
            { part: "weights" as const, bytes: m.weightsBytes },
            { part: "kvCache" as const, bytes: m.kvCacheBytes },
          ],
        };
      });
      const m = inferenceAt(state, state.quantization);
      parts = { weights: m.weightsBytes, kvCache: m.kvCacheBytes };
      totalBytes = m.totalBytes;
      needed = m.acceleratorsNeeded;
    }
    const numbers = [params, totalBytes, ...bars.flatMap((b) => b.segments.map((s) => s.bytes))];
    if (!numbers.every(Number.isFinite)) throw new RangeError("non-finite result");
    const capacity = [{ bytes: acceleratorBytes, count: 1 }];
    const tallest = Math.max(...bars.map((b) => b.segments.reduce((s, x) => s + x.bytes, 0)));
    // One 8-accelerator node, when a bar needs several accelerators (else the line would only squash the bars).
    if (tallest > 4 * acceleratorBytes) capacity.push({ bytes: 8 * acceleratorBytes, count: 8 });
    return { mode: state.mode, error: null, params, shapeKnown, chart: { bars, capacity }, parts, totalBytes, acceleratorBytes, needed };
  } catch (e) {
    return { ...empty, error: e instanceof Error ? e.message : String(e) };
  }
}

const defaultLabels = {
  stage: (s: number) => `Stage ${s}`,
  quantization: (q: Quantization) => q.toUpperCase(),
};

const gb = (bytes: number) => `${texNumber(bytes / BYTES_PER_GB)}\\ \\text{GB}`;

/** The formula with the reader's values, for "show your work". Bytes in GB (10⁹). */
export function memoryTex(state: MemoryState): string {
  try {
    const psi = paramsOf(state);
    if (state.mode === "training") {
      const m = trainingAt(state, state.stage);
      const w = state.precision === "fp32" ? 4 : 2;
      const k = m.bytesPerParam - 2 * w;
      const over = (from: number) => (state.stage >= from ? ` / N_d` : "");
      const overN = (from: number) => (state.stage >= from ? ` / ${state.devices}` : "");
      const lines = [
        `\\text{weights} &= ${w}\\Psi${over(3)} = ${w} \\times ${texNumber(psi)}${overN(3)}\\ \\text{B} = ${gb(m.weightsBytes)}`,
        `\\text{gradients} &= ${w}\\Psi${over(2)} = ${w} \\times ${texNumber(psi)}${overN(2)}\\ \\text{B} = ${gb(m.gradientsBytes)}`,
        `\\text{optimizer} &= K\\Psi${over(1)} = ${k} \\times ${texNumber(psi)}${overN(1)}\\ \\text{B} = ${gb(m.optimizerBytes)}`,
      ];
      const a = activationShape(state);
      if (a) {
        const base = `${a.numLayers} \\times ${a.sequenceLength} \\times ${a.batch} \\times ${a.hiddenSize}`;
        const factor =
          state.recompute === "full" ? "2" : state.recompute === "selective" ? "34" : `\\left(34 + \\frac{5 \\times ${a.numHeads} \\times ${a.sequenceLength}}{${a.hiddenSize}}\\right)`;
        const symbolic = state.recompute === "full" ? "2Lsbh" : state.recompute === "selective" ? "34\\,Lsbh" : "Lsbh\\,(34 + 5as/h)";
        lines.push(`\\text{activations} &= ${symbolic} = ${base} \\times ${factor}\\ \\text{B} = ${gb(m.activationsBytes)}`);
      }
      lines.push(`\\text{total} &= ${gb(m.totalBytes)}`);
      return `\\begin{aligned}\n${lines.join("\\\\\n")}\n\\end{aligned}`;
    }
    const m = inferenceAt(state, state.quantization);
    const bytes = PRECISION_BYTES[state.quantization];
    const lines = [`\\text{weights} &= \\Psi \\times ${bytes}\\ \\text{B} = ${texNumber(psi)} \\times ${bytes}\\ \\text{B} = ${gb(m.weightsBytes)}`];
    const f = fixture(state.model);
    if (f) {
      const values = kvValuesPerToken(normalizeConfig(f.config));
      lines.push(`\\text{KV cache} &= ${texExact(values)}\\ \\tfrac{\\text{values}}{\\text{token}} \\times ${texExact(state.context)} \\times ${state.batch} \\times 2\\ \\text{B} = ${gb(m.kvCacheBytes)}`);
    }
    lines.push(`\\text{total} &= ${gb(m.totalBytes)} \\;\\Rightarrow\\; \\left\\lceil \\frac{${texNumber(m.totalBytes / BYTES_PER_GB)}}{${texNumber(ACCELERATORS[state.accelerator].memoryBytes / BYTES_PER_GB)}} \\right\\rceil = ${m.acceleratorsNeeded}`);
    return `\\begin{aligned}\n${lines.join("\\\\\n")}\n\\end{aligned}`;
  } catch {
    return "\\text{—}";
  }
}

/** The one-line call that reproduces the readout. */
export function memoryCode(state: MemoryState): string {
  const f = fixture(state.model);
  const model = f ? `config: MODEL_CONFIGS[${JSON.stringify(state.model)}].config` : `params: ${formatScientific(state.params, { style: "plain", digits: 4 })}`;
  if (state.mode === "training") {
    const params = f ? `params: ${paramsOf(state)}` : model;
    const a = activationShape(state);
    const act = a
      ? `, activations: { sequenceLength: ${a.sequenceLength}, batch: ${a.batch}, hiddenSize: ${a.hiddenSize}, numHeads: ${a.numHeads}, numLayers: ${a.numLayers}, recompute: ${JSON.stringify(a.recompute)} }`
      : "";
    return `scaling.trainingMemory({ ${params}, precision: ${JSON.stringify(state.precision)}, optimizer: ${JSON.stringify(state.optimizer)}, zeroStage: ${state.stage}, devices: ${state.devices}${act} })`;
  }
  return `scaling.inferenceMemory({ ${model}, precision: ${JSON.stringify(state.quantization)}, contextLength: ${state.context}, batch: ${state.batch}, accelerator: ${JSON.stringify(state.accelerator)} })`;
}
