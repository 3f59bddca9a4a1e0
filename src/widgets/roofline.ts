import {
  ACCELERATORS,
  ACCELERATOR_NAMES,
  PRECISIONS,
  attentionFlopsPerToken,
  bytesPerValue,
  decodeCriticalBatch,
  decodeStep,
  kvCacheBytes,
  matmulCost,
  normalizeConfig,
  peakFlops,
  peakFlopsOrNull,
  ridgePoint,
  rooflineSeconds,
  type AcceleratorName,
  type Precision,
} from "../lib/scaling/index.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import type { RooflineChartData } from "../charts/rooflineChart.ts";
import { formatDecimal, formatPercent } from "../i18n/format.ts";
import { fill } from "../i18n/fill.ts";
import type { Locale } from "../i18n/locales.ts";
import type { LogRange } from "./logSlider.ts";
import { safeView } from "./safeView.ts";
import { texNumber } from "./texNumber.ts";
import type { FieldSpecs } from "./urlState.ts";
import { keywordField, quantityField } from "./fieldSpecs.ts";

/** The roofline widget: where a matmul, an attention layer or a decoding step sits against a chip's two roofs. */
export const ROOFLINE_ID = "roofline";

export const OPERATIONS = ["decode", "matmul", "attention"] as const;
export type Operation = (typeof OPERATIONS)[number];

export const MODEL_IDS = Object.keys(MODEL_CONFIGS);

export interface RooflineState {
  op: Operation;
  accelerator: AcceleratorName;
  /** Format the FLOPs run in and, for a matmul or attention, the bytes per element; for decoding, the weights' format. */
  precision: Precision;
  /** Matmul (m×k)·(k×n): m is the tokens in the batch, k and n the weight matrix. */
  m: number;
  k: number;
  n: number;
  /** Decoding and attention: a `MODEL_CONFIGS` id. */
  model: string;
  /** Decoding: sequences that each get one new token this step. */
  batch: number;
  /** Decoding and attention: tokens in each sequence's context (the KV cache length). */
  context: number;
  /** Attention: query tokens processed at once (1 while decoding, the whole prompt in prefill). */
  queries: number;
}

/** Matrix sides from a vector (1) to well past any layer's width. */
export const DIM_RANGE: LogRange = { min: 1, max: 1e6, step: 0.01 };
/** Batch 1 to past the largest serving batches (memory, not the roofline, stops them). */
export const BATCH_RANGE: LogRange = { min: 1, max: 1e5, step: 0.01 };
/** One token to ten million, past today's longest contexts. */
export const CONTEXT_RANGE: LogRange = { min: 1, max: 1e7, step: 0.01 };

// Shapes and lengths are shown whole (14,336, not 14.3K): they are the reader's numbers, compared with a layer's.
const integer = { integer: true, format: (x: number) => String(x), digits: 7 };

export const ROOFLINE_FIELDS: FieldSpecs<RooflineState> = {
  op: keywordField("op", "decode", OPERATIONS),
  accelerator: keywordField("hw", "H100", ACCELERATOR_NAMES),
  precision: keywordField("prec", "bf16", PRECISIONS),
  // Llama 3 8B's MLP up-projection over a 4,096-token micro-batch: a typical training matmul.
  m: quantityField("m", 4096, DIM_RANGE, integer),
  k: quantityField("k", 4096, DIM_RANGE, integer),
  n: quantityField("n", 14336, DIM_RANGE, integer),
  // Llama 3 8B fits one 80 GB GPU in bf16 (16 GB of weights), so its decoding time is a real single-chip figure.
  model: keywordField("model", "llama-3-8b", MODEL_IDS),
  batch: quantityField("b", 1, BATCH_RANGE, integer),
  context: quantityField("ctx", 4096, CONTEXT_RANGE, integer),
  queries: quantityField("q", 4096, CONTEXT_RANGE, integer),
};

/** Default: decoding Llama 3 8B at batch 1 on an H100 in bf16 — the case that wastes a GPU. */
export const ROOFLINE_DEFAULTS: RooflineState = Object.fromEntries(
  Object.entries(ROOFLINE_FIELDS).map(([key, spec]) => [key, spec.default]),
) as unknown as RooflineState;

/** Formats the chip has matrix units for, in the module's order. */
export function precisionsFor(accelerator: AcceleratorName): Precision[] {
  return PRECISIONS.filter((p) => peakFlopsOrNull(accelerator, p) !== null);
}

/** A new accelerator keeps the format when it has it, else falls back to bf16 (every chip in the table has a 16-bit peak). */
export function withAccelerator(state: RooflineState, accelerator: AcceleratorName): RooflineState {
  return { ...state, accelerator, precision: peakFlopsOrNull(accelerator, state.precision) === null ? "bf16" : state.precision };
}

function config(model: string) {
  const fixture = MODEL_CONFIGS[model];
  if (fixture === undefined) throw new RangeError(`invalid model: ${JSON.stringify(model)}`);
  return fixture.config;
}

