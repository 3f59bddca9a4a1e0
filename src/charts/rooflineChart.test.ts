import { describe, expect, it } from "vitest";
import { ROOFLINE_DEFAULTS, rooflineView } from "../widgets/roofline.ts";
import { rooflineChart } from "./rooflineChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

const text = {
  title: "Roofline",
  description: "A test roofline.",
  xLabel: "Arithmetic intensity (FLOPs per byte)",
  yLabel: "Attainable TFLOP/s",
  pointLabel: "batch 1: 0.33% of peak",
  ridgeLabel: "ridge 295",
  computeLabel: "peak 990 TFLOP/s",
  memoryLabel: "3.35 TB/s",
};
const chart = rooflineView(ROOFLINE_DEFAULTS).chart;

describe("rooflineChart", () => {
  it("rooflineChart(data, options) renders the default state (decoding at batch 1 on an H100) as a stable SVG (snapshot)", () => {
    const svg = rooflineChart(chart, { ...text, width: 640, locale: "en", document: ssrDocument() });
    assertSvgSnapshot(svg.outerHTML, "rooflineChart-en");
    for (const label of ["batch 1: 0.33% of peak", "ridge 295", "peak 990 TFLOP/s", "3.35 TB/s"]) expect(svg.outerHTML).toContain(label);
  });
  it("rooflineChart(data, options) draws the roof through the ridge: peak FLOP/s in TFLOP/s on a log y axis", () => {
    const svg = rooflineChart(chart, { ...text, width: 640, locale: "en", document: ssrDocument() });
    // The y ticks are decades of TFLOP/s, and 1,000 TFLOP/s (just above the H100's 990) is one of them.
    expect(svg.outerHTML).toContain(">1,000<");
    expect(svg.outerHTML).not.toContain("NaN");
  });
  it("rooflineChart(data, { locale: 'zh' }) keeps Chinese labels and draws at 320 px without NaN", () => {
    const svg = rooflineChart(chart, { ...text, pointLabel: "批大小 1：峰值的 0.33%", width: 320, locale: "zh", document: ssrDocument() });
    expect(svg.outerHTML).toContain("批大小");
    expect(svg.outerHTML).not.toContain("NaN");
  });
  it("rooflineChart(data, options) carries an accessible name and description", () => {
    const svg = rooflineChart(chart, { ...text, width: 320, locale: "en", document: ssrDocument() });
    expect(svg.getAttribute("aria-label")).toBe("Roofline");
    expect(svg.outerHTML).toContain("A test roofline.");
  });
  it("rooflineChart(data, options) draws an empty frame, not an error, for an empty roof", () => {
    const svg = rooflineChart({ roof: [], ridge: { x: 1, y: 1 }, point: { x: 1, y: 1 } }, { ...text, width: 320, locale: "en", document: ssrDocument() });
    expect(svg.tagName.toLowerCase()).toBe("svg");
    expect(svg.outerHTML).not.toContain("NaN");
  });
});
