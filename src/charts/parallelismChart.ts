import * as Plot from "@observablehq/plot";
import { legendLayout } from "./legendLayout.ts";
import { PART_FILL } from "./memoryChart.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** What one GPU holds while training. */
export type LayoutMemoryPart = "weights" | "gradients" | "optimizer" | "activations";
/** Where a step's time goes: matmuls, tensor-, pipeline- and expert-parallel traffic, the pipeline bubble, gradient sync not hidden. */
export type StepPart = "compute" | "tp" | "pp" | "ep" | "bubble" | "dp";

export interface ParallelismChartData {
  /** Bytes per GPU by part, left to right. */
  memory: { part: LayoutMemoryPart; bytes: number }[];
  /** One GPU's memory: the rule line. */
  deviceBytes: number;
  /** Seconds per step by part, left to right; they add up to the step time. */
  step: { part: StepPart; seconds: number }[];
  /** The whole data-parallel gradient sync, which runs alongside the compute (only its excess is in `step`). */
  dpSeconds: number;
}

export interface ParallelismChartOptions extends ChartOptions, ChartText {
  /** Accessible names of the two panels. */
  memoryTitle: string;
  stepTitle: string;
  /** Axis labels with units, translated. */
  memoryAxis: string;
  stepAxis: string;
  /** Row labels: "One GPU", "Step", "Gradient sync (overlaps the compute)". */
  memoryRow: string;
  stepRow: string;
  syncRow: string;
  partLabels: Record<LayoutMemoryPart | StepPart, string>;
  /** Label of the rule, e.g. "H100: 80 GB". */
  deviceLabel: string;
  formatGb(gb: number): string;
  formatSeconds(seconds: number): string;
}

export const STEP_FILL: Record<StepPart, string> = {
  compute: "var(--chart-1, #2456c9)",
  tp: "var(--chart-2, #c2410c)",
  pp: "var(--chart-3, #0f766e)",
  ep: "color-mix(in oklch, var(--chart-1, #2456c9), var(--chart-2, #c2410c))",
  bubble: "var(--fg-muted, #5b5b60)",
  dp: "var(--chart-accent, #c2261c)",
};
const FILL: Record<LayoutMemoryPart | StepPart, string> = { ...PART_FILL, ...STEP_FILL };
const GB = 1e9;
const ROW = 54;

interface Segment {
  row: string;
  part: LayoutMemoryPart | StepPart;
  x1: number;
  x2: number;
  faded: boolean;
}

/** Round upper bound: 1, 1.2 … 10 × 10ᵏ at or above x. */
function niceCeil(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 1;
  const e = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * e >= x) return m * e;
  return 10 * e;
}