/** FLOPs and bytes of one attention layer, fused (FlashAttention-style: the scores never reach HBM). */
export function attentionLayer(model: string, queries: number, context: number, precision: Precision): { flops: number; bytes: number } {
  if (!(queries <= context)) throw new RangeError(`invalid queries: ${queries} (more than the ${context} tokens of context)`);
  const c = normalizeConfig(config(model));
  const b = bytesPerValue(precision);
  // Causal: the i-th of the last `queries` tokens sees context − queries + i keys, on average context − (queries − 1)/2.
  const flops = (queries * attentionFlopsPerToken(c, context - (queries - 1) / 2)) / c.numLayers;
  const vDim = c.mla === null ? c.headDim : c.mla.vHeadDim;
  // Reads Q, writes O, reads the layer's cached keys and values once.
  const bytes = b * queries * c.numHeads * (c.headDim + vDim) + kvCacheBytes(c, { contextLength: context, bytesPerValue: b }) / c.numLayers;
  return { flops, bytes };
}

export interface RooflineView {
  flops: number;
  bytes: number;
  /** FLOPs per byte. */
  intensity: number;
  peak: number;
  bandwidth: number;
  ridge: number;
  seconds: number;
  computeSeconds: number;
  memorySeconds: number;
  bound: "compute" | "memory";
  /** flops / seconds: the height of the point. */
  attained: number;
  /** attained / peak: the best MFU this operation can reach on this chip. */
  fractionOfPeak: number;
  /** Decoding only: tokens per second for the batch, the batch that reaches the ridge (weights only). */
  decode: { tokensPerSecond: number; criticalBatch: number; weightBytes: number; kvBytes: number } | null;
  chart: RooflineChartData;
}

function build(state: RooflineState): RooflineView {
  const { accelerator, precision } = state;
  const peak = peakFlops(accelerator, precision);
  const bandwidth = ACCELERATORS[accelerator].memoryBandwidthBytesPerSecond;
  const ridge = ridgePoint(accelerator, precision);
  let flops: number;
  let bytes: number;
  let decode: RooflineView["decode"] = null;
  if (state.op === "matmul") {
    ({ flops, bytes } = matmulCost({ m: state.m, k: state.k, n: state.n, bytesPerElement: bytesPerValue(precision) }));
  } else if (state.op === "attention") {
    ({ flops, bytes } = attentionLayer(state.model, state.queries, state.context, precision));
  } else {
    const step = decodeStep({ config: config(state.model), batch: state.batch, contextTokens: state.context, accelerator, precision });
    ({ flops, bytes } = step);
    decode = { tokensPerSecond: step.tokensPerSecond, criticalBatch: decodeCriticalBatch(accelerator, precision), weightBytes: step.weightBytes, kvBytes: step.kvCacheBytes };
  }
  const r = rooflineSeconds({ flops, bytes, accelerator, precision });
  const intensity = flops / bytes;
  const attained = flops / r.seconds;
  return { flops, bytes, intensity, peak, bandwidth, ridge, ...r, attained, fractionOfPeak: attained / peak, decode, chart: chartData(intensity, peak, bandwidth, ridge) };
}

/** The two roofs over a few decades either side of the ridge and the operation, with the operation's point on them. */
export function chartData(intensity: number, peak: number, bandwidth: number, ridge: number): RooflineChartData {
  const hiExp = Math.ceil(Math.log10(Math.max(intensity, ridge))) + 1;
  // At least five decades wide, so the memory slope is long enough to read even when both points sit high.
  const loExp = Math.min(Math.floor(Math.log10(Math.min(intensity, ridge))) - 1, hiExp - 5);
  const [lo, hi] = [10 ** loExp, 10 ** hiExp];
  const roof = (x: number) => Math.min(peak, bandwidth * x);
  return {
    roof: [lo, ridge, hi].map((x) => ({ x, y: roof(x) })),
    ridge: { x: ridge, y: peak },
    point: { x: intensity, y: roof(intensity) },
  };
}

/** Everything the widget shows; a state the module refuses shows the default, `failed: true`. */
export function rooflineView(state: RooflineState): RooflineView & { failed: boolean } {
  return safeView(build, state, ROOFLINE_DEFAULTS);
}

const t = (x: number) => texNumber(x);
/** Whole numbers as written (14336, not 14300): they are the reader's shapes. */
const exact = (x: number) => (Number.isInteger(x) && x < 1e7 ? String(x) : texNumber(x));

