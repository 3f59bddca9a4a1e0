import {
  BYTES_PER_GB,
  MAMBA_SCAN_FLOPS_PER_STATE,
  RETNET_FLOPS_PER_STATE,
  crossoverContextLength,
  sequenceCost,
  type Architecture,
} from "../lib/scaling/index.ts";
import type { SequenceCostChartData } from "../charts/sequenceCostChart.ts";
import type { LogRange } from "./logSlider.ts";
import { keywordField, quantityField } from "./fieldSpecs.ts";
import { texNumber } from "./texNumber.ts";
import type { FieldSpecs } from "./urlState.ts";

/** Whole numbers as written (2048, not 2050); anything else as `texNumber`. */
const texExact = (x: number, digits = 3) => (Number.isInteger(x) && Math.abs(x) < 1e7 ? String(x) : texNumber(x, digits));

/** The attention-vs-state-space widget: per-token cost and carried memory against context length. */
export const ATTENTION_VS_SSM_ID = "attention-vs-ssm";

/**
 * Model sizes: the widths and depths of the GPT-3 family (Brown et al. 2020, arXiv:2005.14165, Table 2.1;
 * 13B rounded to d_model 5,120), with N = 12·n_layer·d_model² non-embedding parameters (Kaplan et al. 2020,
 * §2.1). The same N, width and depth are given to all three architectures. RetNet gets heads of width 256
 * and a value width of 2·d_model, as in the RetNet paper's configurations (Sun et al. 2023, arXiv:2307.08621, §3.1).
 */
export const MODEL_SIZES = {
  "125m": { dModel: 768, layers: 12 },
  "350m": { dModel: 1_024, layers: 24 },
  "1.3b": { dModel: 2_048, layers: 24 },
  "2.7b": { dModel: 2_560, layers: 32 },
  "6.7b": { dModel: 4_096, layers: 32 },
  "13b": { dModel: 5_120, layers: 40 },
  "175b": { dModel: 12_288, layers: 96 },
} as const;
export type ModelSize = keyof typeof MODEL_SIZES;
export const SIZE_IDS = Object.keys(MODEL_SIZES) as ModelSize[];

/** RetNet's key width per head (d_model / heads). */
export const RETNET_HEAD_DIM = 256;

/** How the Transformer caches keys and values: every head, or one KV head per 4 or 8 query heads (GQA, Ainslie et al. 2023). */
export const KV_LAYOUTS = { mha: 1, gqa4: 4, gqa8: 8 } as const;
export type KvLayout = keyof typeof KV_LAYOUTS;
export const KV_LAYOUT_IDS = Object.keys(KV_LAYOUTS) as KvLayout[];

export const SEQUENCE_METRICS = ["memory", "flops"] as const;
export type SequenceMetric = (typeof SEQUENCE_METRICS)[number];

export const ARCHITECTURES: readonly Architecture[] = ["transformer", "mamba", "retnet"];

export interface AttentionVsSsmState {
  size: ModelSize;
  kv: KvLayout;
  metric: SequenceMetric;
  /** The context length the readouts are for, tokens. */
  context: number;
}

/** The chart's x-axis: the crossovers sit at tens to a few thousand tokens, so it starts at 10, not 1k. */
export const CHART_RANGE = { min: 10, max: 1_000_000 };
export const CONTEXT_RANGE: LogRange = { min: 10, max: 1_000_000, step: 0.01 };

export const ATTENTION_VS_SSM_FIELDS: FieldSpecs<AttentionVsSsmState> = {
  size: keywordField("size", "2.7b", SIZE_IDS),
  kv: keywordField("kv", "mha", KV_LAYOUT_IDS),
  metric: keywordField("show", "memory", SEQUENCE_METRICS),
  // Whole tokens, written out (`ctx=128000`).
  context: quantityField("ctx", 128_000, CONTEXT_RANGE, { integer: true, format: (x) => String(x) }),
};

export const ATTENTION_VS_SSM_DEFAULTS: AttentionVsSsmState = { size: "2.7b", kv: "mha", metric: "memory", context: 128_000 };

/** The shape passed to `sequenceCost` / `crossoverContextLength` for a size and KV layout. */
export function modelShape(size: ModelSize, kv: KvLayout) {
  const { dModel, layers } = MODEL_SIZES[size];
  return {
    params: 12 * layers * dModel ** 2,
    dModel,
    layers,
    kvDim: dModel / KV_LAYOUTS[kv],
    heads: dModel / RETNET_HEAD_DIM,
    valueDim: 2 * dModel,
  };
}

/** The value a metric reads from `sequenceCost`: FLOPs per generated token, or GB carried per sequence. */
function pick(metric: SequenceMetric, c: { flopsPerToken: number; stateBytes: number }): number {
  return metric === "flops" ? c.flopsPerToken : c.stateBytes / BYTES_PER_GB;
}

export interface AttentionVsSsmView {
  error: string | null;
  shape: ReturnType<typeof modelShape>;
  chart: SequenceCostChartData;
  /** At the chosen context, for the chosen metric (FLOPs, or GB). */
  at: Record<Architecture, number>;
  /** Context length from which the Transformer costs at least as much, per metric and rival. */
  crossover: Record<SequenceMetric, { mamba: number; retnet: number }>;
}

/** Log-spaced integer context lengths over the chart's range. */
export function contextGrid(points = 61): number[] {
  const lo = Math.log10(CHART_RANGE.min);
  const hi = Math.log10(CHART_RANGE.max);
  return [...new Set(Array.from({ length: points }, (_, i) => Math.round(10 ** (lo + ((hi - lo) * i) / (points - 1)))))];
}

