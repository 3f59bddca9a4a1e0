import type { Locale } from "../../i18n/locales.ts";
import { chapterFigure, type FigureWords } from "../chapterFigures.ts";
import { thumbnailChart } from "../../charts/thumbnailChart.ts";
import { ssrDocument } from "../../charts/ssrDocument.ts";
import { measure, textPath } from "./textPaths.ts";

/** Card colours for the chart's CSS variables (resvg resolves no `var()`), and for `currentColor`. */
export interface ChartColours {
  text: string;
  "--chart-1": string;
  "--chart-2": string;
  "--chart-accent": string;
}

/**
 * Width the chart is laid out at before scaling to the card: wider than the home page's 260 px, so
 * tick labels (and a four-bar chart's bar names) get more room between them once scaled up.
 */
const LAYOUT_WIDTH = 340;

/** How far (layout px) a label may stick out of the chart: the card leaves room around it. */
const OVERHANG = 20;

/** `0.32em` → 3.2 at 10 px; plain numbers pass through. */
const toPx = (value: string | null, size: number) => (value?.endsWith("em") ? parseFloat(value) * size : parseFloat(value ?? "") || 0);

/** The nearest value of an inherited attribute (linkedom's `closest` does not match attribute selectors). */
function inherited(el: Element, name: string): string | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (e.hasAttribute(name)) return e.getAttribute(name);
  return null;
}

/** Sum of the `translate(x, …)` of an element and its ancestors: where its x = 0 lands in the chart. */
function originX(el: Element): number {
  let x = 0;
  for (let e: Element | null = el; e; e = e.parentElement) x += parseFloat(/translate\(\s*([-\d.e]+)/.exec(e.getAttribute("transform") ?? "")?.[1] ?? "0");
  return x;
}

/**
 * The chapter's home-page thumbnail as a nested `<svg>` placed at (x, y) `width` wide, or null when the
 * chapter has none. Tick labels become paths (resvg has no fonts); a group of labels of which one would
 * stick far out of the chart (e.g. "1,000,000,000,000" on a log axis) is dropped, the grid says enough.
 * Colours are resolved; Plot's stylesheet, classes and ARIA go (the card has its own alt text).
 */
export function chartSvg(slug: string, locale: Locale, words: FigureWords, box: { x: number; y: number; width: number }, colours: ChartColours): string | null {
  const data = chapterFigure(slug, words);
  if (!data) return null;
  const built = thumbnailChart(data, { width: LAYOUT_WIDTH, locale, document: ssrDocument(), title: "", description: "" });
  const svg = built.tagName.toLowerCase() === "svg" ? built : built.querySelector("svg");
  // A figure whose data mark did not render says nothing (the log-scale bar thumbnails draw no bars
  // today, on the home page too), so the card goes without it.
  if (!svg?.querySelector('[aria-label="line"], [aria-label="dot"], [aria-label="bar"]')) return null;
  // Labels a fifth larger than the home page's 10 px: a preview is usually shown at half size or less.
  const size = 1.2 * parseFloat(svg.getAttribute("font-size") ?? "10");
  const overflowing = new Set<Element>();
  for (const text of [...svg.querySelectorAll("text")]) {
    const content = text.textContent?.trim() ?? "";
    const anchor = (inherited(text, "text-anchor") ?? "start") as "start" | "middle" | "end";
    const x = toPx(text.getAttribute("x"), size) + toPx(text.getAttribute("dx"), size);
    const y = toPx(text.getAttribute("y"), size) + toPx(text.getAttribute("dy"), size);
    const width = measure(content, { size, weight: 400 });
    const left = originX(text) + x - (anchor === "end" ? width : anchor === "middle" ? width / 2 : 0);
    if (text.parentElement && (left < -OVERHANG || left + width > LAYOUT_WIDTH + OVERHANG)) overflowing.add(text.parentElement);
    const path = svg.ownerDocument.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", textPath(content, x, y, { size, weight: 400 }, anchor));
    const transform = text.getAttribute("transform");
    if (transform) path.setAttribute("transform", transform);
    if (content) text.replaceWith(path);
    else text.remove();
  }
  overflowing.forEach((group) => group.remove());
  svg.querySelector("style")?.remove();
  for (const name of [...svg.getAttributeNames()]) if (!["viewBox", "fill"].includes(name)) svg.removeAttribute(name);
  const [, , w, h] = (svg.getAttribute("viewBox") ?? "").split(/\s+/).map(Number);
  Object.entries({ overflow: "visible", x: box.x, y: box.y, width: box.width, height: Math.round((h / w) * box.width) }).forEach(([k, v]) => svg.setAttribute(k, String(v)));
  return svg.outerHTML
    .replace(/ (class|aria-[\w-]+|font-variant|font-family)="[^"]*"/g, "")
    .replace(/var\((--[\w-]+),\s*([^)]*)\)/g, (_, name: string, fallback: string) => colours[name as keyof ChartColours] ?? fallback)
    .replace(/currentColor/g, colours.text);
}
