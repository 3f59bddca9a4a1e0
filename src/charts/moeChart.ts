import * as Plot from "@observablehq/plot";
import { chartFrame } from "./axes.ts";
import { formatCount, formatDecimal, formatPercent, formatScientific } from "../i18n/format.ts";
import { BYTES_PER_GB } from "../lib/scaling/units.ts";
import type { ChartOptions, ChartText } from "./types.ts";
import { labelWidth } from "./paramBreakdownChart.ts";

/** What a mixture of experts is measured by: parameters, forward FLOPs per token, bytes of weights. */
export type MoeMetric = "params" | "flops" | "memory";

export interface MoeChartRow {
  metric: MoeMetric;
  /** The figure if every expert ran for every token (a dense model of the same total size). */
  all: number;
  /** The figure with top-k routing: what the mixture of experts actually uses or needs. */
  routed: number;
}

export interface MoeChartData {
  /** One group of two bars per metric, top to bottom. */
  rows: MoeChartRow[];
}

export interface MoeChartOptions extends ChartOptions, ChartText {
  /** Translated group titles. */
  metricLabels: Record<MoeMetric, string>;
  /** Translated bar names, numbers already filled in: "Dense: all 8 experts", "MoE: top-2". */
  seriesLabels: { all: string; routed: string };
  /** Translated x-axis label (share of the all-experts figure). */
  xLabel: string;
}

function formatValue(metric: MoeMetric, x: number, locale: ChartOptions["locale"]): string {
  if (metric === "params") return formatCount(x, locale);
  if (metric === "flops") return `${formatScientific(x)} FLOPs`;
  return `${formatDecimal(x / BYTES_PER_GB, locale, { digits: 3 })} GB`;
}

const ROW_HEIGHT = 24;

/**
 * What sparsity buys and what it does not: for parameters, forward FLOPs per token and weight memory,
 * a bar for "every expert runs" (a dense model of the same size, 100%) and one for top-k routing, as a
 * share of the first. Compute shrinks to the active fraction; memory stays at 100%, because every expert
 * must be resident. Pure: the same call renders at build time and in the browser.
 */
export function moeChart(data: MoeChartData, options: MoeChartOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, metricLabels, seriesLabels, xLabel } = options;
  // Room for half of the "0%" and "100%" tick labels at either end.
  const marginLeft = 14;
  const marginRight = 20;
  const plotWidth = Math.max(60, width - marginLeft - marginRight);
  const bars = data.rows.flatMap((row) => {
    const base = Number.isFinite(row.all) && row.all > 0 ? row.all : 1;
    return (["all", "routed"] as const).map((series) => {
      const value = Number.isFinite(row[series]) ? Math.max(0, row[series]) : 0;
      const fraction = Math.min(1, value / base);
      const amount = formatValue(row.metric, value, locale);
      const percent = series === "routed" && fraction < 0.995 ? ` (${formatPercent(fraction, locale, { digits: 2 })})` : "";
      const barPx = fraction * plotWidth;
      const fitsOutside = (t: string) => barPx + 6 + labelWidth(t) <= plotWidth;
      const fitsInside = (t: string) => labelWidth(t) + 12 <= barPx;
      // The longest label that fits after the bar or inside it: drop the share, then the series name, if need be.
      const candidates = [`${seriesLabels[series]} · ${amount}${percent}`, `${seriesLabels[series]} · ${amount}`, amount];
      const text = candidates.find((t) => fitsOutside(t) || fitsInside(t)) ?? amount;
      const outside = fitsOutside(text) || !fitsInside(text);
      return { key: `${row.metric}:${series}`, series, fraction, text, outside };
    });
  });
  const titles = data.rows.map((row) => ({ key: `${row.metric}:title`, text: metricLabels[row.metric] }));
  const domain = data.rows.flatMap((row) => [`${row.metric}:title`, `${row.metric}:all`, `${row.metric}:routed`]);
  return Plot.plot({
    document,
    width,
    height: 12 + 40 + Math.max(1, domain.length) * ROW_HEIGHT,
    marginLeft,
    marginRight,
    marginTop: 12,
    marginBottom: 40,
    ...chartFrame({ title, description }),
    x: {
      domain: [0, 1],
      ticks: width < 420 ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1],
      tickFormat: (d: number) => formatPercent(d, locale, { digits: 3 }),
      label: xLabel,
      labelAnchor: "center",
      labelArrow: "none",
      grid: true,
    },
    y: { domain, axis: null, padding: 0.18 },
    marks: [
      Plot.barX(bars.filter((d) => d.series === "all"), { x1: 0, x2: "fraction", y: "key", fill: "currentColor", fillOpacity: 0.28 }),
      Plot.barX(bars.filter((d) => d.series === "routed"), { x1: 0, x2: "fraction", y: "key", fill: "var(--chart-1, #2456c9)" }),
      Plot.ruleX([0], { stroke: "currentColor", strokeOpacity: 0.5 }),
      Plot.text(titles, { x: 0, y: "key", text: "text", textAnchor: "start", fontWeight: 650, fill: "currentColor", dy: 2 }),
      Plot.text(bars.filter((d) => d.outside), { x: "fraction", y: "key", text: "text", dx: 6, textAnchor: "start", fill: "currentColor" }),
      Plot.text(bars.filter((d) => !d.outside && d.series === "all"), { x: "fraction", y: "key", text: "text", dx: -6, textAnchor: "end", fill: "currentColor", fontWeight: 600 }),
      Plot.text(bars.filter((d) => !d.outside && d.series === "routed"), { x: "fraction", y: "key", text: "text", dx: -6, textAnchor: "end", fill: "var(--bg, white)", fontWeight: 600 }),
    ],
  });
}
