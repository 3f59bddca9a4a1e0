import * as Plot from "@observablehq/plot";
import { formatScientific } from "../i18n/format.ts";
import { chartFrame, countTickFormat, decadeTicks, decimalTickFormat, tickBudget } from "./axes.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** One isoFLOP curve: models that all spend `flops`, loss against parameters. */
export interface IsoFlopSeries {
  flops: number;
  /** The reader's budget (drawn bold); the others are neighbouring budgets. */
  chosen: boolean;
  points: { params: number; loss: number }[];
}

export interface IsoFlopChartData {
  curves: IsoFlopSeries[];
  /** The allocation rule's optimum on the chosen curve. */
  optimum: { params: number; loss: number };
  /** The loss fit's own minimum on the chosen curve (an open circle, drawn when it differs from `optimum`). */
  fitMinimum?: { params: number; loss: number };
}

export interface IsoFlopChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
  /** Label beside the optimum, e.g. "68B". */
  optimumLabel?: string;
}

const COLOR_CHOSEN = "var(--chart-1, #2456c9)";
const COLOR_OPTIMUM = "var(--chart-accent, #c2261c)";

/** Lowest point of a series. */
function valley(points: { params: number; loss: number }[]): { params: number; loss: number } | undefined {
  return points.reduce<{ params: number; loss: number } | undefined>((best, p) => (best === undefined || p.loss < best.loss ? p : best), undefined);
}

/**
 * IsoFLOP curves (Hoffmann et al. 2022, Figure 3): predicted loss against parameters for a few
 * budgets, each point spending the whole budget (C = 6ND). The chosen budget is bold with the rule's
 * optimum marked; neighbouring budgets are thin, labelled under their valleys. Pure: the same call
 * renders at build time (linkedom `document`) and in the browser.
 */
export function isoFlopChart(data: IsoFlopChartData, options: IsoFlopChartOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, xLabel, yLabel, optimumLabel } = options;
  const all = data.curves.flatMap((c) => c.points).filter((p) => Number.isFinite(p.params) && Number.isFinite(p.loss));
  const xs = all.map((p) => p.params);
  const ys = all.map((p) => p.loss);
  const [xMin, xMax] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [1e9, 1e11];
  const [yMin, yMax] = ys.length ? [Math.min(...ys), Math.max(...ys)] : [1, 4];
  const pad = (yMax - yMin) * 0.06 || 0.1;
  const series = data.curves.flatMap((c, i) => c.points.map((p) => ({ ...p, curve: i, chosen: c.chosen })));
  const valleys = data.curves
    .map((c) => ({ ...valley(c.points)!, flops: c.flops, chosen: c.chosen }))
    .filter((v) => v.params !== undefined);
  const neighbours = valleys.filter((v) => !v.chosen);
  const chosenValley = valleys.find((v) => v.chosen);
  const optimum = [data.optimum];
  // The fit's own minimum gets a mark of its own only when it is visibly apart from the rule's optimum.
  const fitMinimum = data.fitMinimum && Math.abs(Math.log10(data.fitMinimum.params / data.optimum.params)) > 0.05 ? [data.fitMinimum] : [];
  const narrow = width < 480;
  // A label near either end of the axis is anchored inwards so it is not cut off.
  const edgeAnchor = (params: number) => {
    const t = (Math.log10(params) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin) || 1);
    return t < 0.12 ? "start" : t > 0.88 ? "end" : "middle";
  };
  return Plot.plot({
    document,
    width,
    height: Math.round(Math.min(420, Math.max(260, width * 0.62))),
    marginLeft: 44,
    marginRight: 16,
    marginTop: 22,
    marginBottom: 44,
    ...chartFrame({ title, description }),
    x: {
      type: "log",
      domain: [xMin, xMax],
      ticks: decadeTicks(xMin, xMax, tickBudget(width, locale === "zh" ? 64 : 48)),
      tickFormat: countTickFormat(locale),
      label: xLabel,
      labelAnchor: "center",
      labelArrow: "none",
    },
    y: {
      domain: [yMin - pad, yMax + pad],
      ticks: lossTicks(yMin - pad, yMax + pad),
      tickFormat: decimalTickFormat(locale),
      label: yLabel,
      labelArrow: "none",
      grid: true,
    },
    marks: [
      Plot.line(series.filter((p) => !p.chosen), { x: "params", y: "loss", z: "curve", stroke: "currentColor", strokeOpacity: 0.45, strokeWidth: 1.2, clip: true }),
      Plot.line(series.filter((p) => p.chosen), { x: "params", y: "loss", stroke: COLOR_CHOSEN, strokeWidth: 2.5, clip: true }),
      Plot.dot(neighbours, { x: "params", y: "loss", r: 2, fill: "currentColor", fillOpacity: 0.5 }),
      ...(["start", "middle", "end"] as const).map((anchor) =>
        Plot.text(
          neighbours.filter((v) => edgeAnchor(v.params) === anchor),
          {
            x: "params",
            y: "loss",
            text: (d) => formatScientific(d.flops, { digits: 2 }),
            dy: 12,
            textAnchor: anchor,
            fill: "currentColor",
            fillOpacity: 0.75,
            fontSize: narrow ? 10 : 11,
          },
        ),
      ),
      Plot.text(chosenValley ? [chosenValley] : [], {
        x: "params",
        y: "loss",
        text: (d) => `${formatScientific(d.flops)} FLOPs`,
        dy: 14,
        fill: COLOR_CHOSEN,
        fontWeight: 600,
        fontSize: narrow ? 10.5 : 12,
      }),
      Plot.dot(fitMinimum, { x: "params", y: "loss", r: 4.5, fill: "var(--bg, white)", stroke: COLOR_CHOSEN, strokeWidth: 1.8 }),
      Plot.ruleX(optimum, { x: "params", stroke: "currentColor", strokeOpacity: 0.35, strokeDasharray: "3,3" }),
      Plot.dot(optimum, { x: "params", y: "loss", r: 5.5, fill: COLOR_OPTIMUM, stroke: "var(--bg, white)", strokeWidth: 1.5 }),
      Plot.text(optimum, {
        x: "params",
        y: "loss",
        text: () => optimumLabel ?? "",
        dx: 8,
        dy: -12,
        textAnchor: "start",
        fill: "currentColor",
        fontWeight: 650,
        stroke: "var(--bg-raised, white)",
        strokeWidth: 3,
        paintOrder: "stroke",
      }),
    ],
  });
}

