import { describe, expect, it } from "vitest";
import { sizeLaw } from "../lab/labAnalysis.ts";
import { alphaBand } from "./labSizeBand.ts";

const NS = [2e4, 5e4, 1.2e5, 3e5, 7e5, 1.6e6];
const runs = NS.map((n, i) => ({ nonEmbeddingParams: n, finalLoss: 9 * n ** -0.12 * (1 + (i % 2 ? 0.02 : -0.02)) }));
const law = sizeLaw(runs, { resamples: 200 })!;

describe("alphaBand", () => {
  const band = alphaBand(NS, law, 9);
  it("alphaBand(ns, law) spans the runs evenly in log N", () => {
    expect(band).toHaveLength(9);
    expect(band[0].params).toBeCloseTo(2e4);
    expect(band.at(-1)!.params).toBeCloseTo(1.6e6);
    expect(band[4].params).toBeCloseTo(Math.sqrt(2e4 * 1.6e6));
  });
  it("alphaBand holds the fitted line and widens away from the middle of the runs", () => {
    for (const b of band) {
      expect(b.low).toBeLessThanOrEqual(law.line(b.params) * (1 + 1e-9));
      expect(b.high).toBeGreaterThanOrEqual(law.line(b.params) * (1 - 1e-9));
    }
    const width = (b: { low: number; high: number }) => Math.log(b.high / b.low);
    const narrowest = Math.min(...band.map(width));
    expect(width(band[0])).toBeGreaterThan(2 * narrowest);
    expect(width(band.at(-1)!)).toBeGreaterThan(2 * narrowest);
  });
  it("alphaBand is empty with no law, no usable size, or an interval that is not finite", () => {
    expect(alphaBand(NS, null)).toEqual([]);
    expect(alphaBand([0, NaN, -1], law)).toEqual([]);
    expect(alphaBand(NS, { ...law, alphaInterval: [NaN, 0.1] })).toEqual([]);
  });
});
