import { describe, expect, it } from "vitest";
import { labSizeChart, type LabSizeChartData } from "./labSizeChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

// Six runs on L = 9·N^−0.12 (steeper than Kaplan's 0.076, as tiny models often are), with a straight fit and a band.
const NS = [2e4, 5e4, 1.2e5, 3e5, 7e5, 1.6e6];
const law = (n: number, a = 0.12) => 9 * n ** -a;
const data: LabSizeChartData = {
  points: NS.map((params, i) => ({ params, loss: law(params) * (1 + (i % 2 ? 0.01 : -0.01)) })),
  fit: {
    line: NS.map((params) => ({ params, loss: law(params) })),
    band: NS.map((params) => ({ params, low: law(params) * 0.98, high: law(params) * 1.02 })),
    alpha: 0.12,
  },
};
const text = { title: "Final loss against size", description: "Runs, fit and Kaplan's slope.", xLabel: "Non-embedding parameters N", yLabel: "Loss (nats/byte)", runsLabel: "Your runs", fitLabel: "Fit", bandLabel: "90% interval", referenceLabel: "Kaplan's slope", emptyLabel: "No runs yet" };
const doc = () => ssrDocument();

describe("labSizeChart", () => {
  it("labSizeChart(data, options) renders runs, fit, band and Kaplan's slope as a stable figure (snapshot)", () => {
    const chart = labSizeChart(data, { ...text, width: 640, locale: "en", document: doc() });
    expect(chart.tagName.toLowerCase()).toBe("figure");
    assertSvgSnapshot(chart.outerHTML, "labSizeChart-en");
  });
  it("labSizeChart writes the fitted exponent and Kaplan's α_N = 0.076 in the legend and on the chart", () => {
    const html = labSizeChart(data, { ...text, width: 640, locale: "en", document: doc() }).outerHTML;
    expect(html).toContain("Fit α = 0.12");
    expect(html).toContain("Kaplan's slope α_N = 0.076");
    expect(html.match(/α_N = 0\.076/g)!.length).toBe(2);
  });
  it("labSizeChart draws Kaplan's slope through the fit at the middle of the runs, with slope −α_N against the fit's −α", () => {
    const chart = labSizeChart(data, { ...text, width: 640, locale: "en", document: doc(), referenceAlpha: 0.076 });
    const path = (selector: string) =>
      chart
        .querySelector(selector)!
        .getAttribute("d")!
        .slice(1)
        .split("L")
        .map((xy) => xy.split(",").map(Number));
    const reference = path('g[data-mark=line] g[stroke-dasharray="5,4"] path');
    const fit = path('g[data-mark=line] g[stroke="var(--chart-accent, #c2261c)"] path');
    const [mx, my] = reference[1];
    const i = fit.findIndex(([x]) => x >= mx);
    const t = (mx - fit[i - 1][0]) / (fit[i][0] - fit[i - 1][0]);
    expect(my).toBeCloseTo(fit[i - 1][1] + t * (fit[i][1] - fit[i - 1][1]), 0);
    // Both axes are log, so pixel slopes are in the ratio of the exponents.
    const slope = (pts: number[][]) => (pts.at(-1)![1] - pts[0][1]) / (pts.at(-1)![0] - pts[0][0]);
    expect(slope(reference) / slope(fit)).toBeCloseTo(0.076 / 0.12, 2);
  });
  it("labSizeChart uses the exponent it is given for the reference line", () => {
    const html = labSizeChart(data, { ...text, width: 640, locale: "en", document: doc(), referenceAlpha: 0.34 }).outerHTML;
    expect(html).toContain("α_N = 0.34");
  });
  it("labSizeChart in zh labels N with 万 and writes decimals", () => {
    const html = labSizeChart(data, { ...text, width: 340, locale: "zh", document: doc() }).outerHTML;
    expect(html).toContain("10万");
    expect(html).not.toContain("NaN");
  });
  it("labSizeChart skips runs with NaN or infinite loss", () => {
    const bad = { points: [...data.points, { params: 3e6, loss: NaN }, { params: 4e6, loss: Infinity }] };
    const chart = labSizeChart(bad, { ...text, width: 320, locale: "en", document: doc() });
    expect(chart.querySelectorAll("g[data-mark=dot] circle").length).toBe(NS.length);
    expect(chart.outerHTML).not.toContain("NaN");
  });
  it("labSizeChart draws one run without a fit or reference slope (nothing to compare yet)", () => {
    const chart = labSizeChart({ points: [data.points[0]] }, { ...text, width: 320, locale: "en", document: doc() });
    expect(chart.outerHTML).not.toContain("NaN");
    expect(chart.outerHTML).not.toContain("α_N");
    expect(chart.querySelectorAll("circle").length).toBeGreaterThanOrEqual(1);
  });
  it("labSizeChart draws reference runs hollow beside the reader's own", () => {
    const mixed = { points: [...data.points.map((p) => ({ ...p, reference: true })), data.points[2]] };
    const chart = labSizeChart(mixed, { ...text, width: 640, locale: "en", document: doc() });
    const groups = [...chart.querySelectorAll("g[data-mark=dot]")];
    expect(groups.map((g) => g.querySelectorAll("circle").length)).toEqual([NS.length, 1]);
  });
  it("labSizeChart draws an empty frame with its message, not an error, for no runs", () => {
    const chart = labSizeChart({ points: [] }, { ...text, width: 320, locale: "en", document: doc() });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    expect(chart.outerHTML).toContain("No runs yet");
    expect(chart.outerHTML).not.toContain("NaN");
    expect(chart.getAttribute("aria-label")).toBe(text.title);
  });
});
