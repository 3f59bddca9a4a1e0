import * as Plot from "@observablehq/plot";
import { formatDecimal, formatScientific } from "../i18n/format.ts";
import { chartFrame, decadeTicks, tickBudget } from "./axes.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** A point on the chart: x in FLOPs per byte, y in FLOP/s. */
export interface RooflinePoint {
  x: number;
  y: number;
}

export interface RooflineChartData {
  /** The roof, left to right: the memory slope up to the ridge, then the flat compute roof. */
  roof: RooflinePoint[];
  /** Where the two roofs meet: (peak / bandwidth, peak). */
  ridge: RooflinePoint;
  /** The operation, on the roof at its intensity. */
  point: RooflinePoint;
}

export interface RooflineChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  /** The y axis is in TFLOP/s, so its label should say so. */
  yLabel: string;
  /** Beside the operation's dot ("decode, batch 1: 0.34% of peak"). */
  pointLabel: string;
  /** At the foot of the ridge line ("ridge 295"). */
  ridgeLabel: string;
  /** At the peak's level, top left, and beside the slope ("peak 990 TFLOP/s", "3.35 TB/s"). */
  computeLabel: string;
  memoryLabel: string;
}

const TERA = 1e12;

/**
 * The roofline on log–log axes: attainable FLOP/s against arithmetic intensity, the sloped memory roof
 * and the flat compute roof meeting at the ridge, and the operation as a labelled dot on the roof
 * (Williams, Waterman & Patterson 2009). Pure: renders at build time (linkedom) and in the browser.
 */
export function rooflineChart(data: RooflineChartData, options: RooflineChartOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, xLabel, yLabel, pointLabel, ridgeLabel, computeLabel, memoryLabel } = options;
  const xs = data.roof.map((p) => p.x);
  const [xMin, xMax] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0.1, 1e4];
  const ys = data.roof.map((p) => p.y / TERA);
  const [yMin, yMax] = ys.length ? [Math.min(...ys), Math.max(...ys) * 4] : [1, 1e3];
  const roof = data.roof.map((p) => ({ x: p.x, y: p.y / TERA }));
  const ridge = xs.length ? [{ x: data.ridge.x, y: data.ridge.y / TERA }] : [];
  const point = xs.length ? [{ x: data.point.x, y: data.point.y / TERA }] : [];
  // The dot's label goes where the chart is empty: below the flat roof (leaning away from the right edge),
  // below-right of the slope, or above-left of the slope in its last decade, where below-right is the ridge line.
  const r = data.ridge.x;
  const at = point[0]?.x ?? r;
  const nearRidge = at < r && at > r / 10;
  const leanLeft = at >= r ? at > Math.sqrt(r * xMax) : nearRidge;
  // The bandwidth's label runs along the slope, at its middle, tilted to the slope's on-screen angle.
  // Halfway up, unless the dot is on the slope: then a quarter of the way from the end it is not near.
  const share = at >= r ? 0.5 : at < Math.sqrt(xMin * r) ? 0.78 : 0.25;
  const mid = xs.length ? xMin * (r / xMin) ** share : 1;
  const slopeMid = xs.length ? [{ x: mid, y: (mid * data.roof[0].y) / xMin / TERA }] : [];
  const height = Math.round(Math.min(420, Math.max(260, width * 0.62)));
  const margin = { top: 24, right: 28, bottom: 44, left: 52 };
  const pxPerDecadeX = (width - margin.left - margin.right) / Math.log10(xMax / xMin);
  const pxPerDecadeY = (height - margin.top - margin.bottom) / Math.log10(yMax / yMin);
  const tilt = (-Math.atan2(pxPerDecadeY, pxPerDecadeX) * 180) / Math.PI;
  // The peak's label sits top left, above the slope, where the dot never is; a faint rule carries the level there.
  const peakLevel = xs.length ? [{ x: xMin, y: data.ridge.y / TERA }] : [];
  const narrow = width < 480;
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: margin.left,
    // Room for the last x tick ("10,000") to be read whole.
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginTop: margin.top,
    ...chartFrame({ title, description }),
    x: {
      type: "log",
      domain: [xMin, xMax],
      ticks: decadeTicks(xMin, xMax, tickBudget(width, 56)),
      tickFormat: (d: number) => (d < 1e5 ? formatDecimal(d, locale) : formatScientific(d)),
      label: xLabel,
      labelAnchor: "center",
      labelArrow: "none",
    },
    y: {
      type: "log",
      domain: [yMin, yMax],
      ticks: decadeTicks(yMin, yMax, narrow ? 4 : 8),
      tickFormat: (d: number) => (d < 1e5 && d >= 0.01 ? formatDecimal(d, locale) : formatScientific(d)),
      label: yLabel,
      labelArrow: "none",
      grid: true,
    },
    marks: [
      Plot.ruleX(ridge, { x: "x", y1: yMin, y2: "y", stroke: "currentColor", strokeOpacity: 0.45, strokeDasharray: "4,3" }),
      Plot.line(roof, { x: "x", y: "y", stroke: "var(--chart-1, #2563eb)", strokeWidth: 2.5 }),
      Plot.text(ridge, { x: "x", y: () => yMin, text: () => ridgeLabel, dx: 4, dy: -8, textAnchor: "start", fill: "currentColor", fillOpacity: 0.8 }),
      Plot.ruleY(peakLevel, { y: "y", x1: xMin, x2: r, stroke: "var(--chart-1, #2563eb)", strokeOpacity: 0.35, strokeDasharray: "2,3" }),
      Plot.text(peakLevel, { x: "x", y: "y", text: () => computeLabel, dx: 4, dy: -9, textAnchor: "start", fill: "var(--chart-1, #2563eb)", fontWeight: 600 }),
      Plot.text(slopeMid, { x: "x", y: "y", text: () => memoryLabel, rotate: tilt, dy: -11, textAnchor: "middle", fill: "var(--chart-1, #2563eb)", fontWeight: 600 }),
      Plot.dot(point, { x: "x", y: "y", r: 6, fill: "var(--chart-accent, #dc2626)", stroke: "var(--bg, white)", strokeWidth: 1.5 }),
      Plot.text(point, {
        x: "x",
        y: "y",
        // On a narrow chart the label breaks after its colon, so it stays clear of the roof.
        text: () => (narrow ? pointLabel.replace(/([:：])\s*/, "$1\n") : pointLabel),
        dx: leanLeft ? -9 : 8,
        dy: nearRidge ? -12 : 18,
        textAnchor: leanLeft ? "end" : "start",
        fill: "currentColor",
        fontWeight: 600,
      }),
    ],
  });
}
