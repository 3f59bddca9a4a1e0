import { FITS, chinchillaLoss, computeOptimal, fitPowerLaw, type ChinchillaFit, type LossRun, type OptimalModel, type PowerLawFit } from "../lib/scaling/index.ts";
import { texNumber } from "./texNumber.ts";
import type { LogRange } from "./logSlider.ts";
import { keywordField, quantityField } from "./fieldSpecs.ts";
import type { FieldSpecs } from "./urlState.ts";
import type { FitData, XyPoint } from "./fitData.ts";
import type { FitChartData, FitChartPoint } from "../charts/fitChart.ts";
import type { ResidualChartData } from "../charts/residualChart.ts";

/**
 * "Fit it yourself": fit the Chinchilla form L(N, D) = E + A/N^α + B/D^β (or a plain power law) to
 * training runs — by default the 240 runs Besiroglu et al. 2024 read off Hoffmann et al. 2022's
 * Figure 4 — and see the constants, the residuals and the compute-optimal split they imply.
 * Only the model and the budget live in the URL; pasted data does not (it could be large or private).
 */
export const FIT_ID = "fit";

export type FitModel = "chinchilla" | "powerlaw";
export const FIT_MODELS: readonly FitModel[] = ["chinchilla", "powerlaw"];

export interface FitState {
  /** The functional form fitted. */
  model: FitModel;
  /** Training budget C in FLOPs at which the compute-optimal split is read. */
  budget: number;
}

/** Budgets from a small run (10¹⁸) to past today's largest (≈ 4 × 10²⁵), with room to extrapolate. */
export const BUDGET_RANGE: LogRange = { min: 1e18, max: 1e27, step: 0.01 };
/** Gopher's and Chinchilla's budget, 5.76 × 10²³ FLOPs (Hoffmann et al. 2022, §3). */
export const DEFAULT_BUDGET = 5.76e23;
/** Runs dropped from the 245 of Figure 4, the highest losses, as Besiroglu et al. 2024 did. */
export const DEFAULT_DROPPED = 5;
/** The published constants shown beside the reader's fit. */
export const PUBLISHED_FIT: ChinchillaFit = FITS.besiroglu2024;

export const FIT_FIELDS: FieldSpecs<FitState> = {
  model: keywordField("model", "chinchilla", FIT_MODELS),
  budget: quantityField("c", DEFAULT_BUDGET, BUDGET_RANGE),
};

/** The constants fitted at build time to the default runs, with how the fit went. */
export type DefaultFit = ChinchillaFit & { converged: boolean; runs: number };

/** At most this many model-size classes colour the runs (and get a fitted curve each). */
export const MAX_SIZE_CLASSES = 5;

/** One row of the data table: a run (or an (x, y) pair) with the fit's prediction for it. */
export interface FitRow {
  /** Parameters, tokens (runs only). */
  params?: number;
  tokens?: number;
  /** FLOPs 6ND for runs, x for pairs. */
  x: number;
  /** Observed loss (runs) or y. */
  y: number;
  /** The fit's prediction, or NaN before a fit exists. */
  predicted: number;
  /** observed / predicted − 1. */
  residual: number;
}

export interface ChinchillaResult {
  fit: ChinchillaFit;
  /** The split at the chosen budget, under the reader's fit and under the published constants. */
  optimal: OptimalModel;
  publishedOptimal: OptimalModel;
}

export interface PowerLawResult {
  fit: PowerLawFit;
  /** What the line was fitted to: the runs on the compute frontier, or every (x, y) pair. */
  on: "frontier" | "all";
  /** How many points the line was fitted to. */
  count: number;
  /** The line's value at the budget (runs only). */
  atBudget?: number;
}

export interface FitView {
  /** The form actually shown: pairs can only take a power law. */
  model: FitModel;
  /** True when the Chinchilla form was asked for but the data are (x, y) pairs. */
  needsRuns: boolean;
  /** Runs (axes FLOPs/loss) or pairs (axes x/y). */
  kind: FitData["kind"];
  chart: FitChartData;
  residuals: ResidualChartData;
  rows: FitRow[];
  chinchilla?: ChinchillaResult;
  powerLaw?: PowerLawResult;
  /** The fitted constants could not give a split (e.g. α = 0): the RangeError's message. */
  problem?: string;
}

const flopsOf = (r: LossRun) => 6 * r.params * r.tokens;

/** `count` points spaced evenly in log between `lo` and `hi`. */
export function logSpace(lo: number, hi: number, count: number): number[] {
  const a = Math.log10(lo), b = Math.log10(hi);
  return Array.from({ length: count }, (_, i) => 10 ** (a + ((b - a) * i) / Math.max(1, count - 1)));
}

/** Rounds to two significant digits, for a class's representative size. */
const round2 = (x: number) => Number(x.toPrecision(2));

/**
 * Model-size classes for colouring runs: up to `max` bins of equal width in log N, empty ones dropped.
 * Returns each run's class and each class's representative size (geometric mean, two digits).
 */
