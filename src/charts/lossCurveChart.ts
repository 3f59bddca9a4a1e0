import * as Plot from "@observablehq/plot";
import { formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { chartFrame, countTickFormat, decadeTicks, decimalTickFormat, tickBudget } from "./axes.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** One point of a loss curve: `x` is parameters, tokens or compute; `loss` in nats per token. */
export interface LossPoint {
  x: number;
  loss: number;
}

export interface LossCurveData {
  /** The curve, in increasing `x`. Empty data gives an empty frame, not an error. */
  curve: LossPoint[];
  /** The reader's current choice, drawn as a labelled dot. */
  marker?: LossPoint;
}

export interface LossCurveOptions extends ChartOptions, ChartText {
  /** Axis labels, already translated. */
  xLabel: string;
  yLabel: string;
  /** Label beside the marker. */
  markerLabel?: string;
  /** x tick labels: counts in the locale's words (1B, 10亿; the default) or powers of ten (10²⁰, for FLOPs). */
  xFormat?: "count" | "scientific";
}

/**
 * Loss against a scale variable on log–log axes, where a power law is a straight line.
 * Pure: the same call renders at build time (linkedom `document`) and in the browser.
 */
export function lossCurveChart(data: LossCurveData, options: LossCurveOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, xLabel, yLabel, markerLabel, xFormat = "count" } = options;
  const xs = data.curve.map((d) => d.x);
  const losses = data.curve.map((d) => d.loss);
  const [xMin, xMax] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [1, 10];
  const [yMin, yMax] = losses.length ? [Math.min(...losses), Math.max(...losses)] : [1, 10];
  const marker = data.marker ? [data.marker] : [];
  return Plot.plot({
    document,
    width,
    height: Math.round(Math.min(420, Math.max(240, width * 0.6))),
    marginLeft: 48,
    marginRight: 20,
    marginBottom: 44,
    ...chartFrame({ title, description }),
    x: { type: "log", domain: [xMin, xMax], ticks: decadeTicks(xMin, xMax, tickBudget(width, locale === "zh" ? 64 : 48)), tickFormat: xFormat === "scientific" ? (d: number) => formatScientific(d) : countTickFormat(locale), label: xLabel, labelAnchor: "center", labelArrow: "none" },
    y: { type: "log", domain: [yMin * 0.97, yMax * 1.03], ticks: lossTicks(yMin, yMax), tickFormat: decimalTickFormat(locale), label: yLabel, labelArrow: "none", grid: true },
    marks: [
      Plot.line(data.curve, { x: "x", y: "loss", stroke: "var(--chart-1, #2563eb)", strokeWidth: 2 }),
      Plot.ruleX(marker, { x: "x", stroke: "currentColor", strokeOpacity: 0.35, strokeDasharray: "3,3" }),
      Plot.dot(marker, { x: "x", y: "loss", r: 5, fill: "var(--chart-accent, #dc2626)", stroke: "var(--bg, white)", strokeWidth: 1.5 }),
      Plot.text(marker, {
        x: "x",
        y: "loss",
        text: () => markerLabel ?? "",
        dx: 8,
        dy: -10,
        textAnchor: "start",
        fill: "currentColor",
        fontWeight: 600,
      }),
    ],
  });
}

/** Five or so evenly spaced round ticks for a loss range (losses span well under a decade). */
function lossTicks(lo: number, hi: number): number[] {
  const span = hi - lo;
  const step = span > 4 ? 1 : span > 2 ? 0.5 : span > 0.8 ? 0.25 : 0.1;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) ticks.push(Number(v.toFixed(3)));
  return ticks;
}

export type { Locale };
