import * as Plot from "@observablehq/plot";
import { formatDecimal } from "../i18n/format.ts";
import { countTickFormat, decadeTicks } from "./axes.ts";
import { labelMargin } from "./isoFlopChart.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** One batch size: what a decoding step gives and what memory it holds. */
export interface InferencePoint {
  batch: number;
  /** Tokens the whole batch generates per second (roofline). */
  tokensPerSecond: number;
  /** Tokens one sequence sees per second. */
  perSequence: number;
  /** USD per million generated tokens. */
  costPerMillion: number;
  /** All weights held in memory, bytes. */
  weightsBytes: number;
  /** KV cache of the whole batch, bytes. */
  kvBytes: number;
  /** Whether weights + KV cache fit the accelerators' memory. */
  fits: boolean;
  bound: "compute" | "memory";
}

export interface InferenceChartData {
  /** Increasing batches. */
  curve: InferencePoint[];
  chosen: InferencePoint;
  /** Batch at which decoding the weights turns compute-bound. */
  criticalBatch: number;
  /** Largest batch that fits in memory (0: none). */
  memoryBatch: number;
  /** Memory of the accelerators, bytes. */
  capacityBytes: number;
  /** Right end of the batch axis. */
  batchMax: number;
}

export interface InferenceChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
  /** Throughput chart: label of the right axis (cost per million tokens). */
  costLabel?: string;
  /** Formats USD, localized ("$0.52"). */
  formatCost?(usd: number): string;
  /** Formats gigabytes for the memory chart's ticks. */
  formatGb?(gb: number): string;
  /** Rule labels, already filled in: "critical batch 153", "memory full at 30", "80 GB". */
  criticalLabel: string;
  memoryLabel: string;
  capacityLabel?: string;
  /** Label beside the chosen point. */
  markerLabel?: string;
}

export const INFERENCE_COLORS = {
  line: "var(--chart-1, #2456c9)",
  kv: "var(--chart-2, #c2410c)",
  critical: "var(--chart-3, #0f766e)",
  memory: "var(--chart-accent, #c2261c)",
  marker: "var(--chart-accent, #c2261c)",
} as const;

const GB = 1e9;
const BATCH_TICKS = [1, 4, 16, 64, 256, 1024, 4096];

/** Ticks at 1, 2, 2.5 or 5 × 10ᵏ GB, at most about five of them from 0 to `top`. */
export function gbTicks(top: number): number[] {
  if (!(top > 0) || !Number.isFinite(top)) return [0];
  const raw = top / 5;
  const e = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * e).find((s) => s >= raw) ?? 10 * e;
  return Array.from({ length: Math.floor(top / step + 1e-9) + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

function frame(width: number) {
  return {
    width,
    height: Math.round(Math.min(320, Math.max(220, width * 0.48))),
    marginTop: 40,
    marginBottom: 42,
    style: { background: "transparent", color: "currentColor", fontSize: "12px", fontFamily: "inherit" },
  };
}

/**
 * Both log axes are drawn as linear axes of log₁₀ values: Plot's log scales drop the labels of ticks such
 * as 4, 64 and 4,096 (d3's log tickFormat thins mantissas above 3), and these are the ticks a reader needs.
 */
const lg = Math.log10;

function batchAxis(xLabel: string, batchMax: number, locale: ChartOptions["locale"]): Plot.ScaleOptions {
  // Batches written out (1,024, not 1K): readers compare them with the critical batch.
  return {
    domain: [0, lg(batchMax)], ticks: BATCH_TICKS.filter((t) => t <= batchMax).map(lg), tickFormat: (d: number) => formatDecimal(10 ** d, locale, { digits: 4 }),
    label: xLabel, labelAnchor: "center", labelArrow: "none",
  };
}

/**
 * Ticks for a log axis from lo to hi: one a decade over three decades or more, else at 1, 2 and 5 × 10ᵏ
 * (a throughput curve often spans barely a decade). At most `max` of them.
 */
export function logTicks(lo: number, hi: number, max = 6): number[] {
  if (!(lo > 0) || !(hi > lo) || !Number.isFinite(hi)) return [];
  const decades = decadeTicks(lo, hi, max);
  if (Math.log10(hi / lo) >= 3) return decades;
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const t = Number((m * 10 ** e).toPrecision(6));
      if (t >= lo && t <= hi) ticks.push(t);
    }
  }
  return ticks.length > max ? decades : ticks;
}

