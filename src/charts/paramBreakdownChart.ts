import * as Plot from "@observablehq/plot";
import { formatCount, formatPercent } from "../i18n/format.ts";
import { chartFrame, countTickFormat, tickBudget } from "./axes.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** The parts of a Transformer the breakdown shows, one bar each. */
export type ParamPart = "embedding" | "attention" | "mlp" | "sharedExperts" | "router" | "norms" | "outputHead";

export interface ParamBreakdownRow {
  part: ParamPart;
  /** Parameters in this part that every token uses. */
  active: number;
  /** Parameters a token does not use (routed experts it is not sent to); 0 for dense parts. */
  idle: number;
}

export interface ParamBreakdownData {
  /** Bars, top to bottom. Empty rows give an empty frame, not an error. */
  rows: ParamBreakdownRow[];
  /** Sum of all rows (the share labels are relative to it). */
  total: number;
}

export interface ParamBreakdownOptions extends ChartOptions, ChartText {
  /** Translated name of each part, shown beside its bar. */
  partLabels: Record<ParamPart, string>;
  /** Translated x-axis label. */
  xLabel: string;
  /** Legend for mixture-of-experts models, shown when some row has idle parameters. */
  legend: { active: string; idle: string };
}

/** Rough width in pixels of a label at 12 px: CJK characters are square, Latin ones about half as wide. */
export function labelWidth(text: string): number {
  let px = 0;
  for (const ch of text) px += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 12 : 6.6;
  return Math.ceil(px);
}

const ROW_HEIGHT = 28;
const COMPACT_ROW_HEIGHT = 19;
const LEGEND_HEIGHT = 38;
/** Opacity of the idle-experts part of a bar (and its legend swatch). */
const IDLE_OPACITY = 0.38;

/**
 * Where a model's parameters sit: one horizontal bar per part (embedding, attention, MLP or experts,
 * shared experts, router, norms, output head), labelled with the count and its share of the total. For
 * a mixture of experts the MLP/experts bar is split into what a token uses and the routed experts it
 * skips. Below 480 px each part's name and numbers go on a line above its bar, so the bars keep the full
 * width. Pure: the same call renders at build time (linkedom `document`) and in the browser.
 */
export function paramBreakdownChart(data: ParamBreakdownData, options: ParamBreakdownOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, partLabels, xLabel, legend } = options;
  const compact = width < 480;
  const total = Number.isFinite(data.total) && data.total > 0 ? data.total : 1;
  const rows = data.rows.map((r) => {
    const value = r.active + r.idle;
    const label = partLabels[r.part];
    const text = `${formatCount(value, locale)} · ${formatPercent(value / total, locale, { digits: 2 })}`;
    return { ...r, value, label, text, barKey: compact ? `${r.part}:bar` : label, labelKey: `${r.part}:label`, line: `${label} · ${text}` };
  });
  const idle = rows.filter((r) => r.idle > 0);
  const showLegend = idle.length > 0;
  const maxValue = Math.max(1, ...rows.map((r) => r.value));
  const marginLeft = compact ? 10 : 12 + Math.max(40, ...rows.map((r) => labelWidth(r.label)));
  const marginRight = compact ? 14 : 10 + Math.max(40, ...rows.map((r) => labelWidth(r.text)));
  const marginTop = showLegend ? LEGEND_HEIGHT + 6 : 8;
  const marginBottom = 40;
  const plotWidth = Math.max(60, width - marginLeft - marginRight);
  const domain = compact ? rows.flatMap((r) => [r.labelKey, r.barKey]) : rows.map((r) => r.label);
  const rowHeight = compact ? COMPACT_ROW_HEIGHT : ROW_HEIGHT;
  const legendItems = showLegend
    ? [
        { text: legend.active, opacity: 1, dy: -LEGEND_HEIGHT - 2 },
        { text: legend.idle, opacity: IDLE_OPACITY, dy: -LEGEND_HEIGHT + 16 },
      ]
    : [];
  const legendX = compact ? 0 : -marginLeft + 12;
  return Plot.plot({
    document,
    width,
    height: marginTop + marginBottom + Math.max(1, domain.length) * rowHeight,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    ...chartFrame({ title, description }),
    x: {
      domain: [0, maxValue],
      ticks: Math.min(compact ? 4 : 5, tickBudget(plotWidth, locale === "zh" ? 56 : 44)),
      tickFormat: countTickFormat(locale),
      label: xLabel,
      labelAnchor: "center",
      labelArrow: "none",
      // In the compact layout grid lines would cross the text lines, so there are none.
      grid: !compact,
    },
    y: compact ? { domain, axis: null, padding: 0.12 } : { domain, label: null, tickSize: 0, padding: 0.25 },
    marks: [
      Plot.barX(rows, { x1: 0, x2: "active", y: "barKey", fill: "var(--chart-1, #2456c9)" }),
      Plot.barX(idle, { x1: "active", x2: "value", y: "barKey", fill: "var(--chart-1, #2456c9)", fillOpacity: IDLE_OPACITY }),
      compact
        ? Plot.tickX(rows, { x: 0, y: "barKey", stroke: "currentColor", strokeOpacity: 0.5 })
        : Plot.ruleX([0], { stroke: "currentColor", strokeOpacity: 0.5 }),
      compact
        ? Plot.text(rows, { x: 0, y: "labelKey", text: "line", textAnchor: "start", fill: "currentColor", dy: 1 })
        : Plot.text(rows, { x: "value", y: "barKey", text: "text", dx: 5, textAnchor: "start", fill: "currentColor" }),
      ...legendItems.flatMap((item) => [
        Plot.text([item], { frameAnchor: "top-left", dx: legendX, dy: item.dy, text: () => "■", fill: "var(--chart-1, #2456c9)", fillOpacity: item.opacity, fontSize: 14, textAnchor: "start", lineAnchor: "top" }),
        Plot.text([item], { frameAnchor: "top-left", dx: legendX + 18, dy: item.dy, text: "text", fill: "currentColor", textAnchor: "start", lineAnchor: "top" }),
      ]),
    ],
  });
}
