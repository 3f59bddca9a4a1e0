import { describe, expect, it } from "vitest";
import { trendChart, OTHER_COLOR } from "./trendChart.ts";
import { ssrDocument } from "./ssrDocument.ts";

const base = {
  points: [
    { name: "A", year: 2020.5, flops: 1e23, record: true },
    { name: "B", year: 2023.5, flops: 1e25, record: false },
  ],
  lines: [{ key: "fit", color: OTHER_COLOR, intercept: 23 - (2 / 3) * 2020.5, slope: 2 / 3, from: 2020.5, to: 2023.5 }],
  yearDomain: [2020, 2024] as [number, number],
  flopsDomain: [1e22, 1e26] as [number, number],
};
const text = { title: "Compute", description: "Dots and a fit.", xLabel: "Year", yLabel: "FLOPs" };

describe("trendChart", () => {
  it("trendChart(data, options) shades each band behind the lines, and draws none when there are no bands", () => {
    const band = { key: "fit", color: OTHER_COLOR, points: [{ year: 2020.5, low: 5e22, high: 2e23 }, { year: 2023.5, low: 4e24, high: 3e25 }] };
    const html = trendChart({ ...base, bands: [band] }, { ...text, width: 640, locale: "en", document: ssrDocument() }).outerHTML;
    const area = html.indexOf('aria-label="area"') >= 0 ? html.indexOf('aria-label="area"') : html.indexOf('data-mark="area"');
    const line = html.indexOf('aria-label="line"') >= 0 ? html.indexOf('aria-label="line"') : html.indexOf('data-mark="line"');
    expect(area).toBeGreaterThan(0);
    expect(area).toBeLessThan(line);
    expect(html).not.toContain("NaN");
    const none = trendChart(base, { ...text, width: 640, locale: "en", document: ssrDocument() }).outerHTML;
    expect(none).not.toMatch(/(aria-label|data-mark)="area"/);
  });
  it("trendChart(data, options) skips band points that are not positive and ordered, instead of drawing NaN", () => {
    const band = { key: "fit", color: OTHER_COLOR, points: [{ year: 2021, low: -1, high: 2e23 }, { year: 2022, low: NaN, high: 1e24 }, { year: 2023, low: 2e24, high: Infinity }, { year: 2023.5, low: 3e25, high: 4e24 }] };
    const html = trendChart({ ...base, bands: [band] }, { ...text, width: 320, locale: "zh", document: ssrDocument() }).outerHTML;
    expect(html).not.toContain("NaN");
    expect(html).not.toContain("Infinity");
  });
});
