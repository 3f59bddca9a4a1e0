import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { impliedMfu, REPORTED_MFU } from "./impliedMfu.ts";
import { PUBLISHED_RUNS } from "./tables/publishedRuns.ts";
import { trainingRun } from "./trainingRun.ts";

/** |actual / expected − 1|. */
const relativeError = (actual: number, expected: number) => Math.abs(actual / expected - 1);

describe("trainingRun", () => {
  it("trainingRun(options) reproduces GPT-3's 14.8 days, 1,287 MWh and 552 tCO2e from Patterson et al.'s inputs within 1%", () => {
    const run = PUBLISHED_RUNS.gpt3;
    const result = trainingRun({
      flops: run.flops,
      accelerator: run.accelerator,
      count: run.count,
      mfu: run.achievedFlopsPerSecond / 125e12, // measured 24.6 of the V100's 125 TFLOP/s
      powerWatts: run.powerWatts,
      pue: run.pue,
      carbonIntensity: run.carbonIntensity,
    });
    expect(relativeError(result.wallClockDays, run.wallClockDays)).toBeLessThan(0.01);
    expect(relativeError(result.acceleratorHours, run.acceleratorHours)).toBeLessThan(0.01);
    expect(relativeError(result.energyMwh, run.energyMwh)).toBeLessThan(0.01);
    expect(relativeError(result.emissionsTonnesCo2, run.emissionsTonnesCo2)).toBeLessThan(0.01);
  });

  it("trainingRun(options) reproduces Llama 2 7B's 184,320 A100-hours within 10% at 40% MFU", () => {
    const run = PUBLISHED_RUNS.llama2_7b;
    const result = trainingRun({ params: run.params, tokens: run.tokens, accelerator: "A100", count: 2_048, mfu: 0.4 });
    expect(relativeError(result.acceleratorHours, run.acceleratorHours)).toBeLessThan(0.1);
  });

  it("trainingRun(options) reproduces Llama 3.1 405B's 30.84M H100-hours within 10% at the 38% MFU Llama 3 reported", () => {
    const run = PUBLISHED_RUNS.llama3_405b;
    const result = trainingRun({ flops: run.flops, accelerator: "H100", count: 16_384, mfu: REPORTED_MFU.llama3_405b.low });
    expect(relativeError(result.acceleratorHours, run.acceleratorHours)).toBeLessThan(0.1);
    // Published hours include restarts (466 interruptions in 54 days, §3.3.4), so the estimate is below them.
    expect(result.acceleratorHours).toBeLessThan(run.acceleratorHours);
  });

  it("trainingRun(options) with DeepSeek-V3's implied MFU reproduces 2.788M H800-hours and $5.576M at $2/hour", () => {
    const run = PUBLISHED_RUNS.deepseek_v3;
    const mfu = impliedMfu({ params: run.params, tokens: run.tokens, accelerator: "H800", acceleratorHours: run.acceleratorHours });
    const result = trainingRun({ params: run.params, tokens: run.tokens, accelerator: "H800", count: run.count, mfu, pricePerHour: run.pricePerHour });
    expect(relativeError(result.acceleratorHours, run.acceleratorHours)).toBeLessThan(1e-9);
    expect(relativeError(result.costUsd, run.costUsd)).toBeLessThan(1e-9);
    // 2,048 GPUs for 2.788M hours: about 57 days (the report: "less than two months").
    expect(result.wallClockDays).toBeGreaterThan(50);
    expect(result.wallClockDays).toBeLessThan(61);
  });

  it("trainingRun(options) with each published run's implied MFU reproduces its accelerator-hours", () => {
    for (const run of Object.values(PUBLISHED_RUNS)) {
      const compute = "flops" in run ? { flops: run.flops } : { params: run.params, tokens: run.tokens };
      const mfu = impliedMfu({ ...compute, accelerator: run.accelerator, acceleratorHours: run.acceleratorHours });
      const result = trainingRun({ ...compute, accelerator: run.accelerator, count: 1_000, mfu });
      expect(relativeError(result.acceleratorHours, run.acceleratorHours)).toBeLessThan(1e-9);
    }
  });

  it("trainingRun(options) computes energy as accelerator-hours × TDP × PUE and emissions as energy × carbon intensity", () => {
    const result = trainingRun({ flops: 312e12 * 3_600 * 1_000, accelerator: "A100", count: 10, mfu: 1, pue: 1.5, carbonIntensity: 0.5 });
    expect(result.acceleratorHours).toBeCloseTo(1_000, 9);
    expect(result.energyMwh).toBeCloseTo((1_000 * 400 * 1.5) / 1e6, 12);
    expect(result.emissionsTonnesCo2).toBeCloseTo(result.energyMwh * 0.5, 12);
    expect(result.costUsd).toBeCloseTo(2_000, 9); // default $2/hour
    expect(result.wallClockSeconds).toBeCloseTo(360_000, 6);
  });

  it("trainingRun(options) cost, hours and energy grow with tokens; wall-clock time falls with count", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e8, max: 1e12, noNaN: true }),
        fc.double({ min: 1e9, max: 1e13, noNaN: true }),
        fc.double({ min: 1.01, max: 10, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (params, tokens, factor, count, mfu) => {
          const base = trainingRun({ params, tokens, accelerator: "H100", count, mfu });
          const more = trainingRun({ params, tokens: tokens * factor, accelerator: "H100", count, mfu });
          expect(more.costUsd).toBeGreaterThan(base.costUsd);
          expect(more.energyMwh).toBeGreaterThan(base.energyMwh);
          const wider = trainingRun({ params, tokens, accelerator: "H100", count: count + 1, mfu });
          expect(wider.wallClockSeconds).toBeLessThan(base.wallClockSeconds);
          expect(relativeError(wider.acceleratorHours, base.acceleratorHours)).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it("trainingRun(options) throws a RangeError naming mfu outside (0, 1]", () => {
    for (const bad of [0, -0.1, 1.01, NaN, Infinity]) {
      expect(() => trainingRun({ flops: 1e20, accelerator: "H100", count: 8, mfu: bad })).toThrow(RangeError);
      expect(() => trainingRun({ flops: 1e20, accelerator: "H100", count: 8, mfu: bad })).toThrow(/invalid mfu/);
    }
  });

  it("trainingRun(options) throws a RangeError naming a count that is not an integer ≥ 1", () => {
    for (const bad of [0, -8, 1.5, NaN, Infinity]) {
      expect(() => trainingRun({ flops: 1e20, accelerator: "H100", count: bad, mfu: 0.4 })).toThrow(/invalid count/);
    }
  });

  it("trainingRun(options) throws for an unknown accelerator, bad flops, pue < 1 and negative prices", () => {
    const ok = { flops: 1e20, accelerator: "H100", count: 8, mfu: 0.4 } as const;
    expect(() => trainingRun({ ...ok, accelerator: "RTX 9090" })).toThrow(/invalid accelerator: "RTX 9090" \(expected one of V100/);
    for (const bad of [0, -1, NaN, Infinity]) expect(() => trainingRun({ ...ok, flops: bad })).toThrow(/invalid flops/);
    expect(() => trainingRun({ ...ok, params: 1e9 })).toThrow(/invalid flops: 100000000000000000000 \(give flops, or params and tokens, not both\)/);
    expect(() => trainingRun({ accelerator: "H100", count: 8, mfu: 0.4, params: 1e9 })).toThrow(/invalid tokens/);
    expect(() => trainingRun({ ...ok, pue: 0.9 })).toThrow(/invalid pue: 0.9/);
    expect(() => trainingRun({ ...ok, pricePerHour: -2 })).toThrow(/invalid pricePerHour/);
    expect(() => trainingRun({ ...ok, carbonIntensity: NaN })).toThrow(/invalid carbonIntensity/);
    expect(() => trainingRun({ ...ok, powerWatts: 0 })).toThrow(/invalid powerWatts/);
  });
});
