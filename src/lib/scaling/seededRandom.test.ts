import { describe, expect, it } from "vitest";
import { seededRandom } from "./seededRandom.ts";

describe("seededRandom", () => {
  it("seededRandom(seed) repeats its sequence for the same seed and differs for another", () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });
  it("seededRandom(seed) is uniform on [0, 1): mean ≈ 1/2, variance ≈ 1/12 over 1e5 draws", () => {
    const random = seededRandom(1);
    const xs = Array.from({ length: 1e5 }, random);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length).toBeCloseTo(1 / 12, 3);
  });
  it("seededRandom(seed) throws a RangeError for NaN or Infinity", () => {
    for (const bad of [NaN, Infinity]) expect(() => seededRandom(bad)).toThrow(/^invalid seed/);
  });
});
