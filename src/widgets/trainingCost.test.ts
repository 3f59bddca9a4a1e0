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
});