/** One panel: labelled rows of horizontal stacked bars, a total at each bar's end, a legend under the axis. */
function panel(rows: { key: string; label: string; segments: Segment[]; total: string }[], o: {
  width: number; document?: Document; title: string; description: string; axis: string; top: number;
  rule?: { x: number; label: string }; format(x: number): string; labels: Record<string, string>;
}) {
  const segments = rows.flatMap((r) => r.segments).filter((s) => Number.isFinite(s.x2) && s.x2 > s.x1);
  const parts = [...new Set(segments.map((s) => s.part))];
  const narrow = o.width < 480;
  const legend = legendLayout(parts.map((p) => o.labels[p] ?? p), o.width - 24, 14);
  const legendRows = legend.length ? Math.max(...legend.map((l) => l.row)) + 1 : 0;
  const marginBottom = 60 + legendRows * 18;
  const ends = rows.map((r) => ({ key: r.key, end: Math.max(0, ...r.segments.map((s) => s.x2).filter(Number.isFinite)), total: r.total, label: r.label }));
  return Plot.plot({
    document: o.document,
    width: o.width,
    height: 26 + rows.length * ROW + marginBottom,
    marginLeft: 12,
    marginRight: 16,
    marginTop: 26,
    marginBottom,
    ariaLabel: o.title,
    ariaDescription: o.description,
    style: { background: "transparent", color: "currentColor", fontSize: narrow ? "13px" : "12px", fontFamily: "inherit" },
    x: { domain: [0, o.top], label: o.axis, labelAnchor: "right", labelOffset: 36, labelArrow: "none", grid: true, tickFormat: o.format, ticks: narrow ? 3 : 6 },
    y: { domain: rows.map((r) => r.key), axis: null, padding: 0 },
    marks: [
      Plot.barX(segments, {
        y: "row", x1: "x1", x2: "x2", insetTop: 22, insetBottom: 6,
        fill: (d: Segment) => FILL[d.part], fillOpacity: (d: Segment) => (d.faded ? 0.4 : 1), stroke: "var(--bg, white)", strokeWidth: 0.75,
      }),
      Plot.text(ends, { y: "key", x: 0, text: "label", textAnchor: "start", dy: -14, fill: "currentColor", fontWeight: 600 }),
      // The total after the bar's end, or inside it when the bar nearly fills the axis.
      ...[false, true].map((inside) =>
        Plot.text(ends.filter((e) => e.end > o.top * 0.72 === inside), {
          y: "key", x: "end", text: "total", dy: 8, dx: inside ? -4 : 4, textAnchor: inside ? "end" : "start", fontWeight: 700,
          fill: "currentColor", stroke: "var(--bg-raised, white)", strokeWidth: 3, paintOrder: "stroke",
        }),
      ),
      ...(o.rule
        ? [
            Plot.ruleX([o.rule.x], { stroke: "var(--chart-accent, #c2261c)", strokeDasharray: "5,4", strokeWidth: 1.5 }),
            Plot.text([o.rule], {
              x: "x", text: "label", frameAnchor: "top", dy: -14, textAnchor: o.rule.x > o.top * 0.6 ? "end" : "start", dx: o.rule.x > o.top * 0.6 ? -4 : 4,
              fill: "var(--chart-accent, #c2261c)", fontWeight: 600, stroke: "var(--bg-raised, white)", strokeWidth: 3, paintOrder: "stroke",
            }),
          ]
        : []),
      ...legend.flatMap((l, i) => [
        Plot.dot([l], { frameAnchor: "bottom-left", dx: l.x + 5, dy: 58 + l.row * 18, symbol: "square", r: 5, fill: FILL[parts[i]] }),
        Plot.text([l], { frameAnchor: "bottom-left", dx: l.x + 14, dy: 58 + l.row * 18, text: () => l.label, textAnchor: "start", fill: "currentColor" }),
      ]),
    ],
  });
}

/**
 * Two panels in one figure: the memory one GPU holds, stacked by part, against the GPU's memory (dashed
 * rule); and the time of one step, stacked by where it goes, above the gradient sync that runs alongside
 * the compute. Pure: renders at build time (linkedom) and in the browser.
 */
export function parallelismChart(data: ParallelismChartData, options: ParallelismChartOptions): HTMLElement {
  const { width, document = globalThis.document } = options;
  const labels = options.partLabels;
  let x = 0;
  const memory: Segment[] = data.memory.map((m) => ({ row: "memory", part: m.part, x1: x / GB, x2: (x += Math.max(0, m.bytes)) / GB, faded: false }));
  const totalGb = x / GB;
  const memoryPanel = panel([{ key: "memory", label: options.memoryRow, segments: memory, total: options.formatGb(totalGb) }], {
    width, document, title: options.memoryTitle, description: options.description, axis: options.memoryAxis,
    top: niceCeil(Math.max(totalGb, data.deviceBytes / GB) * 1.08), rule: { x: data.deviceBytes / GB, label: options.deviceLabel }, format: options.formatGb, labels,
  });
  let t = 0;
  const step: Segment[] = data.step.map((s) => ({ row: "step", part: s.part, x1: t, x2: (t += Math.max(0, s.seconds)), faded: s.part === "bubble" }));
  const sync: Segment[] = [{ row: "sync", part: "dp", x1: 0, x2: Math.max(0, data.dpSeconds), faded: true }];
  const stepPanel = panel(
    [
      { key: "step", label: options.stepRow, segments: step, total: options.formatSeconds(t) },
      { key: "sync", label: options.syncRow, segments: sync, total: options.formatSeconds(data.dpSeconds) },
    ],
    { width, document, title: options.stepTitle, description: options.description, axis: options.stepAxis, top: niceCeil(Math.max(t, data.dpSeconds) * 1.08), format: options.formatSeconds, labels },
  );
  const figure = document.createElement("figure");
  figure.setAttribute("class", "chart-figure parallelism-figure");
  figure.setAttribute("aria-label", options.title);
  figure.append(memoryPanel, stepPanel);
  return figure;
}