export function sizeClasses(params: readonly number[], max = MAX_SIZE_CLASSES): { classOf: number[]; sizes: number[] } {
  if (params.length === 0) return { classOf: [], sizes: [] };
  const logs = params.map(Math.log10);
  const lo = Math.min(...logs), hi = Math.max(...logs);
  const bins = hi - lo < 1e-9 ? 1 : max;
  const raw = logs.map((l) => Math.min(bins - 1, Math.floor(((l - lo) / (hi - lo || 1)) * bins)));
  const used = [...new Set(raw)].sort((a, b) => a - b);
  const classOf = raw.map((b) => used.indexOf(b));
  const sizes = used.map((_, k) => {
    const members = logs.filter((_, i) => classOf[i] === k);
    return round2(10 ** (members.reduce((s, v) => s + v, 0) / members.length));
  });
  return { classOf, sizes };
}

/** Indices of the runs on the compute frontier: each has a lower loss than every run with less compute. */
export function frontierIndices(xs: readonly number[], ys: readonly number[]): number[] {
  const order = xs.map((_, i) => i).sort((i, j) => xs[i] - xs[j] || ys[i] - ys[j]);
  const out: number[] = [];
  let best = Infinity;
  for (const i of order) {
    if (ys[i] < best) {
      out.push(i);
      best = ys[i];
    }
  }
  return out;
}

function padDomain([lo, hi]: [number, number], factor: number): [number, number] {
  return [lo / factor, hi * factor];
}

/**
 * Everything the widget shows for some data, a state and (for runs under the Chinchilla form) a fit
 * that was computed elsewhere — in the Web Worker, or at build time for the default data. With no fit
 * yet (`fit` null, while fitting) the runs are drawn alone. Never NaN in the chart: a fit whose
 * constants cannot give a split is reported in `problem` instead.
 */
export function fitView(data: FitData, state: FitState, fit: ChinchillaFit | null): FitView {
  if (data.kind === "xy") return xyView(data.points, state);
  const runs = data.runs;
  const xs = runs.map(flopsOf);
  const ys = runs.map((r) => r.loss);
  const { classOf, sizes } = sizeClasses(runs.map((r) => r.params));
  const points: FitChartPoint[] = runs.map((r, i) => ({ x: xs[i], y: ys[i], group: classOf[i] }));
  let domain = padDomain([Math.min(...xs, state.budget), Math.max(...xs, state.budget)], 1.3);
  const groups = sizes.map((size) => ({ size }));

  if (state.model === "powerlaw") {
    const front = frontierIndices(xs, ys);
    const pl = fitPowerLaw(front.map((i) => xs[i]), front.map((i) => ys[i]));
    const ok = Number.isFinite(pl.coefficient) && Number.isFinite(pl.exponent);
    const line = (c: number) => pl.coefficient * c ** pl.exponent;
    for (const i of front) points[i].emphasis = true;
    const rows: FitRow[] = runs.map((r, i) => rowOf(r, xs[i], ok ? line(xs[i]) : NaN));
    const atBudget = ok ? line(state.budget) : undefined;
    return {
      model: "powerlaw",
      needsRuns: false,
      kind: "runs",
      chart: {
        points,
        groups,
        lines: ok ? [{ points: logSpace(domain[0], domain[1], 40).map((x) => ({ x, y: line(x) })), style: "fit" }] : [],
        marker: atBudget !== undefined && Number.isFinite(atBudget) ? { x: state.budget, y: atBudget } : undefined,
      },
      residuals: residualsOf(rows, classOf, points, sizes.length),
      rows,
      powerLaw: { fit: pl, on: "frontier", count: front.length, atBudget },
    };
  }

  const base: FitView = {
    model: "chinchilla",
    needsRuns: false,
    kind: "runs",
    chart: { points, groups, lines: [] },
    residuals: { points: [] },
    rows: runs.map((r, i) => rowOf(r, xs[i], NaN)),
  };
  if (fit === null) return base;
  let optimal: OptimalModel, publishedOptimal: OptimalModel, predicted: number[];
  try {
    optimal = computeOptimal(state.budget, fit);
    publishedOptimal = computeOptimal(state.budget, PUBLISHED_FIT);
    predicted = runs.map((r) => chinchillaLoss(r.params, r.tokens, fit));
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) return { ...base, problem: e.message };
    throw e;
  }
  domain = padDomain([Math.min(...xs, state.budget), Math.max(...xs, state.budget)], 1.3);
  const lines: FitChartData["lines"] = sizes.map((size, k) => {
    const members = xs.filter((_, i) => classOf[i] === k);
    const lo = Math.max(domain[0], Math.min(...members) / 3);
    const hi = Math.min(domain[1], Math.max(...members) * 3);
    return { group: k, style: "class", points: logSpace(lo, hi, 30).map((c) => ({ x: c, y: chinchillaLoss(size, c / (6 * size), fit) })) };
  });
  const frontier = logSpace(domain[0], domain[1], 40).map((c) => ({ x: c, y: computeOptimal(c, fit).loss }));
  lines.push({ points: frontier, style: "frontier" });
  const rows = runs.map((r, i) => rowOf(r, xs[i], predicted[i]));
  return {
    ...base,
    chart: { points, groups, lines, marker: { x: state.budget, y: optimal.loss } },
    residuals: residualsOf(rows, classOf, points, sizes.length),
    rows,
    chinchilla: { fit, optimal, publishedOptimal },
  };
}

