import { describe, expect, it } from "vitest";
import { COMPUTE_OPTIMAL_DEFAULTS, LABELLED_NARROW, LABELLED_WIDE, computeOptimalView, type DatasetModel } from "../widgets/computeOptimal.ts";
import { isoFlopChart, labelMargin, modelAllocationChart } from "./isoFlopChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

// A fixed handful of models (not the live dataset), so the snapshot changes only when the chart does.
const DATASET: DatasetModel[] = [
  { id: "gpt-3", name: "GPT-3 175B", params: 175e9, tokens: 300e9, moe: false },
  { id: "chinchilla", name: "Chinchilla", params: 70e9, tokens: 1.4e12, moe: false },
  { id: "llama-3-70b", name: "Llama 3 70B", params: 70e9, tokens: 15e12, moe: false },
  { id: "phi-3-mini", name: "Phi-3-mini", params: 3.8e9, tokens: 3.3e12, moe: false },
  { id: "deepseek-v3", name: "DeepSeek-V3", params: 37e9, tokens: 14.8e12, moe: true },
  { id: "palm", name: "PaLM 540B", params: 540e9, tokens: 780e9, moe: false },
];
const view = computeOptimalView(COMPUTE_OPTIMAL_DEFAULTS, DATASET);
const iso = { title: "Loss against model size at fixed compute", description: "IsoFLOP curves.", xLabel: "Parameters N", yLabel: "Predicted loss" };
const models = { title: "Real models against the compute-optimal line", description: "Tokens against parameters.", xLabel: "Parameters N", yLabel: "Training tokens D" };

describe("isoFlopChart", () => {
  it("isoFlopChart(data, options) renders the default state as a stable SVG (snapshot)", () => {
    const svg = isoFlopChart(view.iso, { ...iso, width: 640, locale: "en", document: ssrDocument(), optimumLabel: "67.9B" });
    assertSvgSnapshot(svg.outerHTML, "isoFlopChart-en");
  });
  it("isoFlopChart(data, { locale: 'zh' }) labels parameter ticks with 亿 and carries an accessible name", () => {
    const svg = isoFlopChart(view.iso, { ...iso, width: 340, locale: "zh", document: ssrDocument() });
    expect(svg.outerHTML).toContain("100亿");
    expect(svg.getAttribute("aria-label")).toBe(iso.title);
    expect(svg.outerHTML).toContain("IsoFLOP curves.");
    expect(svg.outerHTML).not.toContain("NaN");
  });
  it("isoFlopChart(data, options) draws a frame, not an error, for empty curves", () => {
    const svg = isoFlopChart({ curves: [], optimum: { params: 1e9, loss: 2 } }, { ...iso, width: 320, locale: "en", document: ssrDocument() });
    expect(svg.tagName.toLowerCase()).toBe("svg");
    expect(svg.outerHTML).not.toContain("NaN");
  });
});

describe("modelAllocationChart", () => {
  it("modelAllocationChart(data, options) renders the default state as a stable SVG (snapshot)", () => {
    const svg = modelAllocationChart(view.models, { ...models, width: 640, locale: "en", document: ssrDocument(), labelled: LABELLED_WIDE });
    assertSvgSnapshot(svg.outerHTML, "modelAllocationChart-en");
  });
  it("modelAllocationChart(data, { locale: 'zh' }) labels ticks with 亿/万亿, names the chosen models and no others", () => {
    const svg = modelAllocationChart(view.models, { ...models, width: 340, locale: "zh", document: ssrDocument(), labelled: LABELLED_NARROW });
    const html = svg.outerHTML;
    expect(html).toContain("1万亿");
    expect(html).toContain("GPT-3 175B");
    expect(html).toContain("Chinchilla");
    expect(html).not.toContain("Phi-3-mini");
    expect(html).not.toContain("NaN");
    expect(svg.getAttribute("aria-label")).toBe(models.title);
  });
});

describe("labelMargin", () => {
  it("labelMargin(labels) leaves room for wide Chinese tick labels", () => {
    expect(labelMargin(["1T", "10T"])).toBe(40);
    expect(labelMargin(["100万亿"])).toBeGreaterThan(labelMargin(["100T"]));
  });
});
