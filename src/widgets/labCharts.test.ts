import { describe, expect, it } from "vitest";
import { parseFitData } from "./fitData.ts";
import { curvesCsv, curvesData, fitWidgetCsv, isoflopChartData, labFindings, runsCsv, sizeChartData, type LabRecord } from "./labCharts.ts";
import { labNotebook } from "./labNotebook.ts";
import { toNotebookKitHtml, fromNotebookKitHtml } from "../notebook/notebookFile.ts";

const rec = (id: string, group: string, n: number, tokens: number, loss: number): LabRecord => ({
  id, group, nonEmbeddingParams: n, params: n * 1.2, tokens, flops: 6 * n * tokens, finalLoss: loss, seconds: 1,
  curve: [{ tokens: tokens / 2, loss: loss + 0.5 }, { tokens, loss }],
});
// Loss ∝ N^−0.1 exactly.
const sizes = [1e3, 3e3, 1e4, 3e4].map((n, i) => rec(`w${i}`, "size", n, 5e4, 10 * n ** -0.1));
// One budget, a valley with its bottom inside.
const valley = [1e3, 3e3, 1e4, 3e4, 1e5].map((n, i) => rec(`b${i}`, "1.0e11", n, 1e11 / (6 * n), 2 + 0.1 * Math.log(n / 1e4) ** 2));

describe("lab findings and chart data", () => {
  it("fits the size law of the runs, and draws its line across their span", () => {
    const f = labFindings("size", sizes);
    expect(f.size?.alpha).toBeCloseTo(0.1, 6);
    const data = sizeChartData(sizes, f.size);
    expect(data.fit?.line[0].params).toBeCloseTo(1e3);
    expect(data.fit?.line.at(-1)!.params).toBeCloseTo(3e4);
  });

  it("has no fit line before there is a fit", () => {
    expect(sizeChartData(sizes.slice(0, 2), null).fit).toBeUndefined();
  });

  it("finds the valley's bottom and samples its parabola", () => {
    const f = labFindings("budget", valley);
    expect(f.valleys).toHaveLength(1);
    expect(f.valleys[0].minimum.params).toBeCloseTo(1e4, -2);
    const data = isoflopChartData(f.valleys, [{ ratio: 20, label: "Chinchilla" }]);
    expect(data.budgets[0].parabola?.length).toBeGreaterThan(10);
    expect(data.budgets[0].interior).toBe(true);
  });

  it("draws finished curves and the one in progress, once each", () => {
    const data = curvesData("size", sizes, [
      { id: "w0", group: "size", nonEmbeddingParams: 1e3, curve: [], running: true },
      { id: "w9", group: "size", nonEmbeddingParams: 9e4, curve: [{ tokens: 10, loss: 5 }], running: true },
    ]);
    expect(data.curves.map((c) => c.id)).toEqual(["w0", "w1", "w2", "w3", "w9"]);
    expect(data.curves.at(-1)?.running).toBe(true);
    expect(curvesData("budget", valley).curves[0].value).toBe(1e11);
  });
});

describe("lab downloads", () => {
  it("writes one CSV row per run and per curve point", () => {
    expect(runsCsv(sizes).trim().split("\n")).toHaveLength(5);
    expect(curvesCsv(sizes).trim().split("\n")).toHaveLength(9);
  });

  it("hands the fit widget data it can read: pairs for sizes, runs for budgets", () => {
    const pairs = parseFitData(fitWidgetCsv("size", sizes));
    expect(pairs.ok && pairs.data.kind).toBe("xy");
    const runs = parseFitData(fitWidgetCsv("budget", valley));
    expect(runs.ok && runs.data.kind).toBe("runs");
  });

  it("makes a notebook with the runs as data", () => {
    const doc = labNotebook("size", sizes, { title: "T", intro: "I" });
    expect(doc.cells.some((c) => c.startsWith("runs = [") && c.includes('"w3"'))).toBe(true);
    const budget = labNotebook("budget", valley, { title: "T", intro: "I" });
    expect(budget.cells.some((c) => c.startsWith("valleys ="))).toBe(true);
    // Every cell is one the Notebook Kit file can carry as plain JavaScript, and it reads back the same.
    for (const d of [doc, budget]) {
      const html = toNotebookKitHtml(d);
      expect(html).not.toContain("application/vnd.observable.javascript");
      expect(fromNotebookKitHtml(html).cells).toEqual(d.cells);
    }
  });
});
