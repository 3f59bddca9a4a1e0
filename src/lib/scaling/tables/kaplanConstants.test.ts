import { describe, expect, it } from "vitest";
import { KAPLAN_2020 } from "./kaplanConstants.ts";

describe("KAPLAN_2020", () => {
  it("KAPLAN_2020's compute-efficient exponents are consistent: p_N + p_D = 1 (C ∝ N·D) and p_B + p_S = p_D (D = B·S)", () => {
    const k = KAPLAN_2020;
    expect(k.optimalParamsExponent + k.optimalTokensExponent).toBeCloseTo(1, 12);
    expect(k.optimalBatchExponent + k.optimalStepsExponent).toBeCloseTo(k.optimalTokensExponent, 12);
  });
  it("KAPLAN_2020's D_e agrees with D = 2·C_min/(6·N) at 1 PF-day (Eq. 6.7) to 10%", () => {
    const k = KAPLAN_2020;
    expect((2 * 8.64e19) / (6 * k.optimalParamsScale) / k.optimalTokensScale).toBeCloseTo(1.1, 1);
  });
  it("KAPLAN_2020 is frozen", () => {
    expect(Object.isFrozen(KAPLAN_2020)).toBe(true);
  });
});
