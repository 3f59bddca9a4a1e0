import { describe, expect, it } from "vitest";
import { criticalBatchSize } from "./criticalBatchSize.ts";

describe("criticalBatchSize", () => {
  it("criticalBatchSize(1) is B_* = 2e8 tokens (Kaplan et al. 2020, Eq. 1.4)", () => {
    expect(criticalBatchSize(1)).toBe(2e8);
  });
  it("criticalBatchSize(loss) scales as L^-4.8 (Kaplan et al. 2020, §6.1: B ∝ L^-4.8)", () => {
    expect(Math.log(criticalBatchSize(3) / criticalBatchSize(2)) / Math.log(3 / 2)).toBeCloseTo(-4.8, 1);
  });
  it("criticalBatchSize(loss) is 1–2 million tokens around 2.7–2.9 nats (§1.1: \"roughly 1-2 million tokens at convergence for the largest models\")", () => {
    expect(criticalBatchSize(2.9)).toBeGreaterThan(1e6);
    expect(criticalBatchSize(2.7)).toBeLessThan(2e6);
  });
  it("criticalBatchSize(loss) throws a RangeError naming loss for 0, negative, NaN and Infinity", () => {
    for (const bad of [0, -1, NaN, Infinity]) expect(() => criticalBatchSize(bad)).toThrow(/^invalid loss/);
  });
});