/** Everything the widget shows, computed with `sequenceCost` and `crossoverContextLength`. */
export function attentionVsSsmView(state: AttentionVsSsmState): AttentionVsSsmView {
  const shape = modelShape(state.size, state.kv);
  try {
    const cost = (architecture: Architecture, contextLength: number) => sequenceCost({ ...shape, architecture, contextLength });
    const grid = contextGrid();
    const series = ARCHITECTURES.map((architecture) => ({
      architecture,
      points: grid.map((x) => ({ x, y: pick(state.metric, cost(architecture, x)) })),
    }));
    const crossover = {
      memory: {
        mamba: crossoverContextLength({ ...shape, against: "mamba", metric: "memory" }),
        retnet: crossoverContextLength({ ...shape, against: "retnet", metric: "memory" }),
      },
      flops: {
        mamba: crossoverContextLength({ ...shape, against: "mamba", metric: "flops" }),
        retnet: crossoverContextLength({ ...shape, against: "retnet", metric: "flops" }),
      },
    };
    const at = Object.fromEntries(ARCHITECTURES.map((a) => [a, pick(state.metric, cost(a, state.context))])) as Record<Architecture, number>;
    const crossovers = (["mamba", "retnet"] as const).map((against) => {
      const x = crossover[state.metric][against];
      return { against, x, y: pick(state.metric, cost(against, x)) };
    });
    const numbers = [...series.flatMap((s) => s.points.map((p) => p.y)), ...Object.values(at), ...crossovers.map((c) => c.y)];
    if (!numbers.every((v) => Number.isFinite(v) && v > 0)) throw new RangeError("non-finite result");
    return { error: null, shape, chart: { series, crossovers, marker: state.context }, at, crossover };
  } catch (e) {
    const nan = { transformer: NaN, mamba: NaN, retnet: NaN };
    return {
      error: e instanceof Error ? e.message : String(e),
      shape,
      chart: { series: [], crossovers: [], marker: state.context },
      at: nan,
      crossover: { memory: { mamba: NaN, retnet: NaN }, flops: { mamba: NaN, retnet: NaN } },
    };
  }
}

/** The formulas of `sequenceCost` with the reader's values, for "show your work". */
export function attentionVsSsmTex(state: AttentionVsSsmState): string {
  const s = modelShape(state.size, state.kv);
  const n = state.context;
  const t = (x: number) => texExact(x);
  const v = attentionVsSsmView(state);
  if (v.error) return "\\text{—}";
  const dInner = 2 * s.dModel;
  const retnetState = (s.dModel * s.valueDim) / s.heads;
  const cross = v.crossover[state.metric];
  if (state.metric === "flops") {
    return [
      "\\begin{aligned}",
      `C_\\text{Transformer}(n) &= 2N + 4\\,L\\,d\\,n = 2 \\times ${t(s.params)} + 4 \\times ${s.layers} \\times ${s.dModel} \\times ${t(n)} = ${t(v.at.transformer)}\\\\`,
      `C_\\text{Mamba} &= 2N + ${MAMBA_SCAN_FLOPS_PER_STATE}\\,L\\,d_\\text{inner}\\,d_\\text{state} = 2 \\times ${t(s.params)} + ${MAMBA_SCAN_FLOPS_PER_STATE} \\times ${s.layers} \\times ${dInner} \\times 16 = ${t(v.at.mamba)}\\\\`,
      `C_\\text{RetNet} &= 2N + ${RETNET_FLOPS_PER_STATE}\\,L\\,\\frac{d\\,d_v}{h} = 2 \\times ${t(s.params)} + ${RETNET_FLOPS_PER_STATE} \\times ${s.layers} \\times \\frac{${s.dModel} \\times ${s.valueDim}}{${s.heads}} = ${t(v.at.retnet)}\\\\`,
      `n^{*} &= \\min\\{n : C_\\text{Transformer}(n) \\ge C_\\text{other}\\} = ${t(cross.mamba)}\\ (\\text{Mamba}),\\ ${t(cross.retnet)}\\ (\\text{RetNet})`,
      "\\end{aligned}",
    ].join("\n");
  }
  return [
    "\\begin{aligned}",
    `M_\\text{Transformer}(n) &= 2\\,L\\,n\\,d_\\text{kv} \\times 2\\ \\text{B} = 2 \\times ${s.layers} \\times ${t(n)} \\times ${s.kvDim} \\times 2\\ \\text{B} = ${t(v.at.transformer)}\\ \\text{GB}\\\\`,
    `M_\\text{Mamba} &= L\\,d_\\text{inner}\\,(d_\\text{state} + d_\\text{conv}) \\times 2\\ \\text{B} = ${s.layers} \\times ${dInner} \\times (16 + 4) \\times 2\\ \\text{B} = ${t(v.at.mamba)}\\ \\text{GB}\\\\`,
    `M_\\text{RetNet} &= L\\,\\frac{d\\,d_v}{h} \\times 2\\ \\text{B} = ${s.layers} \\times ${t(retnetState)} \\times 2\\ \\text{B} = ${t(v.at.retnet)}\\ \\text{GB}\\\\`,
    `n^{*} &= \\min\\{n : M_\\text{Transformer}(n) \\ge M_\\text{other}\\} = ${t(cross.mamba)}\\ (\\text{Mamba}),\\ ${t(cross.retnet)}\\ (\\text{RetNet})`,
    "\\end{aligned}",
  ].join("\n");
}

/** The one-line call that reproduces the crossover readout. */
export function attentionVsSsmCode(state: AttentionVsSsmState): string {
  const s = modelShape(state.size, state.kv);
  return `scaling.crossoverContextLength({ params: ${s.params}, dModel: ${s.dModel}, layers: ${s.layers}, kvDim: ${s.kvDim}, heads: ${s.heads}, valueDim: ${s.valueDim}, against: "mamba", metric: ${JSON.stringify(state.metric)} })`;
}
