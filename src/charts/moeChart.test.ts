import { describe, expect, it } from "vitest";
import { moeChart, type MoeChartOptions } from "./moeChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";
import { MOE_DEFAULTS, moeView } from "../widgets/moe.ts";

const text: Omit<MoeChartOptions, "width" | "locale" | "document"> = {
  title: "Dense against sparse",
  description: "A test chart.",
  metricLabels: { params: "Parameters used per token", flops: "Compute per token", memory: "Memory for the weights" },
  seriesLabels: { all: "All experts", routed: "Top-2" },
  xLabel: "Share of the all-experts figure",
};

describe("moeChart", () => {
  it("moeChart(data, options) renders the default state (Mixtral 8x7B) as a stable SVG (snapshot)", () => {
    const svg = moeChart(moeView(MOE_DEFAULTS).chart, { ...text, width: 640, locale: "en", document: ssrDocument() });
    assertSvgSnapshot(svg.outerHTML, "moeChart-en");
  });
  it("moeChart(data, { locale: 'zh' }) labels parameters with 亿 and memory in GB", () => {
    const svg = moeChart(moeView(MOE_DEFAULTS).chart, { ...text, width: 340, locale: "zh", document: ssrDocument() });
    expect(svg.outerHTML).toContain("467亿");
    expect(svg.outerHTML).toContain("129亿");
    expect(svg.outerHTML).toContain("93.4 GB");
  });
  it("moeChart(data, options) shows memory at 100% for top-k and compute at the active fraction", () => {
    const svg = moeChart(moeView(MOE_DEFAULTS).chart, { ...text, width: 640, locale: "en", document: ssrDocument() });
    expect(svg.outerHTML).toContain("Top-2 · 93.4 GB");
    expect(svg.outerHTML).toContain("(28%)");
  });
  it("moeChart(data, options) carries an accessible name and description and never prints NaN", () => {
    const svg = moeChart({ rows: [{ metric: "params", all: 0, routed: Number.NaN }] }, { ...text, width: 320, locale: "en", document: ssrDocument() });
    expect(svg.getAttribute("aria-label")).toBe("Dense against sparse");
    expect(svg.outerHTML).toContain("A test chart.");
    expect(svg.outerHTML).not.toContain("NaN");
    const empty = moeChart({ rows: [] }, { ...text, width: 320, locale: "en", document: ssrDocument() });
    expect(empty.tagName.toLowerCase()).toBe("svg");
  });
});
