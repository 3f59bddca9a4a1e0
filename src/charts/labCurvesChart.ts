import * as Plot from "@observablehq/plot";
import { formatCount, formatScientific } from "../i18n/format.ts";
import { fixMarkLabels } from "./a11y.ts";
import { withLegend, type LegendItem } from "./chartLegend.ts";
import { emptyMessage, logExtent, positive, rampFor, labLogFrame } from "./labChartParts.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** One training run's held-out loss as it trains (the shape of the lab's `CurvePoint`). */
export interface LabCurve {
  id: string;
  /** What colours the curve: the model's non-embedding parameters, or the run's compute budget in FLOPs. */
  value: number;
  /** Tokens seen and held-out loss (nats per byte), in training order. Points that are not finite are skipped. */
  points: { tokens: number; loss: number }[];
  /** Still training: its latest point is marked, and the curve grows as points arrive. */
  running?: boolean;
  /** A curve of the committed reference run, drawn dimmed behind the reader's own. */
  reference?: boolean;
}

export interface LabCurvesData {
  curves: LabCurve[];
  /** Whether `value` is a model size (legend "≈1.2M") or a compute budget (legend "1×10¹⁴"). */
  colorBy: "size" | "budget";
}

export interface LabCurvesOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
  /** Legend title of the colours, e.g. "Model size (N)" or "Compute budget (FLOPs)". */
  legendTitle: string;
  /** Legend label of dimmed reference curves, e.g. "Reference run". */
  referenceLabel?: string;
  /** Written in the middle of the frame when there is no curve to draw, e.g. "No runs yet". */
  emptyLabel?: string;
  /** Dim reference curves (the default); false draws them like the reader's own. */
  dimReference?: boolean;
}

type Row = { id: string; tokens: number; loss: number; color: string };

/**
 * Held-out loss against tokens seen, one line per run, on a log tokens axis (Kaplan et al. 2020, Figure 2's
 * view of training): coloured by model size or compute budget, runs in progress marked at their newest
 * point, reference curves dimmed behind. Pure: renders at build time (linkedom) and in the browser.
 * Returns a `<figure>` with a legend, or the bare `<svg>` when there is nothing to list.
 */
export function labCurvesChart(data: LabCurvesData, options: LabCurvesOptions): Element {
  const { width, locale, title, description, xLabel, yLabel } = options;
  const document = options.document ?? globalThis.document;
  const dim = options.dimReference ?? true;
  const curves = data.curves.map((c) => ({ ...c, points: c.points.filter((p) => positive(p.tokens) && positive(p.loss)) })).filter((c) => c.points.length > 0);
  const own = curves.filter((c) => !(dim && c.reference));
  const colors = rampFor(own.map((c) => c.value));
  const colorOf = (c: LabCurve) => colors.get(c.value) ?? "var(--chart-1, #2456c9)";
  const rows = (list: typeof curves): Row[] => list.flatMap((c) => c.points.map((p) => ({ id: c.id, tokens: p.tokens, loss: p.loss, color: colorOf(c) })));
  const dimmed = rows(curves.filter((c) => dim && c.reference));
  const drawn = rows(own);
  const heads = own.filter((c) => c.running).map((c) => ({ ...c.points[c.points.length - 1], color: colorOf(c) }));
  const all = curves.flatMap((c) => c.points);
  const [xMin, xMax] = logExtent(all.map((p) => p.tokens), [3e3, 3e6]);
  const [yLo, yHi] = logExtent(all.map((p) => p.loss), [1, 6]);
  const yDomain: [number, number] = [yLo / 1.03, yHi * 1.03];
  const height = Math.round(Math.min(420, Math.max(260, width * 0.6)));

  const chart = Plot.plot({
    document,
    width,
    height,
    ...labLogFrame({ title, description, xLabel, yLabel, xDomain: [xMin, xMax], yDomain, width, locale }),
    marks: [
      Plot.line(dimmed, { x: "tokens", y: "loss", z: "id", stroke: "currentColor", strokeOpacity: 0.28, strokeWidth: 1.2 }),
      Plot.line(drawn, { x: "tokens", y: "loss", z: "id", stroke: "color", strokeWidth: 1.8, strokeOpacity: 0.95 }),
      Plot.dot(heads, { x: "tokens", y: "loss", r: 4, fill: "color", stroke: "var(--bg, white)", strokeWidth: 1.2 }),
      emptyMessage(options.emptyLabel, curves.length === 0),
    ],
  });

  const label = (v: number) => (data.colorBy === "size" ? `≈${formatCount(v, locale, { digits: 2 })}` : formatScientific(v, { digits: 2 }));
  const items: LegendItem[] = [...colors].map(([v, color]) => ({ label: label(v), color, mark: "line" }));
  const others: LegendItem[] = dimmed.length && options.referenceLabel ? [{ label: options.referenceLabel, color: "color-mix(in oklab, currentColor 35%, transparent)", mark: "line" }] : [];
  return withLegend(document, fixMarkLabels(chart), [{ title: options.legendTitle, items }, { items: others }]);
}
