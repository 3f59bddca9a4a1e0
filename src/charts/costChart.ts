import * as Plot from "@observablehq/plot";
import { decadeTicks, tickBudget } from "./axes.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** One bar: a published run or the reader's. */
export interface CostRow {
  key: string;
  label: string;
  /** The compared quantity (cost, hours, days, MWh or tonnes); ≤ 0 or non-finite draws no bar. */
  value: number;
  /** The reader's own run, drawn in the accent colour. */
  reader: boolean;
}

export interface CostChartData {
  rows: CostRow[];
}

export interface CostChartOptions extends ChartOptions, ChartText {
  /** Axis label, already translated, with its unit. */
  xLabel: string;
  /** Formats a value for the label at the end of a bar and for the ticks (already localized). */
  format(value: number): string;
}

/**
 * Horizontal bars on a log axis: the published runs and the reader's run side by side, since their costs
 * span orders of magnitude. Pure: renders at build time with linkedom and in the browser.
 */
export function costChart(data: CostChartData, options: CostChartOptions): SVGSVGElement | HTMLElement {
  const { width, document, title, description, xLabel, format, locale } = options;
  const rows = data.rows.filter((r) => r.label);
  const positive = rows.map((r) => r.value).filter((v) => Number.isFinite(v) && v > 0);
  const lo = positive.length ? Math.min(...positive) : 1;
  const hi = positive.length ? Math.max(...positive) : 10;
  const narrow = width < 480;
  // From the decade below the smallest value; room on the right for the value labels.
  const xMin = 10 ** Math.floor(Math.log10(lo));
  const xMax = hi * 10 ** (narrow ? 0.8 : 0.55);
  const bars = rows.map((r) => ({ ...r, drawn: Number.isFinite(r.value) && r.value > 0 ? r.value : xMin }));
  const labelWidth = 118;
  const rowHeight = narrow ? 46 : 34;
  return Plot.plot({
    document,
    width,
    height: rows.length * rowHeight + 56,
    marginLeft: narrow ? 30 : labelWidth,
    marginRight: narrow ? 16 : 12,
    marginTop: 8,
    marginBottom: 40,
    ariaLabel: title,
    ariaDescription: description,
    style: { background: "transparent", color: "currentColor", fontSize: narrow ? "13px" : "12px", fontFamily: "inherit" },
    x: {
      type: "log",
      domain: [xMin, xMax],
      ticks: decadeTicks(xMin, xMax, tickBudget(width, locale === "zh" ? 70 : 56)),
      tickFormat: format,
      label: xLabel,
      labelAnchor: "center",
      labelArrow: "none",
      grid: true,
    },
    y: { domain: rows.map((r) => r.key), axis: null, padding: narrow ? 0.5 : 0.25 },
    marks: [
      Plot.barX(bars, {
        x1: xMin,
        x2: "drawn",
        y: "key",
        fill: (d: CostRow) => (d.reader ? "var(--chart-accent, #c2261c)" : "var(--chart-1, #2456c9)"),
        fillOpacity: (d: CostRow) => (d.reader ? 1 : 0.75),
        insetTop: narrow ? 0 : 2,
        insetBottom: narrow ? 0 : 2,
      }),
      // Names: left of the bars on wide charts, above them on narrow ones; the reader's run in bold.
      ...[false, true].flatMap((reader) => [
        Plot.text(
          rows.filter((r) => r.reader === reader),
          narrow
            ? { x: xMin, y: "key", text: "label", textAnchor: "start", dy: -(rowHeight * 0.25 + 9), fill: "currentColor", fontWeight: reader ? 700 : 400 }
            : { x: xMin, y: "key", text: "label", textAnchor: "end", dx: -8, fill: "currentColor", fontWeight: reader ? 700 : 400 },
        ),
        Plot.text(
          bars.filter((r) => r.reader === reader),
          { x: "drawn", y: "key", text: (d: CostRow) => format(d.value), textAnchor: "start", dx: 5, fill: "currentColor", fontWeight: reader ? 700 : 400 },
        ),
      ]),
    ],
  });
}
