import { describe, expect, it } from "vitest";
import { kaplanOptimal } from "./kaplanOptimal.ts";
import { PF_DAY_FLOPS } from "./units.ts";

describe("kaplanOptimal", () => {
  it("kaplanOptimal(computeMinPfDays) gives N_opt = 1.3e9 · C_min^0.73 (Kaplan et al. 2020, Table 6)", () => {
    expect(kaplanOptimal(1).params).toBe(1.3e9);
    expect(kaplanOptimal(1000).params).toBeCloseTo(1.3e9 * 1000 ** 0.73, -3);
  });
  it("kaplanOptimal grows params 5.4× and tokens 1.9× per 10× compute (Figure 14: \"5x\", \"2x\")", () => {
    expect(kaplanOptimal(10).params / kaplanOptimal(1).params).toBeCloseTo(5.37, 2);
    expect(kaplanOptimal(10).tokens / kaplanOptimal(1).tokens).toBeCloseTo(1.86, 2);
  });
  it("kaplanOptimal(computeMinPfDays) gives Table 6's batch, steps and tokens at 1 PF-day, and spends 2·C_min", () => {
    expect(kaplanOptimal(1)).toEqual({ computeMinPfDays: 1, flops: 2 * PF_DAY_FLOPS, params: 1.3e9, batchTokens: 2e6, steps: 5.4e3, tokens: 2e10 });
  });
  it("kaplanOptimal(computeMinPfDays) throws a RangeError naming the argument for 0, negative, NaN and Infinity", () => {
    for (const bad of [0, -1, NaN, Infinity]) expect(() => kaplanOptimal(bad)).toThrow(/^invalid computeMinPfDays/);
  });
});
