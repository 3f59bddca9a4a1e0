import * as Plot from "@observablehq/plot";
import { formatDecimal, formatPercent } from "../i18n/format.ts";
import { chartFrame, decimalTickFormat } from "./axes.ts";
import { textWidth } from "./isoFlopChart.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** One size on the scale-up ladder: the loss there, and what the 10× step into it took off. */
export interface ReturnsColumn {
  /** Parameters, tokens or FLOPs. */
  x: number;
  /** Predicted loss, nats per token. */
  loss: number;
  /** Loss taken off by the step from the previous column (null for the first). */
  drop: number | null;
  /** `drop` as a share of the previous column's loss. */
  relativeDrop: number | null;
}

export interface ReturnsChartData {
  columns: ReturnsColumn[];
  /** E, the irreducible loss of the fit. */
  irreducible: number;
}

export interface ReturnsChartOptions extends ChartOptions, ChartText {
  /** Column labels' formatter, e.g. `formatCount` or `formatScientific` for FLOPs. */
  formatX(x: number): string;
  xLabel: string;
  yLabel: string;
  /** Text on the irreducible band, e.g. "irreducible E = 1.69". */
  irreducibleLabel: string;
}

export const RETURNS_COLORS = {
  irreducible: "currentColor",
  reducible: "var(--chart-1, #2456c9)",
  drop: "var(--chart-2, #c2410c)",
} as const;

/**
 * A waterfall of successive 10× steps: each column stands at one size, split into the irreducible
 * loss E (grey, from zero), the reducible loss still left there (light) and, on top, what the 10× step
 * into it took off (dark), labelled as a percentage of the loss before the step. The y axis starts at
 * zero so the columns are honest about how much of the loss E is. Pure: renders at build time and in
 * the browser.
 */
export function returnsChart(data: ReturnsChartData, options: ReturnsChartOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, formatX, xLabel, yLabel, irreducibleLabel } = options;
  const columns = data.columns.filter((c) => Number.isFinite(c.loss) && Number.isFinite(c.x));
  const E = Number.isFinite(data.irreducible) ? data.irreducible : 0;
  const rows = columns.map((c, i) => ({ ...c, i, top: c.loss + (c.drop ?? 0) }));
  const yMax = Math.max(E, ...rows.map((r) => r.top)) * 1.12 || 1;
  const labels = rows.map((r) => formatX(r.x));
  const narrow = width < 480;
  // Column labels wider than their band (1000亿, 10万亿 at 340 px) are turned so they do not run together.
  const band = (width - 48) / Math.max(1, rows.length);
  const turn = Math.max(0, ...labels.map(textWidth)) > band * 0.85;
  return Plot.plot({
    document,
    width,
    height: Math.round(Math.min(380, Math.max(250, width * 0.55))),
    marginLeft: 40,
    marginRight: 8,
    marginTop: 16,
    marginBottom: turn ? 58 : 44,
    ...chartFrame({ title, description }),
    x: { type: "band", domain: rows.map((r) => r.i), tickFormat: (i: number) => labels[i] ?? "", label: xLabel, labelAnchor: "center", labelArrow: "none", padding: 0.22, tickSize: 0, tickRotate: turn ? -35 : 0 },
    y: { domain: [0, yMax], tickFormat: decimalTickFormat(locale), label: yLabel, labelArrow: "none", grid: true, nice: false },
    marks: [
      Plot.barY(rows, { x: "i", y1: 0, y2: E, fill: RETURNS_COLORS.irreducible, fillOpacity: 0.14 }),
      Plot.barY(rows, { x: "i", y1: E, y2: "loss", fill: RETURNS_COLORS.reducible, fillOpacity: 0.4 }),
      Plot.barY(
        rows.filter((r) => r.drop !== null),
        { x: "i", y1: "loss", y2: "top", fill: RETURNS_COLORS.drop },
      ),
      Plot.ruleY([E], { stroke: "currentColor", strokeOpacity: 0.6, strokeDasharray: "4,3" }),
      Plot.text([E], {
        y: () => E / 2,
        frameAnchor: "left",
        text: () => irreducibleLabel,
        textAnchor: "start",
        dx: 6,
        fill: "currentColor",
        fontSize: narrow ? 10.5 : 12,
        stroke: "var(--bg-raised, white)",
        strokeWidth: 3,
        paintOrder: "stroke",
      }),
      Plot.text(rows, {
        x: "i",
        y: "top",
        text: (r) =>
          r.relativeDrop === null ? formatDecimal(r.loss, locale, { digits: 3 }) : `−${formatPercent(r.relativeDrop, locale, { digits: 2 })}`,
        dy: -7,
        fill: "currentColor",
        fontWeight: 600,
        fontSize: narrow ? 10.5 : 12,
      }),
    ],
  });
}
