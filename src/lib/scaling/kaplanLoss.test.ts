import { describe, expect, it } from "vitest";
import { kaplanLoss } from "./kaplanLoss.ts";
import { FITS } from "./tables/fits.ts";

describe("kaplanLoss", () => {
  it("kaplanLoss({ params }) is 1 nat at N = N_c and falls by 2^-0.076 ≈ 0.95 per doubling (Kaplan et al. 2020, §1.2)", () => {
    expect(kaplanLoss({ params: 8.8e13 })).toBe(1);
    expect(kaplanLoss({ params: 2e9 }) / kaplanLoss({ params: 1e9 })).toBeCloseTo(0.9487, 4);
  });
  it("kaplanLoss({ tokens }) and kaplanLoss({ computePfDays }) follow Eqs. 1.2 and 1.3", () => {
    expect(kaplanLoss({ tokens: 5.4e13 })).toBe(1);
    expect(kaplanLoss({ tokens: 5.4e12 })).toBeCloseTo(10 ** 0.095, 12);
    expect(kaplanLoss({ computePfDays: 3.1e8 })).toBe(1);
    expect(kaplanLoss({ computePfDays: 3.1e6 })).toBeCloseTo(100 ** 0.05, 12);
  });
  it("kaplanLoss({ params, tokens }) (Eq. 1.5) tends to (N_c/N)^α_N with Table 2's N_c as tokens grow, and exceeds it", () => {
    const { Nc, alphaN } = FITS.kaplan2020;
    expect(kaplanLoss({ params: 1e9, tokens: 1e30 })).toBeCloseTo((Nc / 1e9) ** alphaN, 9);
    expect(kaplanLoss({ params: 1e9, tokens: 1e10 })).toBeGreaterThan((Nc / 1e9) ** alphaN);
  });
  it("kaplanLoss({ params, tokens }) overfits by about 2% when D = 5e3·N^0.74 (Kaplan et al. 2020, Eq. 4.4)", () => {
    const params = 1e9, tokens = 5e3 * params ** 0.74;
    const penalty = kaplanLoss({ params, tokens }) / kaplanLoss({ params, tokens: 1e30 }) - 1;
    expect(penalty).toBeGreaterThan(0.01);
    expect(penalty).toBeLessThan(0.03);
  });
  it("kaplanLoss(input) throws a RangeError naming the argument for 0, negative, NaN and Infinity", () => {
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => kaplanLoss({ params: bad })).toThrow(/^invalid params/);
      expect(() => kaplanLoss({ tokens: bad })).toThrow(/^invalid tokens/);
      expect(() => kaplanLoss({ computePfDays: bad })).toThrow(/^invalid computePfDays/);
      expect(() => kaplanLoss({ params: 1e9, tokens: bad })).toThrow(/^invalid tokens/);
    }
  });
  it("kaplanLoss(input) rejects empty input, compute with anything else, and a Chinchilla fit", () => {
    expect(() => kaplanLoss({})).toThrow(/invalid input: \{  \}/);
    expect(() => kaplanLoss({ params: 1e9, computePfDays: 1 })).toThrow(RangeError);
    expect(() => kaplanLoss({ params: 1e9, tokens: 1e9 }, FITS.hoffmann2022 as never)).toThrow(TypeError);
  });
});
