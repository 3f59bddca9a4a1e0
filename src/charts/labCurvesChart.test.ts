import { describe, expect, it } from "vitest";
import { labCurvesChart, type LabCurve } from "./labCurvesChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

// Six sizes, each a curve falling from ln 256 towards a floor that drops with size (made up, smooth).
const SIZES = [2e4, 5e4, 1.2e5, 3e5, 7e5, 1.6e6];
const curve = (n: number, upTo = 12): LabCurve["points"] =>
  Array.from({ length: upTo }, (_, i) => {
    const tokens = 2e4 * 2 ** i;
    return { tokens, loss: 1.6 + 40 * n ** -0.25 + 3.9 * Math.exp(-tokens / 6e4) };
  });
const curves: LabCurve[] = SIZES.map((n, i) => ({ id: `w${i}`, value: n, points: curve(n) }));
const text = { title: "Held-out loss while training", description: "One line per model.", xLabel: "Tokens seen", yLabel: "Loss (nats/byte)", legendTitle: "Model size", referenceLabel: "Reference run", emptyLabel: "No runs yet" };
const doc = () => ssrDocument();

describe("labCurvesChart", () => {
  it("labCurvesChart(data, options) renders six sizes as a stable figure with a legend (snapshot)", () => {
    const chart = labCurvesChart({ curves, colorBy: "size" }, { ...text, width: 640, locale: "en", document: doc() });
    expect(chart.tagName.toLowerCase()).toBe("figure");
    expect(chart.querySelectorAll(".chart-legend-item").length).toBe(6);
    assertSvgSnapshot(chart.outerHTML, "labCurvesChart-en");
  });
  it("labCurvesChart labels sizes and token ticks the Chinese way in zh", () => {
    const html = labCurvesChart({ curves, colorBy: "size" }, { ...text, width: 340, locale: "zh", document: doc() }).outerHTML;
    expect(html).toContain("≈2万");
    expect(html).toContain("10万");
    expect(html).not.toContain("NaN");
  });
  it("labCurvesChart gives each size its own colour, ordered along the ramp", () => {
    const chart = labCurvesChart({ curves, colorBy: "size" }, { ...text, width: 640, locale: "en", document: doc() });
    const strokes = [...chart.querySelectorAll("g[data-mark=line] path")].map((p) => p.getAttribute("stroke"));
    expect(new Set(strokes).size).toBe(6);
  });
  it("labCurvesChart marks the newest point of a run still training, and only that run", () => {
    const live = [...curves.slice(0, 5), { id: "w5", value: SIZES[5], points: curve(SIZES[5], 4), running: true }];
    const chart = labCurvesChart({ curves: live, colorBy: "size" }, { ...text, width: 640, locale: "en", document: doc() });
    expect(chart.querySelectorAll("g[data-mark=dot] circle").length).toBe(1);
  });
  it("labCurvesChart draws reference curves dimmed, in the page colour, and names them in the legend", () => {
    const mixed = [...curves.map((c) => ({ ...c, id: `ref-${c.id}`, reference: true })), curves[0]];
    const html = labCurvesChart({ curves: mixed, colorBy: "size" }, { ...text, width: 640, locale: "en", document: doc() }).outerHTML;
    expect(html).toContain('stroke-opacity="0.28"');
    expect(html).toContain("Reference run");
  });
  it("labCurvesChart labels budgets as powers of ten when coloured by budget", () => {
    const byBudget = [1e12, 3e12].map((b, i) => ({ id: `b${i}`, value: b, points: curve(SIZES[i]) }));
    const html = labCurvesChart({ curves: byBudget, colorBy: "budget" }, { ...text, width: 640, locale: "en", document: doc() }).outerHTML;
    expect(html).toContain("10¹²");
    expect(html).toContain("3 × 10¹²");
  });
  it("labCurvesChart skips NaN and infinite losses instead of drawing them", () => {
    const bad = [{ id: "x", value: 1e5, points: [...curve(1e5, 4), { tokens: 5e5, loss: NaN }, { tokens: 6e5, loss: Infinity }] }];
    const html = labCurvesChart({ curves: bad, colorBy: "size" }, { ...text, width: 320, locale: "en", document: doc() }).outerHTML;
    expect(html).not.toContain("NaN");
    expect(html).not.toContain("Infinity");
  });
  it("labCurvesChart draws an empty frame with its message, not an error, for no runs (and for a run with no finite point)", () => {
    for (const data of [[], [{ id: "x", value: 1e5, points: [{ tokens: 1e4, loss: NaN }] }]]) {
      const chart = labCurvesChart({ curves: data, colorBy: "size" }, { ...text, width: 320, locale: "en", document: doc() });
      expect(chart.tagName.toLowerCase()).toBe("svg");
      expect(chart.outerHTML).toContain("No runs yet");
      expect(chart.outerHTML).not.toContain("NaN");
    }
  });
  it("labCurvesChart draws a single run with a single point", () => {
    const chart = labCurvesChart({ curves: [{ id: "one", value: 1e5, points: [{ tokens: 1e5, loss: 3 }], running: true }], colorBy: "size" }, { ...text, width: 320, locale: "en", document: doc() });
    expect(chart.outerHTML).not.toContain("NaN");
    expect(chart.querySelectorAll("circle").length).toBeGreaterThanOrEqual(1);
  });
  it("labCurvesChart carries the accessible name and description on its svg", () => {
    const chart = labCurvesChart({ curves, colorBy: "size" }, { ...text, width: 320, locale: "en", document: doc() });
    const svg = chart.querySelector("svg[aria-label]")!;
    expect(svg.getAttribute("aria-label")).toBe(text.title);
    expect(chart.outerHTML).toContain(text.description);
  });
});
