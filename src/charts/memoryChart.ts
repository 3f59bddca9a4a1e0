import * as Plot from "@observablehq/plot";
import { labelWidth, legendLayout } from "./legendLayout.ts";
import type { ChartOptions, ChartText } from "./types.ts";

/** What a device's memory holds. Training: weights, gradients, optimizer state, activations; serving: weights, KV cache. */
export type MemoryPart = "weights" | "gradients" | "optimizer" | "activations" | "kvCache";

/** One bar (a ZeRO stage, or a weight format), stacked by part. */
export interface MemoryBar {
  key: string;
  /** Category label under the bar, already translated. */
  label: string;
  /** The reader's choice: drawn solid, the others faded. */
  highlight: boolean;
  /** Bytes per device by part, bottom to top. Parts with 0 bytes are skipped. */
  segments: { part: MemoryPart; bytes: number }[];
}

/** A horizontal reference line: the memory of `count` accelerators. */
export interface CapacityLine {
  bytes: number;
  count: number;
}

export interface MemoryChartData {
  bars: MemoryBar[];
  capacity: CapacityLine[];
}

export interface MemoryChartOptions extends ChartOptions, ChartText {
  /** y-axis label with its unit (GB = 10⁹ bytes), translated. */
  yLabel: string;
  /** Legend names of the parts, translated. */
  partLabels: Record<MemoryPart, string>;
  /** Label of a capacity line, e.g. "1 × H100: 80 GB". */
  capacityLabel(line: CapacityLine): string;
  /** Formats gigabytes, localized (ticks and the totals above the bars). */
  formatGb(gb: number): string;
}

/** Fill of each part: CSS variables, so dark mode recolours the chart. */
export const PART_FILL: Record<MemoryPart, string> = {
  weights: "var(--chart-1, #2456c9)",
  gradients: "var(--chart-2, #c2410c)",
  optimizer: "var(--chart-3, #0f766e)",
  activations: "var(--fg-muted, #5b5b60)",
  kvCache: "var(--chart-2, #c2410c)",
};

const GB = 1e9;

/** Round upper bound for a GB axis: 1, 2 or 5 × 10ᵏ at or above `x`. */
function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const e = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * e >= x) return m * e;
  return 10 * e;
}

/**
 * Stacked bars of bytes per device (in GB, 10⁹ bytes), one per ZeRO stage or weight format, with the
 * chosen one solid, a legend inside the SVG, the total above each bar, and dashed lines at one
 * accelerator's (and one 8-accelerator node's) memory. Pure: renders at build time and in the browser.
 */
export function memoryChart(data: MemoryChartData, options: MemoryChartOptions): SVGSVGElement | HTMLElement {
  const { width, document, title, description, yLabel, partLabels, capacityLabel, formatGb } = options;
  const rects: { key: string; part: MemoryPart; y1: number; y2: number; highlight: boolean }[] = [];
  const totals: { key: string; total: number; highlight: boolean }[] = [];
  for (const bar of data.bars) {
    let y = 0;
    for (const s of bar.segments) {
      if (!(Number.isFinite(s.bytes) && s.bytes > 0)) continue;
      rects.push({ key: bar.key, part: s.part, y1: y / GB, y2: (y + s.bytes) / GB, highlight: bar.highlight });
      y += s.bytes;
    }
    totals.push({ key: bar.key, total: y / GB, highlight: bar.highlight });
  }
  const parts = [...new Set(rects.map((r) => r.part))];
  const tallest = Math.max(1e-9, ...totals.map((t) => t.total));
  const lines = data.capacity.filter((c) => Number.isFinite(c.bytes) && c.bytes > 0).map((c) => ({ ...c, gb: c.bytes / GB }));
  const top = niceCeil(Math.max(tallest, ...lines.map((l) => l.gb)) * 1.12);
  const narrow = width < 480;
  const labels = new Map(data.bars.map((b) => [b.key, b.label]));
  const marginLeft = 52;
  const legend = legendLayout(parts.map((part) => partLabels[part]), width - marginLeft - 12, 14);
  const legendRows = legend.length ? Math.max(...legend.map((l) => l.row)) + 1 : 0;
  const legendTop = narrow ? 42 : 38;
  const marginBottom = legendTop + legendRows * 18 - 2;
  return Plot.plot({
    document,
    width,
    height: Math.round(Math.min(400, Math.max(260, width * 0.55))) + legendRows * 18,
    marginLeft,
    marginRight: 12,
    marginTop: 24,
    marginBottom,
    ariaLabel: title,
    ariaDescription: description,
    style: { background: "transparent", color: "currentColor", fontSize: narrow ? "13px" : "12px", fontFamily: "inherit" },
    x: { domain: data.bars.map((b) => b.key), tickFormat: (k: string) => labels.get(k) ?? k, label: null, padding: 0.3 },
    y: { domain: [0, top], label: yLabel, labelArrow: "none", grid: true, tickFormat: formatGb, ticks: narrow ? 4 : 6 },
    marks: [
      Plot.barY(rects, {
        x: "key",
        y1: "y1",
        y2: "y2",
        fill: (d: (typeof rects)[number]) => PART_FILL[d.part],
        fillOpacity: (d: (typeof rects)[number]) => (d.highlight ? 1 : 0.38),
        stroke: "var(--bg, white)",
        strokeWidth: 0.75,
      }),
      Plot.barY(totals.filter((t) => t.highlight), { x: "key", y1: 0, y2: "total", fill: "none", stroke: "currentColor", strokeWidth: 1.5, inset: -1.5 }),
      ...[false, true].map((bold) =>
        Plot.text(totals.filter((t) => t.highlight === bold), {
          x: "key",
          y: "total",
          text: (d: (typeof totals)[number]) => formatGb(d.total),
          dy: -7,
          fill: "currentColor",
          fontWeight: bold ? 700 : 400,
        }),
      ),
      Plot.ruleY(lines, { y: "gb", stroke: "var(--chart-accent, #c2261c)", strokeDasharray: "5,4", strokeWidth: 1.5 }),
      Plot.text(lines, {
        y: "gb",
        text: (d: (typeof lines)[number]) => capacityLabel(d),
        frameAnchor: "right",
        textAnchor: "end",
        dy: -7,
        fill: "var(--chart-accent, #c2261c)",
        fontWeight: 600,
        stroke: "var(--bg-raised, white)",
        strokeWidth: 3,
        paintOrder: "stroke",
      }),
      // Legend under the bars, inside the SVG so it prints and reads without CSS.
      ...legend.flatMap((l, i) => [
        Plot.dot([l], { frameAnchor: "bottom-left", dx: l.x + 5, dy: legendTop + l.row * 18, symbol: "square", r: 5, fill: PART_FILL[parts[i]] }),
        Plot.text([l], { frameAnchor: "bottom-left", dx: l.x + 14, dy: legendTop + l.row * 18, text: () => l.label, textAnchor: "start", fill: "currentColor" }),
      ]),
    ],
  });
}
