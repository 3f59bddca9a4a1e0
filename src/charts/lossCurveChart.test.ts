import { describe, expect, it } from "vitest";
import { lossCurveChart } from "./lossCurveChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

const curve = [1e6, 1e7, 1e8, 1e9, 1e10, 1e11].map((x) => ({ x, loss: (8.8e13 / x) ** 0.076 }));
const text = { title: "Loss against parameters", description: "A test curve.", xLabel: "Parameters", yLabel: "Loss" };

describe("lossCurveChart", () => {
  it("lossCurveChart(data, options) renders the default state as a stable SVG (snapshot)", () => {
    const svg = lossCurveChart({ curve, marker: curve[3] }, { ...text, width: 640, locale: "en", document: ssrDocument(), markerLabel: "1B" });
    assertSvgSnapshot(svg.outerHTML, "lossCurveChart-en");
  });
  it("lossCurveChart(data, { locale: 'zh' }) labels ticks with 亿", () => {
    const svg = lossCurveChart({ curve }, { ...text, width: 640, locale: "zh", document: ssrDocument() });
    expect(svg.outerHTML).toContain("1亿");
    expect(svg.outerHTML).toContain("10亿");
  });
  it("lossCurveChart(data, { xFormat: 'scientific' }) labels compute ticks as powers of ten", () => {
    const flops = [1e12, 1e16, 1e20, 1e24].map((x) => ({ x, loss: (3.1e8 * 8.64e19 / x) ** 0.05 }));
    const svg = lossCurveChart({ curve: flops }, { ...text, width: 640, locale: "zh", document: ssrDocument(), xFormat: "scientific" });
    expect(svg.outerHTML).toContain("10¹²");
    expect(svg.outerHTML).not.toContain("万亿");
  });
  it("lossCurveChart(data, options) carries an accessible name and description", () => {
    const svg = lossCurveChart({ curve }, { ...text, width: 320, locale: "en", document: ssrDocument() });
    expect(svg.getAttribute("aria-label")).toBe("Loss against parameters");
    expect(svg.outerHTML).toContain("A test curve.");
  });
  it("lossCurveChart(data, options) draws an empty frame, not an error, for empty data", () => {
    const svg = lossCurveChart({ curve: [] }, { ...text, width: 320, locale: "en", document: ssrDocument() });
    expect(svg.tagName.toLowerCase()).toBe("svg");
    expect(svg.outerHTML).not.toContain("NaN");
  });
});

describe("decadeTicks", () => {
  it("decadeTicks(lo, hi) labels every decade and thins them to maxTicks", async () => {
    const { decadeTicks } = await import("./axes.ts");
    expect(decadeTicks(1e6, 1e13)).toEqual([1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13]);
    expect(decadeTicks(1e6, 1e13, 4)).toEqual([1e6, 1e8, 1e10, 1e12]);
    expect(decadeTicks(2, 5)).toEqual([]);
  });
});
