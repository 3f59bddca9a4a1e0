import { ALLOCATIONS, computeOptimal, isoFlopCurve, optimalForParams } from "../lib/scaling/index.ts";
import type { AllocationName, AllocationRule, OptimalModel } from "../lib/scaling/index.ts";
import type { NotableModel } from "../data/notableModels.ts";
import { formatScientific } from "../i18n/format.ts";
import type { IsoFlopChartData, LabelSide, ModelAllocationChartData, ModelPoint, ModelVerdict } from "../charts/isoFlopChart.ts";
import { texNumber } from "./texNumber.ts";
import type { LogRange } from "./logSlider.ts";
import { keywordField, quantityField } from "./fieldSpecs.ts";
import type { FieldSpecs } from "./urlState.ts";
import { safeView } from "./safeView.ts";

/**
 * The compute-optimal allocator: for a training budget C and a published allocation rule, the
 * compute-optimal model size N_opt and data D_opt (C = 6ND), isoFLOP curves of the rule's loss fit
 * around that budget, and real models against the rule's compute-optimal line.
 */
export const COMPUTE_OPTIMAL_ID = "compute-optimal";

/** The rules the reader chooses between, in the order the select lists them. */
export const RULES = [
  "kaplan2020",
  "hoffmann2022Approach1",
  "hoffmann2022Approach2",
  "hoffmann2022Approach3",
  "besiroglu2024",
] as const satisfies readonly AllocationName[];

export type RuleName = (typeof RULES)[number];

export interface ComputeOptimalState {
  /** C, training compute in FLOPs. */
  flops: number;
  /** Name of the allocation rule in `ALLOCATIONS`. */
  rule: RuleName;
}

/** Budgets from a small research run (10¹⁸) to well past today's largest runs (10²⁷). */
export const FLOPS_RANGE: LogRange = { min: 1e18, max: 1e27, step: 0.01 };

/** Gopher's budget (Hoffmann et al. 2022, Table 3 and §3.3): 5.76 × 10²³ FLOPs. */
export const GOPHER_FLOPS = 5.76e23;

export const COMPUTE_OPTIMAL_FIELDS: FieldSpecs<ComputeOptimalState> = {
  // Four significant digits, not the kit's three: the query text this widget's links have always had.
  flops: quantityField("c", GOPHER_FLOPS, FLOPS_RANGE, { format: (x) => formatScientific(x, { style: "plain", digits: 4 }) }),
  rule: keywordField("rule", "hoffmann2022Approach1", RULES),
};

export const COMPUTE_OPTIMAL_DEFAULTS: ComputeOptimalState = {
  flops: COMPUTE_OPTIMAL_FIELDS.flops.default,
  rule: COMPUTE_OPTIMAL_FIELDS.rule.default,
};

/** A model from the dataset reduced to what the companion chart needs (computed at build time). */
export interface DatasetModel {
  id: string;
  name: string;
  /** Parameters that set the compute: active parameters for a mixture of experts, all of them otherwise. */
  params: number;
  tokens: number;
  moe: boolean;
}

/** Models with both parameters and tokens published; MoE models at their active parameters. */
export function datasetModels(models: readonly NotableModel[]): DatasetModel[] {
  const out: DatasetModel[] = [];
  for (const m of models) {
    const params = m.activeParams ?? m.params;
    if (params === null || m.tokens === null) continue;
    // An MoE model whose active parameters are unpublished has no place on a dense allocation line.
    if (m.architecture === "moe" && m.activeParams === null) continue;
    out.push({ id: m.id, name: m.name, params, tokens: m.tokens, moe: m.architecture === "moe" });
  }
  return out;
}

/**
 * Models named on the chart, with the side of the dot the name goes on (the rest are in the data
 * table): chosen spread over the plane so names do not collide at 640 px and at 340 px.
 */
export const LABELLED_WIDE: Readonly<Record<string, LabelSide>> = {
  "gpt-3": "left",
  chinchilla: "right",
  palm: "left",
  "llama-3.1-405b": "left",
  "phi-3-mini": "right",
  "qwen3-235b-a22b": "right",
};
export const LABELLED_NARROW: Readonly<Record<string, LabelSide>> = { "gpt-3": "left", chinchilla: "right" };

/** A model trained on more than twice the rule's optimal tokens for its size is over-trained; under half, under-trained. */
export const VERDICT_FACTOR = 2;

export interface ComputeOptimalView {
  rule: AllocationRule;
  /** The rule's allocation for the budget, loss from the rule's `lossFit`. */
  optimum: OptimalModel;
  /** Where the loss fit's own isoFLOP curve bottoms out at this budget (differs from `optimum` when the rule is not the fit's). */
  fitMinimum: OptimalModel;
  iso: IsoFlopChartData;
  models: ModelAllocationChartData;
  /** True when the state could not be computed and the default is shown instead. */
  failed: boolean;
}

/** Neighbouring budgets drawn around the chosen one, in decades. */
export const NEIGHBOUR_DECADES = [-2, -1, 0, 1, 2];

