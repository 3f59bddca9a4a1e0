import * as Plot from "@observablehq/plot";
import { chartFrame, decadeTicks } from "./axes.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** A model with its publication date (decimal year) and training compute in FLOPs. */
export interface TrendPoint {
  name: string;
  year: number;
  flops: number;
  /** Whether it set a compute record when it was published (drawn filled and emphasised). */
  record: boolean;
  /** Whether its name is written beside the dot, and on which side. */
  label?: "left" | "right" | "above" | "below";
}

/** A straight line on the log axis: log10(FLOPs) = intercept + slope·year, drawn from `from` to `to`. */
export interface TrendLine {
  key: string;
  color: string;
  dash?: string;
  intercept: number;
  slope: number;
  from: number;
  to: number;
}

/** A shaded interval around a trend (e.g. its 90% bootstrap band): FLOPs from `low` to `high` at each year. */
export interface TrendBand {
  key: string;
  color: string;
  points: { year: number; low: number; high: number }[];
}

export interface TrendChartData {
  points: TrendPoint[];
  lines: TrendLine[];
  /** Drawn behind the lines; absent for none. */
  bands?: TrendBand[];
  yearDomain: [number, number];
  flopsDomain: [number, number];
}

export interface TrendChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
}

export const RECORD_COLOR = "var(--chart-2, #c2410c)";
export const OTHER_COLOR = "var(--fg-muted, #5b5b60)";

const SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const power = (d: number) => `10${String(Math.round(Math.log10(d))).replace(/\d/g, (c) => SUP[Number(c)])}`;

/**
 * Training compute against publication date: models as dots (record-setters filled in the accent colour),
 * fitted exponential trends as straight lines on the log axis with their interval bands shaded behind, and
 * any reference line (e.g. a two-year doubling). Pure: renders at build time with linkedom.
 */
export function trendChart(data: TrendChartData, options: TrendChartOptions): SVGSVGElement | HTMLElement {
  const { width, document, title, description, xLabel, yLabel } = options;
  const narrow = width < 480;
  const [x0, x1] = data.yearDomain;
  const [y0, y1] = data.flopsDomain;
  const segments = data.lines.flatMap((l) =>
    [l.from, l.to].map((year) => ({ key: l.key, color: l.color, dash: l.dash ?? "none", year, flops: 10 ** (l.intercept + l.slope * year) })),
  );
  const years: number[] = [];
  for (let y = Math.ceil(x0); y <= x1; y += narrow ? 2 : 1) years.push(y);
  const labelled = data.points.filter((p) => p.label !== undefined);
  return Plot.plot({
    document,
    width,
    height: Math.round(Math.min(420, Math.max(280, width * 0.62))),
    marginLeft: 44,
    marginRight: 14,
    marginTop: 28,
    marginBottom: 42,
    ...chartFrame({ title, description }),
    x: { domain: [x0, x1], ticks: years, tickFormat: (d: number) => String(d), label: xLabel, labelAnchor: "center", labelArrow: "none" },
    y: { type: "log", domain: [y0, y1], ticks: decadeTicks(y0, y1, narrow ? 4 : 8), tickFormat: power, label: yLabel, labelArrow: "none", grid: true },
    marks: [
      ...(data.bands ?? []).map((b) =>
        Plot.areaY(b.points.filter((p) => p.low > 0 && p.high >= p.low && Number.isFinite(p.high)), { x: "year", y1: "low", y2: "high", fill: b.color, fillOpacity: 0.13, clip: true }),
      ),
      ...data.lines.map((l) =>
        Plot.line(segments.filter((s) => s.key === l.key), { x: "year", y: "flops", stroke: l.color, strokeWidth: 2, strokeDasharray: l.dash ?? "none", clip: true }),
      ),
      Plot.dot(data.points.filter((p) => !p.record), { x: "year", y: "flops", r: narrow ? 2.6 : 3.2, fill: OTHER_COLOR, fillOpacity: 0.55 }),
      Plot.dot(data.points.filter((p) => p.record), { x: "year", y: "flops", r: narrow ? 3.4 : 4.2, fill: RECORD_COLOR, stroke: "var(--bg, white)", strokeWidth: 1 }),
      ...(["left", "right", "above", "below"] as const).map((side) =>
        Plot.text(
          labelled.filter((p) => p.label === side),
          {
            x: "year",
            y: "flops",
            text: "name",
            dx: side === "right" ? 6 : side === "left" ? -6 : 0,
            dy: side === "above" ? -9 : side === "below" ? 10 : 0,
            textAnchor: side === "right" ? "start" : side === "left" ? "end" : "middle",
            fill: "currentColor",
            fontSize: narrow ? 9.5 : 10.5,
            stroke: "var(--bg, white)",
            strokeWidth: 3,
            paintOrder: "stroke",
          },
        ),
      ),
    ],
  });
}
