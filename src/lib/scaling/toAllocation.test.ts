import { describe, expect, it } from "vitest";
import { toAllocation } from "./toAllocation.ts";
import { ALLOCATIONS } from "./tables/allocations.ts";
import { FITS } from "./tables/fits.ts";

describe("toAllocation", () => {
  it("toAllocation(name) returns the named rule, toAllocation(rule) the rule itself", () => {
    expect(toAllocation("hoffmann2022Approach2")).toBe(ALLOCATIONS.hoffmann2022Approach2);
    expect(toAllocation(ALLOCATIONS.kaplan2020)).toBe(ALLOCATIONS.kaplan2020);
  });
  it("toAllocation(name of a Chinchilla fit) derives the rule of FITS[name], the same as passing the fit", () => {
    expect(toAllocation("hoffmann2022")).toEqual(toAllocation(FITS.hoffmann2022));
    expect(toAllocation("hoffmann2022Unrounded").a).toBeCloseTo(FITS.hoffmann2022Unrounded.beta / (FITS.hoffmann2022Unrounded.alpha + FITS.hoffmann2022Unrounded.beta), 12);
    expect(() => toAllocation("hoffmann2022 " as never)).toThrow(/invalid fit: "hoffmann2022 "/);
  });
  it("toAllocation(fit) derives the closed-form rule of a Chinchilla-form fit", () => {
    expect(toAllocation(FITS.besiroglu2024).G).toBeCloseTo(ALLOCATIONS.besiroglu2024.G, 15);
  });
  it("toAllocation rejects unknown names (listing the known ones), Kaplan fits and other values", () => {
    expect(() => toAllocation("approach1" as never)).toThrow(/^invalid fit: "approach1" \(expected one of kaplan2020, /);
    expect(() => toAllocation(FITS.kaplan2020 as never)).toThrow(TypeError);
    expect(() => toAllocation(null as never)).toThrow(TypeError);
    expect(() => toAllocation({ ...ALLOCATIONS.kaplan2020, lossFit: FITS.kaplan2020 } as never)).toThrow(/invalid fit.lossFit/);
  });
});