/** The two vertical rules (critical batch, memory full) with their labels stacked above the frame. */
function rules(data: InferenceChartData, options: InferenceChartOptions): Plot.Markish[] {
  const inside = (b: number) => Number.isFinite(b) && b >= 1 && b <= data.batchMax;
  const anchor = (b: number) => (Math.log(b) / Math.log(data.batchMax) > 0.5 ? "end" : "start");
  const marks: Plot.Markish[] = [];
  const add = (b: number, color: string, label: string, row: number) => {
    if (!inside(b)) return;
    const end = anchor(b) === "end";
    marks.push(
      Plot.ruleX([lg(b)], { stroke: color, strokeWidth: 1.5, strokeDasharray: "4,3" }),
      Plot.text([lg(b)], { x: (d) => d, frameAnchor: "top", dy: row === 0 ? -26 : -12, dx: end ? -4 : 4, textAnchor: end ? "end" : "start", text: () => label, fill: color, fontWeight: 600 }),
    );
  };
  add(data.criticalBatch, INFERENCE_COLORS.critical, options.criticalLabel, 0);
  if (data.memoryBatch >= 1) add(data.memoryBatch, INFERENCE_COLORS.memory, options.memoryLabel, 1);
  return marks;
}

function marker(point: InferencePoint, y: number, batchMax: number, label: string | undefined): Plot.Markish[] {
  if (!Number.isFinite(y)) return [];
  const end = Math.log(point.batch) / Math.log(batchMax) > 0.6;
  return [
    Plot.dot([{ x: lg(point.batch), y }], { x: "x", y: "y", r: 5, fill: INFERENCE_COLORS.marker, stroke: "var(--bg, white)", strokeWidth: 1.5 }),
    Plot.text([{ x: lg(point.batch), y }], {
      x: "x", y: "y", text: () => label ?? "", dx: end ? -8 : 8, dy: 14, textAnchor: end ? "end" : "start",
      fill: "currentColor", fontWeight: 600, stroke: "var(--bg-raised, white)", strokeWidth: 3, paintOrder: "stroke",
    }),
  ];
}

/** Splits a curve where it stops fitting in memory; the boundary point belongs to both parts so the line is unbroken. */
function split(curve: InferencePoint[]): { fits: InferencePoint[]; over: InferencePoint[] } {
  const fits = curve.filter((p) => p.fits);
  const first = curve.findIndex((p) => !p.fits);
  const over = first < 0 ? [] : curve.slice(Math.max(0, first - 1));
  return { fits, over };
}

/**
 * Tokens per second of the whole batch against the batch, log–log, with the cost per million tokens on the
 * right axis (the same curve read upside down: cost = price / throughput). Solid where weights + KV cache
 * fit in memory, dashed past it; the decoding critical batch and the memory limit are marked.
 */
