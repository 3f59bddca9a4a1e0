import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { impliedMfu, REPORTED_MFU } from "./impliedMfu.ts";
import { PUBLISHED_RUNS } from "./tables/publishedRuns.ts";
import { trainingRun } from "./trainingRun.ts";

function implied(run: (typeof PUBLISHED_RUNS)[keyof typeof PUBLISHED_RUNS]): number {
  const compute = "flops" in run ? { flops: run.flops } : { params: run.params, tokens: run.tokens };
  return impliedMfu({ ...compute, accelerator: run.accelerator, acceleratorHours: run.acceleratorHours });
}

describe("impliedMfu", () => {
  it("impliedMfu(options) puts every published run between 15% and 50% MFU", () => {
    for (const run of Object.values(PUBLISHED_RUNS)) {
      expect(implied(run)).toBeGreaterThan(0.15);
      expect(implied(run)).toBeLessThan(0.5);
    }
  });
  it("impliedMfu(options) gives GPT-3 on V100s about the 19.7% Patterson et al. measured (24.6 of 125 TFLOP/s)", () => {
    const run = PUBLISHED_RUNS.gpt3;
    expect(implied(run)).toBeCloseTo(run.achievedFlopsPerSecond / 125e12, 2);
  });
  it("impliedMfu(options) gives Llama 3.1 405B less than the 38–43% measured in steady training", () => {
    expect(implied(PUBLISHED_RUNS.llama3_405b)).toBeLessThan(REPORTED_MFU.llama3_405b.low);
    expect(implied(PUBLISHED_RUNS.llama3_405b)).toBeGreaterThan(0.3);
  });
  it("impliedMfu(options) inverts trainingRun(options)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e18, max: 1e26, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (flops, mfu) => {
        const { acceleratorHours } = trainingRun({ flops, accelerator: "B200", count: 64, mfu });
        expect(impliedMfu({ flops, accelerator: "B200", acceleratorHours })).toBeCloseTo(mfu, 9);
      }),
    );
  });
  it("impliedMfu(options) throws a RangeError naming acceleratorHours for 0, negative, NaN and Infinity", () => {
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => impliedMfu({ flops: 1e23, accelerator: "A100", acceleratorHours: bad })).toThrow(/invalid acceleratorHours/);
    }
  });
  it("REPORTED_MFU ranges lie in (0, 1] with low ≤ high", () => {
    for (const r of Object.values(REPORTED_MFU)) {
      expect(r.low).toBeGreaterThan(0);
      expect(r.low).toBeLessThanOrEqual(r.high);
      expect(r.high).toBeLessThanOrEqual(1);
    }
  });
});
