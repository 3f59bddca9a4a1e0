import { ACCELERATOR_NAMES, BYTES_PER_GB, countParams, normalizeConfig, parallelLayout, type AcceleratorName, type ParallelLayout, type ParallelLayoutOptions, type Recompute } from "../lib/scaling/index.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import { formatScientific } from "../i18n/format.ts";
import type { ParallelismChartData, StepPart } from "../charts/parallelismChart.ts";
import { keywordField, numberField, quantityField } from "./fieldSpecs.ts";
import type { LogRange } from "./logSlider.ts";
import { safeView } from "./safeView.ts";
import { texNumber } from "./texNumber.ts";
import type { FieldSpecs } from "./urlState.ts";

/** The parallelism widget: memory, traffic and time per step of a data × tensor × pipeline layout (`parallelLayout`). */
export const PARALLELISM_ID = "parallelism";

export const ZERO_STAGES = ["0", "1", "2", "3"] as const;
export type ZeroStage = (typeof ZERO_STAGES)[number];
export const RECOMPUTES = ["none", "selective", "full"] as const satisfies readonly Recompute[];
/** `"custom"` (parameters only) or a key of `MODEL_CONFIGS`, as the memory widget offers them. */
export const MODEL_IDS = ["custom", ...Object.keys(MODEL_CONFIGS)] as const;

export interface ParallelismState {
  /** `"custom"` or a `MODEL_CONFIGS` id. */
  model: string;
  /** Parameters when `model` is `"custom"`. */
  params: number;
  /** GPUs in all; must equal dp × tp × pp. */
  gpus: number;
  dp: number;
  tp: number;
  pp: number;
  zero: ZeroStage;
  recompute: Recompute;
  /** Tokens in one micro-batch on one replica (micro-batch size × sequence length). */
  microBatchTokens: number;
  /** Micro-batches per step per replica. */
  microBatches: number;
  accelerator: AcceleratorName;
}

export const PARAMS_RANGE: LogRange = { min: 1e6, max: 1e13, step: 0.01 };
const DEGREE = { min: 1, max: 1_048_576, integer: true };

/**
 * Defaults: Llama 3.1 405B as Meta trained it on 16,384 H100s — TP 8, PP 16, DP 128, 8,192-token sequences,
 * 16M tokens a step, so 16 micro-batches per replica (Dubey et al. 2024, Table 4). ZeRO-2 stands for Meta's
 * FSDP setting, as in parallelLayout's test (the paper does not use ZeRO's terms).
 */
export const PARALLELISM_FIELDS: FieldSpecs<ParallelismState> = {
  model: keywordField("model", "llama-3.1-405b", MODEL_IDS as readonly string[]),
  params: quantityField("n", 405e9, PARAMS_RANGE),
  gpus: numberField("gpus", 16_384, DEGREE),
  dp: numberField("dp", 128, DEGREE),
  tp: numberField("tp", 8, { ...DEGREE, max: 1_024 }),
  pp: numberField("pp", 16, { ...DEGREE, max: 1_024 }),
  zero: keywordField("zero", "2", ZERO_STAGES),
  recompute: keywordField("rc", "selective", RECOMPUTES),
  microBatchTokens: numberField("mbt", 8_192, { min: 1, max: 1_048_576, integer: true }),
  microBatches: numberField("m", 16, { min: 1, max: 65_536, integer: true }),
  accelerator: keywordField("hw", "H100", ACCELERATOR_NAMES),
};

export const PARALLELISM_DEFAULTS = Object.fromEntries(
  Object.entries(PARALLELISM_FIELDS).map(([k, spec]) => [k, spec.default]),
) as unknown as ParallelismState;

/** The module's options for a state: bf16 mixed precision, Adam, Megatron sequence parallelism, no experts split. */
export function layoutOptions(state: ParallelismState): ParallelLayoutOptions {
  const f = state.model === "custom" ? undefined : MODEL_CONFIGS[state.model];
  return {
    ...(f ? { config: f.config } : { params: state.params }),
    devices: state.gpus,
    dp: state.dp,
    tp: state.tp,
    pp: state.pp,
    zeroStage: Number(state.zero),
    microBatchTokens: state.microBatchTokens,
    microBatches: state.microBatches,
    recompute: state.recompute,
    sequenceParallel: true,
    accelerator: state.accelerator,
    precision: "bf16",
  };
}

