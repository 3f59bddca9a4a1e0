import { describe, expect, it } from "vitest";
import { fixMarkLabels } from "./a11y.ts";
import { lossCurveChart } from "./lossCurveChart.ts";
import { ssrDocument } from "./ssrDocument.ts";

describe("fixMarkLabels", () => {
  it("fixMarkLabels(svg) leaves no aria-label on a <g> without a role, keeps the svg's name and the mark as data-mark", () => {
    const svg = lossCurveChart({ curve: [{ x: 1, loss: 3 }, { x: 10, loss: 2 }] }, { width: 320, locale: "en", document: ssrDocument(), title: "T", description: "D", xLabel: "x", yLabel: "y" });
    expect(svg.querySelectorAll("g[aria-label]").length).toBeGreaterThan(0);
    fixMarkLabels(svg);
    expect(svg.querySelectorAll("g[aria-label]:not([role])").length).toBe(0);
    expect(svg.getAttribute("aria-label")).toBe("T");
    expect(svg.querySelector('g[data-mark="line"]')?.getAttribute("aria-hidden")).toBe("true");
  });
});
