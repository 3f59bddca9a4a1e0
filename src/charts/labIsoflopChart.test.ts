import { describe, expect, it } from "vitest";
import { labIsoflopChart, type LabIsoflopBudget } from "./labIsoflopChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

// Two budgets, five splits each, on parabolas in ln N with minima at 1e5 and 2e5 parameters.
const valley = (budget: number, best: number, floor: number): LabIsoflopBudget => {
  const loss = (n: number) => floor + 0.08 * Math.log(n / best) ** 2;
  const ns = [0.25, 0.5, 1, 2, 4].map((f) => best * f);
  const parabola = Array.from({ length: 17 }, (_, i) => ns[0] * 16 ** (i / 16)).map((params) => ({ params, loss: loss(params) }));
  return { budget, points: ns.map((params) => ({ params, loss: loss(params) })), parabola, minimum: { params: best, loss: floor, tokensPerParam: budget / (6 * best * best) }, interior: true };
};
const budgets = [valley(1e12, 1e5, 2.6), valley(4e12, 2e5, 2.4)];
const text = { title: "IsoFLOP valleys", description: "Loss against N at fixed compute.", xLabel: "Parameters N", yLabel: "Loss (nats/byte)", legendTitle: "Budget", minimumLabel: "Minimum", edgeLabel: "Not bracketed", emptyLabel: "No runs yet" };
const doc = () => ssrDocument();

describe("labIsoflopChart", () => {
  it("labIsoflopChart(data, options) renders two valleys with minima and Chinchilla's ratio as a stable figure (snapshot)", () => {
    const chart = labIsoflopChart({ budgets, referenceRatios: [{ ratio: 20, label: "Chinchilla ≈ 20" }] }, { ...text, width: 640, locale: "en", document: doc() });
    expect(chart.tagName.toLowerCase()).toBe("figure");
    assertSvgSnapshot(chart.outerHTML, "labIsoflopChart-en");
  });
  it("labIsoflopChart labels each minimum with the tokens per parameter it implies", () => {
    const html = labIsoflopChart({ budgets }, { ...text, width: 640, locale: "en", document: doc() }).outerHTML;
    // C/(6N²): 1e12/(6·1e10) ≈ 16.7 and 4e12/(6·4e10) ≈ 16.7.
    expect(html.match(/D\/N ≈ 17/g)!.length).toBe(2);
    expect(html).toContain("4 × 10¹² FLOPs");
  });
  it("labIsoflopChart marks a published ratio where it would put each valley's minimum, and names it", () => {
    const chart = labIsoflopChart({ budgets, referenceRatios: [{ ratio: 20, label: "Chinchilla ≈ 20" }] }, { ...text, width: 640, locale: "en", document: doc() });
    expect(chart.querySelectorAll("g[data-mark=rule] line").length).toBe(2);
    expect(chart.outerHTML).toContain("Chinchilla ≈ 20");
  });
  it("labIsoflopChart leaves out a ratio that falls outside every valley", () => {
    const chart = labIsoflopChart({ budgets, referenceRatios: [{ ratio: 1e6, label: "Far away" }] }, { ...text, width: 640, locale: "en", document: doc() });
    expect(chart.outerHTML).not.toContain("Far away");
  });
  it("labIsoflopChart draws a minimum at the edge of its runs hollow and says so in the legend", () => {
    const edge = [{ ...budgets[0], interior: false }];
    const html = labIsoflopChart({ budgets: edge }, { ...text, width: 640, locale: "en", document: doc() }).outerHTML;
    expect(html).toContain("Not bracketed");
    expect(html).not.toContain(">Minimum<");
  });
  it("labIsoflopChart in zh labels N with 万 and formats the ratio in the locale", () => {
    const html = labIsoflopChart({ budgets }, { ...text, width: 340, locale: "zh", document: doc() }).outerHTML;
    expect(html).toContain("10万");
    expect(html).toContain("D/N ≈ 17");
  });
  it("labIsoflopChart draws a budget still running (runs, no parabola yet) and skips NaN losses", () => {
    const partial = [{ budget: 1e12, points: [{ params: 1e5, loss: 2.7 }, { params: 2e5, loss: NaN }] }];
    const chart = labIsoflopChart({ budgets: partial }, { ...text, width: 320, locale: "en", document: doc() });
    expect(chart.outerHTML).not.toContain("NaN");
    expect(chart.querySelectorAll("g[data-mark=dot] circle").length).toBe(1);
  });
  it("labIsoflopChart draws an empty frame with its message, not an error, for no budgets", () => {
    const chart = labIsoflopChart({ budgets: [] }, { ...text, width: 320, locale: "en", document: doc() });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    expect(chart.outerHTML).toContain("No runs yet");
    expect(chart.getAttribute("aria-label")).toBe(text.title);
  });
});
