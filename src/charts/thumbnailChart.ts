import * as Plot from "@observablehq/plot";
import { countTickFormat, decadeTicks, decimalTickFormat } from "./axes.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** One mark of a thumbnail: `x` and `y` in data units; `label` names a bar. */
export interface ThumbPoint {
  x: number | string;
  y: number;
  /** Second series (e.g. active vs total parameters), drawn in the second colour. */
  series?: string;
  /** The label under a bar when it differs from `x` (`""` for none): two bars of one model share one label. */
  tick?: string;
}

export interface ThumbnailData {
  kind: "line" | "dots" | "bars";
  points: ThumbPoint[];
  /** Log scale on y (counts); x is log for lines and dots over counts. */
  logY?: boolean;
  logX?: boolean;
  /** A horizontal reference line, e.g. the irreducible loss E. */
  rule?: number;
}

/**
 * A small chart for the home page's chapter list: one idea, few ticks, no axis labels (the caption
 * says what it shows). Pure, like every builder: renders at build time with a linkedom document.
 */
export function thumbnailChart(data: ThumbnailData, options: ChartOptions & ChartText): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description } = options;
  const { kind, points, logY = false, logX = false, rule } = data;
  const ys = points.map((p) => p.y);
  // Counts span decades and get one tick a decade; a loss spans less than one and gets plain ticks.
  const decades = logY && ys.length ? decadeTicks(Math.min(...ys), Math.max(...ys), 3) : [];
  // Bars on a log axis span their domain, half the smallest to twice the largest: tick its decades.
  const barDecades = kind === "bars" && logY && ys.length ? decadeTicks(Math.min(...ys) / 2, Math.max(...ys) * 2, 4) : [];
  const yTicks = barDecades.length >= 2 ? barDecades : decades.length >= 2 ? decades : 3;
  const yFormat = logY ? countTickFormat(locale) : decimalTickFormat(locale);
  const numericX = points.filter((p) => typeof p.x === "number").map((p) => p.x as number);
  const xTicks = logX && numericX.length ? decadeTicks(Math.min(...numericX), Math.max(...numericX), 3) : 3;
  const colour = (p: ThumbPoint) => p.series ?? "a";
  // A bar needs a base: 0 on a linear axis; on a log axis (where 0 cannot be drawn, and Plot would drop
  // every bar) the bottom of the domain, half the smallest value.
  const base = logY && ys.length ? Math.min(...ys) / 2 : 0;
  const marks =
    kind === "bars"
      ? [Plot.barY(points, { x: "x", y1: base, y2: "y", fill: colour }), Plot.ruleY([base])]
      : kind === "dots"
        ? [Plot.dot(points, { x: "x", y: "y", r: 2.2, fill: "var(--chart-1, #2563eb)", fillOpacity: 0.8 })]
        : [Plot.line(points, { x: "x", y: "y", stroke: "var(--chart-1, #2563eb)", strokeWidth: 2 })];
  return Plot.plot({
    document,
    width,
    height: Math.round(width * 0.55),
    marginLeft: 40,
    marginRight: 18,
    marginTop: 10,
    marginBottom: 22,
    ariaLabel: title,
    ariaDescription: description,
    style: { background: "transparent", color: "currentColor", fontSize: "10px", fontFamily: "inherit" },
    color: { domain: ["a", "b"], range: ["var(--chart-1, #2563eb)", "var(--chart-2, #c2410c)"] },
    x: kind === "bars"
      ? { type: "band", domain: points.map((p) => p.x), tickFormat: (d: string) => points.find((p) => p.x === d)?.tick ?? d, tickSize: 0, label: null, padding: 0.25 }
      : { type: logX ? "log" : "linear", ticks: xTicks, tickFormat: logX ? countTickFormat(locale) : (d: number) => String(d), label: null },
    y: {
      type: logY ? "log" : "linear",
      ticks: yTicks,
      tickFormat: yFormat,
      label: null,
      grid: true,
      domain: kind === "bars" && logY && ys.length ? [base, Math.max(...ys) * 2] : undefined,
    },
    marks: [...marks, ...(rule === undefined ? [] : [Plot.ruleY([rule], { stroke: "var(--chart-accent, #dc2626)", strokeDasharray: "4,3" })])],
  });
}
