/**
 * A small HTML legend above a Plot chart, wrapped with it in a `<figure>`: Plot's own swatch legend
 * cannot take a title or show a dashed line, and this one is styled by the page (class names
 * `chart-figure`, `chart-legend`, `chart-legend-title`, `chart-legend-item`). Colours are CSS
 * variables, so dark mode and print follow the page.
 */

export interface LegendItem {
  label: string;
  /** CSS colour, e.g. `var(--chart-1)`. */
  color: string;
  /** A filled dot, a solid line, a dashed line or a shaded band (an interval). */
  mark: "dot" | "line" | "dash" | "band";
}

const SVG_NS = "http://www.w3.org/2000/svg";

function swatch(document: Document, item: LegendItem): Element {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("width", item.mark === "dot" ? "10" : "18");
  svg.setAttribute("height", "10");
  svg.setAttribute("aria-hidden", "true");
  if (item.mark === "dot") {
    const c = document.createElementNS(SVG_NS, "circle");
    c.setAttribute("cx", "5");
    c.setAttribute("cy", "5");
    c.setAttribute("r", "4.5");
    c.setAttribute("fill", item.color);
    svg.appendChild(c);
  } else if (item.mark === "band") {
    const r = document.createElementNS(SVG_NS, "rect");
    r.setAttribute("x", "1");
    r.setAttribute("y", "1");
    r.setAttribute("width", "16");
    r.setAttribute("height", "8");
    r.setAttribute("fill", item.color);
    r.setAttribute("fill-opacity", "0.18");
    svg.appendChild(r);
  } else {
    const l = document.createElementNS(SVG_NS, "path");
    l.setAttribute("d", "M1,5H17");
    l.setAttribute("stroke", item.color);
    l.setAttribute("stroke-width", "2");
    if (item.mark === "dash") l.setAttribute("stroke-dasharray", "4,3");
    svg.appendChild(l);
  }
  return svg;
}

/** One line of a legend: an optional title (e.g. "Model size") and its items. */
export interface LegendRow {
  title?: string;
  items: LegendItem[];
}

/** Wraps `chart` in a figure with legend lines above it; returns the chart alone when there is nothing to list. */
export function withLegend(document: Document, chart: Element, rows: LegendRow[]): Element {
  const shown = rows.filter((r) => r.items.length > 0);
  if (shown.length === 0) return chart;
  const figure = document.createElement("figure");
  figure.setAttribute("class", "chart-figure");
  const legend = document.createElement("div");
  legend.setAttribute("class", "chart-legend");
  for (const row of shown) {
    const line = document.createElement("div");
    line.setAttribute("class", "chart-legend-row");
    if (row.title) {
      const t = document.createElement("span");
      t.setAttribute("class", "chart-legend-title");
      t.textContent = row.title;
      line.appendChild(t);
    }
    for (const item of row.items) {
      const span = document.createElement("span");
      span.setAttribute("class", "chart-legend-item");
      span.appendChild(swatch(document, item));
      span.appendChild(document.createTextNode(item.label));
      line.appendChild(span);
    }
    legend.appendChild(line);
  }
  figure.appendChild(legend);
  figure.appendChild(chart);
  return figure;
}

/**
 * Up to five ordered colours from the site's palette, teal → blue → magenta → orange, for classes
 * such as model sizes; `color-mix` keeps them right in dark mode, where the palette changes.
 */
const RAMP = [
  "var(--chart-3, #0f766e)",
  "color-mix(in oklab, var(--chart-3, #0f766e), var(--chart-1, #2456c9))",
  "var(--chart-1, #2456c9)",
  "color-mix(in oklch, var(--chart-1, #2456c9), var(--chart-2, #c2410c))",
  "var(--chart-2, #c2410c)",
];

/** `count` (1–5) colours spread over the ramp. */
export function rampColors(count: number): string[] {
  if (count <= 1) return [RAMP[2]];
  const n = Math.min(count, RAMP.length);
  return Array.from({ length: n }, (_, i) => RAMP[Math.round((i * (RAMP.length - 1)) / (n - 1))]);
}

/** Distinct colours for categories (countries, open/closed), in order of importance. */
export const CATEGORY_COLORS = [
  "var(--chart-1, #2456c9)",
  "var(--chart-2, #c2410c)",
  "var(--chart-3, #0f766e)",
  "color-mix(in oklch, var(--chart-1, #2456c9), var(--chart-2, #c2410c))",
  "var(--fg-muted, #5b5b60)",
];
