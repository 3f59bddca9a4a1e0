import * as Plot from "@observablehq/plot";
import { formatDecimal } from "../i18n/format.ts";
import { KAPLAN_2020 } from "../lib/scaling/tables/kaplanConstants.ts";
import { fixMarkLabels } from "./a11y.ts";
import { withLegend, type LegendItem } from "./chartLegend.ts";
import { emptyMessage, logExtent, logInterpolate, positive, LAB_MARGIN, labLogFrame } from "./labChartParts.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** One finished run: its non-embedding parameters N and final held-out loss (nats per byte). */
export interface LabSizePoint {
  params: number;
  loss: number;
  /** A run of the committed reference, drawn as a hollow ring behind the reader's own. */
  reference?: boolean;
}

export interface LabSizeFit {
  /** The fitted law sampled along N, increasing (a straight line on log–log axes for a pure power law). */
  line: { params: number; loss: number }[];
  /** The bootstrap interval of the fitted loss at each N, if resampled. */
  band?: { params: number; low: number; high: number }[];
  /** The fitted exponent α (loss ∝ N^−α), written in the legend. */
  alpha?: number;
}

export interface LabSizeChartData {
  points: LabSizePoint[];
  /** Absent until there are enough runs to fit. */
  fit?: LabSizeFit;
}

export interface LabSizeChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
  /** Legend labels, already translated: the runs, the fit, its interval and Kaplan's slope. */
  runsLabel: string;
  fitLabel: string;
  bandLabel: string;
  /** e.g. "Kaplan's slope"; the chart appends "α_N = 0.076". */
  referenceLabel: string;
  /** The reference exponent; Kaplan et al. 2020, Eq. 1.1 by default. */
  referenceAlpha?: number;
  emptyLabel?: string;
}

const FIT = "var(--chart-accent, #c2261c)";
/** Right: room for half of a long Chinese tick label (1000万) at the end of the axis. */
const RUNS = "var(--chart-1, #2456c9)";

/**
 * Final loss against non-embedding parameters on log–log axes, where L ∝ N^−α is a straight line: the
 * runs, the fitted law with its bootstrap band, and for comparison a line of Kaplan's slope α_N = 0.076
 * (Kaplan et al. 2020, Eq. 1.1) through the middle of the fit, so the reader sees how much steeper or
 * flatter their own exponent is. Pure: renders at build time (linkedom) and in the browser.
 */
export function labSizeChart(data: LabSizeChartData, options: LabSizeChartOptions): Element {
  const { width, locale, title, description, xLabel, yLabel } = options;
  const document = options.document ?? globalThis.document;
  const alphaRef = options.referenceAlpha ?? KAPLAN_2020.alphaN;
  const points = data.points.filter((p) => positive(p.params) && positive(p.loss));
  const line = (data.fit?.line ?? []).filter((p) => positive(p.params) && positive(p.loss)).sort((a, b) => a.params - b.params);
  const band = (data.fit?.band ?? []).filter((b) => positive(b.params) && positive(b.low) && b.high >= b.low && Number.isFinite(b.high));
  const [xMin, xMax] = logExtent([...points.map((p) => p.params), ...line.map((p) => p.params)], [3e3, 3e6], 1.25);

  // Kaplan's slope through the fit at the geometric middle of the runs' span: the same loss there, another exponent.
  const runsSpan = logExtent(points.map((p) => p.params), [xMin, xMax]);
  const middle = Math.sqrt(runsSpan[0] * runsSpan[1]);
  const anchor = logInterpolate(line.map((p) => ({ x: p.params, y: p.loss })), middle);
  const reference =
    anchor === undefined || !Number.isFinite(alphaRef) ? [] : [xMin, middle, xMax].map((params) => ({ params, loss: anchor * (params / middle) ** -alphaRef }));

  const fitEnd = line.at(-1);
  const refAbove = reference.length > 0 && fitEnd !== undefined && reference[2].loss * (fitEnd.params / xMax) ** -alphaRef >= fitEnd.loss;
  const ys = [...points.map((p) => p.loss), ...line.map((p) => p.loss), ...band.flatMap((b) => [b.low, b.high]), ...reference.map((p) => p.loss)];
  const [yLo, yHi] = logExtent(ys, [1, 6]);
  const yDomain: [number, number] = [yLo / 1.03, yHi * 1.03];
  const height = Math.round(Math.min(420, Math.max(260, width * 0.62)));
  const referenceText = `α_N = ${formatDecimal(alphaRef, locale, { digits: 3 })}`;
  // The reference line's angle on screen (degrees, clockwise as SVG turns): both axes are log, so its pixel
  // slope is α · (decades of x / decades of y) · (plot height / plot width).
  const plotWidth = width - LAB_MARGIN.left - LAB_MARGIN.right;
  const plotHeight = height - LAB_MARGIN.top - LAB_MARGIN.bottom;
  const angle = (Math.atan((alphaRef * Math.log(xMax / xMin) * plotHeight) / (Math.log(yDomain[1] / yDomain[0]) * plotWidth)) * 180) / Math.PI;

  const chart = Plot.plot({
    document,
    width,
    height,
    ...labLogFrame({ title, description, xLabel, yLabel, xDomain: [xMin, xMax], yDomain, width, locale }),
    marks: [
      Plot.areaY(band, { x: "params", y1: "low", y2: "high", fill: FIT, fillOpacity: 0.16, clip: true }),
      Plot.line(reference, { x: "params", y: "loss", stroke: "currentColor", strokeOpacity: 0.6, strokeDasharray: "5,4", strokeWidth: 1.4, clip: true }),
      // Labelled along the line at its right end, on the side away from the fit, so it stays off the runs.
      Plot.text(reference.slice(-1), {
        x: "params",
        y: "loss",
        text: () => referenceText,
        rotate: angle,
        dx: -4,
        dy: refAbove ? -7 : 12,
        textAnchor: "end",
        fill: "currentColor",
        fillOpacity: 0.8,
        fontSize: 11,
        stroke: "var(--bg, white)",
        strokeWidth: 3,
        paintOrder: "stroke",
      }),
      Plot.line(line, { x: "params", y: "loss", stroke: FIT, strokeWidth: 2, clip: true }),
      Plot.dot(points.filter((p) => p.reference), { x: "params", y: "loss", r: 4, stroke: "currentColor", strokeOpacity: 0.45, strokeWidth: 1.2 }),
      Plot.dot(points.filter((p) => !p.reference), { x: "params", y: "loss", r: 4.5, fill: RUNS, stroke: "var(--bg, white)", strokeWidth: 1 }),
      emptyMessage(options.emptyLabel, points.length === 0),
    ],
  });

  const fitAlpha = data.fit?.alpha;
  const items: LegendItem[] = [];
  if (points.length) items.push({ label: options.runsLabel, color: RUNS, mark: "dot" });
  if (line.length) items.push({ label: Number.isFinite(fitAlpha) ? `${options.fitLabel} α = ${formatDecimal(fitAlpha!, locale, { digits: 2 })}` : options.fitLabel, color: FIT, mark: "line" });
  if (band.length) items.push({ label: options.bandLabel, color: FIT, mark: "band" });
  if (reference.length) items.push({ label: `${options.referenceLabel} ${referenceText}`, color: "currentColor", mark: "dash" });
  return withLegend(document, fixMarkLabels(chart), [{ items }]);
}