function buildView({ flops, rule: name }: ComputeOptimalState, dataset: readonly DatasetModel[]): Omit<ComputeOptimalView, "failed"> {
  const rule = ALLOCATIONS[name];
  const optimum = computeOptimal(flops, name);
  const fitMinimum = computeOptimal(flops, rule.lossFit);
  const curves = NEIGHBOUR_DECADES.map((k) => {
    const budget = flops * 10 ** k;
    if (k !== 0) return { flops: budget, chosen: false, points: isoFlopCurve(budget, rule.lossFit, { points: 41, spanDecades: 2 }) };
    // The chosen budget's curve reaches both the rule's optimum and the fit's valley, with a decade to spare.
    const gap = Math.abs(Math.log10(optimum.params / fitMinimum.params));
    const centerParams = Math.sqrt(optimum.params * fitMinimum.params);
    return { flops: budget, chosen: true, points: isoFlopCurve(budget, rule.lossFit, { points: 61, spanDecades: Math.max(2, gap + 1.5), centerParams }) };
  });
  const iso: IsoFlopChartData = {
    curves: curves.map((c) => ({ flops: c.flops, chosen: c.chosen, points: c.points.map((p) => ({ params: p.params, loss: p.loss })) })),
    optimum: { params: optimum.params, loss: optimum.loss },
    fitMinimum: { params: fitMinimum.params, loss: fitMinimum.loss },
  };

  const points: ModelPoint[] = dataset.map((m) => {
    const optimalTokens = optimalForParams(m.params, name).tokens;
    const ratio = m.tokens / optimalTokens;
    const verdict: ModelVerdict = ratio > VERDICT_FACTOR ? "over" : ratio < 1 / VERDICT_FACTOR ? "under" : "near";
    return { ...m, tokensPerParam: m.tokens / m.params, optimalTokens, verdict };
  });
  const xs = [...points.map((p) => p.params), optimum.params];
  const ys = [...points.map((p) => p.tokens), optimum.tokens];
  const paramsDomain: [number, number] = [Math.min(...xs) / 3, Math.max(...xs) * 3];
  const tokensDomain: [number, number] = [Math.min(...ys) / 3, Math.max(...ys) * 3];
  const line = Array.from({ length: 41 }, (_, i) => {
    const [lo, hi] = paramsDomain.map(Math.log10);
    const params = 10 ** (lo + ((hi - lo) * i) / 40);
    return { params, tokens: optimalForParams(params, name).tokens };
  });
  const models: ModelAllocationChartData = {
    models: points,
    line,
    budget: flops,
    optimum: { params: optimum.params, tokens: optimum.tokens },
    paramsDomain,
    tokensDomain,
  };
  for (const x of [optimum.params, optimum.tokens, optimum.loss, fitMinimum.params, fitMinimum.loss]) {
    if (!Number.isFinite(x)) throw new RangeError(`non-finite result for ${JSON.stringify({ flops, name })}`);
  }
  return { rule, optimum, fitMinimum, iso, models };
}

/**
 * Everything the widget shows for a state, computed with lib/scaling. A state the module rejects
 * (it throws a `RangeError`) gives the default state's view with `failed: true`, never NaN.
 */
export function computeOptimalView(state: ComputeOptimalState, dataset: readonly DatasetModel[]): ComputeOptimalView {
  return safeView((s) => buildView(s, dataset), state, COMPUTE_OPTIMAL_DEFAULTS);
}

/** The formula with the reader's values, for "show your work". */
export function computeOptimalTex({ flops, rule: name }: ComputeOptimalState): string {
  const rule = ALLOCATIONS[name];
  const o = computeOptimal(flops, name);
  const f = rule.lossFit;
  const lines = [
    `N_{\\text{opt}} = G\\left(\\frac{C}{6}\\right)^{a} = ${texNumber(rule.G, 4)}\\left(\\frac{${texNumber(flops)}}{6}\\right)^{${texNumber(rule.a, 4)}} = ${texNumber(o.params)}`,
    `D_{\\text{opt}} = \\frac{C}{6N_{\\text{opt}}} = ${texNumber(o.tokens)},\\quad \\frac{D_{\\text{opt}}}{N_{\\text{opt}}} = ${texNumber(o.tokensPerParam)}`,
    `L = E + \\frac{A}{N^{\\alpha}} + \\frac{B}{D^{\\beta}} = ${texNumber(f.E)} + \\frac{${texNumber(f.A, 4)}}{(${texNumber(o.params)})^{${texNumber(f.alpha, 4)}}} + \\frac{${texNumber(f.B, 4)}}{(${texNumber(o.tokens)})^{${texNumber(f.beta, 4)}}} = ${o.loss.toFixed(4)}`,
  ];
  return `\\begin{gathered}${lines.join("\\\\[0.4em]")}\\end{gathered}`;
}

/** The one-line call that reproduces the readouts. */
export function computeOptimalCode({ flops, rule }: ComputeOptimalState): string {
  return `scaling.computeOptimal(${COMPUTE_OPTIMAL_FIELDS.flops.format(flops)}, "${rule}")`;
}
