import { describe, expect, it } from "vitest";
import { allocationFromFit } from "./allocationFromFit.ts";
import { FITS } from "./tables/fits.ts";

describe("allocationFromFit", () => {
  it("allocationFromFit(FITS.hoffmann2022) gives a = β/(α+β) = 0.4516, b = 0.5484 (Approach 3 before rounding to 0.46/0.54)", () => {
    const rule = allocationFromFit(FITS.hoffmann2022);
    expect(rule.a).toBeCloseTo(0.28 / 0.62, 12);
    expect(rule.b).toBeCloseTo(0.34 / 0.62, 12);
    expect(rule.lossFit).toBe(FITS.hoffmann2022);
  });
  it("allocationFromFit(fit) balances the two terms: at the optimum α·A/N^α = β·B/D^β (Hoffmann et al. 2022, §3.3)", () => {
    const fit = FITS.besiroglu2024, rule = allocationFromFit(fit);
    const c6 = 1e23 / 6, n = rule.G * c6 ** rule.a, d = c6 / n;
    expect((fit.alpha * fit.A) / n ** fit.alpha / ((fit.beta * fit.B) / d ** fit.beta)).toBeCloseTo(1, 10);
  });
  it("allocationFromFit(fit) rejects what is not a Chinchilla-form fit, and bad constants", () => {
    expect(() => allocationFromFit(FITS.kaplan2020 as never)).toThrow(TypeError);
    for (const bad of [0, -1, NaN, Infinity]) expect(() => allocationFromFit({ ...FITS.hoffmann2022, beta: bad })).toThrow(/^invalid fit.beta/);
  });
});
