import { describe, expect, it } from "vitest";
import { inferenceAwareOptimal } from "./inferenceAwareOptimal.ts";
import { computeOptimal } from "./computeOptimal.ts";
import { chinchillaLoss } from "./chinchillaLoss.ts";
import { FITS } from "./tables/fits.ts";

// The quality of the compute-optimal model at 1e23 FLOPs under the printed fit.
const target = computeOptimal(1e23).loss;

describe("inferenceAwareOptimal", () => {
  it("inferenceAwareOptimal({ targetLoss, inferenceTokens: 0 }) is the Chinchilla-optimal model of that loss", () => {
    const result = inferenceAwareOptimal({ targetLoss: target, inferenceTokens: 0 });
    expect(result.params / computeOptimal(1e23).params).toBeCloseTo(1, 9);
    expect(result.trainingFlops / 1e23).toBeCloseTo(1, 9);
    expect(result.savedFlops).toBeCloseTo(0, -10);
  });
  it("inferenceAwareOptimal({ …, inferenceTokens }) reaches the target loss with a smaller model trained longer (Sardana et al. 2024)", () => {
    const result = inferenceAwareOptimal({ targetLoss: target, inferenceTokens: 1e13, fit: FITS.hoffmann2022 });
    expect(chinchillaLoss(result.params, result.trainingTokens)).toBeCloseTo(target, 12);
    expect(result.params).toBeLessThan(result.chinchilla.params);
    expect(result.tokensPerParam).toBeGreaterThan(result.chinchilla.tokensPerParam);
    expect(result.totalFlops).toBeCloseTo(result.trainingFlops + 2 * result.params * 1e13, -8);
    expect(result.savedFlops).toBeGreaterThan(0);
  });
  it("inferenceAwareOptimal finds the cheapest model on the loss constraint (checked by brute force over N)", () => {
    const { E, A, B, alpha, beta } = FITS.besiroglu2024;
    const targetLoss = 2.1, served = 2e12;
    const result = inferenceAwareOptimal({ targetLoss, inferenceTokens: served, fit: FITS.besiroglu2024 });
    let cheapest = Infinity;
    for (let i = 0; i <= 6000; i++) {
      const n = 1e7 * 10 ** (i / 1000);
      const gap = targetLoss - E - A / n ** alpha;
      if (gap <= 0) continue;
      const d = (B / gap) ** (1 / beta);
      cheapest = Math.min(cheapest, 6 * n * d + 2 * n * served);
    }
    expect(result.totalFlops).toBeLessThanOrEqual(cheapest * (1 + 1e-9));
    expect(result.totalFlops / cheapest).toBeGreaterThan(1 - 1e-5);
  });
  it("inferenceAwareOptimal throws a RangeError for a target at or below E, and for bad arguments", () => {
    expect(() => inferenceAwareOptimal({ targetLoss: 1.69, inferenceTokens: 0 })).toThrow(/^invalid targetLoss: 1.69 \(must exceed/);
    for (const bad of [-1, NaN, Infinity]) expect(() => inferenceAwareOptimal({ targetLoss: 2, inferenceTokens: bad })).toThrow(/^invalid inferenceTokens/);
    for (const bad of [NaN, Infinity, -Infinity, 0]) expect(() => inferenceAwareOptimal({ targetLoss: bad, inferenceTokens: 0 })).toThrow(/^invalid targetLoss/);
    expect(() => inferenceAwareOptimal({ targetLoss: 2, inferenceTokens: 0, fit: FITS.kaplan2020 as never })).toThrow(TypeError);
  });
});
