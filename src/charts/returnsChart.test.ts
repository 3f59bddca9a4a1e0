import { describe, expect, it } from "vitest";
import { formatCount } from "../i18n/format.ts";
import { DIMINISHING_RETURNS_DEFAULTS, diminishingReturnsView } from "../widgets/diminishingReturns.ts";
import { returnsChart } from "./returnsChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

const view = diminishingReturnsView(DIMINISHING_RETURNS_DEFAULTS);
const text = { title: "Loss after each 10× step", description: "Columns of loss.", xLabel: "Parameters N", yLabel: "Predicted loss", irreducibleLabel: "irreducible E = 1.69" };

describe("returnsChart", () => {
  it("returnsChart(data, options) renders the default state as a stable SVG (snapshot)", () => {
    const svg = returnsChart(view.chart, { ...text, width: 640, locale: "en", document: ssrDocument(), formatX: (x) => formatCount(x, "en") });
    assertSvgSnapshot(svg.outerHTML, "returnsChart-en");
    expect(svg.outerHTML).toContain("−27%");
  });
  it("returnsChart(data, { locale: 'zh' }) labels the columns 1亿 … 10万亿 and carries an accessible name", () => {
    const svg = returnsChart(view.chart, { ...text, width: 340, locale: "zh", document: ssrDocument(), formatX: (x) => formatCount(x, "zh") });
    for (const label of ["1亿", "10亿", "1万亿", "10万亿"]) expect(svg.outerHTML).toContain(`>${label}<`);
    expect(svg.getAttribute("aria-label")).toBe(text.title);
    expect(svg.outerHTML).toContain("Columns of loss.");
  });
  it("returnsChart(data, options) draws a frame, not NaN, for no columns", () => {
    const svg = returnsChart({ columns: [], irreducible: NaN }, { ...text, width: 320, locale: "en", document: ssrDocument(), formatX: String });
    expect(svg.tagName.toLowerCase()).toBe("svg");
    expect(svg.outerHTML).not.toContain("NaN");
  });
});
