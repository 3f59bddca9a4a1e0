import { describe, expect, it } from "vitest";
import { ACCELERATORS } from "./accelerators.ts";
import { PUBLISHED_RUNS } from "./publishedRuns.ts";
import { trainingFlops } from "../trainingFlops.ts";

const relativeError = (actual: number, expected: number) => Math.abs(actual / expected - 1);

describe("PUBLISHED_RUNS", () => {
  it("PUBLISHED_RUNS name accelerators that ACCELERATORS knows", () => {
    for (const run of Object.values(PUBLISHED_RUNS)) expect(ACCELERATORS).toHaveProperty([run.accelerator]);
  });
  it("PUBLISHED_RUNS' stated FLOPs agree with 6·N·D within 1% (GPT-3 3.14e23, Llama 3.1 405B 3.8e25)", () => {
    for (const run of [PUBLISHED_RUNS.gpt3, PUBLISHED_RUNS.llama3_405b]) {
      expect(relativeError(trainingFlops(run.params, run.tokens), run.flops)).toBeLessThan(0.01);
    }
  });
  it("PUBLISHED_RUNS' GPT-3 energy and emissions are consistent: hours × 330 W × PUE 1.1 ≈ 1,287 MWh, × 0.429 ≈ 552 t", () => {
    const run = PUBLISHED_RUNS.gpt3;
    const energyMwh = (run.acceleratorHours * run.powerWatts * run.pue) / 1e6;
    expect(relativeError(energyMwh, run.energyMwh)).toBeLessThan(0.01);
    expect(relativeError(run.energyMwh * run.carbonIntensity, run.emissionsTonnesCo2)).toBeLessThan(0.01);
  });
  it("PUBLISHED_RUNS' DeepSeek-V3 cost is its H800-hours at $2/hour", () => {
    const run = PUBLISHED_RUNS.deepseek_v3;
    expect(relativeError(run.acceleratorHours * run.pricePerHour, run.costUsd)).toBeLessThan(1e-9);
  });
  it("PUBLISHED_RUNS' Llama emissions imply a grid of 0.41–0.43 kg CO2e/kWh at TDP and PUE 1", () => {
    for (const run of [PUBLISHED_RUNS.llama2_7b, PUBLISHED_RUNS.llama3_405b]) {
      const kwh = (run.acceleratorHours * run.powerWatts) / 1_000;
      const intensity = (run.emissionsTonnesCo2 * 1_000) / kwh;
      expect(intensity).toBeGreaterThan(0.41);
      expect(intensity).toBeLessThan(0.43);
    }
  });
});
