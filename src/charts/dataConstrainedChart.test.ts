import { describe, expect, it } from "vitest";
import { DATA_CONSTRAINED_DEFAULTS, dataConstrainedView } from "../widgets/dataConstrained.ts";
import { effectiveDataChart, epochLossChart } from "./dataConstrainedChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

const view = dataConstrainedView(DATA_CONSTRAINED_DEFAULTS);
const text = { title: "Effective data against epochs", description: "Repeated data bends away.", xLabel: "Epochs", yLabel: "Effective tokens" };

describe("dataConstrainedChart", () => {
  it("effectiveDataChart(data, options) renders the default state as a stable SVG (snapshot)", () => {
    const svg = effectiveDataChart(view.chart, { ...text, width: 640, locale: "en", document: ssrDocument(), markerLabel: "373B (93%)" });
    assertSvgSnapshot(svg.outerHTML, "effectiveDataChart-en");
  });
  it("epochLossChart(data, options) renders the default state as a stable SVG (snapshot)", () => {
    const svg = epochLossChart(view.chart, { ...text, title: "Predicted loss against epochs", yLabel: "Loss", width: 640, locale: "en", document: ssrDocument(), markerLabel: "2.15" });
    assertSvgSnapshot(svg.outerHTML, "epochLossChart-en");
  });
  it("effectiveDataChart(data, { locale: 'zh' }) labels token ticks with 亿/万亿 at the epochs' multiples", () => {
    const svg = effectiveDataChart(view.chart, { ...text, width: 340, locale: "zh", document: ssrDocument() });
    for (const label of ["1000亿", "4000亿", "1万亿", "10万亿"]) expect(svg.outerHTML).toContain(`>${label}<`);
    expect(svg.getAttribute("aria-label")).toBe(text.title);
    expect(svg.outerHTML).not.toContain("NaN");
  });
  it("both charts draw a frame, not NaN, for an empty curve", () => {
    const empty = { curve: [], chosen: { epochs: NaN, effective: NaN, fresh: NaN, loss: NaN, lossFresh: NaN }, ceiling: NaN, uniqueTokens: NaN };
    for (const chart of [effectiveDataChart, epochLossChart]) {
      const svg = chart(empty, { ...text, width: 320, locale: "en", document: ssrDocument() });
      expect(svg.tagName.toLowerCase()).toBe("svg");
      expect(svg.outerHTML).not.toContain("NaN");
    }
  });
});
