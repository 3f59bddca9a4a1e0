import * as Plot from "@observablehq/plot";
import { formatPercent } from "../i18n/format.ts";
import { chartFrame, countTickFormat, tickBudget } from "./axes.ts";
import { fixMarkLabels } from "./a11y.ts";
import { rampColors } from "./chartLegend.ts";
import { logAxisTicks } from "./fitChart.ts";
import type { ChartOptions, ChartText } from "./types.ts";

export interface ResidualPoint {
  /** FLOPs (runs) or x (pairs). */
  x: number;
  /** observed / predicted − 1. */
  residual: number;
  /** Size class, coloured as in `fitChart`. */
  group: number;
  emphasis?: boolean;
}

export interface ResidualChartData {
  points: ResidualPoint[];
  /** Number of size classes (for the colours); 0 or 1 for one colour. */
  groups?: number;
}

export interface ResidualChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
}

/**
 * How far each observation lies from the fit, in percent, against compute: a good fit scatters
 * evenly around zero with no trend. Pure, like every chart builder here.
 */
export function residualChart(data: ResidualChartData, options: ResidualChartOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, xLabel, yLabel } = options;
  const points = data.points.filter((p) => Number.isFinite(p.x) && p.x > 0 && Number.isFinite(p.residual));
  const colors = rampColors(data.groups ?? 1);
  const color = (g: number) => ((data.groups ?? 0) <= 1 ? "var(--chart-1, #2456c9)" : colors[g] ?? colors[0]);
  const xs = points.map((p) => p.x);
  const [xMin, xMax] = xs.length ? [Math.min(...xs) / 1.2, Math.max(...xs) * 1.2] : [1, 10];
  const extent = Math.max(0.01, ...points.map((p) => Math.abs(p.residual))) * 1.1;
  return fixMarkLabels(Plot.plot({
    document,
    width,
    height: Math.round(Math.min(220, Math.max(160, width * 0.32))),
    marginLeft: 48,
    marginRight: 16,
    marginTop: 24,
    marginBottom: 40,
    ...chartFrame({ title, description }),
    x: {
      type: "log",
      domain: [xMin, xMax],
      ticks: logAxisTicks(xMin, xMax, tickBudget(width - 60, locale === "zh" ? 60 : 52)),
      tickFormat: countTickFormat(locale),
      label: xLabel,
      labelAnchor: "center",
      labelArrow: "none",
    },
    y: {
      domain: [-extent, extent],
      ticks: 5,
      tickFormat: (d: number) => formatPercent(d, locale, { digits: 2 }),
      label: yLabel,
      labelArrow: "none",
      grid: true,
    },
    marks: [
      Plot.ruleY([0], { stroke: "currentColor", strokeOpacity: 0.6 }),
      Plot.dot(points, { x: "x", y: "residual", r: points.length < 60 ? 3.6 : 2.4, fill: (d: ResidualPoint) => color(d.group), fillOpacity: 0.8 }),
      Plot.dot(
        points.filter((p) => p.emphasis),
        { x: "x", y: "residual", r: 4.2, stroke: "currentColor", strokeWidth: 1.1 },
      ),
    ],
  }));
}
