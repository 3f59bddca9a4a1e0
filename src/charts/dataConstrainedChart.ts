import * as Plot from "@observablehq/plot";
import { countTickFormat, decimalTickFormat } from "./axes.ts";
import { labelMargin } from "./isoFlopChart.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** One number of epochs: effective and fresh tokens, and the loss with repeated and with fresh data. */
export interface EpochPoint {
  epochs: number;
  /** D′, effective tokens when U unique tokens are repeated `epochs` times. */
  effective: number;
  /** D = U · epochs: what the same tokens would be worth if all were new. */
  fresh: number;
  /** Loss with the repeated data, nats per token. */
  loss: number;
  /** Loss if all D tokens were unique. */
  lossFresh: number;
}

export interface DataConstrainedChartData {
  /** Increasing epochs, 1 to 100. */
  curve: EpochPoint[];
  /** The reader's choice. */
  chosen: EpochPoint;
  /** U·(1 + R_D*): the most effective data U unique tokens can give. */
  ceiling: number;
  uniqueTokens: number;
}

export interface DataConstrainedChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
  /** Label beside the chosen point, e.g. "373B (93%)". */
  markerLabel?: string;
}

export const DATA_COLORS = {
  repeated: "var(--chart-1, #2456c9)",
  fresh: "currentColor",
  marker: "var(--chart-accent, #c2261c)",
} as const;

const EPOCH_TICKS = [1, 2, 4, 10, 20, 40, 100];

function epochAxis(xLabel: string, locale: ChartOptions["locale"]): Plot.ScaleOptions {
  return { type: "log", domain: [1, 100], ticks: EPOCH_TICKS, tickFormat: decimalTickFormat(locale), label: xLabel, labelAnchor: "center", labelArrow: "none" };
}

function frame(width: number) {
  return {
    width,
    height: Math.round(Math.min(340, Math.max(220, width * 0.5))),
    marginRight: 14,
    marginTop: 26,
    marginBottom: 42,
    style: { background: "transparent", color: "currentColor", fontSize: "12px", fontFamily: "inherit" },
  };
}

/**
 * Effective tokens against epochs, log–log: fresh data is the diagonal (dashed), repeated data bends
 * away from it and never passes the ceiling U·(1 + R_D*) (dotted). About 4 epochs are almost as good as new
 * data; by about 40 another epoch adds little. Pure: renders at build time and in the browser.
 */
export function effectiveDataChart(data: DataConstrainedChartData, options: DataConstrainedChartOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, xLabel, yLabel, markerLabel } = options;
  const curve = data.curve.filter((p) => Number.isFinite(p.effective) && p.epochs >= 1 && p.epochs <= 100);
  const ceiling = Number.isFinite(data.ceiling) && data.ceiling > 0 ? data.ceiling : 1;
  const unique = Number.isFinite(data.uniqueTokens) && data.uniqueTokens > 0 ? data.uniqueTokens : 1;
  // Log–log with the same multiples on both axes: fresh data is the diagonal, repeated data peels off it.
  const ticks = EPOCH_TICKS.map((m) => m * unique);
  const chosen = Number.isFinite(data.chosen.effective) ? [data.chosen] : [];
  const labelEnd = data.chosen.epochs > 20;
  return Plot.plot({
    document,
    ...frame(width),
    marginLeft: labelMargin(ticks.map(countTickFormat(locale))),
    ariaLabel: title,
    ariaDescription: description,
    x: epochAxis(xLabel, locale),
    y: { type: "log", domain: [unique, unique * 100], ticks, tickFormat: countTickFormat(locale), label: yLabel, labelArrow: "none", grid: true },
    marks: [
      Plot.ruleY([ceiling], { stroke: DATA_COLORS.repeated, strokeOpacity: 0.7, strokeDasharray: "1,3", strokeWidth: 1.5 }),
      Plot.line(curve, { x: "epochs", y: "fresh", stroke: DATA_COLORS.fresh, strokeOpacity: 0.6, strokeDasharray: "5,4", strokeWidth: 1.5, clip: true }),
      Plot.line(curve, { x: "epochs", y: "effective", stroke: DATA_COLORS.repeated, strokeWidth: 2.5 }),
      Plot.ruleX(chosen, { x: "epochs", stroke: "currentColor", strokeOpacity: 0.35, strokeDasharray: "3,3" }),
      Plot.dot(chosen, { x: "epochs", y: "effective", r: 5, fill: DATA_COLORS.marker, stroke: "var(--bg, white)", strokeWidth: 1.5 }),
      Plot.text(chosen, {
        x: "epochs",
        y: "effective",
        text: () => markerLabel ?? "",
        dx: labelEnd ? -8 : 8,
        dy: 14,
        textAnchor: labelEnd ? "end" : "start",
        fill: "currentColor",
        fontWeight: 600,
        stroke: "var(--bg-raised, white)",
        strokeWidth: 3,
        paintOrder: "stroke",
      }),
    ],
  });
}

