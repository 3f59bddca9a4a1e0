import { describe, expect, it } from "vitest";
import { dataConstrainedLoss } from "./dataConstrainedLoss.ts";
import { chinchillaLoss } from "./chinchillaLoss.ts";
import { FITS } from "./tables/fits.ts";

describe("dataConstrainedLoss", () => {
  it("dataConstrainedLoss reproduces Muennighoff et al.'s Figure 1 (right) example losses from their reference code", () => {
    // huggingface/datablations README, "Parametric Fit": 2.2256440889984477 and 2.2269634075087867.
    expect(dataConstrainedLoss({ params: 6.34e9, tokens: 242e9, uniqueTokens: 25e9 })).toBeCloseTo(2.2256440889984477, 12);
    expect(dataConstrainedLoss({ params: 8.67e9, tokens: 178e9, uniqueTokens: 25e9 })).toBeCloseTo(2.2269634075087867, 12);
  });
  it("dataConstrainedLoss with ample unique data and a small model is the plain Chinchilla-form loss", () => {
    expect(dataConstrainedLoss({ params: 1e8, tokens: 1e10, uniqueTokens: 1e12 })).toBeCloseTo(chinchillaLoss(1e8, 1e10, FITS.muennighoff2023), 12);
  });
  it("dataConstrainedLoss: repeating data is worse than fresh data of the same size", () => {
    const fresh = dataConstrainedLoss({ params: 1e9, tokens: 1e11, uniqueTokens: 1e11 });
    expect(dataConstrainedLoss({ params: 1e9, tokens: 1e11, uniqueTokens: 1e10 })).toBeGreaterThan(fresh);
  });
  it("dataConstrainedLoss throws a RangeError naming the argument for 0, negative, NaN and Infinity", () => {
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => dataConstrainedLoss({ params: bad, tokens: 1e9, uniqueTokens: 1e9 })).toThrow(/^invalid params/);
      expect(() => dataConstrainedLoss({ params: 1e9, tokens: bad, uniqueTokens: 1e9 })).toThrow(/^invalid tokens/);
      expect(() => dataConstrainedLoss({ params: 1e9, tokens: 1e9, uniqueTokens: bad })).toThrow(/^invalid uniqueTokens/);
    }
  });
});
