import * as Plot from "@observablehq/plot";
import { labelWidth, legendLayout } from "./legendLayout.ts";
import type { Architecture } from "../lib/scaling/index.ts";
import { countTickFormat, decadeTicks, tickBudget } from "./axes.ts";
import type { ChartOptions, ChartText } from "./types.ts";

export interface SequenceCostChartData {
  /** One curve per architecture: `x` context length in tokens, `y` the metric (> 0). */
  series: { architecture: Architecture; points: { x: number; y: number }[] }[];
  /** Where the Transformer's curve reaches each fixed-state model's (`crossoverContextLength`). */
  crossovers: { against: "mamba" | "retnet"; x: number; y: number }[];
  /** The reader's context length, drawn as a vertical rule. */
  marker?: number;
}

export interface SequenceCostChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
  /** Names of the architectures (not translated in practice, but passed in). */
  seriesLabels: Record<Architecture, string>;
  /** Label of a crossover rule, e.g. "Mamba: 20 tokens". */
  crossoverLabel(c: SequenceCostChartData["crossovers"][number]): string;
  /** Tick format for the y-axis, localized. */
  yFormat(y: number): string;
}

/** Colour and dash of each architecture: colour plus dash, so the lines part without colour too. */
export const SERIES_STYLE: Record<Architecture, { stroke: string; dash: string; swatch: string }> = {
  transformer: { stroke: "var(--chart-1, #2456c9)", dash: "none", swatch: "——" },
  mamba: { stroke: "var(--chart-2, #c2410c)", dash: "7,3", swatch: "– –" },
  retnet: { stroke: "var(--chart-3, #0f766e)", dash: "2,3", swatch: "···" },
};

/** Ticks at 1, 2 and 5 × 10ᵏ inside [lo, hi], thinned to at most `maxTicks`. */
function oneTwoFive(lo: number, hi: number, maxTicks: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const t = Number(`${m}e${e}`);
      if (t >= lo && t <= hi) ticks.push(t);
    }
  }
  const stride = Math.max(1, Math.ceil(ticks.length / maxTicks));
  return ticks.filter((_, i) => i % stride === 0);
}

/** Decade ticks thinned from the top down, so the longest context (1M) is always labelled. */
function endAnchoredDecades(lo: number, hi: number, maxTicks: number): number[] {
  const all = decadeTicks(lo, hi);
  const stride = Math.max(1, Math.ceil(all.length / Math.max(1, maxTicks)));
  return all.filter((_, i) => (all.length - 1 - i) % stride === 0);
}

/**
 * Per-token FLOPs or carried memory against context length, log–log: a Transformer's KV cache and attention
 * grow with the context, Mamba's and RetNet's state does not. The crossovers are marked with dashed rules and
 * labelled at the top of the frame; the reader's context length is a grey rule. Pure.
 */
export function sequenceCostChart(data: SequenceCostChartData, options: SequenceCostChartOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, xLabel, yLabel, seriesLabels, crossoverLabel, yFormat } = options;
  const points = data.series.flatMap((s) => s.points.map((p) => ({ ...p, architecture: s.architecture })));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y).filter((y) => Number.isFinite(y) && y > 0);
  const [xMin, xMax] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [10, 1e6];
  const [yLo, yHi] = ys.length ? [Math.min(...ys), Math.max(...ys)] : [1, 10];
  // A narrow range (FLOPs, where every curve starts at 2N) gets a tight domain and 1–2–5 ticks.
  const tight = yHi / yLo < 1_000;
  const yMin = yLo / (tight ? 1.15 : 1.6);
  const yMax = yHi * (tight ? 1.15 : 1.6);
  const narrow = width < 480;
  const marginLeft = 62;
  const crossovers = data.crossovers.filter((c) => Number.isFinite(c.x) && c.x >= xMin && c.x <= xMax);
  const marker = data.marker !== undefined && data.marker >= xMin && data.marker <= xMax ? [data.marker] : [];
  const legend = legendLayout(data.series.map((s) => seriesLabels[s.architecture]), width - marginLeft - 16, 28);
  const legendRows = legend.length ? Math.max(...legend.map((l) => l.row)) + 1 : 0;
  const legendTop = narrow ? 58 : 54;
  const yTicks = tight ? oneTwoFive(yMin, yMax, narrow ? 5 : 7) : decadeTicks(yMin, yMax, narrow ? 4 : 6);
  return Plot.plot({
    document,
    width,
    height: Math.round(Math.min(420, Math.max(260, width * 0.6))) + legendRows * 18,
    marginLeft,
    marginRight: 16,
    marginTop: 24,
    marginBottom: legendTop + legendRows * 18 - 4,
    ariaLabel: title,
    ariaDescription: description,
    style: { background: "transparent", color: "currentColor", fontSize: narrow ? "13px" : "12px", fontFamily: "inherit" },
    x: {
      type: "log",
      domain: [xMin, xMax],
      ticks: endAnchoredDecades(xMin, xMax, tickBudget(width, locale === "zh" ? 60 : 46)),
      tickFormat: countTickFormat(locale),
      label: xLabel,
      labelAnchor: "center",
      labelArrow: "none",
      labelOffset: 36,
    },
    y: {
      type: "log",
      domain: [yMin, yMax],
      ticks: yTicks.length >= 2 ? yTicks : undefined,
      tickFormat: yFormat,
      label: yLabel,
      labelArrow: "none",
      grid: true,
    },
    marks: [
      Plot.ruleX(marker, { x: (d: number) => d, stroke: "currentColor", strokeOpacity: 0.45, strokeWidth: 1 }),
      Plot.ruleX(crossovers, { x: "x", stroke: "var(--chart-accent, #c2261c)", strokeOpacity: 0.8, strokeDasharray: "3,3" }),
      ...data.series.map((s) =>
        Plot.line(s.points, { x: "x", y: "y", stroke: SERIES_STYLE[s.architecture].stroke, strokeWidth: 2.25, strokeDasharray: SERIES_STYLE[s.architecture].dash }),
      ),
      Plot.dot(crossovers, { x: "x", y: "y", r: 4.5, fill: "var(--chart-accent, #c2261c)", stroke: "var(--bg, white)", strokeWidth: 1.5 }),
      // Crossover labels at the top of the frame, staggered so two close ones do not overlap.
      ...crossovers.map((c, i) =>
        Plot.text([c], {
          x: "x",
          frameAnchor: "top",
          dy: 6 + i * 15,
          dx: 4,
          text: () => crossoverLabel(c),
          textAnchor: "start",
          fill: "var(--chart-accent, #c2261c)",
          fontWeight: 600,
          stroke: "var(--bg-raised, white)",
          strokeWidth: 3,
          paintOrder: "stroke",
        }),
      ),
      // Legend under the x-axis: a short stroke in each series' colour and dash, then its name.
      ...legend.flatMap((l, i) => {
        const style = SERIES_STYLE[data.series[i].architecture];
        return [
          Plot.text([l], { frameAnchor: "bottom-left", dx: l.x, dy: legendTop + l.row * 18, text: () => style.swatch, textAnchor: "start", fill: style.stroke, fontWeight: 700 }),
          Plot.text([l], { frameAnchor: "bottom-left", dx: l.x + 28, dy: legendTop + l.row * 18, text: () => l.label, textAnchor: "start", fill: "currentColor" }),
        ];
      }),
    ],
  });
}
