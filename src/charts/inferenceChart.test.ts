import { describe, expect, it } from "vitest";
import { INFERENCE_DEFAULTS, inferenceView } from "../widgets/inference.ts";
import { gbTicks, memoryFitChart, throughputChart } from "./inferenceChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

const view = inferenceView(INFERENCE_DEFAULTS);
const text = {
  title: "Throughput and cost against batch size", description: "Tokens per second.", xLabel: "Batch", yLabel: "Tokens per second",
  costLabel: "USD per million tokens", criticalLabel: "critical batch 153", memoryLabel: "memory full at 30", capacityLabel: "80 GB on 1 × A100",
};

describe("inferenceChart", () => {
  it("throughputChart(data, options) renders the default state as a stable SVG (snapshot)", () => {
    const svg = throughputChart(view.chart, { ...text, width: 640, locale: "en", document: ssrDocument(), markerLabel: "131 · $4.24" });
    assertSvgSnapshot(svg.outerHTML, "throughputChart-en");
  });
  it("memoryFitChart(data, options) renders the default state as a stable SVG (snapshot)", () => {
    const svg = memoryFitChart(view.chart, { ...text, yLabel: "Memory (GB)", width: 640, locale: "en", document: ssrDocument(), markerLabel: "15.6 GB" });
    assertSvgSnapshot(svg.outerHTML, "memoryFitChart-en");
  });
  it("throughputChart(data, options) marks the critical batch and the memory limit, and labels the cost axis", () => {
    const svg = throughputChart(view.chart, { ...text, width: 340, locale: "zh", document: ssrDocument() });
    expect(svg.outerHTML).toContain(">critical batch 153<");
    expect(svg.outerHTML).toContain(">memory full at 30<");
    expect(svg.outerHTML).toContain(">USD per million tokens<");
    expect(svg.getAttribute("aria-label")).toBe(text.title);
  });
  it("both charts leave out the memory rule when nothing fits and draw a frame, not NaN, for an empty curve", () => {
    const none = { ...view.chart, memoryBatch: 0 };
    expect(throughputChart(none, { ...text, width: 320, locale: "en", document: ssrDocument() }).outerHTML).not.toContain("memory full");
    const chosen = { ...view.chart.chosen, tokensPerSecond: NaN, weightsBytes: NaN, kvBytes: NaN };
    const empty = { curve: [], chosen, criticalBatch: NaN, memoryBatch: NaN, capacityBytes: NaN, batchMax: 4096 };
    for (const chart of [throughputChart, memoryFitChart]) {
      const svg = chart(empty, { ...text, width: 320, locale: "en", document: ssrDocument() });
      expect(svg.tagName.toLowerCase()).toBe("svg");
      expect(svg.outerHTML).not.toContain("NaN");
    }
  });
  it("gbTicks(top) steps by 1, 2, 2.5 or 5 × 10ᵏ from 0 and gives [0] for 0, negative, NaN or Infinity", () => {
    expect(gbTicks(104)).toEqual([0, 25, 50, 75, 100]);
    expect(gbTicks(30)).toEqual([0, 10, 20, 30]);
    expect(gbTicks(1.3)).toEqual([0, 0.5, 1]);
    for (const bad of [0, -1, NaN, Infinity]) expect(gbTicks(bad)).toEqual([0]);
  });
});
