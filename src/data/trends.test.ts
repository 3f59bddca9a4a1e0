import { describe, expect, it } from "vitest";
import { bootstrapTrend, fitPowerLaw, publicTextStock } from "../lib/scaling/index.ts";
import { ALL_ORGANISATIONS, timelineView } from "../widgets/timeline.ts";
import { TREND_BOOTSTRAP, intervalEnds } from "../widgets/trendInterval.ts";
import { NOTABLE_MODELS } from "./notableModels.ts";
import { COMPUTE_ALL, COMPUTE_RECORDS, DATASET_SIZES, DATA_EXHAUSTION, PARAM_RECORDS, modelTrend, recordSetters } from "./trends.ts";

describe("the trends the chapters quote", () => {
  it("chapter 1's compute trend and the timeline widget's default fit print the same growth and the same 90% interval", () => {
    const view = timelineView({ metric: "compute", color: "country", org: ALL_ORGANISATIONS, openOnly: false }, NOTABLE_MODELS);
    expect(COMPUTE_ALL.n).toBe(view.fit!.count);
    expect(COMPUTE_ALL.perYear).toBeCloseTo(view.fit!.factorPerYear, 9);
    expect([COMPUTE_ALL.perYearLow, COMPUTE_ALL.perYearHigh]).toEqual(view.fit!.interval.factorPerYear);
    expect(COMPUTE_ALL.r2).toBeCloseTo(view.fit!.r2, 12);
  });
  it("every quoted trend's interval contains its central value, and doubling-time ends are the growth ends reversed", () => {
    for (const t of [PARAM_RECORDS, COMPUTE_ALL, COMPUTE_RECORDS, DATASET_SIZES]) {
      expect(t.perYearLow).toBeLessThan(t.perYear);
      expect(t.perYearHigh).toBeGreaterThan(t.perYear);
      expect(t.doublingLow!).toBeCloseTo((12 * Math.LN2) / Math.log(t.perYearHigh), 9);
      expect(t.doublingHigh!).toBeCloseTo((12 * Math.LN2) / Math.log(t.perYearLow), 9);
      expect(t.boot.level).toBe(0.9);
    }
  });
  it("modelTrend(models, key) is bootstrapTrend with the site's seed, and its R² is fitPowerLaw's on e^(t − 2018)", () => {
    const sized = NOTABLE_MODELS.filter((m) => m.tokens !== null);
    const boot = bootstrapTrend(sized.map((m) => ({ date: m.date, value: m.tokens! })), TREND_BOOTSTRAP);
    expect(DATASET_SIZES.boot).toEqual(boot);
    const year = (d: string) => +d.slice(0, 4) + (+d.slice(5) - 0.5) / 12;
    expect(DATASET_SIZES.r2).toBeCloseTo(fitPowerLaw(sized.map((m) => Math.exp(year(m.date) - 2018)), sized.map((m) => m.tokens!)).r2, 12);
    expect(modelTrend(NOTABLE_MODELS.slice(0, 1), "tokens").perYear).toBeNaN();
  });
  it("recordSetters(models, key) keeps each model that beat every earlier one: GPT-1's parameters first, each larger than the last", () => {
    const records = recordSetters(NOTABLE_MODELS, "params");
    expect(records[0].id).toBe("gpt-1");
    for (let i = 1; i < records.length; i++) expect(records[i].params!).toBeGreaterThan(records[i - 1].params!);
    expect(PARAM_RECORDS.n).toBe(records.length);
  });
  it("the dataset-size trend reaches the stock of public text inside Villalobos et al. 2024's 2026–2032 range, median within a year of theirs (2028)", () => {
    expect(DATA_EXHAUSTION.interval[0]).toBeGreaterThanOrEqual(publicTextStock.exhaustion.range[0]);
    expect(DATA_EXHAUSTION.interval[1]).toBeLessThanOrEqual(publicTextStock.exhaustion.range[1]);
    expect(Math.abs(DATA_EXHAUSTION.median - publicTextStock.exhaustion.median)).toBeLessThan(1);
    expect(DATA_EXHAUSTION.level).toBe(0.9);
  });
  it("intervalEnds writes both ends with the same digits in the reader's locale", () => {
    expect(intervalEnds([1.44904, 2.12507], "en")).toEqual({ low: "1.45", high: "2.13" });
    expect(intervalEnds([11.03, 22.43], "zh", 2)).toEqual({ low: "11", high: "22" });
    expect(intervalEnds([NaN, Infinity], "en")).toEqual({ low: "—", high: "∞" });
  });
});
