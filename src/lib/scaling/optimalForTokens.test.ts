import { describe, expect, it } from "vitest";
import { optimalForTokens } from "./optimalForTokens.ts";
import { optimalForParams } from "./optimalForParams.ts";
import { computeOptimal } from "./computeOptimal.ts";
import { FITS } from "./tables/fits.ts";

describe("optimalForTokens", () => {
  it("optimalForTokens(D, fit) inverts the allocation: computeOptimal of its budget gives back N and D", () => {
    for (const fit of [FITS.hoffmann2022, FITS.besiroglu2024, "kaplan2020", "hoffmann2022Approach1"] as const) {
      for (const tokens of [1e9, 1.4e12, 15e12]) {
        const o = optimalForTokens(tokens, fit);
        const back = computeOptimal(o.flops, fit);
        expect(back.tokens / tokens).toBeCloseTo(1, 10);
        expect(back.params / o.params).toBeCloseTo(1, 10);
        expect(optimalForParams(o.params, fit).tokens / tokens).toBeCloseTo(1, 10);
      }
    }
  });
  it("optimalForTokens(1.4e12, Approach 1) is Chinchilla's size: about 70B parameters, 20 tokens each", () => {
    const o = optimalForTokens(1.4e12, "hoffmann2022Approach1");
    expect(o.params).toBeGreaterThan(60e9);
    expect(o.params).toBeLessThan(80e9);
    expect(o.tokensPerParam).toBeGreaterThan(17);
    expect(o.tokensPerParam).toBeLessThan(23);
    expect(o.flops).toBeCloseTo(6 * o.params * 1.4e12, -15);
  });
  it("optimalForTokens(15e12) gives 710B under Approach 1 and 122B under the rounded printed fit", () => {
    expect(optimalForTokens(15e12, "hoffmann2022Approach1").params / 1e9).toBeCloseTo(708, 0);
    expect(optimalForTokens(15e12).params / 1e9).toBeCloseTo(121.7, 1);
  });
  it("optimalForTokens rejects 0, negative, NaN and Infinity tokens, naming the parameter", () => {
    for (const bad of [0, -1, NaN, Infinity]) expect(() => optimalForTokens(bad)).toThrow(/^invalid tokens: /);
  });
});