function rowOf(r: LossRun, x: number, predicted: number): FitRow {
  return { params: r.params, tokens: r.tokens, x, y: r.loss, predicted, residual: r.loss / predicted - 1 };
}

function residualsOf(rows: FitRow[], classOf: number[], points: FitChartPoint[], groups: number): ResidualChartData {
  return {
    groups,
    points: rows
      .map((row, i) => ({ x: row.x, residual: row.residual, group: classOf[i], emphasis: points[i].emphasis }))
      .filter((p) => Number.isFinite(p.residual)),
  };
}

function xyView(pairs: XyPoint[], state: FitState): FitView {
  const pl = fitPowerLaw(pairs.map((p) => p.x), pairs.map((p) => p.y));
  const ok = Number.isFinite(pl.coefficient) && Number.isFinite(pl.exponent);
  const line = (x: number) => pl.coefficient * x ** pl.exponent;
  const xs = pairs.map((p) => p.x);
  const rows: FitRow[] = pairs.map((p) => {
    const predicted = ok ? line(p.x) : NaN;
    return { x: p.x, y: p.y, predicted, residual: p.y / predicted - 1 };
  });
  const domain = padDomain([Math.min(...xs), Math.max(...xs)], 1.1);
  return {
    model: "powerlaw",
    needsRuns: state.model === "chinchilla",
    kind: "xy",
    chart: {
      points: pairs.map((p) => ({ x: p.x, y: p.y, group: 0 })),
      groups: [],
      lines: ok ? [{ points: logSpace(domain[0], domain[1], 40).map((x) => ({ x, y: line(x) })), style: "fit" }] : [],
    },
    residuals: { groups: 0, points: rows.map((r) => ({ x: r.x, residual: r.residual, group: 0 })).filter((p) => Number.isFinite(p.residual)) },
    rows,
    powerLaw: { fit: pl, on: "all", count: pairs.length },
  };
}

/** The formula with the reader's constants and budget, for "show your work". */
export function fitTex(view: FitView, state: FitState): string {
  if (view.chinchilla) {
    const { fit, optimal } = view.chinchilla;
    const { E, A, B, alpha, beta } = fit;
    const G = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
    const a = beta / (alpha + beta);
    return [
      "\\begin{aligned}",
      `L(N, D) &= E + \\frac{A}{N^{\\alpha}} + \\frac{B}{D^{\\beta}} = ${texNumber(E, 4)} + \\frac{${texNumber(A, 4)}}{N^{${texNumber(alpha, 4)}}} + \\frac{${texNumber(B, 4)}}{D^{${texNumber(beta, 4)}}} \\\\`,
      `N_{\\mathrm{opt}} &= G \\left(\\frac{C}{6}\\right)^{a},\\quad G = \\left(\\frac{\\alpha A}{\\beta B}\\right)^{\\frac{1}{\\alpha+\\beta}} = ${texNumber(G)},\\quad a = \\frac{\\beta}{\\alpha+\\beta} = ${texNumber(a)} \\\\`,
      `N_{\\mathrm{opt}}(${texNumber(state.budget)}) &= ${texNumber(optimal.params)},\\quad D_{\\mathrm{opt}} = \\frac{C}{6 N_{\\mathrm{opt}}} = ${texNumber(optimal.tokens)},\\quad L = ${optimal.loss.toFixed(4)}`,
      "\\end{aligned}",
    ].join("\n");
  }
  if (view.powerLaw) {
    const { fit, atBudget } = view.powerLaw;
    const name = view.kind === "runs" ? ["L(C)", "C"] : ["y", "x"];
    const line = `${name[0]} = c\\,${name[1]}^{k} = ${texNumber(fit.coefficient)}\\,${name[1]}^{${texNumber(fit.exponent, 4)}},\\quad R^2 = ${texNumber(fit.r2, 4)}`;
    if (atBudget === undefined || !Number.isFinite(atBudget)) return line;
    return `\\begin{aligned} ${line.replace("=", "&=")} \\\\ L(${texNumber(state.budget)}) &= ${atBudget.toFixed(4)} \\end{aligned}`;
  }
  return "L(N, D) = E + \\frac{A}{N^{\\alpha}} + \\frac{B}{D^{\\beta}}";
}

/** The call to the scaling module that reproduces the readout; `runs` / `xs`, `ys` are the data shown. */
export function fitCode(view: FitView, state: FitState): string {
  const budget = FIT_FIELDS.budget.format(state.budget);
  if (view.model === "chinchilla") return `scaling.computeOptimal(${budget}, scaling.fitChinchilla(runs))`;
  if (view.kind === "runs") return "scaling.fitPowerLaw(frontier.map((r) => 6 * r.params * r.tokens), frontier.map((r) => r.loss))";
  return "scaling.fitPowerLaw(xs, ys)";
}
