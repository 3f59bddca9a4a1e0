import { describe, expect, it } from "vitest";
import { NOTABLE_MODELS } from "../data/notableModels.ts";
import { timelineView, ALL_ORGANISATIONS, pointTitle } from "../widgets/timeline.ts";
import { timelineChart } from "./timelineChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

const state = { metric: "compute" as const, color: "country" as const, org: ALL_ORGANISATIONS, openOnly: false };
const view = timelineView(state, NOTABLE_MODELS);
const words = { active: "{active} active per token", estimated: "estimated as 6ND", source: "Source: {source}" };
const data = {
  points: view.points.map((p) => ({ year: p.year, value: p.value, group: p.group, title: pointTitle(p, "compute", "en", words) })),
  trend: view.trend,
  groups: view.groups,
};
const text = {
  title: "Training compute of notable models over time",
  description: "Each dot is a model.",
  xLabel: "Release date",
  yLabel: "Training compute (FLOPs)",
  groupLabels: { US: "United States", CN: "China", GB: "United Kingdom", FR: "France", AE: "United Arab Emirates" },
  trendLabel: "Fitted trend",
};

describe("timelineChart", () => {
  it("timelineChart(data, options) renders the default state with legend, dots, titles and trend (snapshot)", () => {
    const chart = timelineChart(data, { ...text, width: 640, locale: "en", document: ssrDocument() });
    expect(chart.querySelectorAll("circle").length).toBeGreaterThanOrEqual(view.points.length);
    expect(chart.querySelectorAll("title").length).toBe(view.points.length);
    expect(chart.outerHTML).toContain("GPT-3 175B\nOpenAI · 2020-05\n3.14 × 10²³ FLOPs");
    assertSvgSnapshot(chart.outerHTML, "timelineChart-en");
  });
  it("timelineChart(data, { locale: 'zh' }) keeps Chinese group labels and scientific FLOPs ticks", () => {
    const html = timelineChart(data, { ...text, groupLabels: { US: "美国", CN: "中国" }, width: 340, locale: "zh", document: ssrDocument() }).outerHTML;
    expect(html).toContain("美国");
    expect(html).toContain("中国");
    expect(html).toContain("10²⁴");
    expect(html).not.toContain("NaN");
  });
  it("timelineChart(data, options) names the chart for screen readers and draws an empty frame for no data", () => {
    const chart = timelineChart(data, { ...text, width: 320, locale: "en", document: ssrDocument() });
    expect(chart.querySelector("svg[aria-label]")!.getAttribute("aria-label")).toBe(text.title);
    const empty = timelineChart({ points: [], trend: [], groups: [] }, { ...text, width: 320, locale: "en", document: ssrDocument() });
    expect(empty.tagName.toLowerCase()).toBe("svg");
    expect(empty.outerHTML).not.toContain("NaN");
  });
  it("timelineChart(data, options) shades the trend's interval band behind the line and lists it in the legend", () => {
    const chart = timelineChart({ ...data, band: view.band }, { ...text, bandLabel: "90% interval of the trend", width: 640, locale: "en", document: ssrDocument() });
    expect(chart.querySelectorAll('g[data-mark="area"] path, g[aria-label="area"] path').length).toBe(1);
    expect(chart.querySelector(".chart-legend")!.textContent).toContain("90% interval of the trend");
    expect(chart.outerHTML).not.toContain("NaN");
    const without = timelineChart(data, { ...text, bandLabel: "90% interval of the trend", width: 640, locale: "en", document: ssrDocument() });
    expect(without.querySelector(".chart-legend")!.textContent).not.toContain("90% interval");
  });
  it("timelineChart(data, { interactive: true }) uses Plot's tip instead of SVG titles", () => {
    const chart = timelineChart(data, { ...text, width: 640, locale: "en", document: ssrDocument(), interactive: true });
    expect(chart.querySelectorAll("title").length).toBe(0);
    expect(chart.outerHTML).toContain('data-mark="tip"');
  });
});
