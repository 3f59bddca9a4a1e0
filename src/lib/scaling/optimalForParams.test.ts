import { describe, expect, it } from "vitest";
import { optimalForParams } from "./optimalForParams.ts";
import { computeOptimal } from "./computeOptimal.ts";
import { FITS } from "./tables/fits.ts";

describe("optimalForParams", () => {
  it("optimalForParams(params, fit) inverts computeOptimal: the budget it returns makes `params` optimal", () => {
    for (const fit of [FITS.hoffmann2022, "kaplan2020", "hoffmann2022Approach2"] as const) {
      const { flops, tokens } = optimalForParams(7e9, fit);
      const back = computeOptimal(flops, fit);
      expect(back.params / 7e9).toBeCloseTo(1, 12);
      expect(back.tokens / tokens).toBeCloseTo(1, 12);
    }
  });
  it("optimalForParams(70e9, \"hoffmann2022Approach1\") is Chinchilla itself: ≈ 1.4T tokens", () => {
    expect(optimalForParams(70e9, "hoffmann2022Approach1").tokens / 1e12).toBeCloseTo(1.46, 2);
  });
  it("optimalForParams(params) throws a RangeError naming params for 0, negative, NaN and Infinity", () => {
    for (const bad of [0, -1, NaN, Infinity]) expect(() => optimalForParams(bad)).toThrow(/^invalid params/);
  });
});
