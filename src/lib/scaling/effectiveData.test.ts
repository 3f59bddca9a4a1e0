import { describe, expect, it } from "vitest";
import { effectiveData, R_D_STAR } from "./effectiveData.ts";

describe("effectiveData", () => {
  it("effectiveData(tokens, uniqueTokens) is tokens when nothing repeats", () => {
    expect(effectiveData(1e11, 1e11)).toBe(1e11);
    expect(effectiveData(1e11, 5e11)).toBe(1e11);
  });
  it("effectiveData keeps 4 epochs worth ≈ 93% of fresh data (Muennighoff et al. 2023: \"negligible\" up to 4 epochs)", () => {
    expect(effectiveData(4e10, 1e10) / 4e10).toBeCloseTo(0.93, 2);
  });
  it("effectiveData saturates at U·(1 + R_D*) however many epochs", () => {
    expect(effectiveData(1e16, 1e10)).toBeCloseTo(1e10 * (1 + R_D_STAR), -3);
    expect(effectiveData(1e11, 1e10)).toBeLessThan(0.8 * 1e10 * (1 + R_D_STAR));
  });
  it("effectiveData throws a RangeError naming the argument for 0, negative, NaN and Infinity", () => {
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => effectiveData(bad, 1e9)).toThrow(/^invalid tokens/);
      expect(() => effectiveData(1e9, bad)).toThrow(/^invalid uniqueTokens/);
      expect(() => effectiveData(2e9, 1e9, bad)).toThrow(/^invalid rStar/);
    }
  });
});