export type ModelVerdict = "over" | "near" | "under";

/** A real model on the tokens-against-parameters chart. */
export interface ModelPoint {
  id: string;
  name: string;
  /** Parameters (active parameters for a mixture of experts). */
  params: number;
  tokens: number;
  moe: boolean;
  tokensPerParam: number;
  /** The rule's compute-optimal tokens for a model of this size. */
  optimalTokens: number;
  /** Tokens against the rule: over- (more than 2× optimal), under- (less than half) or near-optimal. */
  verdict: ModelVerdict;
}

export interface ModelAllocationChartData {
  models: ModelPoint[];
  /** The rule's compute-optimal line D_opt(N), increasing N. */
  line: { params: number; tokens: number }[];
  /** The chosen budget C: its models lie on D = C/(6N). */
  budget: number;
  optimum: { params: number; tokens: number };
  paramsDomain: [number, number];
  tokensDomain: [number, number];
}

/** Where a model's name goes relative to its dot. */
export type LabelSide = "left" | "right" | "above" | "below";

export interface ModelAllocationChartOptions extends ChartOptions, ChartText {
  xLabel: string;
  yLabel: string;
  /** Models whose names are written beside their dots, by id, with the side the name goes on. */
  labelled: Readonly<Record<string, LabelSide>>;
}

/** Verdict colours; the HTML legend beside the chart uses the same variables. */
export const VERDICT_COLORS: Record<ModelVerdict, string> = {
  over: "var(--chart-2, #c2410c)",
  near: "var(--chart-3, #0f766e)",
  under: "var(--chart-1, #2456c9)",
};

/**
 * Training tokens against parameters, log–log: the rule's compute-optimal line (solid), the chosen budget's
 * isoFLOP line D = C/(6N) (dashed) with the optimum on it (star), a faint dotted guide at 20 tokens
 * per parameter, and real models as dots coloured by how far they sit from the line. Dense models filled,
 * mixtures of experts hollow.
 */