/** dp × tp × pp ≠ GPUs: the product, and the DP that would make it right (`null` when none is whole). */
export interface Mismatch {
  product: number;
  gpus: number;
  dp: number | null;
}

export function mismatch(state: Pick<ParallelismState, "gpus" | "dp" | "tp" | "pp">): Mismatch | null {
  const product = state.dp * state.tp * state.pp;
  if (product === state.gpus) return null;
  const dp = state.gpus / (state.tp * state.pp);
  return { product, gpus: state.gpus, dp: Number.isInteger(dp) && dp >= 1 ? dp : null };
}

/** Why a layout does not fit, read from the module's `reason` so it can be said in the reader's language. */
export type Reason =
  | { kind: "heads"; tp: number; heads: number }
  | { kind: "layers"; pp: number; layers: number }
  | { kind: "memory"; needGb: number; haveGb: number }
  | { kind: "other"; text: string };

export function reasons(reason: string | null): Reason[] {
  if (reason === null) return [];
  // Problems are joined by "; ", which the memory problem itself contains ("needs … per device; the … has … GB").
  const pieces = reason.split("; ").reduce<string[]>((all, piece) => {
    if (/^the .+ has \d+ GB$/.test(piece) && all.length && /^needs /.test(all[all.length - 1])) all[all.length - 1] += `; ${piece}`;
    else all.push(piece);
    return all;
  }, []);
  return pieces.map((text): Reason => {
    let m = /^tp = (\d+) does not divide the (\d+) attention heads$/.exec(text);
    if (m) return { kind: "heads", tp: Number(m[1]), heads: Number(m[2]) };
    m = /^pp = (\d+) is more stages than the (\d+) layers$/.exec(text);
    if (m) return { kind: "layers", pp: Number(m[1]), layers: Number(m[2]) };
    m = /^needs ([\d.]+) GB per device; the .+ has (\d+) GB$/.exec(text);
    if (m) return { kind: "memory", needGb: Number(m[1]), haveGb: Number(m[2]) };
    return { kind: "other", text };
  });
}

export interface ParallelismView {
  layout: ParallelLayout;
  chart: ParallelismChartData;
  reasons: Reason[];
  /** The state's layout could not be computed; everything above is the default's. */
  failed: boolean;
  /** Set when dp × tp × pp ≠ GPUs (then `failed` too). */
  mismatch: Mismatch | null;
  /** The chosen model's parameters, and its layers and heads when its shape is known (else activations and TP/PP traffic are not counted). */
  params: number;
  shape: { layers: number; heads: number } | null;
  /** The GPU the figures are for (the default's when `failed`). */
  accelerator: AcceleratorName;
}

/** Step time split as the module adds it up: (compute + TP + PP + EP)/(1 − bubble) + exposed DP. */
export function stepParts(l: ParallelLayout): { part: StepPart; seconds: number }[] {
  const c = l.communication;
  const critical = l.computeSeconds + c.tp.seconds + c.pp.seconds + c.ep.seconds;
  return [
    { part: "compute", seconds: l.computeSeconds },
    { part: "tp", seconds: c.tp.seconds },
    { part: "pp", seconds: c.pp.seconds },
    { part: "ep", seconds: c.ep.seconds },
    { part: "bubble", seconds: (critical * l.bubble) / (1 - l.bubble) },
    { part: "dp", seconds: Math.max(0, c.dp.seconds - l.computeSeconds) },
  ];
}

function build(state: ParallelismState) {
  const layout = parallelLayout(layoutOptions(state));
  const m = layout.memory;
  const chart: ParallelismChartData = {
    memory: [
      { part: "weights", bytes: m.weightsBytes },
      { part: "gradients", bytes: m.gradientsBytes },
      { part: "optimizer", bytes: m.optimizerBytes },
      { part: "activations", bytes: m.activationsBytes },
    ],
    deviceBytes: layout.deviceMemoryBytes,
    step: stepParts(layout),
    dpSeconds: layout.communication.dp.seconds,
  };
  // The module rounds the memory it names to 0.1 GB ("needs 80.0 GB"); say it from the bytes instead.
  const why = reasons(layout.reason).map((r) => (r.kind === "memory" ? { ...r, needGb: m.totalBytes / BYTES_PER_GB, haveGb: layout.deviceMemoryBytes / BYTES_PER_GB } : r));
  return { layout, chart, reasons: why, accelerator: state.accelerator };
}

