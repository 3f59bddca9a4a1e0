import { describe, expect, it } from "vitest";
import * as scaling from "../lib/scaling/index.ts";
import { PUBLISHED_RUNS, trainingRun, usHouseholdYears } from "../lib/scaling/index.ts";
import { readState } from "./urlState.ts";
import {
  CNY_PER_USD,
  RUN_PRESETS,
  TRAINING_COST_DEFAULTS,
  TRAINING_COST_FIELDS,
  TRAINING_COST_ID,
  applyPreset,
  matchingPreset,
  printedDigits,
  publishedComparison,
  trainingCostCode,
  trainingCostTex,
  trainingCostView,
} from "./trainingCost.ts";

const relativeError = (actual: number, expected: number) => Math.abs(actual / expected - 1);

describe("trainingCost widget", () => {
  it("trainingCostView(defaults) is DeepSeek-V3's published run: 2.788M H800-hours and $5.576M at $2/hour", () => {
    const view = trainingCostView(TRAINING_COST_DEFAULTS);
    const run = PUBLISHED_RUNS.deepseek_v3;
    expect(view.error).toBeNull();
    expect(relativeError(view.run!.acceleratorHours, run.acceleratorHours)).toBeLessThan(5e-4);
    expect(relativeError(view.cost, run.costUsd)).toBeLessThan(5e-4);
    expect(view.run).toEqual(
      trainingRun({ params: run.params, tokens: run.tokens, accelerator: "H800", count: 2_048, mfu: TRAINING_COST_DEFAULTS.mfu, pricePerHour: 2, pue: 1.1, carbonIntensity: 0.48 }),
    );
    expect(view.households).toBe(usHouseholdYears(view.run!.energyMwh));
    expect(matchingPreset(TRAINING_COST_DEFAULTS)?.id).toBe("deepseek_v3");
  });
  it("every preset reproduces its paper's accelerator-hours (MFU implied, rounded to 4 digits)", () => {
    for (const p of RUN_PRESETS) {
      const view = trainingCostView(applyPreset(p, TRAINING_COST_DEFAULTS));
      expect(relativeError(view.run!.acceleratorHours, p.run.acceleratorHours)).toBeLessThan(5e-4);
      expect(matchingPreset(applyPreset(p, TRAINING_COST_DEFAULTS))?.id).toBe(p.id);
    }
    // GPT-3 on 10,000 V100s for 14.8 days (Brown et al. 2020).
    const gpt3 = trainingCostView(applyPreset(RUN_PRESETS[0], TRAINING_COST_DEFAULTS));
    expect(gpt3.run!.wallClockDays).toBeCloseTo(14.8, 1);
  });
  it("trainingCostView(state) charts the four published runs and the reader's run", () => {
    const view = trainingCostView({ ...TRAINING_COST_DEFAULTS, metric: "energy" }, "Yours");
    expect(view.chart.rows.map((r) => r.key)).toEqual(["gpt3", "llama2_7b", "llama3_405b", "deepseek_v3", "reader"]);
    expect(view.chart.rows.at(-1)).toMatchObject({ label: "Yours", reader: true, value: view.run!.energyMwh });
    expect(view.chart.rows.every((r) => Number.isFinite(r.value) && r.value > 0)).toBe(true);
  });
  it("prices in yuan convert at CNY_PER_USD: the same run costs the same, shown in CNY", () => {
    const usd = trainingCostView(TRAINING_COST_DEFAULTS);
    const cny = trainingCostView({ ...TRAINING_COST_DEFAULTS, currency: "CNY", price: 2 * CNY_PER_USD });
    expect(cny.run!.costUsd).toBeCloseTo(usd.run!.costUsd, 3);
    expect(cny.cost).toBeCloseTo(usd.cost * CNY_PER_USD, 1);
    expect(matchingPreset({ ...applyPreset(RUN_PRESETS[3], { ...TRAINING_COST_DEFAULTS, currency: "CNY" }) })?.id).toBe("deepseek_v3");
  });
  it("changing any field leaves the preset (the select shows 'custom')", () => {
    expect(matchingPreset({ ...TRAINING_COST_DEFAULTS, count: 1_024 })).toBeUndefined();
    expect(matchingPreset({ ...TRAINING_COST_DEFAULTS, accelerator: "H100" })).toBeUndefined();
  });
  it("a state the module refuses gives an error and no NaN, not a throw", () => {
    const view = trainingCostView({ ...TRAINING_COST_DEFAULTS, mfu: 0 });
    expect(view.run).toBeNull();
    expect(view.error).toMatch(/mfu/);
    expect(view.chart.rows.map((r) => r.key)).not.toContain("reader");
    expect(trainingCostTex({ ...TRAINING_COST_DEFAULTS, count: 0.5 })).toBe("\\text{—}");
  });
  it("the URL fields read 37B, 1.48万亿 and 'TPU v5p'; 0, negative, NaN, Infinity and out-of-range values fall back", () => {
    const read = (q: string) => readState(q, TRAINING_COST_ID, TRAINING_COST_FIELDS);
    expect(read("?training-cost.n=70B&training-cost.d=1.4万亿&training-cost.hw=TPU+v5p").state).toMatchObject({ params: 70e9, tokens: 1.4e12, accelerator: "TPU v5p" });
    expect(read("?training-cost.price=0&training-cost.co2=0").state).toMatchObject({ price: 0, carbon: 0 });
    const bad: Record<string, string[]> = {
      n: ["0", "-1e9", "NaN", "Infinity", "1e20"],
      d: ["0", "-5", "NaN", "Infinity"],
      gpus: ["0", "-1", "1.5", "NaN", "Infinity", "1e7"],
      mfu: ["0", "-0.1", "1.5", "NaN", "Infinity"],
      price: ["-1", "NaN", "Infinity", "1e6"],
      pue: ["0", "0.9", "NaN", "Infinity"],
      co2: ["-0.1", "NaN", "Infinity", "2"],
      hw: ["H900", ""],
      cur: ["EUR"],
      show: ["profit"],
    };
    for (const [key, values] of Object.entries(bad)) {
      for (const value of values) {
        const { state, fallbacks } = read(`?training-cost.${key}=${encodeURIComponent(value)}`);
        expect(state, `${key}=${value}`).toEqual(TRAINING_COST_DEFAULTS);
        expect(fallbacks).toEqual([{ field: key, value }]);
      }
    }
  });
  it("trainingCostTex(state) substitutes the reader's values; trainingCostCode(state) reproduces the run", () => {
    const state = { ...TRAINING_COST_DEFAULTS, count: 4_096, mfu: 0.4 };
    expect(trainingCostTex(state)).toContain("4096 \\times");
    expect(trainingCostTex(state)).toContain("0.4}");
    const run = new Function("scaling", `return ${trainingCostCode(state)}`)(scaling);
    expect(run).toEqual(trainingCostView(state).run);
  });
  it("publishedComparison(GPT-3 preset) sets 1,287 MWh and 552 t (Patterson et al. 2021) beside the estimate, and names the 330 W measured vs 300 W TDP", () => {
    const c = publishedComparison(applyPreset(RUN_PRESETS.find((p) => p.id === "gpt3")!, TRAINING_COST_DEFAULTS))!;
    expect(c.rows.map((r) => [r.metric, r.published])).toEqual([["energy", 1_287], ["co2", 552]]);
    // Estimate at TDP: 3.552M V100-hours × 300 W × 1.1 ≈ 1,172 MWh, × 0.429 ≈ 503 t; × 330/300 gives the published figures.
    expect(c.rows[0].estimate).toBeCloseTo(1_172, 0);
    expect(relativeError((c.rows[0].estimate * 330) / 300, 1_287)).toBeLessThan(0.01);
    expect(c.reasons).toEqual([{ kind: "power", estimate: 300, published: 330 }]);
  });
  it("publishedComparison(Llama 3.1 405B preset) sets Meta's 8,930 t beside the estimate and names PUE and the implied 0.414 kg/kWh grid", () => {
    const c = publishedComparison(applyPreset(RUN_PRESETS.find((p) => p.id === "llama3_405b")!, TRAINING_COST_DEFAULTS))!;
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0]).toMatchObject({ metric: "co2", published: 8_930 });
    expect(c.rows[0].estimate).toBeGreaterThan(11_000);
    expect(c.reasons).toEqual([
      { kind: "pue", estimate: 1.1, published: null },
      { kind: "carbon", estimate: 0.48, published: 0.414, implied: true },
    ]);
  });
  it("publishedComparison(DeepSeek-V3 preset) agrees with the published $5.576M; custom settings have no comparison", () => {
    const c = publishedComparison(TRAINING_COST_DEFAULTS)!;
    expect(c.rows.map((r) => r.metric)).toEqual(["cost"]);
    expect(relativeError(c.rows[0].estimate, c.rows[0].published)).toBeLessThan(5e-4);
    expect(c.reasons).toEqual([]);
    expect(publishedComparison({ ...TRAINING_COST_DEFAULTS, count: 1_024 })).toBeNull();
  });
  it("printedDigits(x) is the precision a figure is printed with: 1,287 → 4, 552 → 3, 8,930 → 3, 31.22 → 4", () => {
    expect([1_287, 552, 8_930, 31.22, 5.576e6].map(printedDigits)).toEqual([4, 3, 3, 4, 4]);
  });
});
