import { describe, expect, it } from "vitest";
import models from "../../../content/data/models.json" with { type: "json" };
import { bootstrapTrend } from "./bootstrapTrend.ts";
import { trendBand } from "./trendBand.ts";

const datasetSizes = models.filter((m) => m.tokens !== null).map((m) => ({ date: m.date, value: m.tokens as number }));

describe("trendBand", () => {
  it("trendBand(trend, years) has zero width on an exact exponential and follows the fit", () => {
    const t = bootstrapTrend([2018, 2019, 2020, 2021].map((year) => ({ year, value: 1e9 * 2 ** (year - 2018) })), { resamples: 100 });
    const band = trendBand(t, [2018, 2020.5]);
    expect(band[1].value).toBeCloseTo(1e9 * 2 ** 2.5, -2);
    for (const p of band) {
      expect(p.low / p.value).toBeCloseTo(1, 9);
      expect(p.high / p.value).toBeCloseTo(1, 9);
    }
  });
  it("trendBand(trend, years) on the site's dataset sizes contains the fit and is narrowest near the data's mean year (2024), wider at both ends", () => {
    const t = bootstrapTrend(datasetSizes, { resamples: 1_000, seed: 1 });
    const [first, middle, last] = trendBand(t, [2019, 2024, 2025.5]);
    for (const p of [first, middle, last]) {
      expect(p.low).toBeLessThanOrEqual(p.value);
      expect(p.high).toBeGreaterThanOrEqual(p.value);
    }
    const width = (p: { low: number; high: number }) => Math.log(p.high / p.low);
    expect(width(first)).toBeGreaterThan(width(middle));
    expect(width(last)).toBeGreaterThan(width(middle));
    // A narrower level gives a narrower band.
    expect(width(trendBand(t, [2019], 0.5)[0])).toBeLessThan(width(first));
  });
  it("trendBand(trend, years) is empty without draws and refuses a bad level or year", () => {
    expect(trendBand(bootstrapTrend([{ year: 2020, value: 1 }]), [2020])).toEqual([]);
    const t = bootstrapTrend(datasetSizes, { resamples: 50 });
    for (const level of [0, -0.1, 1, 1.5, NaN, Infinity]) expect(() => trendBand(t, [2020], level)).toThrow(/level/);
    for (const year of [NaN, Infinity, -Infinity]) expect(() => trendBand(t, [2020, year])).toThrow(/years\[1\]/);
  });
});
