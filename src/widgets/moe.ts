import { MODEL_CONFIGS, type ModelFixture } from "../../content/data/models/index.ts";
import {
  BYTES_PER_GB,
  countParams,
  moeCost,
  moeLayerCount,
  normalizeConfig,
  PRECISION_BYTES,
  type ModelConfig,
  type MoeCost,
  type ParamCount,
} from "../lib/scaling/index.ts";
import type { MoeChartData } from "../charts/moeChart.ts";
import { keywordField } from "./fieldSpecs.ts";
import { texNumber } from "./texNumber.ts";
import type { FieldSpec, FieldSpecs } from "./urlState.ts";

/** The mixture-of-experts widget: total against active parameters, compute per token and memory. */
export const MOE_ID = "moe";

/** Published mixtures of experts to start from; they give the layers and hidden size. */
export const MOE_PRESETS = ["mixtral-8x7b", "deepseek-v3", "qwen3-30b-a3b", "qwen3-235b-a22b"] as const;
export type MoePreset = (typeof MOE_PRESETS)[number];

/** Formats the weights can be stored in (bytes per parameter from the module's `PRECISION_BYTES`). */
export const MOE_PRECISIONS = ["bf16", "fp8", "int4"] as const;
export type MoePrecision = (typeof MOE_PRECISIONS)[number];

/** A field the reader may change, or `"preset"`: the preset's own value (keeps links short). */
export type Override = number | "preset";

export interface MoeState {
  model: MoePreset;
  /** Routed experts per MoE layer. */
  experts: Override;
  /** Routed experts each token is sent to. */
  topK: Override;
  /** Hidden (FFN) width of one expert. */
  expertWidth: Override;
  /** Shared experts every token goes through, each as wide as a routed one (DeepSeekMoE). */
  shared: Override;
  precision: MoePrecision;
}

/** Inclusive integer limits of the fields. Top-k must also be ≤ the number of experts. */
export const MOE_LIMITS = {
  experts: { min: 1, max: 1024 },
  topK: { min: 1, max: 64 },
  expertWidth: { min: 16, max: 65536 },
  shared: { min: 0, max: 16 },
} as const;

/** The four fields a reader may override, in the order they are drawn. */
export const MOE_OVERRIDES = ["experts", "topK", "expertWidth", "shared"] as const;
export type MoeOverride = (typeof MOE_OVERRIDES)[number];

/** A number, or the preset's own value; drawn by hand (the box shows the value in effect, not `"preset"`). */
function overrideField(key: string, limits: { min: number; max: number }): FieldSpec<Override> {
  return {
    key,
    default: "preset",
    parse: (text) => {
      if (text === "preset") return "preset";
      const x = Number(text);
      return text.trim() !== "" && Number.isInteger(x) && x >= limits.min && x <= limits.max ? x : null;
    },
    format: (x) => String(x),
  };
}

export const MOE_FIELDS: FieldSpecs<MoeState> = {
  model: keywordField("model", "mixtral-8x7b", MOE_PRESETS),
  experts: overrideField("e", MOE_LIMITS.experts),
  topK: overrideField("k", MOE_LIMITS.topK),
  expertWidth: overrideField("ff", MOE_LIMITS.expertWidth),
  shared: overrideField("s", MOE_LIMITS.shared),
  precision: keywordField("p", "bf16", MOE_PRECISIONS),
};

/** The default state: Mixtral 8x7B as published, weights in bf16. */
export const MOE_DEFAULTS: MoeState = {
  model: MOE_FIELDS.model.default,
  experts: MOE_FIELDS.experts.default,
  topK: MOE_FIELDS.topK.default,
  expertWidth: MOE_FIELDS.expertWidth.default,
  shared: MOE_FIELDS.shared.default,
  precision: MOE_FIELDS.precision.default,
};

/** The preset's own values of the four fields. */
export function presetShape(model: MoePreset): { experts: number; topK: number; expertWidth: number; shared: number; base: ModelConfig } {
  const base = normalizeConfig(MODEL_CONFIGS[model].config);
  const moe = base.moe!;
  return { experts: moe.numExperts, topK: moe.topK, expertWidth: moe.expertIntermediateSize, shared: moe.numSharedExperts, base };
}

export interface MoeView {
  preset: ModelFixture;
  /** Blocks, and how many of them have experts; hidden size. From the preset. */
  layers: number;
  moeLayers: number;
  hiddenSize: number;
  /** The values in effect (the preset's where the state says `"preset"`). */
  experts: number;
  topK: number;
  expertWidth: number;
  shared: number;
  precision: MoePrecision;
  count: ParamCount;
  cost: MoeCost;
  /** One routed expert's parameters summed over the MoE layers, and everything that is not an expert. */
  expertParams: number;
  denseParams: number;
  chart: MoeChartData;
  /** The module's message when the reader's combination was rejected (then the preset as published is shown). */
  error: string | null;
}

