import fc from "fast-check";
import { describe, expect, it } from "vitest";
import models from "../../../content/data/models.json" with { type: "json" };
import { bootstrapTrend } from "./bootstrapTrend.ts";
import { dataExhaustionYear } from "./dataExhaustionYear.ts";
import { publicTextStock } from "./publicTextStock.ts";

const datasetSizes = models.filter((m) => m.tokens !== null).map((m) => ({ date: m.date, value: m.tokens as number }));
const point = { tokens: 3e14, interval: [3e14, 3e14] as [number, number], level: 0.9 };

describe("dataExhaustionYear", () => {
  it("dataExhaustionYear({ trend, stock }) returns anchorYear + ln(stock / anchorValue) / rate", () => {
    const r = dataExhaustionYear({ trend: { rate: Math.log(3), anchorYear: 2024, anchorValue: 15e12 }, stock: point, samples: 100 });
    expect(r.year).toBeCloseTo(2024 + Math.log(20) / Math.log(3), 12);
    expect(r.median).toBeCloseTo(r.year, 12);
    expect(r.interval[0]).toBeCloseTo(r.year, 12);
  });
  it("dataExhaustionYear({ trend, stock }) on the site's dataset sizes and publicTextStock gives a median near 2028.5, 90% interval about 2027–2031, inside Villalobos et al. 2024's 2026–2032 (median 2028)", () => {
    const trend = bootstrapTrend(datasetSizes, { resamples: 2_000, seed: 7 });
    const r = dataExhaustionYear({ trend, stock: publicTextStock, seed: 7 });
    // Within a year of their median: they fit notable models' dataset sizes to 2024 and let the stock grow; we fit the
    // site's 34 models to mid-2025 against a fixed 2024 stock.
    expect(Math.abs(r.median - publicTextStock.exhaustion.median)).toBeLessThan(1);
    expect(r.interval[0]).toBeGreaterThanOrEqual(publicTextStock.exhaustion.range[0]);
    expect(r.interval[1]).toBeLessThanOrEqual(publicTextStock.exhaustion.range[1]);
    expect(r.interval[0]).toBeLessThan(r.median);
    expect(r.interval[1]).toBeGreaterThan(r.median);
  });
  it("dataExhaustionYear({ trend, stock }) is deterministic under a seed and samples a rate interval when there are no draws", () => {
    const trend = { rate: Math.log(3), anchorYear: 2024, anchorValue: 15e12, interval: { rate: [Math.log(2), Math.log(4)] as [number, number] } };
    const a = dataExhaustionYear({ trend, stock: publicTextStock, seed: 3, samples: 2_000 });
    expect(dataExhaustionYear({ trend, stock: publicTextStock, seed: 3, samples: 2_000 })).toEqual(a);
    expect(a.interval[1] - a.interval[0]).toBeGreaterThan(1);
  });
  it("dataExhaustionYear({ trend, stock }): a bigger stock or a slower trend never brings the year earlier (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 3, noNaN: true }), fc.double({ min: 1e13, max: 1e16, noNaN: true }), (rate, tokens) => {
        const at = (k: number, s: number) => dataExhaustionYear({ trend: { rate: k, anchorYear: 2024, anchorValue: 1e13 }, stock: { tokens: s, interval: [s, s], level: 0.9 }, samples: 1 }).year;
        expect(at(rate, 2 * tokens)).toBeGreaterThan(at(rate, tokens));
        if (tokens > 1.01e13) expect(at(rate / 2, tokens)).toBeGreaterThan(at(rate, tokens));
      }),
    );
  });
  it("dataExhaustionYear({ trend, stock }) is Infinity when the trend does not grow", () => {
    expect(dataExhaustionYear({ trend: { rate: 0, anchorYear: 2024, anchorValue: 1e13 }, stock: point, samples: 10 }).year).toBe(Infinity);
  });
  it("dataExhaustionYear({ trend, stock }) throws a RangeError naming the field", () => {
    const trend = { rate: 1, anchorYear: 2024, anchorValue: 1e13 };
    for (const bad of [NaN, Infinity]) expect(() => dataExhaustionYear({ trend: { ...trend, rate: bad }, stock: point })).toThrow(`invalid trend.rate: ${bad} (must be a finite number)`);
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => dataExhaustionYear({ trend: { ...trend, anchorValue: bad }, stock: point })).toThrow(/invalid trend.anchorValue/);
      expect(() => dataExhaustionYear({ trend, stock: { ...point, tokens: bad } })).toThrow(/invalid stock.tokens/);
      expect(() => dataExhaustionYear({ trend, stock: point, samples: bad })).toThrow(/invalid samples/);
    }
    expect(() => dataExhaustionYear({ trend, stock: { tokens: 3e14, interval: [4e14, 1e15], level: 0.9 } })).toThrow(/invalid stock.interval: \[400000000000000, 1000000000000000\]/);
    expect(() => dataExhaustionYear({ trend, stock: point, level: 1.5 })).toThrow(/invalid level: 1.5/);
  });
});