/** The chosen model's size and shape, whatever the layout (the footnote under the model field). */
function modelFacts(state: ParallelismState) {
  const f = state.model === "custom" ? undefined : MODEL_CONFIGS[state.model];
  const c = f ? normalizeConfig(f.config) : null;
  return { params: f ? countParams(f.config).total : state.params, shape: c ? { layers: c.numLayers, heads: c.numHeads } : null };
}

/** Everything the widget shows; a state the module refuses shows the default layout, and says why when it is the GPU count. */
export function parallelismView(state: ParallelismState): ParallelismView {
  const wrong = mismatch(state);
  if (wrong) return { ...build(PARALLELISM_DEFAULTS), ...modelFacts(state), failed: true, mismatch: wrong };
  return { ...safeView(build, state, PARALLELISM_DEFAULTS), ...modelFacts(state), mismatch: null };
}

const gb = (bytes: number) => `${texNumber(bytes / BYTES_PER_GB)}\\ \\text{GB}`;
const s = (seconds: number) => `${texNumber(seconds)}\\ \\text{s}`;

/** The sums behind the readouts, with the reader's values, for "show your work". */
export function parallelismTex(state: ParallelismState): string {
  try {
    const l = parallelLayout(layoutOptions(state));
    const z = Number(state.zero);
    const shard = (from: number) => (z >= from ? `/${state.dp}` : "");
    const m = l.memory;
    const c = l.communication;
    const p = state.pp;
    const mb = state.microBatches;
    return [
      "\\begin{aligned}",
      `\\text{weights} &= 2\\,\\Psi/(${state.tp}\\cdot${p})${shard(3)} = ${gb(m.weightsBytes)}\\\\`,
      `\\text{gradients} &= 2\\,\\Psi/(${state.tp}\\cdot${p})${shard(2)} = ${gb(m.gradientsBytes)}\\\\`,
      `\\text{optimizer} &= 12\\,\\Psi/(${state.tp}\\cdot${p})${shard(1)} = ${gb(m.optimizerBytes)}\\\\`,
      `\\text{activations} &= ${gb(m.activationsBytes)} \\quad\\text{total } ${gb(m.totalBytes)}\\\\`,
      `\\text{bubble} &= \\frac{p-1}{m+p-1} = \\frac{${p - 1}}{${mb + p - 1}} = ${texNumber(l.bubble)}\\\\`,
      `t_\\text{step} &= \\frac{${s(l.computeSeconds)} + ${s(c.tp.seconds)} + ${s(c.pp.seconds)}}{1 - ${texNumber(l.bubble)}} + \\max(0,\\ ${s(c.dp.seconds)} - ${s(l.computeSeconds)}) = ${s(l.stepSeconds)}\\\\`,
      `\\text{MFU} &= \\frac{6\\,N\\,T}{t_\\text{step}\\cdot G\\cdot F} = \\frac{6 \\times ${texNumber(l.activeParams)} \\times ${texNumber(l.tokensPerStep)}}{${s(l.stepSeconds)} \\times ${state.gpus} \\times ${texNumber(l.peakFlopsPerSecond)}\\ \\text{FLOP/s}} = ${texNumber(l.mfu * 100)}\\%`,
      "\\end{aligned}",
    ].join("\n");
  } catch {
    return "\\text{—}";
  }
}

/** The call that reproduces the readouts in a notebook cell. */
export function parallelismCode(state: ParallelismState): string {
  const f = state.model === "custom" ? undefined : MODEL_CONFIGS[state.model];
  const model = f ? `config: ${JSON.stringify(f.config)}` : `params: ${formatScientific(state.params, { style: "plain", digits: 4 })}`;
  const o = layoutOptions(state);
  return (
    `scaling.parallelLayout({ ${model}, devices: ${o.devices}, dp: ${o.dp}, tp: ${o.tp}, pp: ${o.pp}, zeroStage: ${o.zeroStage}, ` +
    `microBatchTokens: ${o.microBatchTokens}, microBatches: ${o.microBatches}, recompute: ${JSON.stringify(o.recompute)}, sequenceParallel: true, ` +
    `accelerator: ${JSON.stringify(o.accelerator)}, precision: "bf16" })`
  );
}
