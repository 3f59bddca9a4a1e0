import { describe, expect, it } from "vitest";
import { formatCount } from "../i18n/format.ts";
import { TRAINING_COST_DEFAULTS, trainingCostView } from "../widgets/trainingCost.ts";
import { costChart } from "./costChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

const data = trainingCostView(TRAINING_COST_DEFAULTS).chart;
const text = { title: "Training cost", description: "Cost of four published runs and yours.", xLabel: "Cost (USD, log scale)" };

describe("costChart", () => {
  it("costChart(data, options) renders the default state (DeepSeek-V3 and the presets) as a stable SVG (snapshot)", () => {
    const svg = costChart(data, { ...text, width: 640, locale: "en", document: ssrDocument(), format: (x) => `$${formatCount(x, "en")}` });
    assertSvgSnapshot(svg.outerHTML, "costChart-en");
    expect(svg.outerHTML).toContain("$5.58M");
    expect(svg.outerHTML).toContain("Llama 3.1 405B");
  });
  it("costChart(data, { locale: 'zh' }) labels amounts with 万 and 亿", () => {
    const svg = costChart(data, { ...text, width: 340, locale: "zh", document: ssrDocument(), format: (x) => `${formatCount(x, "zh")}美元` });
    expect(svg.outerHTML).toContain("558万美元");
    expect(svg.outerHTML).toContain("1000万美元");
  });
  it("costChart(data, options) carries an accessible name and description", () => {
    const svg = costChart(data, { ...text, width: 320, locale: "en", document: ssrDocument(), format: String });
    expect(svg.getAttribute("aria-label")).toBe("Training cost");
    expect(svg.outerHTML).toContain("Cost of four published runs and yours.");
  });
  it("costChart(data, options) draws a frame, not NaN, for empty data and for zero values", () => {
    for (const rows of [[], [{ key: "reader", label: "Yours", value: 0, reader: true }]]) {
      const svg = costChart({ rows }, { ...text, width: 320, locale: "en", document: ssrDocument(), format: String });
      expect(svg.tagName.toLowerCase()).toBe("svg");
      expect(svg.outerHTML).not.toContain("NaN");
    }
  });
});
