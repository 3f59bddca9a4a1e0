import { describe, expect, it } from "vitest";
import { predictLoss } from "./predictLoss.ts";
import { chinchillaLoss } from "./chinchillaLoss.ts";
import { kaplanLoss } from "./kaplanLoss.ts";
import { FITS } from "./tables/fits.ts";

describe("predictLoss", () => {
  it("predictLoss(params, tokens, fit) uses the fit's form", () => {
    expect(predictLoss(1e9, 2e10, FITS.besiroglu2024)).toBe(chinchillaLoss(1e9, 2e10, FITS.besiroglu2024));
    expect(predictLoss(1e9, 2e10, FITS.kaplan2020)).toBe(kaplanLoss({ params: 1e9, tokens: 2e10 }));
  });
  it("predictLoss(params, tokens, fit) rejects what is not a fit, and bad arguments", () => {
    expect(() => predictLoss(1e9, 1e9, {} as never)).toThrow(TypeError);
    expect(() => predictLoss(1e9, 1e9, { ...FITS.kaplan2020, Dc: 0 })).toThrow(/invalid fit.Dc: 0/);
    for (const bad of [0, -1, NaN, Infinity]) expect(() => predictLoss(bad, 1e9, FITS.kaplan2020)).toThrow(/^invalid params/);
  });
});
