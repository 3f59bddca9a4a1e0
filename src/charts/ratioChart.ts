import * as Plot from "@observablehq/plot";
import { chartFrame, countTickFormat, decadeTicks, tickBudget } from "./axes.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** One allocation rule: compute-optimal tokens per parameter against the training budget. */
export interface RatioLine {
  /** Stable key, also the colour slot. */
  key: string;
  /** Label for the legend, already translated. */
  label: string;
  /** CSS colour of the line and its label. */
  color: string;
  /** Points in increasing `flops`. */
  points: { flops: number; ratio: number }[];
}

/** A trained model: its compute and the tokens it saw per (active) parameter. */
export interface RatioModel {
  name: string;
  flops: number;
  ratio: number;
  /** Released before (`"before"`) or after (`"after"`) Hoffmann et al. 2022. */
  era: "before" | "after";
  /** Whether its name is written beside the dot. */
  labelled: boolean;
  /** Where the name goes. */
  side?: "left" | "right" | "above" | "below";
}

export interface RatioChartData {
  lines: RatioLine[];
  models: RatioModel[];
  /** Budget range drawn, FLOPs. */
  flopsDomain: [number, number];
  /** Tokens-per-parameter range drawn. */
  ratioDomain: [number, number];
}

export interface RatioChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
}

/** Dot colours of the two eras; the caption's legend uses the same variables. */
export const ERA_COLORS = { before: "var(--chart-1, #2456c9)", after: "var(--chart-2, #c2410c)" } as const;

/**
 * Tokens per parameter against training compute, log–log: each allocation rule's compute-optimal ratio
 * D_opt/N_opt as a line (the legend is HTML beside the chart), and real models as dots coloured by era. Shows at a
 * glance that Kaplan's rule gives ever fewer tokens per parameter, Chinchilla's about twenty at every budget,
 * and that models since 2023 sit far above every rule. Pure: renders at build time with linkedom.
 */
export function ratioChart(data: RatioChartData, options: RatioChartOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, xLabel, yLabel } = options;
  const narrow = width < 480;
  const [xMin, xMax] = data.flopsDomain;
  const [yMin, yMax] = data.ratioDomain;
  const inside = (p: { flops: number; ratio: number }) => p.flops >= xMin && p.flops <= xMax && p.ratio >= yMin && p.ratio <= yMax;
  const series = data.lines.flatMap((l) => l.points.filter(inside).map((p) => ({ ...p, key: l.key, color: l.color })));
  const models = data.models.filter(inside);
  const labelled = models.filter((m) => m.labelled);
  return Plot.plot({
    document,
    width,
    height: Math.round(Math.min(440, Math.max(300, width * 0.66))),
    marginLeft: 48,
    marginRight: 16,
    marginTop: 16,
    marginBottom: 44,
    ...chartFrame({ title, description }),
    x: {
      type: "log",
      domain: [xMin, xMax],
      ticks: decadeTicks(xMin, xMax, tickBudget(width, 56)),
      tickFormat: (d: number) => `10${String(Math.round(Math.log10(d))).replace(/\d/g, (c) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(c)])}`,
      label: xLabel,
      labelAnchor: "center",
      labelArrow: "none",
    },
    y: {
      type: "log",
      domain: [yMin, yMax],
      ticks: decadeTicks(yMin, yMax),
      tickFormat: countTickFormat(locale),
      label: yLabel,
      labelArrow: "none",
      grid: true,
    },
    marks: [
      Plot.line(series, { x: "flops", y: "ratio", z: "key", stroke: "color", strokeWidth: 2.2 }),
      Plot.dot(models, {
        x: "flops",
        y: "ratio",
        r: narrow ? 3 : 3.5,
        fill: (d: RatioModel) => ERA_COLORS[d.era],
        fillOpacity: 0.85,
        stroke: "var(--bg, white)",
        strokeWidth: 0.8,
      }),
      ...(["left", "right", "above", "below"] as const).map((side) =>
        Plot.text(
          labelled.filter((m) => (m.side ?? "right") === side),
          {
            x: "flops",
            y: "ratio",
            text: "name",
            dx: side === "right" ? 6 : side === "left" ? -6 : 0,
            dy: side === "above" ? -9 : side === "below" ? 10 : 0,
            textAnchor: side === "right" ? "start" : side === "left" ? "end" : "middle",
            fill: "currentColor",
            fontSize: narrow ? 9.5 : 10.5,
            stroke: "var(--bg, white)",
            strokeWidth: 3,
            paintOrder: "stroke",
          },
        ),
      ),
    ],
  });
}
