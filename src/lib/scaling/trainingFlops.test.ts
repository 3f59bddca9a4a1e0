import { describe, expect, it } from "vitest";
import { trainingFlops } from "./trainingFlops.ts";
import { PF_DAY_FLOPS } from "./units.ts";

describe("trainingFlops", () => {
  it("trainingFlops(params, tokens) reproduces GPT-3 175B's 3.14e23 FLOPs and 3.64e3 PF-days (Brown et al. 2020, Table D.1)", () => {
    const flops = trainingFlops(174.6e9, 300e9);
    expect(flops / 1e23).toBeCloseTo(3.14, 2);
    expect(flops / PF_DAY_FLOPS).toBeCloseTo(3640, -1);
  });
  it("trainingFlops(params, tokens) is 6·N·D", () => {
    expect(trainingFlops(2, 3)).toBe(36);
  });
  it("trainingFlops(params, tokens) throws a RangeError naming the argument for 0, negative, NaN and Infinity", () => {
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => trainingFlops(bad, 1)).toThrow(/invalid params/);
      expect(() => trainingFlops(1, bad)).toThrow(/invalid tokens/);
    }
  });
});
