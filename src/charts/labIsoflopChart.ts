import * as Plot from "@observablehq/plot";
import { formatDecimal, formatScientific } from "../i18n/format.ts";
import { fixMarkLabels } from "./a11y.ts";
import { rampColors, withLegend, type LegendItem } from "./chartLegend.ts";
import { emptyMessage, logExtent, logInterpolate, positive, labLogFrame } from "./labChartParts.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** One compute budget of experiment 2: runs that all spend C = 6ND, split differently between N and D. */
export interface LabIsoflopBudget {
  /** C in FLOPs. */
  budget: number;
  /** Each finished run: non-embedding parameters N and final held-out loss (nats per byte). */
  points: { params: number; loss: number }[];
  /** The parabola in log N fitted to the runs, sampled along N (increasing); absent with fewer than 3 runs. */
  parabola?: { params: number; loss: number }[];
  /** The parabola's lowest point and the tokens per parameter D/N it implies. */
  minimum?: { params: number; loss: number; tokensPerParam: number };
  /** False when the minimum lies at the edge of the runs (the valley is not bracketed): drawn hollow. */
  interior?: boolean;
}

export interface LabIsoflopChartData {
  budgets: LabIsoflopBudget[];
  /**
   * Published ratios to mark on each valley for comparison, e.g. Chinchilla's ≈20 tokens per parameter:
   * the point N = √(C / 6r) where that ratio would put the minimum.
   */
  referenceRatios?: { ratio: number; label: string }[];
}

export interface LabIsoflopChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
  /** Legend title of the budgets, e.g. "Compute budget". */
  legendTitle: string;
  /** Legend label of the valleys' minima, e.g. "Minimum (tokens per parameter)". */
  minimumLabel: string;
  /** Legend label of a minimum at the edge of its runs, e.g. "Minimum not bracketed". */
  edgeLabel?: string;
  emptyLabel?: string;
}

/** Up to two published ratios are told apart by their tick: solid, then dashed (the legend's swatches). */
const REFERENCE_DASH = ["none", "3,2"] as const;

/**
 * IsoFLOP valleys from the reader's own runs (Hoffmann et al. 2022, Approach 2, Figure 3): for each
 * budget, loss against N on a log N axis, the parabola in log N fitted through them, and its minimum
 * labelled with the tokens per parameter it implies (D/N = C / 6N²). Published ratios are marked on each
 * valley by a short tick rising from the curve where they would put the minimum, for comparison. Pure: renders at build time (linkedom) and in the browser.
 */
