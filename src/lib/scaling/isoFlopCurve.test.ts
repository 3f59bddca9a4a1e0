import { describe, expect, it } from "vitest";
import { isoFlopCurve } from "./isoFlopCurve.ts";
import { computeOptimal } from "./computeOptimal.ts";
import { FITS } from "./tables/fits.ts";

describe("isoFlopCurve", () => {
  it("isoFlopCurve(flops, fit, { points, spanDecades }) spans the decades around the optimum, each point spending the budget", () => {
    const curve = isoFlopCurve(1e21, FITS.hoffmann2022, { points: 21, spanDecades: 2 });
    expect(curve).toHaveLength(21);
    expect(curve[10].params).toBeCloseTo(computeOptimal(1e21).params, -2);
    expect(curve[20].params / curve[0].params).toBeCloseTo(100, 8);
    for (const p of curve) expect((6 * p.params * p.tokens) / 1e21).toBeCloseTo(1, 12);
  });
  it("isoFlopCurve(flops, fit) has its valley in the middle for a Chinchilla fit and for Kaplan's Eq. 1.5", () => {
    for (const fit of [FITS.besiroglu2024, FITS.kaplan2020]) {
      const curve = isoFlopCurve(1e20, fit, { points: 41, spanDecades: 1 });
      const lowest = curve.reduce((best, p, i) => (p.loss < curve[best].loss ? i : best), 0);
      expect(lowest).toBe(20);
    }
  });
  it("isoFlopCurve(flops, fit, { centerParams }) centres where asked", () => {
    expect(isoFlopCurve(1e21, FITS.hoffmann2022, { points: 3, centerParams: 1e9 })[1].params).toBeCloseTo(1e9, -1);
  });
  it("isoFlopCurve throws a RangeError naming the argument for bad flops and options", () => {
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => isoFlopCurve(bad)).toThrow(/^invalid flops/);
      expect(() => isoFlopCurve(1e21, FITS.hoffmann2022, { spanDecades: bad })).toThrow(/^invalid spanDecades/);
      expect(() => isoFlopCurve(1e21, FITS.hoffmann2022, { centerParams: bad })).toThrow(/^invalid centerParams/);
    }
    for (const bad of [0, 2.5, -3]) expect(() => isoFlopCurve(1e21, FITS.hoffmann2022, { points: bad })).toThrow(/^invalid points/);
  });
});