export function throughputChart(data: InferenceChartData, options: InferenceChartOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, xLabel, yLabel, costLabel, formatCost = (x) => `$${x.toPrecision(2)}`, markerLabel } = options;
  const curve = data.curve.filter((p) => Number.isFinite(p.tokensPerSecond) && p.tokensPerSecond > 0);
  const ys = curve.map((p) => p.tokensPerSecond);
  const lo = ys.length ? Math.min(...ys) / 1.6 : 1;
  const hi = ys.length ? Math.max(...ys) * 1.6 : 10;
  const yTicks = logTicks(lo, hi, width < 400 ? 4 : 6);
  const fmt = countTickFormat(locale);
  // Cost per million = k / throughput: round costs as ticks, placed where that throughput is.
  const first = curve[0];
  const k = first ? first.costPerMillion * first.tokensPerSecond : NaN;
  const costTicks = Number.isFinite(k) && k > 0 ? logTicks(k / hi, k / lo, width < 400 ? 4 : 6).map((c) => k / c) : [];
  const { fits, over } = split(curve);
  return Plot.plot({
    document,
    ...frame(width),
    marginLeft: labelMargin(yTicks.map(fmt)),
    // Room for the tick labels and the rotated axis label beside them.
    marginRight: costTicks.length ? labelMargin(costTicks.map((t) => formatCost(k / t))) + 14 : 14,
    ariaLabel: title,
    ariaDescription: description,
    x: batchAxis(xLabel, data.batchMax, locale),
    y: { domain: [lg(lo), lg(hi)] },
    marks: [
      // An explicit axis mark replaces Plot's implicit one, so both y axes and the grid are drawn here.
      Plot.gridY(yTicks.map(lg)),
      Plot.axisY(yTicks.map(lg), { anchor: "left", tickFormat: (t: number) => fmt(10 ** t), label: yLabel, labelArrow: "none" }),
      Plot.axisY(costTicks.map(lg), { anchor: "right", tickFormat: (t: number) => formatCost(k / 10 ** t), label: costLabel ?? null, labelArrow: "none", labelAnchor: "center" }),
      Plot.line(over, { x: (p: InferencePoint) => lg(p.batch), y: (p: InferencePoint) => lg(p.tokensPerSecond), stroke: INFERENCE_COLORS.line, strokeOpacity: 0.5, strokeWidth: 1.5, strokeDasharray: "5,4" }),
      Plot.line(fits, { x: (p: InferencePoint) => lg(p.batch), y: (p: InferencePoint) => lg(p.tokensPerSecond), stroke: INFERENCE_COLORS.line, strokeWidth: 2.5 }),
      ...rules(data, options),
      ...marker(data.chosen, lg(data.chosen.tokensPerSecond), data.batchMax, markerLabel),
    ],
  });
}

/**
 * Memory against the batch (log x, linear GB): the weights, and the KV cache stacked on them, which grows
 * with every sequence; the accelerators' memory is the horizontal line and the batch at which it is full is marked.
 */
export function memoryFitChart(data: InferenceChartData, options: InferenceChartOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, xLabel, yLabel, formatGb = (x) => String(Math.round(x)), capacityLabel, markerLabel } = options;
  const curve = data.curve.filter((p) => Number.isFinite(p.weightsBytes) && Number.isFinite(p.kvBytes));
  const capacity = Number.isFinite(data.capacityBytes) && data.capacityBytes > 0 ? data.capacityBytes / GB : 80;
  const weights = curve[0] ? curve[0].weightsBytes / GB : 0;
  const top = Math.max(capacity * 1.3, weights * 1.15);
  const rows = curve.map((p) => ({ batch: lg(p.batch), weights: p.weightsBytes / GB, total: Math.min(top, (p.weightsBytes + p.kvBytes) / GB) }));
  const ticks = gbTicks(top);
  const chosenTotal = (data.chosen.weightsBytes + data.chosen.kvBytes) / GB;
  return Plot.plot({
    document,
    ...frame(width),
    height: Math.round(frame(width).height * 0.85),
    marginLeft: labelMargin(ticks.map(formatGb)),
    // Half of the last batch label ("4,096") hangs past the axis.
    marginRight: 24,
    ariaLabel: title,
    ariaDescription: description,
    x: batchAxis(xLabel, data.batchMax, locale),
    y: { domain: [0, top], tickFormat: formatGb, ticks, label: yLabel, labelArrow: "none", grid: true },
    marks: [
      Plot.areaY(rows, { x: "batch", y1: 0, y2: "weights", fill: INFERENCE_COLORS.line, fillOpacity: 0.55 }),
      Plot.areaY(rows, { x: "batch", y1: "weights", y2: "total", fill: INFERENCE_COLORS.kv, fillOpacity: 0.45 }),
      Plot.ruleY([capacity], { stroke: "currentColor", strokeWidth: 1.5 }),
      Plot.text([capacity], { y: (d) => d, frameAnchor: "left", dx: 4, dy: -7, textAnchor: "start", text: () => capacityLabel ?? "", fill: "currentColor", fontWeight: 600, stroke: "var(--bg-raised, white)", strokeWidth: 3, paintOrder: "stroke" }),
      ...rules(data, options),
      ...marker(data.chosen, Math.min(top, chosenTotal), data.batchMax, markerLabel),
    ],
  });
}
