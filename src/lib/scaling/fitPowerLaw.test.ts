import { describe, expect, it } from "vitest";
import { fitPowerLaw } from "./fitPowerLaw.ts";

describe("fitPowerLaw", () => {
  it("fitPowerLaw(xs, ys) recovers an exact power law with r2 = 1", () => {
    const xs = [1e18, 1e19, 1e20, 1e21];
    const { coefficient, exponent, r2 } = fitPowerLaw(xs, xs.map((x) => 0.3 * x ** 0.49));
    expect(exponent).toBeCloseTo(0.49, 12);
    expect(coefficient / 0.3).toBeCloseTo(1, 9);
    expect(r2).toBeCloseTo(1, 12);
  });
  it("fitPowerLaw(xs, ys) gives r2 < 1 for scattered data", () => {
    const { exponent, r2 } = fitPowerLaw([1, 2, 4, 8], [1, 2.5, 3.5, 9]);
    expect(exponent).toBeGreaterThan(0.9);
    expect(r2).toBeLessThan(1);
    expect(r2).toBeGreaterThan(0.9);
  });
  it("fitPowerLaw(xs, ys) skips pairs that are not positive finite numbers", () => {
    const clean = fitPowerLaw([1, 10, 100], [2, 20, 200]);
    expect(fitPowerLaw([1, 10, 0, 100, NaN, -5], [2, 20, 7, 200, 3, 1])).toEqual(clean);
  });
  it("fitPowerLaw(xs, ys) returns NaNs with fewer than two usable pairs or a single x", () => {
    const nan = { coefficient: NaN, exponent: NaN, r2: NaN };
    expect(fitPowerLaw([], [])).toEqual(nan);
    expect(fitPowerLaw([3], [4])).toEqual(nan);
    expect(fitPowerLaw([3, 3], [4, 5])).toEqual(nan);
  });
  it("fitPowerLaw(xs, ys) throws a RangeError if the lengths differ", () => {
    expect(() => fitPowerLaw([1, 2], [1])).toThrow(/^invalid ys: length 1/);
  });
});
