import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pipelineBubble } from "./pipelineBubble.ts";

describe("pipelineBubble", () => {
  it("pipelineBubble({ stages, microBatches }) returns (p − 1)/(m + p − 1)", () => {
    expect(pipelineBubble({ stages: 1, microBatches: 1 })).toBe(0);
    expect(pipelineBubble({ stages: 4, microBatches: 1 })).toBe(3 / 4);
    expect(pipelineBubble({ stages: 8, microBatches: 8 })).toBe(7 / 15);
  });
  it("pipelineBubble(...) equals Narayanan et al. 2021's (p − 1)/m bubble relative to the ideal time, (p − 1)/m = b/(1 − b)", () => {
    const b = pipelineBubble({ stages: 16, microBatches: 128 });
    expect(b / (1 - b)).toBeCloseTo(15 / 128, 12);
  });
  it("pipelineBubble(...) lies in [0, 1), grows with stages and shrinks with micro-batches (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (stages, microBatches) => {
        const b = pipelineBubble({ stages, microBatches });
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThan(1);
        expect(pipelineBubble({ stages: stages + 1, microBatches })).toBeGreaterThan(b);
        expect(pipelineBubble({ stages, microBatches: microBatches + 1 })).toBeLessThanOrEqual(b);
      }),
    );
  });
  it("pipelineBubble(...) throws a RangeError naming stages or microBatches", () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity]) {
      expect(() => pipelineBubble({ stages: bad, microBatches: 1 })).toThrow(`invalid stages: ${bad} (must be an integer ≥ 1`);
      expect(() => pipelineBubble({ stages: 1, microBatches: bad })).toThrow(/invalid microBatches/);
    }
  });
});
