import { describe, expect, it } from "vitest";
import { paramBreakdownChart, type ParamBreakdownOptions } from "./paramBreakdownChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";
import { paramCounterView } from "../widgets/paramCounter.ts";

const text: Omit<ParamBreakdownOptions, "width" | "locale" | "document"> = {
  title: "Parameters by part: Llama 3 8B",
  description: "A test breakdown.",
  xLabel: "Parameters",
  partLabels: {
    embedding: "Embeddings", attention: "Attention", mlp: "MLP / experts", sharedExperts: "Shared experts",
    router: "Router", norms: "Norms", outputHead: "Output head",
  },
  legend: { active: "Used for each token", idle: "Routed experts a token skips" },
};

describe("paramBreakdownChart", () => {
  it("paramBreakdownChart(data, options) renders the default state (Llama 3 8B) as a stable SVG (snapshot)", () => {
    const svg = paramBreakdownChart(paramCounterView({ model: "llama-3-8b" }).chart, { ...text, width: 640, locale: "en", document: ssrDocument() });
    assertSvgSnapshot(svg.outerHTML, "paramBreakdownChart-en");
  });
  it("paramBreakdownChart(data, { locale: 'zh' }) labels counts with 亿", () => {
    const svg = paramBreakdownChart(paramCounterView({ model: "llama-3-8b" }).chart, { ...text, width: 340, locale: "zh", document: ssrDocument() });
    expect(svg.outerHTML).toContain("56.4亿");
    expect(svg.outerHTML).toContain("亿");
  });
  it("paramBreakdownChart(data, options) carries an accessible name and description", () => {
    const svg = paramBreakdownChart(paramCounterView({ model: "llama-3-8b" }).chart, { ...text, width: 320, locale: "en", document: ssrDocument() });
    expect(svg.getAttribute("aria-label")).toBe("Parameters by part: Llama 3 8B");
    expect(svg.outerHTML).toContain("A test breakdown.");
  });
  it("paramBreakdownChart(data, options) shows the legend only for a mixture of experts", () => {
    const dense = paramBreakdownChart(paramCounterView({ model: "llama-3-8b" }).chart, { ...text, width: 640, locale: "en", document: ssrDocument() });
    expect(dense.outerHTML).not.toContain("Routed experts a token skips");
    const moe = paramBreakdownChart(paramCounterView({ model: "deepseek-v3" }).chart, { ...text, width: 640, locale: "en", document: ssrDocument() });
    expect(moe.outerHTML).toContain("Routed experts a token skips");
    expect(moe.outerHTML).not.toContain("NaN");
  });
  it("paramBreakdownChart(data, options) draws an empty frame, not an error, for empty data", () => {
    const svg = paramBreakdownChart({ rows: [], total: 0 }, { ...text, width: 320, locale: "en", document: ssrDocument() });
    expect(svg.tagName.toLowerCase()).toBe("svg");
    expect(svg.outerHTML).not.toContain("NaN");
  });
});