function compute(model: MoePreset, values: { experts: number; topK: number; expertWidth: number; shared: number }, precision: MoePrecision): Omit<MoeView, "error"> {
  const { base } = presetShape(model);
  const { experts, topK, expertWidth, shared } = values;
  // Shared experts are as wide as a routed one, as in DeepSeekMoE (and DeepSeek's config.json).
  const config: ModelConfig = {
    ...base,
    moe: { ...base.moe!, numExperts: experts, topK, expertIntermediateSize: expertWidth, numSharedExperts: shared, sharedExpertIntermediateSize: shared > 0 ? expertWidth : 0 },
  };
  const count = countParams(config);
  const cost = moeCost(config, { precision });
  const checked = [count.total, count.active, cost.forwardFlopsPerToken, cost.weightsBytes];
  if (!checked.every((x) => Number.isFinite(x) && x > 0)) throw new RangeError("invalid model: the counts are not finite");
  const normalized = normalizeConfig(config);
  const expertParams = count.breakdown.experts / experts;
  const bytes = PRECISION_BYTES[precision];
  return {
    preset: MODEL_CONFIGS[model],
    layers: normalized.numLayers,
    moeLayers: moeLayerCount(normalized),
    hiddenSize: normalized.hiddenSize,
    experts,
    topK,
    expertWidth,
    shared,
    precision,
    count,
    cost,
    expertParams,
    denseParams: count.total - (experts + shared) * expertParams,
    chart: {
      rows: [
        { metric: "params", all: cost.totalParams, routed: cost.activeParams },
        { metric: "flops", all: 2 * cost.totalParams, routed: cost.forwardFlopsPerToken },
        { metric: "memory", all: cost.totalParams * bytes, routed: cost.weightsBytes },
      ],
    },
  };
}

/**
 * Everything the widget shows, from `countParams` and `moeCost`. A combination the module rejects
 * (top-k above the number of experts, from a hand-edited link) is caught: the preset as published is
 * shown and `error` carries the module's message.
 */
export function moeView(state: MoeState): MoeView {
  const shape = presetShape(state.model);
  const pick = (v: Override, preset: number) => (v === "preset" ? preset : v);
  const values = {
    experts: pick(state.experts, shape.experts),
    topK: pick(state.topK, shape.topK),
    expertWidth: pick(state.expertWidth, shape.expertWidth),
    shared: pick(state.shared, shape.shared),
  };
  try {
    return { ...compute(state.model, values, state.precision), error: null };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { ...compute(state.model, { experts: shape.experts, topK: shape.topK, expertWidth: shape.expertWidth, shared: shape.shared }, state.precision), error };
  }
}

/** The bounds a field accepts given the other values in effect: top-k may not exceed the experts. */
export function overrideLimits(view: Pick<MoeView, "experts" | "topK">): Record<MoeOverride, { min: number; max: number }> {
  return {
    experts: { min: Math.max(MOE_LIMITS.experts.min, view.topK), max: MOE_LIMITS.experts.max },
    topK: { min: MOE_LIMITS.topK.min, max: Math.min(MOE_LIMITS.topK.max, view.experts) },
    expertWidth: MOE_LIMITS.expertWidth,
    shared: MOE_LIMITS.shared,
  };
}

/** A state where a value equal to the preset's is stored as `"preset"`, so links carry only real changes. */
export function withOverrides(model: MoePreset, precision: MoePrecision, values: { experts: number; topK: number; expertWidth: number; shared: number }): MoeState {
  const shape = presetShape(model);
  const keep = (v: number, preset: number): Override => (v === preset ? "preset" : v);
  return {
    model,
    precision,
    experts: keep(values.experts, shape.experts),
    topK: keep(values.topK, shape.topK),
    expertWidth: keep(values.expertWidth, shape.expertWidth),
    shared: keep(values.shared, shape.shared),
  };
}

/** Weight memory in GB (10⁹ bytes). */
export function gigabytes(bytes: number): number {
  return bytes / BYTES_PER_GB;
}

/** The sums behind the readouts, with the reader's numbers. */
export function moeTex(view: MoeView): string {
  const { experts: e, topK: k, shared: s, expertParams, denseParams, cost } = view;
  const bytes = PRECISION_BYTES[view.precision];
  return [
    "\\begin{aligned}",
    `N_{\\text{total}} &= N_{\\text{rest}} + (E + S)\\,N_{\\text{expert}} = ${texNumber(denseParams)} + (${e} + ${s}) \\times ${texNumber(expertParams)} = ${texNumber(cost.totalParams)} \\\\`,
    `N_{\\text{active}} &= N_{\\text{rest}} + (k + S)\\,N_{\\text{expert}} = ${texNumber(denseParams)} + (${k} + ${s}) \\times ${texNumber(expertParams)} = ${texNumber(cost.activeParams)} \\\\`,
    `\\text{FLOPs/token} &= 2\\,N_{\\text{active}} = ${texNumber(cost.forwardFlopsPerToken)} \\\\`,
    `\\text{memory} &= N_{\\text{total}} \\times ${bytes}\\ \\text{B} = ${texNumber(gigabytes(cost.weightsBytes))}\\ \\text{GB}`,
    "\\end{aligned}",
  ].join(" ");
}

/** The one-line call that reproduces the readouts, with the counted parts as a `MoeShape`. */
export function moeCode(view: MoeView): string {
  const { experts, topK, shared, expertParams, denseParams, precision } = view;
  return `scaling.moeCost({ numExperts: ${experts}, topK: ${topK}, expertParams: ${expertParams}, sharedExperts: ${shared}, denseParams: ${denseParams} }, { precision: "${precision}" })`;
}
