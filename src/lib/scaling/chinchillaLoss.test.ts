import { describe, expect, it } from "vitest";
import { chinchillaLoss } from "./chinchillaLoss.ts";
import { FITS } from "./tables/fits.ts";

describe("chinchillaLoss", () => {
  it("chinchillaLoss(70e9, 1.4e12) is Chinchilla's predicted loss under the printed fit, ≈ 1.94 nats", () => {
    // 1.69 + 406.4 / 70e9^0.34 + 410.7 / 1.4e12^0.28 = 1.69 + 0.0835 + 0.1631
    expect(chinchillaLoss(70e9, 1.4e12)).toBeCloseTo(1.9366, 3);
  });
  it("chinchillaLoss(params, tokens, fit) tends to E as both grow, and the N and D terms separate", () => {
    const fit = FITS.besiroglu2024;
    expect(chinchillaLoss(1e30, 1e30, fit) - fit.E).toBeLessThan(1e-7);
    const dN = chinchillaLoss(1e9, 1e11, fit) - chinchillaLoss(2e9, 1e11, fit);
    expect(dN).toBeCloseTo(fit.A * (1e9 ** -fit.alpha - 2e9 ** -fit.alpha), 12);
  });
  it("chinchillaLoss(params, tokens) falls as either grows", () => {
    expect(chinchillaLoss(2e9, 1e11)).toBeLessThan(chinchillaLoss(1e9, 1e11));
    expect(chinchillaLoss(1e9, 2e11)).toBeLessThan(chinchillaLoss(1e9, 1e11));
  });
  it("chinchillaLoss(params, tokens) throws a RangeError naming the argument for 0, negative, NaN and Infinity", () => {
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => chinchillaLoss(bad, 1e9)).toThrow(/^invalid params/);
      expect(() => chinchillaLoss(1e9, bad)).toThrow(/^invalid tokens/);
    }
  });
  it("chinchillaLoss(params, tokens, fit) rejects a Kaplan fit and out-of-range constants", () => {
    expect(() => chinchillaLoss(1e9, 1e9, FITS.kaplan2020 as never)).toThrow(TypeError);
    expect(() => chinchillaLoss(1e9, 1e9, { ...FITS.hoffmann2022, A: -1 })).toThrow(/invalid fit.A: -1/);
    expect(() => chinchillaLoss(1e9, 1e9, { ...FITS.hoffmann2022, E: -0.1 })).toThrow(/invalid fit.E/);
  });
});
