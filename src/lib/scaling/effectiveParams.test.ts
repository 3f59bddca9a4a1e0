import { describe, expect, it } from "vitest";
import { effectiveParams, R_N_STAR } from "./effectiveParams.ts";

describe("effectiveParams", () => {
  it("effectiveParams(params, baseParams) is params when the model is no larger than the data supports", () => {
    expect(effectiveParams(1e9, 2e9)).toBe(1e9);
  });
  it("effectiveParams discounts excess parameters and saturates at U_N·(1 + R_N*)", () => {
    expect(effectiveParams(2e9, 1e9)).toBeLessThan(2e9);
    expect(effectiveParams(2e9, 1e9)).toBeGreaterThan(1e9);
    expect(effectiveParams(1e15, 1e9)).toBeCloseTo(1e9 * (1 + R_N_STAR), -3);
  });
  it("effectiveParams throws a RangeError naming the argument for 0, negative, NaN and Infinity", () => {
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => effectiveParams(bad, 1e9)).toThrow(/^invalid params/);
      expect(() => effectiveParams(1e9, bad)).toThrow(/^invalid baseParams/);
      expect(() => effectiveParams(2e9, 1e9, bad)).toThrow(/^invalid rStar/);
    }
  });
});
