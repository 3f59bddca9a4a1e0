import * as Plot from "@observablehq/plot";
import { chartFrame, countTickFormat, decadeTicks, tickBudget } from "./axes.ts";
import { fixMarkLabels } from "./a11y.ts";
import { CATEGORY_COLORS, withLegend, type LegendItem } from "./chartLegend.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** One model: release time in decimal years, its value, its colour group and its tooltip text. */
export interface TimelineChartPoint {
  year: number;
  value: number;
  group: string;
  /** Name, organisation, value and source, one per line. */
  title: string;
}

export interface TimelineChartData {
  points: TimelineChartPoint[];
  /** The fitted exponential trend (a straight line on the log axis), or empty. */
  trend: { year: number; value: number }[];
  /** The trend's interval (e.g. the 90% bootstrap band), drawn shaded behind it; absent or empty for none. */
  band?: { year: number; low: number; high: number }[];
  /** Colour groups in order; colours follow this order, not the filtered data. */
  groups: string[];
}

export interface TimelineChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
  /** Translated name of each group (country names, "Open weights"…). */
  groupLabels: Record<string, string>;
  /** Legend entry for the trend line. */
  trendLabel: string;
  /** Legend entry for the band (shown when there is one). */
  bandLabel?: string;
  /** Colours for groups, in order (default: the site's categorical palette). */
  colors?: string[];
  /**
   * In the browser: an interactive tip on hover/tap (Plot `tip`). At build time: SVG `<title>`s, the
   * native tooltips that work without JavaScript.
   */
  interactive?: boolean;
}

/** Integer years from `lo` to `hi`, every `stride` years so labels fit. */
function yearTicks(lo: number, hi: number, budget: number): number[] {
  const first = Math.ceil(lo), last = Math.floor(hi);
  const stride = Math.max(1, Math.ceil((last - first + 1) / Math.max(1, budget)));
  const out: number[] = [];
  for (let y = first; y <= last; y += stride) out.push(y);
  return out;
}

/**
 * Notable models over time on a log scale, coloured by group, with the fitted trend dashed. Pure:
 * the same call renders at build time and in the browser. Returns a `<figure>` with the legend and
 * the `<svg>` (which carries the accessible name and description).
 */
export function timelineChart(data: TimelineChartData, options: TimelineChartOptions): Element {
  const { width, locale, title, description, xLabel, yLabel, groupLabels, trendLabel, bandLabel, interactive = false } = options;
  const document = options.document ?? globalThis.document;
  const palette = options.colors ?? CATEGORY_COLORS;
  const colorOf = new Map(data.groups.map((g, i) => [g, palette[Math.min(i, palette.length - 1)]]));
  const points = data.points.filter((p) => Number.isFinite(p.year) && Number.isFinite(p.value) && p.value > 0);
  const trend = data.trend.filter((p) => Number.isFinite(p.year) && Number.isFinite(p.value) && p.value > 0);
  const band = (data.band ?? []).filter((p) => Number.isFinite(p.year) && p.low > 0 && p.high >= p.low && Number.isFinite(p.high));
  const years = [...points, ...trend].map((p) => p.year);
  const values = [...points, ...trend].map((p) => p.value);
  const xDomain: [number, number] = years.length ? [Math.floor(Math.min(...years)), Math.ceil(Math.max(...years) + 1e-9)] : [2018, 2026];
  if (xDomain[1] - xDomain[0] < 1) xDomain[1] = xDomain[0] + 1;
  const yDomain: [number, number] = values.length ? [Math.min(...values) / 1.6, Math.max(...values) * 1.6] : [1e8, 1e12];
  const height = Math.round(Math.min(420, Math.max(260, width * 0.6)));
  const dotOptions = {
    x: "year",
    y: "value",
    r: 4.2,
    fill: (d: TimelineChartPoint) => colorOf.get(d.group) ?? "currentColor",
    stroke: "var(--bg, white)",
    strokeWidth: 0.8,
    ...(interactive ? {} : { title: "title" }),
  };
  // In the browser the tip sits in the frame's top-left corner, which the upward trend leaves empty,
  // so it never runs off the chart at 320 px; a ring marks the dot it describes.
  const pointer = interactive
    ? [
        Plot.dot(points, Plot.pointer({ x: "year", y: "value", r: 7, stroke: "currentColor", strokeWidth: 1.5, fill: "none" })),
        Plot.tip(
          points,
          Plot.pointer({
            px: "year",
            py: "value",
            title: "title",
            frameAnchor: "top-left",
            anchor: "top-left",
            dx: 4,
            dy: 2,
            // Narrow enough to leave the right of a 320 px chart, where the newest models are, uncovered.
            lineWidth: Math.max(12, Math.min(24, Math.floor((width - 120) / 11))),
            fill: "var(--bg, white)",
            stroke: "var(--rule, #ccc)",
            fontSize: 12,
          }),
        ),
      ]
    : [];
  const chart = Plot.plot({
    document,
    width,
    height,
    marginLeft: 48,
    marginRight: 16,
    marginTop: 16,
    marginBottom: 40,
    ...chartFrame({ title, description }),
    x: {
      domain: xDomain,
      ticks: yearTicks(xDomain[0], xDomain[1], tickBudget(width - 64, 40)),
      tickFormat: (d: number) => String(d),
      label: xLabel,
      labelAnchor: "center",
      labelArrow: "none",
    },
    y: {
      type: "log",
      domain: yDomain,
      ticks: decadeTicks(yDomain[0], yDomain[1], Math.max(3, Math.floor(height / 40))),
      tickFormat: countTickFormat(locale),
      label: yLabel,
      labelArrow: "none",
      grid: true,
    },
    marks: [
      // The band may reach past the dots at the ends, where the slope's uncertainty counts most: clipped to the frame.
      ...(band.length ? [Plot.areaY(band, { x: "year", y1: "low", y2: "high", fill: "currentColor", fillOpacity: 0.1, clip: true })] : []),
      Plot.line(trend, { x: "year", y: "value", stroke: "currentColor", strokeOpacity: 0.7, strokeWidth: 1.5, strokeDasharray: "6,4" }),
      Plot.dot(points, dotOptions),
      ...pointer,
    ],
  });
  const present = new Set(points.map((p) => p.group));
  const items: LegendItem[] = data.groups
    .filter((g) => present.has(g))
    .map((g) => ({ label: groupLabels[g] ?? g, color: colorOf.get(g)!, mark: "dot" as const }));
  if (trend.length) items.push({ label: trendLabel, color: "currentColor", mark: "dash" });
  if (band.length && bandLabel) items.push({ label: bandLabel, color: "currentColor", mark: "band" });
  // Mark labels are fixed on the plot's own <svg> here: on the figure, fixMarkLabels would find a legend swatch first.
  return withLegend(document, fixMarkLabels(chart), [{ items }]);
}
