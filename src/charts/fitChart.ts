import * as Plot from "@observablehq/plot";
import { formatCount } from "../i18n/format.ts";
import { chartFrame, countTickFormat, decadeTicks, decimalTickFormat, tickBudget } from "./axes.ts";
import { fixMarkLabels } from "./a11y.ts";
import { rampColors, withLegend, type LegendItem } from "./chartLegend.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** A run (x = FLOPs, y = loss) or an (x, y) pair; `group` indexes `FitChartData.groups`. */
export interface FitChartPoint {
  x: number;
  y: number;
  group: number;
  /** Drawn with a ring: the runs a frontier power law was fitted to. */
  emphasis?: boolean;
}

export interface FitChartLine {
  points: { x: number; y: number }[];
  /** `class`: the fit for one model size (coloured like its group); `frontier`: compute-optimal loss (dashed); `fit`: a fitted power law. */
  style: "class" | "frontier" | "fit";
  group?: number;
}

export interface FitChartData {
  points: FitChartPoint[];
  /** Model-size classes, by representative size; empty for (x, y) pairs (one colour). */
  groups: { size: number }[];
  lines: FitChartLine[];
  /** The compute-optimal model at the reader's budget. */
  marker?: { x: number; y: number };
}

export interface FitChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
  /** "loss" ticks as decimals (2.5), "count" as counts (70B) for arbitrary y. */
  yFormat?: "loss" | "count";
  /** Legend: title of the size classes, and labels of the other marks, already translated. */
  legendTitle: string;
  frontierLabel: string;
  fitLabel: string;
  markerLabel: string;
}

type XY = { x: number; y: number };

/** Ticks for a log axis: one a decade when the range spans decades, else Plot's own (2, 3, 5 …). */
export function logAxisTicks(lo: number, hi: number, budget: number): number[] | number {
  const decades = decadeTicks(lo, hi, budget);
  return decades.length >= 2 ? decades : Math.min(budget, 5);
}

/** Round ticks for a loss axis (losses span well under a decade): 2, 2.5, 3 … or 2, 2.1, 2.2 …. */
export function lossTicks(lo: number, hi: number): number[] {
  const span = hi - lo;
  const step = span > 4 ? 1 : span > 1.5 ? 0.5 : span > 0.6 ? 0.2 : span > 0.25 ? 0.1 : 0.05;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) ticks.push(Number(v.toFixed(3)));
  return ticks;
}

/**
 * Loss against training compute for a set of runs, on log–log axes, coloured by model size, with the
 * fitted law drawn over them: one curve per size class and the compute-optimal frontier, or a power
 * law. Pure: the same call renders at build time (linkedom `document`) and in the browser. Returns a
 * `<figure>` holding a legend and the `<svg>` (which carries the accessible name and description).
 */
export function fitChart(data: FitChartData, options: FitChartOptions): Element {
  const { width, locale, title, description, xLabel, yLabel } = options;
  const document = options.document ?? globalThis.document;
  const colors = rampColors(data.groups.length);
  const color = (g: number | undefined) => (g === undefined || data.groups.length === 0 ? "var(--chart-1, #2456c9)" : colors[g] ?? colors[0]);
  const all: XY[] = [...data.points, ...data.lines.flatMap((l) => l.points), ...(data.marker ? [data.marker] : [])].filter(
    (p) => Number.isFinite(p.x) && Number.isFinite(p.y) && p.x > 0 && p.y > 0,
  );
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const [xMin, xMax] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [1, 10];
  const [yMin, yMax] = ys.length ? [Math.min(...ys), Math.max(...ys)] : [1, 10];
  const yDomain: [number, number] = yMax / yMin < 1.05 ? [yMin / 1.05, yMax * 1.05] : [yMin / 1.03, yMax * 1.03];
  const xTickFormat = countTickFormat(locale);
  const yTickFormat = options.yFormat === "count" ? countTickFormat(locale) : decimalTickFormat(locale);
  const height = Math.round(Math.min(420, Math.max(260, width * 0.62)));
  const finite = (line: FitChartLine) => line.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y) && p.x > 0 && p.y > 0);
  const marker = data.marker && Number.isFinite(data.marker.y) ? [data.marker] : [];

  const chart = Plot.plot({
    document,
    width,
    height,
    marginLeft: 44,
    marginRight: 16,
    marginTop: 26,
    marginBottom: 44,
    ...chartFrame({ title, description }),
    x: {
      type: "log",
      domain: [xMin, xMax],
      ticks: logAxisTicks(xMin, xMax, tickBudget(width - 60, locale === "zh" ? 60 : 52)),
      tickFormat: xTickFormat,
      label: xLabel,
      labelAnchor: "center",
      labelArrow: "none",
    },
    y: {
      type: "log",
      domain: yDomain,
      ticks: options.yFormat === "count" ? logAxisTicks(yDomain[0], yDomain[1], Math.max(3, Math.floor(height / 50))) : lossTicks(yDomain[0], yDomain[1]),
      tickFormat: yTickFormat,
      label: yLabel,
      labelArrow: "none",
      grid: true,
    },
    marks: [
      Plot.dot(data.points, {
        x: "x",
        y: "y",
        r: data.points.length < 60 ? 4 : 2.6,
        fill: (d: FitChartPoint) => color(d.group),
        fillOpacity: 0.8,
      }),
      Plot.dot(
        data.points.filter((p) => p.emphasis),
        { x: "x", y: "y", r: 4.5, stroke: "currentColor", strokeWidth: 1.2 },
      ),
      ...data.lines.map((line) =>
        Plot.line(finite(line), {
          x: "x",
          y: "y",
          stroke: line.style === "frontier" ? "currentColor" : line.style === "fit" ? "var(--chart-accent, #c2261c)" : color(line.group),
          strokeWidth: line.style === "class" ? 1.6 : 2,
          strokeDasharray: line.style === "frontier" ? "5,4" : undefined,
          strokeOpacity: line.style === "class" ? 0.9 : 1,
        }),
      ),
      Plot.ruleX(marker, { x: "x", stroke: "currentColor", strokeOpacity: 0.35, strokeDasharray: "2,3" }),
      Plot.dot(marker, { x: "x", y: "y", r: 5.5, fill: "var(--chart-accent, #c2261c)", stroke: "var(--bg, white)", strokeWidth: 1.5 }),
    ],
  });

  const sizes: LegendItem[] = data.groups.map((g, i) => ({ label: `≈${formatCount(g.size, locale, { digits: 2 })}`, color: colors[i], mark: "dot" }));
  const items: LegendItem[] = [];
  if (data.lines.some((l) => l.style === "frontier")) items.push({ label: options.frontierLabel, color: "currentColor", mark: "dash" });
  if (data.lines.some((l) => l.style === "fit")) items.push({ label: options.fitLabel, color: "var(--chart-accent, #c2261c)", mark: "line" });
  if (marker.length) items.push({ label: options.markerLabel, color: "var(--chart-accent, #c2261c)", mark: "dot" });
  // Mark labels are fixed on the plot's own <svg> here: on the figure, fixMarkLabels would find a legend swatch first.
  return withLegend(document, fixMarkLabels(chart), [{ title: options.legendTitle, items: sizes }, { items }]);
}
