import * as Plot from "@observablehq/plot";
import { formatCount, formatDecimal, formatPercent, formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { chartFrame, decadeTicks, tickBudget } from "./axes.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/**
 * A small multi-series line chart for the essays' static figures (chapters 2, 4 and 6): lines, dots,
 * horizontal reference lines with labels. Pure: the same call renders at build time (linkedom
 * `document`) and would in a browser. The legend is left to the caller (HTML beside the SVG), so labels
 * never collide at narrow widths.
 */

/** One point of a series. */
export interface LinePoint {
  x: number;
  y: number;
}

/** One line (or one set of dots) with its colour. */
export interface LineSeries {
  /** Stable key, used for the accessible description. */
  key: string;
  points: LinePoint[];
  /** A CSS colour, e.g. `var(--chart-1)`. */
  color: string;
  /** Dashed stroke (e.g. for a floor or an extrapolation). */
  dashed?: boolean;
  /** Draw dots instead of a line. */
  dots?: boolean;
}

/** A horizontal reference line with a label over (or under) its left end. */
export interface ReferenceLine {
  y: number;
  label: string;
  color: string;
  /** Put the label under the line instead of over it (when two references sit close together). */
  below?: boolean;
}

/** How an axis is scaled and labelled. */
export type AxisKind = "count" | "decimal" | "percent" | "year" | "scientific";

export interface LinesChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
  xType: "log" | "linear";
  yType: "log" | "linear";
  /** Tick label style per axis. */
  xKind: AxisKind;
  yKind: AxisKind;
  /** Fixed domains; otherwise from the data (and reference lines). */
  xDomain?: [number, number];
  yDomain?: [number, number];
  /** Explicit y ticks (linear axes); log axes get one tick per decade. */
  yTicks?: number[];
  /** Chart height; default from the width. */
  height?: number;
}

function tickFormat(kind: AxisKind, locale: Locale): (d: number) => string {
  if (kind === "count") return (d) => formatCount(d, locale, { digits: 2 });
  if (kind === "percent") return (d) => formatPercent(d, locale, { digits: 2 });
  if (kind === "year") return (d) => String(Math.round(d));
  if (kind === "scientific") return (d) => formatScientific(d, { digits: 2 });
  return (d) => formatDecimal(d, locale, { digits: 3 });
}

function extent(values: number[], fallback: [number, number]): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v));
  return finite.length ? [Math.min(...finite), Math.max(...finite)] : fallback;
}

/**
 * Lines (or dots) on log or linear axes, with optional labelled horizontal reference lines.
 * Empty series give an empty frame, not an error.
 */
export function linesChart(series: LineSeries[], references: ReferenceLine[], options: LinesChartOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, xLabel, yLabel, xType, yType, xKind, yKind } = options;
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = [...series.flatMap((s) => s.points.map((p) => p.y)), ...references.map((r) => r.y)];
  const xDomain = options.xDomain ?? extent(xs, [1, 10]);
  const yDomain = options.yDomain ?? extent(ys, [1, 10]);
  const labelPx = locale === "zh" ? 64 : 48;
  const xTicks = xType === "log" ? decadeTicks(xDomain[0], xDomain[1], tickBudget(width, labelPx)) : tickBudget(width, labelPx);
  const yTicks = options.yTicks ?? (yType === "log" ? decadeTicks(yDomain[0], yDomain[1], 8) : 5);
  const lineMarks = series
    .filter((s) => !s.dots)
    .map((s) => Plot.line(s.points, { x: "x", y: "y", stroke: s.color, strokeWidth: 2, strokeDasharray: s.dashed ? "6,4" : undefined }));
  const dotMarks = series
    .filter((s) => s.dots)
    .map((s) => Plot.dot(s.points, { x: "x", y: "y", r: 3.5, fill: s.color, fillOpacity: 0.85, stroke: "var(--bg, white)", strokeWidth: 0.75 }));
  return Plot.plot({
    document,
    width,
    height: options.height ?? Math.round(Math.min(400, Math.max(240, width * 0.58))),
    marginLeft: yKind === "count" || yKind === "scientific" ? 56 : 48,
    marginRight: 16,
    marginBottom: 44,
    ...chartFrame({ title, description }),
    x: { type: xType, domain: xDomain, ticks: xTicks, tickFormat: tickFormat(xKind, locale), label: xLabel, labelAnchor: "center", labelArrow: "none" },
    y: { type: yType, domain: yDomain, ticks: yTicks, tickFormat: tickFormat(yKind, locale), label: yLabel, labelArrow: "none", grid: true },
    marks: [
      ...references.map((r) => Plot.ruleY([r.y], { stroke: r.color, strokeDasharray: "2,3", strokeWidth: 1.5 })),
      ...references.map((r) => Plot.text([r], { x: () => xDomain[0], y: "y", text: "label", textAnchor: "start", dx: 4, dy: r.below ? 9 : -7, fill: "currentColor", fontWeight: 600 })),
      ...lineMarks,
      ...dotMarks,
    ],
  });
}