export function modelAllocationChart(data: ModelAllocationChartData, options: ModelAllocationChartOptions): SVGSVGElement | HTMLElement {
  const { width, locale, document, title, description, xLabel, yLabel, labelled } = options;
  const [xMin, xMax] = data.paramsDomain;
  const [yMin, yMax] = data.tokensDomain;
  const span = (lo: number, hi: number, n = 41) =>
    Array.from({ length: n }, (_, i) => 10 ** (Math.log10(lo) + ((Math.log10(hi) - Math.log10(lo)) * i) / (n - 1)));
  const budgetLine = span(xMin, xMax).map((params) => ({ params, tokens: data.budget / (6 * params) }));
  const twenty = span(xMin, xMax).map((params) => ({ params, tokens: 20 * params }));
  const inside = (p: { params: number; tokens: number }) => p.params >= xMin && p.params <= xMax && p.tokens >= yMin && p.tokens <= yMax;
  const models = data.models.filter(inside);
  const budgetBand = tickBudget(width, locale === "zh" ? 64 : 48);
  const yTicks = decadeTicks(yMin, yMax, 6);
  return Plot.plot({
    document,
    width,
    height: Math.round(Math.min(440, Math.max(280, width * 0.7))),
    marginLeft: labelMargin(yTicks.map(countTickFormat(locale))),
    marginRight: 16,
    marginTop: 26,
    marginBottom: 44,
    ...chartFrame({ title, description }),
    x: { type: "log", domain: [xMin, xMax], ticks: decadeTicks(xMin, xMax, budgetBand), tickFormat: countTickFormat(locale), label: xLabel, labelAnchor: "center", labelArrow: "none" },
    y: { type: "log", domain: [yMin, yMax], ticks: yTicks, tickFormat: countTickFormat(locale), label: yLabel, labelArrow: "none", grid: true },
    marks: [
      Plot.line(twenty, { x: "params", y: "tokens", stroke: "currentColor", strokeOpacity: 0.35, strokeDasharray: "1,3", clip: true }),
      Plot.line(budgetLine, { x: "params", y: "tokens", stroke: "currentColor", strokeOpacity: 0.55, strokeDasharray: "5,4", clip: true }),
      Plot.line(data.line, { x: "params", y: "tokens", stroke: "currentColor", strokeWidth: 2.2, clip: true }),
      Plot.dot(models, {
        x: "params",
        y: "tokens",
        r: 4.5,
        fill: (d: ModelPoint) => (d.moe ? "none" : VERDICT_COLORS[d.verdict]),
        stroke: (d: ModelPoint) => VERDICT_COLORS[d.verdict],
        strokeWidth: (d: ModelPoint) => (d.moe ? 1.8 : 0.8),
        fillOpacity: 0.9,
      }),
      ...(["left", "right", "above", "below"] as const).map((side) =>
        Plot.text(
          models.filter((m) => labelled[m.id] === side),
          {
            x: "params",
            y: "tokens",
            text: "name",
            dx: side === "left" ? -7 : side === "right" ? 7 : 0,
            dy: side === "above" ? -11 : side === "below" ? 12 : 0,
            textAnchor: side === "left" ? "end" : side === "right" ? "start" : "middle",
            fontSize: 10.5,
            fill: "currentColor",
            stroke: "var(--bg-raised, white)",
            strokeWidth: 3,
            paintOrder: "stroke",
          },
        ),
      ),
      Plot.dot(inside(data.optimum) ? [data.optimum] : [], {
        x: "params",
        y: "tokens",
        r: 9,
        symbol: "star",
        fill: "currentColor",
        stroke: "var(--bg, white)",
        strokeWidth: 1,
      }),
    ],
  });
}

/** Rough width of a label at 12 px: CJK characters are about twice as wide as digits and Latin letters. */
export function textWidth(label: string): number {
  return [...label].reduce((w, c) => w + (/[\u3000-\u9fff]/.test(c) ? 12 : 7), 0);
}

/** Left margin that fits the widest y tick label at 12 px. */
export function labelMargin(labels: string[]): number {
  return Math.max(40, Math.ceil(Math.max(0, ...labels.map(textWidth)) + 14));
}

/** Five or so evenly spaced round ticks for a loss range. */
function lossTicks(lo: number, hi: number): number[] {
  const span = hi - lo;
  const step = span > 4 ? 1 : span > 2 ? 0.5 : span > 0.8 ? 0.2 : span > 0.4 ? 0.1 : 0.05;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) ticks.push(Number(v.toFixed(3)));
  return ticks;
}
