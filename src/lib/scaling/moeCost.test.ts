import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL_CONFIGS } from "../../../content/data/models/index.ts";
import { moeCost } from "./moeCost.ts";

const relativeError = (actual: number, expected: number) => Math.abs(actual / expected - 1);

describe("moeCost", () => {
  it("moeCost(config) reproduces the published total and active parameters of Mixtral-8x7B, DeepSeek-V3 and the Qwen MoE models within 2%", () => {
    for (const id of ["mixtral-8x7b", "deepseek-v3", "qwen3-235b-a22b", "qwen3-30b-a3b", "qwen2-57b-a14b"]) {
      const fixture = MODEL_CONFIGS[id];
      const cost = moeCost(fixture.config);
      expect(relativeError(cost.totalParams, fixture.reportedParams)).toBeLessThan(0.02);
      expect(relativeError(cost.activeParams, fixture.reportedActiveParams as number)).toBeLessThan(0.02);
    }
  });
  it("moeCost(config) spends 2 and 6 FLOPs per active parameter per token and stores every expert", () => {
    const cost = moeCost(MODEL_CONFIGS["deepseek-v3"].config, { precision: "fp8" });
    expect(cost.forwardFlopsPerToken).toBe(2 * cost.activeParams);
    expect(cost.trainingFlopsPerToken).toBe(6 * cost.activeParams);
    expect(cost.weightsBytes).toBe(cost.totalParams); // one byte per parameter in fp8
    expect(cost.activeFraction).toBeLessThan(0.06); // 37B of 671B
  });
  it("moeCost(shape) by hand agrees with moeCost(config) for Mixtral-8x7B", () => {
    const [d, ff, layers, vocab] = [4_096, 14_336, 32, 32_000];
    const shape = {
      numExperts: 8,
      topK: 2,
      expertParams: layers * 3 * d * ff, // gate, up, down
      denseParams: layers * (2 * d * d + 2 * d * 1_024) + 2 * vocab * d + layers * 2 * d + d + layers * 8 * d, // attention (8 KV heads), embedding + head, norms, routers
    };
    const byHand = moeCost(shape);
    const counted = moeCost(MODEL_CONFIGS["mixtral-8x7b"].config);
    expect(byHand.totalParams).toBe(counted.totalParams);
    expect(byHand.activeParams).toBe(counted.activeParams);
    expect(byHand.allToAllBytesPerToken).toBeNull();
    expect(counted.allToAllBytesPerToken).toBe(2 * 2 * d * 2 * layers);
  });
  it("moeCost(config) of a dense model has every parameter active and no all-to-all", () => {
    const cost = moeCost(MODEL_CONFIGS["llama-2-7b"].config);
    expect(cost.activeFraction).toBe(1);
    expect(cost.allToAllBytesPerToken).toBe(0);
  });
  it("moeCost(shape): more experts add memory but not FLOPs; a larger top-k adds FLOPs but not memory", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 512 }),
        fc.integer({ min: 1, max: 16 }),
        fc.double({ min: 1e6, max: 1e10, noNaN: true }),
        fc.integer({ min: 0, max: 2 }),
        fc.double({ min: 0, max: 1e11, noNaN: true }),
        (numExperts, k, expertParams, sharedExperts, denseParams) => {
          const topK = Math.min(k, numExperts - 1);
          const base = moeCost({ numExperts, topK, expertParams, sharedExperts, denseParams });
          const wider = moeCost({ numExperts: numExperts + 1, topK, expertParams, sharedExperts, denseParams });
          const deeper = moeCost({ numExperts, topK: topK + 1, expertParams, sharedExperts, denseParams });
          expect(base.activeParams).toBeLessThanOrEqual(base.totalParams);
          expect(wider.weightsBytes).toBeGreaterThan(base.weightsBytes);
          expect(wider.forwardFlopsPerToken).toBe(base.forwardFlopsPerToken);
          expect(deeper.forwardFlopsPerToken).toBeGreaterThan(base.forwardFlopsPerToken);
          expect(deeper.weightsBytes).toBe(base.weightsBytes);
        },
      ),
    );
  });
  it("moeCost(shape) throws a RangeError naming the field", () => {
    const ok = { numExperts: 8, topK: 2, expertParams: 1e9 };
    expect(() => moeCost({ ...ok, topK: 9 })).toThrow("invalid topK: 9 (must be ≤ numExperts 8)");
    for (const bad of [0, -1, 1.5, NaN, Infinity]) {
      expect(() => moeCost({ ...ok, numExperts: bad })).toThrow(/invalid numExperts/);
      expect(() => moeCost({ ...ok, topK: bad })).toThrow(/invalid topK/);
    }
    for (const bad of [0, -1, NaN, Infinity]) expect(() => moeCost({ ...ok, expertParams: bad })).toThrow(/invalid expertParams/);
    expect(() => moeCost({ ...ok, denseParams: -1 })).toThrow(/invalid denseParams/);
    expect(() => moeCost(ok, { precision: "fp64" as never })).toThrow(/invalid precision: "fp64"/);
  });
});
