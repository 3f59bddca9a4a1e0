import { describe, expect, it } from "vitest";
import { renderedPrecision, shownDigits } from "./renderedPrecision.ts";

const num = (value: number, text: string) => `<span class="num" data-value="${value}" data-astro-cid-x>${text}</span>`;

describe("renderedPrecision(html)", () => {
  it("reports the same data-value shown with other digits", () => {
    const html = `<p>${num(0.2757, "27.6%")}</p>\n<p>${num(0.2757, "28%")} ${num(0.2757, "27.6%")}</p>`;
    expect(renderedPrecision(html).map((n) => `${n.line}:${n.column} ${n.text} vs ${n.first.text}`)).toEqual(["2:4 28% vs 27.6%"]);
  });

  it("accepts other formats of the same digits", () => {
    expect(renderedPrecision(num(0.2757, "27.6%") + num(0.2757, "0.276") + num(1.75e11, "175B") + num(1.75e11, "1750亿"))).toEqual([]);
  });
});

describe("shownDigits(text)", () => {
  it("keeps the significant digits of the mantissa", () => {
    expect(shownDigits("3.14 × 10²³ FLOPs")).toBe("314");
    expect(shownDigits("10²⁴")).toBe("1");
    expect(shownDigits("124,439,808")).toBe("124439808");
    expect(shownDigits("0.050")).toBe("5");
  });
});
