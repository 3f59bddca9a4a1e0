import { describe, expect, it } from "vitest";
import { chinchillaFitParam, lossFitParam } from "./fitParam.ts";
import { FITS } from "./tables/fits.ts";

describe("fitParam", () => {
  it("chinchillaFitParam(name, fit) returns a valid fit; E may be 0", () => {
    expect(chinchillaFitParam("fit", FITS.hoffmann2022)).toBe(FITS.hoffmann2022);
    expect(chinchillaFitParam("fit", { ...FITS.hoffmann2022, E: 0 }).E).toBe(0);
  });
  it("chinchillaFitParam(name, value) throws a TypeError naming the form it got, and a RangeError naming a bad field", () => {
    expect(() => chinchillaFitParam("fit", FITS.kaplan2020)).toThrow('invalid fit: { form: "kaplan" }');
    expect(() => chinchillaFitParam("fit", "hoffmann2022")).toThrow('invalid fit: "hoffmann2022"');
    for (const bad of [0, -1, NaN, Infinity]) expect(() => chinchillaFitParam("myFit", { ...FITS.hoffmann2022, alpha: bad })).toThrow(`invalid myFit.alpha: ${bad}`);
  });
  it("lossFitParam(name, fit) accepts both forms and checks the Kaplan constants", () => {
    expect(lossFitParam("fit", FITS.kaplan2020)).toBe(FITS.kaplan2020);
    expect(lossFitParam("fit", FITS.besiroglu2024)).toBe(FITS.besiroglu2024);
    expect(() => lossFitParam("fit", { ...FITS.kaplan2020, alphaD: -0.1 })).toThrow(/^invalid fit.alphaD: -0.1/);
  });
});
