import { describe, expect, it } from "vitest";
import { quantileSorted } from "./quantileSorted.ts";

describe("quantileSorted", () => {
  it("quantileSorted(sorted, p) interpolates linearly between order statistics (R type 7)", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileSorted([0, 10], 0.05)).toBeCloseTo(0.5, 12);
  });
  it("quantileSorted(sorted, p) is NaN for an empty list and handles Infinity at the top", () => {
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(quantileSorted([1, Infinity, Infinity], 0.9)).toBe(Infinity);
    expect(quantileSorted([1, 2, Infinity], 0.25)).toBe(1.5);
  });
});