export function labIsoflopChart(data: LabIsoflopChartData, options: LabIsoflopChartOptions): Element {
  const { width, locale, title, description, xLabel, yLabel } = options;
  const document = options.document ?? globalThis.document;
  const colors = rampColors(data.budgets.length);
  const budgets = data.budgets
    .map((b, i) => ({
      ...b,
      color: colors[Math.min(i, colors.length - 1)],
      points: b.points.filter((p) => positive(p.params) && positive(p.loss)),
      parabola: (b.parabola ?? []).filter((p) => positive(p.params) && positive(p.loss)).sort((a, c) => a.params - c.params),
    }))
    .filter((b) => positive(b.budget) && b.points.length > 0);
  const runs = budgets.flatMap((b) => b.points.map((p) => ({ ...p, color: b.color })));
  const curves = budgets.flatMap((b) => b.parabola.map((p) => ({ ...p, budget: b.budget, color: b.color })));
  const minima = budgets
    .filter((b) => b.minimum && positive(b.minimum.params) && positive(b.minimum.loss))
    .map((b) => ({ ...b.minimum!, color: b.color, interior: b.interior !== false }));
  const references = (data.referenceRatios ?? []).flatMap((r, k) =>
    positive(r.ratio)
      ? budgets.flatMap((b) => {
          const params = Math.sqrt(b.budget / (6 * r.ratio));
          const loss = logInterpolate(b.parabola.map((p) => ({ x: p.params, y: p.loss })), params);
          return loss === undefined ? [] : [{ params, low: loss, high: loss * 1.035, k: k % REFERENCE_DASH.length }];
        })
      : [],
  );

  const [xMin, xMax] = logExtent(runs.map((p) => p.params), [3e3, 3e6], 1.15);
  const [yLo, yHi] = logExtent([...runs.map((p) => p.loss), ...minima.map((m) => m.loss)], [1, 6]);
  const yDomain: [number, number] = [yLo / 1.04, yHi * 1.03];
  const narrow = width < 480;
  const edgeAnchor = (params: number) => {
    const t = Math.log(params / xMin) / Math.log(xMax / xMin);
    return t < 0.12 ? "start" : t > 0.88 ? "end" : "middle";
  };
  const ratioText = (m: { tokensPerParam: number }) => `D/N ≈ ${formatDecimal(m.tokensPerParam, locale, { digits: 2 })}`;

  const chart = Plot.plot({
    document,
    width,
    height: Math.round(Math.min(420, Math.max(260, width * 0.62))),
    ...labLogFrame({ title, description, xLabel, yLabel, xDomain: [xMin, xMax], yDomain, width, locale }),
    marks: [
      Plot.line(curves, { x: "params", y: "loss", z: "budget", stroke: "color", strokeWidth: 1.8, strokeOpacity: 0.9, clip: true }),
      Plot.dot(runs, { x: "params", y: "loss", r: 3.5, fill: "color", fillOpacity: 0.85 }),
      ...REFERENCE_DASH.map((dash, k) =>
        Plot.ruleX(
          references.filter((r) => r.k === k),
          { x: "params", y1: "low", y2: "high", stroke: "currentColor", strokeWidth: 2, strokeDasharray: dash, clip: true },
        ),
      ),
      Plot.dot(minima, {
        x: "params",
        y: "loss",
        r: 5.5,
        fill: (m: { interior: boolean; color: string }) => (m.interior ? "var(--chart-accent, #c2261c)" : "var(--bg, white)"),
        stroke: (m: { interior: boolean }) => (m.interior ? "var(--bg, white)" : "var(--chart-accent, #c2261c)"),
        strokeWidth: 1.6,
      }),
      // A label near either end of the axis is anchored inwards so it is not cut off or run into the ticks.
      ...(["start", "middle", "end"] as const).map((anchor) =>
        Plot.text(minima.filter((m) => edgeAnchor(m.params) === anchor), {
          x: "params",
          y: "loss",
          text: ratioText,
          textAnchor: anchor,
          dx: anchor === "start" ? -6 : anchor === "end" ? 6 : 0,
          dy: 15,
          fill: "currentColor",
          fontWeight: 600,
          fontSize: narrow ? 10.5 : 11.5,
          stroke: "var(--bg, white)",
          strokeWidth: 3,
          paintOrder: "stroke",
        }),
      ),
      emptyMessage(options.emptyLabel, runs.length === 0),
    ],
  });

  const budgetItems: LegendItem[] = budgets.map((b) => ({ label: `${formatScientific(b.budget, { digits: 2 })} FLOPs`, color: b.color, mark: "line" }));
  const others: LegendItem[] = [];
  if (minima.some((m) => m.interior)) others.push({ label: options.minimumLabel, color: "var(--chart-accent, #c2261c)", mark: "dot" });
  if (minima.some((m) => !m.interior) && options.edgeLabel) others.push({ label: options.edgeLabel, color: "var(--chart-accent, #c2261c)", mark: "line" });
  (data.referenceRatios ?? []).forEach((r, k) => {
    if (references.some((p) => p.k === k % REFERENCE_DASH.length)) others.push({ label: r.label, color: "currentColor", mark: k % REFERENCE_DASH.length === 0 ? "line" : "dash" });
  });
  return withLegend(document, fixMarkLabels(chart), [{ title: options.legendTitle, items: budgetItems }, { items: others }]);
}
