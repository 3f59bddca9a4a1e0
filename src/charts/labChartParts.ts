/**
 * Small pieces the three lab charts share (curves, size, isoFLOP): the lab's data arrive while models
 * train, so every chart must draw something sensible for no runs, one run, or a run whose loss blew up.
 */
import * as Plot from "@observablehq/plot";
import type { Locale } from "../i18n/locales.ts";
import { chartFrame, countTickFormat, decimalTickFormat, tickBudget } from "./axes.ts";
import { rampColors } from "./chartLegend.ts";
import { logAxisTicks, lossTicks } from "./fitChart.ts";

/** A positive finite number: the only values a log axis can place. */
export function positive(x: number): boolean {
  return Number.isFinite(x) && x > 0;
}

/**
 * [lo, hi] of `values` for a log axis, padded by `pad` (a factor) on both sides; a single value
 * (one run) is widened to a factor of 2 either way, and no values give `fallback`.
 */
export function logExtent(values: number[], fallback: [number, number], pad = 1): [number, number] {
  const usable = values.filter(positive);
  if (usable.length === 0) return fallback;
  const lo = Math.min(...usable);
  const hi = Math.max(...usable);
  if (hi / lo < 1.0001) return [lo / 2, hi * 2];
  return [lo / pad, hi * pad];
}

/**
 * A colour at `t` ∈ [0, 1] along the site's size ramp (teal → blue → magenta → orange), mixed between
 * its stops with `color-mix` so more than five sizes still get distinct, ordered colours that follow
 * dark mode.
 */
export function rampColor(t: number): string {
  const stops = rampColors(5);
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const at = clamped * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(at));
  const f = Math.round((at - i) * 100);
  if (f <= 0) return stops[i];
  if (f >= 100) return stops[i + 1];
  return `color-mix(in oklab, ${stops[i]} ${100 - f}%, ${stops[i + 1]})`;
}

/** Colours for sorted distinct values, spread evenly over the ramp (one value: the ramp's middle). */
export function rampFor(values: number[]): Map<number, string> {
  const distinct = [...new Set(values.filter(Number.isFinite))].sort((a, b) => a - b);
  return new Map(distinct.map((v, i) => [v, distinct.length === 1 ? rampColor(0.5) : rampColor(i / (distinct.length - 1))]));
}

/** Loss at `x` on a polyline, interpolated linearly in log x and log y; undefined outside it. */
export function logInterpolate(points: { x: number; y: number }[], x: number): number | undefined {
  const sorted = points.filter((p) => positive(p.x) && positive(p.y)).sort((a, b) => a.x - b.x);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (x >= a.x && x <= b.x) {
      const t = b.x === a.x ? 0 : Math.log(x / a.x) / Math.log(b.x / a.x);
      return Math.exp(Math.log(a.y) + t * Math.log(b.y / a.y));
    }
  }
  if (sorted.length === 1 && sorted[0].x === x) return sorted[0].y;
  return undefined;
}

/** The empty-state message written in the middle of an empty frame (nothing when there is none). */
export function emptyMessage(label: string | undefined, show: boolean): Plot.Markish {
  return Plot.text(show && label ? [label] : [], { frameAnchor: "middle", text: (d: string) => d, fill: "currentColor", fillOpacity: 0.7, fontSize: 13 });
}

/** The lab charts' margins: room on the right for half of a long Chinese tick label (1000万). */
export const LAB_MARGIN = { top: 20, right: 22, bottom: 44, left: 44 } as const;

/**
 * The frame every lab chart shares: a count (tokens or parameters) on a log axis across, loss in nats
 * per byte on a log axis up, the lab's margins, title and description. Spread into `Plot.plot`.
 */
export function labLogFrame(o: {
  title: string; description: string; xLabel: string; yLabel: string;
  xDomain: [number, number]; yDomain: [number, number]; width: number; locale: Locale;
}) {
  const [xMin, xMax] = o.xDomain;
  return {
    marginLeft: LAB_MARGIN.left,
    marginRight: LAB_MARGIN.right,
    marginTop: LAB_MARGIN.top,
    marginBottom: LAB_MARGIN.bottom,
    ...chartFrame({ title: o.title, description: o.description }),
    x: {
      type: "log" as const,
      domain: o.xDomain,
      ticks: logAxisTicks(xMin, xMax, tickBudget(o.width - 60, o.locale === "zh" ? 60 : 52)),
      tickFormat: countTickFormat(o.locale),
      label: o.xLabel,
      labelAnchor: "center" as const,
      labelArrow: "none" as const,
    },
    y: { type: "log" as const, domain: o.yDomain, ticks: lossTicks(o.yDomain[0], o.yDomain[1]), tickFormat: decimalTickFormat(o.locale), label: o.yLabel, labelArrow: "none" as const, grid: true },
  };
}
