import { describe, expect, it } from "vitest";
import { thumbnailChart } from "./thumbnailChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";
import { chapterFigure } from "../site/chapterFigures.ts";

const words = { total: "all", active: "active", neurons: "neurons", synapses: "synapses" };
const text = { title: "t", description: "d" };

describe("thumbnailChart", () => {
  for (const slug of ["why-parameters-grow", "power-law", "compute-optimal", "diminishing-returns", "beyond-dense-scaling", "next-variable"]) {
    it(`thumbnailChart(chapterFigure("${slug}")) renders a stable SVG with data and no NaN`, () => {
      const data = chapterFigure(slug, words)!;
      expect(data.points.length).toBeGreaterThan(1);
      expect(data.points.every((p) => Number.isFinite(p.y) && p.y > 0)).toBe(true);
      const svg = thumbnailChart(data, { ...text, width: 260, locale: "en", document: ssrDocument() }).outerHTML;
      expect(svg).not.toContain("NaN");
      // Every bar is drawn (a bar from 0 on a log axis would silently vanish).
      if (data.kind === "bars") expect(svg.match(/<rect\b[^>]*\bheight="[1-9]/g)?.length).toBe(data.points.length);
      assertSvgSnapshot(svg, `thumbnail-${slug}`);
    });
  }
  it("thumbnailChart(data, { locale: 'zh' }) labels count ticks with 亿", () => {
    const svg = thumbnailChart(chapterFigure("next-variable", words)!, { ...text, width: 260, locale: "zh", document: ssrDocument() }).outerHTML;
    expect(svg).toMatch(/亿/);
  });
  it("chapterFigure(slug) returns null for an unknown chapter", () => {
    expect(chapterFigure("nope", words)).toBeNull();
  });
});
