import { describe, expect, it } from "vitest";
import { FITS } from "../lib/scaling/index.ts";
import { DEFAULT_RUNS } from "../widgets/fitDefaultRuns.ts";
import { DEFAULT_BUDGET, fitView } from "../widgets/fit.ts";
import { fitChart } from "./fitChart.ts";
import { residualChart } from "./residualChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

// The build-time default: the 240 runs with the published Besiroglu et al. constants (no fit needed for a stable snapshot).
const view = fitView({ kind: "runs", runs: [...DEFAULT_RUNS] }, { model: "chinchilla", budget: DEFAULT_BUDGET }, FITS.besiroglu2024);
const text = {
  title: "Loss against compute",
  description: "Runs and the fitted law.",
  xLabel: "Training compute (FLOPs)",
  yLabel: "Loss",
  legendTitle: "Model size",
  frontierLabel: "Compute-optimal",
  fitLabel: "Power law",
  markerLabel: "Your budget",
};

describe("fitChart", () => {
  it("fitChart(data, options) renders the default state as a stable figure with legend and SVG (snapshot)", () => {
    const chart = fitChart(view.chart, { ...text, width: 640, locale: "en", document: ssrDocument() });
    expect(chart.tagName.toLowerCase()).toBe("figure");
    assertSvgSnapshot(chart.outerHTML, "fitChart-en");
  });
  it("fitChart(data, { locale: 'zh' }) labels sizes and ticks the Chinese way (亿)", () => {
    const html = fitChart(view.chart, { ...text, width: 340, locale: "zh", document: ssrDocument() }).outerHTML;
    expect(html).toContain("≈1.2亿");
    expect(html).toContain("≈91亿");
    expect(html).toContain("10²¹");
  });
  it("fitChart(data, options) carries an accessible name and description, and no NaN", () => {
    const chart = fitChart(view.chart, { ...text, width: 320, locale: "en", document: ssrDocument() });
    const svg = chart.querySelector("svg[aria-label]")!;
    expect(svg.getAttribute("aria-label")).toBe("Loss against compute");
    expect(chart.outerHTML).toContain("Runs and the fitted law.");
    expect(chart.outerHTML).not.toContain("NaN");
    expect(chart.querySelectorAll("circle").length).toBeGreaterThanOrEqual(240);
  });
  it("fitChart draws an empty frame, not an error, for no data", () => {
    const chart = fitChart({ points: [], groups: [], lines: [] }, { ...text, width: 320, locale: "en", document: ssrDocument() });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    expect(chart.outerHTML).not.toContain("NaN");
  });
});

describe("residualChart", () => {
  it("residualChart(data, options) renders residuals in percent around a zero line (snapshot)", () => {
    const svg = residualChart(view.residuals, { title: "Residuals", description: "Observed over fitted.", xLabel: "FLOPs", yLabel: "Residual", width: 640, locale: "en", document: ssrDocument() });
    expect(svg.outerHTML).toContain("%");
    expect(svg.outerHTML).not.toContain("NaN");
    assertSvgSnapshot(svg.outerHTML, "residualChart-en");
  });
});
