import fc from "fast-check";
import { describe, expect, it } from "vitest";
import models from "../../../content/data/models.json" with { type: "json" };
import { bootstrapTrend } from "./bootstrapTrend.ts";
import { seededRandom } from "./seededRandom.ts";

const datasetSizes = models.filter((m) => m.tokens !== null).map((m) => ({ date: m.date, value: m.tokens as number }));

describe("bootstrapTrend", () => {
  it("bootstrapTrend(points, options) recovers an exact exponential: rate ln 3, 3× a year, doubling in 7.6 months, a zero-width interval", () => {
    const points = [2018, 2019, 2020, 2021, 2022].map((year) => ({ year, value: 1e9 * 3 ** (year - 2018) }));
    const t = bootstrapTrend(points, { resamples: 200, seed: 1 });
    expect(t.rate).toBeCloseTo(Math.log(3), 10);
    expect(t.factorPerYear).toBeCloseTo(3, 10);
    expect(t.doublingMonths).toBeCloseTo((12 * Math.LN2) / Math.log(3), 10);
    expect(t.anchorYear).toBe(2022);
    expect(t.anchorValue).toBeCloseTo(81e9, -3);
    expect(t.interval.rate[0]).toBeCloseTo(Math.log(3), 10);
    expect(t.interval.rate[1]).toBeCloseTo(Math.log(3), 10);
  });
  it("bootstrapTrend(points, options) is deterministic under a seed and differs between seeds", () => {
    const a = bootstrapTrend(datasetSizes, { resamples: 300, seed: 42 });
    const b = bootstrapTrend(datasetSizes, { resamples: 300, seed: 42 });
    const c = bootstrapTrend(datasetSizes, { resamples: 300, seed: 43 });
    expect(a).toEqual(b);
    expect(a.interval.rate).not.toEqual(c.interval.rate);
    expect(a.rate).toBe(c.rate);
  });
  it("bootstrapTrend(points, options) puts a 90% interval of 2.0–3.6× a year on the site's dataset sizes, which covers Epoch AI's ~3× a year (data insight 'dataset-size trend')", () => {
    const t = bootstrapTrend(datasetSizes, { resamples: 2_000, seed: 7 });
    expect(t.count).toBe(datasetSizes.length);
    expect(t.factorPerYear).toBeGreaterThan(2.2);
    expect(t.factorPerYear).toBeLessThan(2.8);
    expect(t.interval.factorPerYear[0]).toBeLessThan(3);
    expect(t.interval.factorPerYear[1]).toBeGreaterThan(3);
    expect(t.interval.doublingMonths[0]!).toBeLessThan(t.doublingMonths!);
    expect(t.interval.doublingMonths[1]!).toBeGreaterThan(t.doublingMonths!);
  });
  it("bootstrapTrend(points, options)'s interval contains the central rate and narrows as noise shrinks (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0.1, max: 2, noNaN: true }), (seed, rate) => {
        const noise = seededRandom(seed);
        const noisy = (scale: number) =>
          Array.from({ length: 20 }, (_, i) => ({ year: 2015 + i / 2, value: Math.exp(rate * (i / 2) + scale * (noise() - 0.5)) }));
        const wide = bootstrapTrend(noisy(2), { resamples: 200, seed });
        const narrow = bootstrapTrend(noisy(0.02), { resamples: 200, seed });
        expect(wide.interval.rate[0]).toBeLessThanOrEqual(wide.rate + 1e-9);
        expect(wide.interval.rate[1]).toBeGreaterThanOrEqual(wide.rate - 1e-9);
        expect(narrow.interval.rate[1] - narrow.interval.rate[0]).toBeLessThan(wide.interval.rate[1] - wide.interval.rate[0]);
      }),
      { numRuns: 20 },
    );
  });
  it("bootstrapTrend(points, options) skips bad values and gives NaN with fewer than two distinct years", () => {
    expect(bootstrapTrend([{ year: 2020, value: 1 }, { year: 2021, value: -1 }, { year: 2022, value: NaN }]).rate).toBeNaN();
    expect(bootstrapTrend([]).draws).toEqual([]);
    expect(bootstrapTrend([{ date: "2020-01", value: 1 }, { date: "2021-01", value: 2 }]).rate).toBeCloseTo(Math.LN2, 12);
    const falling = bootstrapTrend([{ year: 2020, value: 2 }, { year: 2021, value: 1 }], { resamples: 10 });
    expect(falling.doublingMonths).toBeNull();
  });
  it("bootstrapTrend(points, options) throws a RangeError naming resamples, seed or level", () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity]) expect(() => bootstrapTrend(datasetSizes, { resamples: bad })).toThrow(/invalid resamples/);
    for (const bad of [NaN, Infinity]) expect(() => bootstrapTrend(datasetSizes, { seed: bad })).toThrow(`invalid seed: ${bad} (must be a finite number)`);
    for (const bad of [0, -0.1, 1, 1.5, NaN]) expect(() => bootstrapTrend(datasetSizes, { level: bad })).toThrow(/invalid level/);
  });
});
