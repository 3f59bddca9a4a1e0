import { describe, expect, it } from "vitest";
import { computeOptimal } from "./computeOptimal.ts";
import { chinchillaLoss } from "./chinchillaLoss.ts";
import { FITS } from "./tables/fits.ts";
import { ALLOCATIONS } from "./tables/allocations.ts";

const GOPHER_FLOPS = 5.76e23; // Hoffmann et al. 2022, Table 3 ("Gopher unit").

describe("computeOptimal", () => {
  it("computeOptimal(flops, fit) spends exactly the budget: 6 · params · tokens = flops", () => {
    for (const fit of [FITS.hoffmann2022, FITS.besiroglu2024, ...Object.values(ALLOCATIONS)]) {
      const { params, tokens, tokensPerParam } = computeOptimal(1e24, fit);
      expect(6 * params * tokens).toBeCloseTo(1e24, -10);
      expect(tokensPerParam).toBeCloseTo(tokens / params, 12);
    }
  });
  it("computeOptimal(flops, fit) is the minimum of chinchillaLoss along the iso-FLOP line (checked by brute force)", () => {
    for (const fit of [FITS.hoffmann2022, FITS.besiroglu2024]) {
      const best = computeOptimal(1e22, fit);
      let bruteParams = NaN, bruteLoss = Infinity;
      for (let i = 0; i <= 4000; i++) {
        const params = 1e8 * 10 ** (i / 1000); // 1e8 … 1e12, 0.23% steps
        const loss = chinchillaLoss(params, 1e22 / (6 * params), fit);
        if (loss < bruteLoss) [bruteLoss, bruteParams] = [loss, params];
      }
      expect(Math.abs(Math.log10(best.params / bruteParams))).toBeLessThanOrEqual(0.001);
      expect(best.loss).toBeLessThanOrEqual(bruteLoss + 1e-12);
    }
  });
  it("computeOptimal(5.76e23, FITS.hoffmann2022) — rounded published constants — gives ≈ 32B params and ≈ 93 tokens per parameter, not the paper's 40B", () => {
    const { params, tokens, tokensPerParam } = computeOptimal(GOPHER_FLOPS, FITS.hoffmann2022);
    expect(params / 1e9).toBeCloseTo(32.2, 1);
    expect(tokens / 1e12).toBeCloseTo(2.98, 2);
    expect(tokensPerParam).toBeCloseTo(92.6, 1);
  });
  it("computeOptimal(5.76e23, FITS.hoffmann2022Unrounded) gives the paper's 40B parameters (Figure 4, §3.3), ≈ 59 tokens per parameter", () => {
    const { params, tokensPerParam } = computeOptimal(GOPHER_FLOPS, FITS.hoffmann2022Unrounded);
    expect(Math.round(params / 1e9)).toBe(40);
    expect(tokensPerParam).toBeCloseTo(58.9, 1);
  });
  it("computeOptimal(5.76e23, rule) gives ≈ 18–24 tokens per parameter for Approaches 1, 2 and the replication, 53 for Approach 3's table", () => {
    expect(computeOptimal(GOPHER_FLOPS, "hoffmann2022Approach1").params / 1e9).toBeCloseTo(67.9, 1); // Table 3: "67 Billion"
    expect(computeOptimal(GOPHER_FLOPS, "hoffmann2022Approach1").tokensPerParam).toBeCloseTo(20.8, 1);
    expect(computeOptimal(GOPHER_FLOPS, "hoffmann2022Approach2").tokensPerParam).toBeCloseTo(23.7, 1);
    expect(computeOptimal(GOPHER_FLOPS, "besiroglu2024").tokensPerParam).toBeCloseTo(18.4, 1);
    expect(computeOptimal(GOPHER_FLOPS, "hoffmann2022Approach3").tokensPerParam).toBeCloseTo(53.2, 1);
  });
  it("computeOptimal(flops, name) equals computeOptimal(flops, ALLOCATIONS[name]), and a fit equals its rule", () => {
    expect(computeOptimal(1e23, "kaplan2020")).toEqual(computeOptimal(1e23, ALLOCATIONS.kaplan2020));
    expect(computeOptimal(1e23, FITS.besiroglu2024)).toEqual(computeOptimal(1e23, ALLOCATIONS.besiroglu2024));
  });
  it("computeOptimal(flops) defaults to FITS.hoffmann2022", () => {
    expect(computeOptimal(1e23)).toEqual(computeOptimal(1e23, FITS.hoffmann2022));
  });
  it("computeOptimal(flops) throws a RangeError naming flops for 0, negative, NaN and Infinity", () => {
    for (const bad of [0, -1, NaN, Infinity]) expect(() => computeOptimal(bad)).toThrow(/^invalid flops/);
  });
  it("computeOptimal(flops, fit) rejects an unknown name, a Kaplan Eq. 1.5 fit and exponents out of range", () => {
    expect(() => computeOptimal(1e23, "chinchilla" as never)).toThrow(RangeError);
    expect(() => computeOptimal(1e23, FITS.kaplan2020 as never)).toThrow(TypeError);
    expect(() => computeOptimal(1e23, { ...FITS.hoffmann2022, alpha: -0.3 })).toThrow(/invalid fit.alpha: -0.3/);
    expect(() => computeOptimal(1e23, { ...FITS.hoffmann2022, beta: NaN })).toThrow(/invalid fit.beta/);
    expect(() => computeOptimal(1e23, { ...ALLOCATIONS.kaplan2020, a: 1.5, b: -0.5 })).toThrow(/invalid fit.a: 1.5/);
    expect(() => computeOptimal(1e23, { ...ALLOCATIONS.kaplan2020, b: 0.5 })).toThrow(/invalid fit.b/);
    expect(() => computeOptimal(1e23, { ...ALLOCATIONS.kaplan2020, G: 0 })).toThrow(/invalid fit.G/);
  });
});
