import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activationMemory } from "./activationMemory.ts";

describe("activationMemory", () => {
  // GPT-3 175B's shape (Brown et al. 2020, Table 2.1): h = 12,288, a = 96, s = 2,048, 96 layers.
  const gpt3 = { sequenceLength: 2_048, batch: 1, hiddenSize: 12_288, numHeads: 96, numLayers: 96 };

  it("activationMemory(options) is s·b·h·(34 + 5·a·s/h) bytes per layer without recomputation (Korthikanti et al. 2022, Eq. 1)", () => {
    expect(activationMemory({ sequenceLength: 8, batch: 3, hiddenSize: 16, numHeads: 2, numLayers: 1 })).toBe(8 * 3 * 16 * (34 + (5 * 2 * 8) / 16));
  });
  it("activationMemory(options) with selective recomputation saves 70% of GPT-3's activations (Korthikanti et al. 2022, §5: 5as/h = 80 vs 34)", () => {
    const options = { ...gpt3, tensorParallel: 8, sequenceParallel: true };
    const saved = 1 - activationMemory({ ...options, recompute: "selective" }) / activationMemory(options);
    expect(saved).toBeCloseTo(0.7, 2);
  });
  it("activationMemory(options) with full recomputation keeps 2·s·b·h bytes per layer", () => {
    expect(activationMemory({ ...gpt3, recompute: "full" })).toBe(96 * 2 * 2_048 * 12_288);
  });
  it("activationMemory(options) falls with tensor parallelism, and further with sequence parallelism", () => {
    const t1 = activationMemory(gpt3);
    const t8 = activationMemory({ ...gpt3, tensorParallel: 8 });
    const t8sp = activationMemory({ ...gpt3, tensorParallel: 8, sequenceParallel: true });
    expect(t8).toBeLessThan(t1);
    expect(t8sp).toBeLessThan(t8);
    expect(t8sp).toBeCloseTo(t1 / 8, 0);
  });
  it("activationMemory(options) grows linearly with batch and layers, and faster than linearly with sequence length", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 8_192 }), fc.constantFrom("none", "selective", "full"), (batch, s, recompute) => {
        const at = (o: object) => activationMemory({ ...gpt3, sequenceLength: s, batch, recompute, ...o });
        expect(at({ batch: 2 * batch })).toBeCloseTo(2 * at({}), 0);
        expect(at({ numLayers: 48 })).toBeCloseTo(at({}) / 2, 0);
        expect(at({ sequenceLength: 2 * s })).toBeGreaterThanOrEqual(2 * at({}) * (1 - 1e-12));
      }),
    );
  });
  it("activationMemory(options) throws a RangeError naming a size that is not a positive integer", () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity]) {
      expect(() => activationMemory({ ...gpt3, sequenceLength: bad })).toThrow(/invalid sequenceLength/);
      expect(() => activationMemory({ ...gpt3, batch: bad })).toThrow(/invalid batch/);
      expect(() => activationMemory({ ...gpt3, tensorParallel: bad })).toThrow(/invalid tensorParallel/);
    }
    expect(() => activationMemory({ ...gpt3, recompute: "some" as never })).toThrow(/invalid recompute: "some"/);
  });
});