/** Round loss ticks for a narrow range. */
function lossTicks(lo: number, hi: number): number[] {
  const span = hi - lo;
  const step = span > 2 ? 0.5 : span > 0.8 ? 0.2 : span > 0.4 ? 0.1 : span > 0.16 ? 0.05 : span > 0.08 ? 0.02 : 0.01;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) ticks.push(Number(v.toFixed(3)));
  return ticks;
}

/**
 * Predicted loss against epochs: training on U unique tokens repeated (solid) against the same
 * number of fresh tokens (dashed). The gap is what repetition costs.
 */
export function epochLossChart(data: DataConstrainedChartData, options: DataConstrainedChartOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, xLabel, yLabel, markerLabel } = options;
  const curve = data.curve.filter((p) => Number.isFinite(p.loss) && Number.isFinite(p.lossFresh) && p.epochs >= 1 && p.epochs <= 100);
  const ys = curve.flatMap((p) => [p.loss, p.lossFresh]);
  const [lo, hi] = ys.length ? [Math.min(...ys), Math.max(...ys)] : [1, 4];
  const pad = (hi - lo) * 0.08 || 0.05;
  const chosen = Number.isFinite(data.chosen.loss) ? [data.chosen] : [];
  const labelEnd = data.chosen.epochs > 20;
  return Plot.plot({
    document,
    ...frame(width),
    marginLeft: 44,
    ariaLabel: title,
    ariaDescription: description,
    x: epochAxis(xLabel, locale),
    y: { domain: [lo - pad, hi + pad], ticks: lossTicks(lo - pad, hi + pad), tickFormat: decimalTickFormat(locale), label: yLabel, labelArrow: "none", grid: true },
    marks: [
      Plot.line(curve, { x: "epochs", y: "lossFresh", stroke: DATA_COLORS.fresh, strokeOpacity: 0.6, strokeDasharray: "5,4", strokeWidth: 1.5 }),
      Plot.line(curve, { x: "epochs", y: "loss", stroke: DATA_COLORS.repeated, strokeWidth: 2.5 }),
      Plot.ruleX(chosen, { x: "epochs", stroke: "currentColor", strokeOpacity: 0.35, strokeDasharray: "3,3" }),
      Plot.dot(chosen, { x: "epochs", y: "lossFresh", r: 3.5, fill: "var(--bg, white)", stroke: "currentColor", strokeWidth: 1.5 }),
      Plot.dot(chosen, { x: "epochs", y: "loss", r: 5, fill: DATA_COLORS.marker, stroke: "var(--bg, white)", strokeWidth: 1.5 }),
      Plot.text(chosen, {
        x: "epochs",
        y: "loss",
        text: () => markerLabel ?? "",
        dx: labelEnd ? -8 : 8,
        dy: -12,
        textAnchor: labelEnd ? "end" : "start",
        fill: "currentColor",
        fontWeight: 600,
        stroke: "var(--bg-raised, white)",
        strokeWidth: 3,
        paintOrder: "stroke",
      }),
    ],
  });
}
