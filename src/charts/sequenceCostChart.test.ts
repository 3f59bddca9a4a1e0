import { describe, expect, it } from "vitest";
import { formatCount, formatDecimal, formatScientific } from "../i18n/format.ts";
import { ATTENTION_VS_SSM_DEFAULTS, attentionVsSsmView } from "../widgets/attentionVsSsm.ts";
import { sequenceCostChart } from "./sequenceCostChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

const names = { transformer: "Transformer", mamba: "Mamba", retnet: "RetNet" };
const options = (locale: "en" | "zh", width = 640) => ({
  width,
  locale,
  document: ssrDocument(),
  title: "Memory against context",
  description: "KV cache against fixed state.",
  xLabel: "Context length",
  yLabel: "GB",
  seriesLabels: names,
  crossoverLabel: (c: { against: "mamba" | "retnet"; x: number }) => `passes ${names[c.against]} at ${formatCount(c.x, locale)}`,
  yFormat: (y: number) => formatDecimal(y, locale),
});

describe("sequenceCostChart", () => {
  it("sequenceCostChart(data, options) renders the default state (2.7B shape, memory) as a stable SVG (snapshot)", () => {
    const svg = sequenceCostChart(attentionVsSsmView(ATTENTION_VS_SSM_DEFAULTS).chart, options("en"));
    assertSvgSnapshot(svg.outerHTML, "sequenceCostChart-en");
    expect(svg.outerHTML).toContain("passes Mamba at 20");
    expect(svg.outerHTML).toContain("passes RetNet at 256");
    expect(svg.outerHTML).toContain(">1M<");
  });
  it("sequenceCostChart(data, { locale: 'zh' }) labels context ticks with 万", () => {
    const svg = sequenceCostChart(attentionVsSsmView(ATTENTION_VS_SSM_DEFAULTS).chart, options("zh", 340));
    expect(svg.outerHTML).toContain("100万");
  });
  it("sequenceCostChart(data, options) draws the FLOPs view with scientific ticks", () => {
    const view = attentionVsSsmView({ ...ATTENTION_VS_SSM_DEFAULTS, metric: "flops" });
    const svg = sequenceCostChart(view.chart, { ...options("en"), yFormat: (y: number) => formatScientific(y) });
    expect(svg.outerHTML).toContain("10¹⁰");
    expect(svg.outerHTML).toContain("passes Mamba at 64");
  });
  it("sequenceCostChart(data, options) carries an accessible name and description, and no NaN for empty data", () => {
    const svg = sequenceCostChart({ series: [], crossovers: [] }, options("en", 320));
    expect(svg.getAttribute("aria-label")).toBe("Memory against context");
    expect(svg.outerHTML).toContain("KV cache against fixed state.");
    expect(svg.outerHTML).not.toContain("NaN");
  });
});
