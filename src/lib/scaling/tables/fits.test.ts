import { describe, expect, it } from "vitest";
import { FITS } from "./fits.ts";

describe("FITS", () => {
  it("FITS.hoffmann2022Unrounded rounds to the printed FITS.hoffmann2022 (E, A, B to the printed digits; α, β to 2 decimals)", () => {
    const u = FITS.hoffmann2022Unrounded, r = FITS.hoffmann2022;
    expect(Math.round(u.E * 100) / 100).toBe(r.E);
    expect(Math.round(u.A * 10) / 10).toBe(r.A);
    expect(Math.round(u.B * 10) / 10).toBe(r.B);
    expect(Math.round(u.alpha * 100) / 100).toBe(r.alpha);
    expect(Math.round(u.beta * 100) / 100).toBe(r.beta);
  });
  it("FITS.muennighoff2023 has equal exponents α = β, as Muennighoff et al. fit them", () => {
    expect(FITS.muennighoff2023.alpha).toBe(FITS.muennighoff2023.beta);
  });
  it("FITS entries say their form and cite a source, and are frozen", () => {
    expect(Object.isFrozen(FITS)).toBe(true);
    for (const fit of Object.values(FITS)) {
      expect(["chinchilla", "kaplan"]).toContain(fit.form);
      expect(fit.source).toMatch(/\d{4}/);
      expect(Object.isFrozen(fit)).toBe(true);
    }
  });
});