/** The formula with the reader's numbers, for "show your work". */
export function rooflineTex(state: RooflineState): string {
  const v = rooflineView(state);
  const s = v.failed ? ROOFLINE_DEFAULTS : state;
  const b = bytesPerValue(s.precision);
  const first =
    s.op === "matmul"
      ? `I &= \\frac{2mkn}{${b}\\,(mk + kn + mn)} = \\frac{2 \\times ${exact(s.m)} \\times ${exact(s.k)} \\times ${exact(s.n)}}{${b} \\times (${t(s.m * s.k)} + ${t(s.k * s.n)} + ${t(s.m * s.n)})} = ${t(v.intensity)}`
      : s.op === "attention"
        ? `I &= \\frac{F}{B} = \\frac{${t(v.flops)}\\ \\text{FLOPs}}{${t(v.bytes)}\\ \\text{B}\\ (Q, O, K, V)} = ${t(v.intensity)}`
        : `I &= \\frac{b \\cdot F_{\\text{token}}}{W + \\text{KV}} = \\frac{${t(v.flops)}}{${t(v.decode!.weightBytes)} + ${t(v.decode!.kvBytes)}} = ${t(v.intensity)}`;
  return [
    "\\begin{aligned}",
    `${first}\\ \\tfrac{\\text{FLOPs}}{\\text{B}} \\\\`,
    `I^{*} &= \\frac{\\text{peak}}{\\text{bandwidth}} = \\frac{${t(v.peak)}}{${t(v.bandwidth)}} = ${t(v.ridge)}\\ \\tfrac{\\text{FLOPs}}{\\text{B}} \\\\`,
    `T &= \\max\\!\\left(\\frac{F}{\\text{peak}}, \\frac{B}{\\text{bandwidth}}\\right) = \\max(${t(v.computeSeconds)}, ${t(v.memorySeconds)})\\ \\text{s} \\\\`,
    `\\frac{F / T}{\\text{peak}} &= \\min\\!\\left(1, \\frac{I}{I^{*}}\\right) = ${t(v.fractionOfPeak)}`,
    "\\end{aligned}",
  ].join("\n");
}

/** The notebook call that reproduces the readouts, after `note` as a comment (why this state, in the reader's language). */
export function rooflineCode(state: RooflineState, note?: string): string {
  const code = callsFor(rooflineView(state).failed ? ROOFLINE_DEFAULTS : state);
  return note ? `// ${note}\n${code}` : code;
}

function callsFor(s: RooflineState): string {
  const chip = `accelerator: ${JSON.stringify(s.accelerator)}, precision: ${JSON.stringify(s.precision)}`;
  if (s.op === "matmul") {
    const b = bytesPerValue(s.precision);
    return [
      `scaling.matmulIntensity({ m: ${s.m}, k: ${s.k}, n: ${s.n}, bytesPerElement: ${b} })`,
      `scaling.ridgePoint(${JSON.stringify(s.accelerator)}, ${JSON.stringify(s.precision)})`,
      `scaling.rooflineSeconds({ flops: 2 * ${s.m} * ${s.k} * ${s.n}, bytes: ${b} * (${s.m} * ${s.k} + ${s.k} * ${s.n} + ${s.m} * ${s.n}), ${chip} })`,
    ].join("\n");
  }
  const cfg = `config = (${JSON.stringify(config(s.model))})`;
  if (s.op === "decode") {
    return `${cfg}\nscaling.decodeStep({ config, batch: ${s.batch}, contextTokens: ${s.context}, ${chip} })`;
  }
  const c = normalizeConfig(config(s.model));
  const b = bytesPerValue(s.precision);
  const vDim = c.mla === null ? c.headDim : c.mla.vHeadDim;
  return [
    cfg,
    `flops = ${s.queries} * scaling.attentionFlopsPerToken(config, ${s.context} - (${s.queries} - 1) / 2) / ${c.numLayers}`,
    `bytes = ${b} * ${s.queries} * ${c.numHeads} * (${c.headDim} + ${vDim}) + scaling.kvCacheBytes(config, { contextLength: ${s.context}, bytesPerValue: ${b} }) / ${c.numLayers}`,
    `scaling.rooflineSeconds({ flops, bytes, ${chip} })`,
  ].join("\n");
}

/** The translated templates the chart's labels are filled from. */
export interface RooflineLabelWords {
  pointDecode: string;
  pointOther: string;
  ridgeLabel: string;
  computeLabel: string;
  memoryLabel: string;
}

/** A duration with a unit a reader can picture: 41.2 µs, 4.78 ms, 1.2 s. */
export function formatSeconds(x: number, locale: Locale): string {
  if (x < 1e-3) return `${formatDecimal(x * 1e6, locale)} µs`;
  if (x < 1) return `${formatDecimal(x * 1e3, locale)} ms`;
  return `${formatDecimal(x, locale)} s`;
}

/** The chart's four labels for a state and its view, shared by the server render and the island. */
export function rooflineChartLabels(state: RooflineState, view: RooflineView, words: RooflineLabelWords, locale: Locale) {
  const fraction = formatPercent(view.fractionOfPeak, locale, { digits: 2 });
  return {
    pointLabel: state.op === "decode" ? fill(words.pointDecode, { batch: formatDecimal(state.batch, locale), fraction }) : fill(words.pointOther, { fraction }),
    ridgeLabel: fill(words.ridgeLabel, { ridge: formatDecimal(view.ridge, locale) }),
    computeLabel: fill(words.computeLabel, { peak: formatDecimal(view.peak / 1e12, locale) }),
    memoryLabel: fill(words.memoryLabel, { bandwidth: formatDecimal(view.bandwidth / 1e12, locale) }),
  };
}
