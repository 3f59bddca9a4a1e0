import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testTimeFlops } from "./testTimeFlops.ts";
import { sequenceCost } from "./sequenceCost.ts";
import { trainingFlops } from "./trainingFlops.ts";

describe("testTimeFlops", () => {
  it("testTimeFlops(options) is 2·N per generated token without the attention term", () => {
    expect(testTimeFlops({ params: 7e9, tokensPerSample: 1_000, samples: 16 })).toBe(2 * 7e9 * 1_000 * 16);
  });
  it("testTimeFlops(options) shares the prompt across samples: k samples cost less than k separate calls", () => {
    const one = testTimeFlops({ params: 7e9, tokensPerSample: 500, promptTokens: 2_000 });
    const many = testTimeFlops({ params: 7e9, tokensPerSample: 500, promptTokens: 2_000, samples: 8 });
    expect(many).toBeLessThan(8 * one);
    expect(many - one).toBeCloseTo(7 * 2 * 7e9 * 500, -3);
  });
  it("testTimeFlops(options) matches trainingFlops: generating D tokens costs a third of training on them", () => {
    expect(testTimeFlops({ params: 7e9, tokensPerSample: 1e6 }) * 3).toBe(trainingFlops(7e9, 1e6));
  });
  it("testTimeFlops(options) with attention sums sequenceCost's per-token FLOPs over the prompt and every sample", () => {
    const model = { params: 1e9, layers: 16, dModel: 2_048 };
    const [p, t, k] = [30, 20, 3];
    const perToken = (n: number) => sequenceCost({ architecture: "transformer", ...model, contextLength: n }).flopsPerToken;
    let sum = 0;
    for (let n = 1; n <= p; n++) sum += perToken(n);
    for (let n = p + 1; n <= p + t; n++) sum += k * perToken(n);
    const flops = testTimeFlops({ params: model.params, tokensPerSample: t, samples: k, promptTokens: p, attention: { layers: model.layers, dModel: model.dModel } });
    expect(flops).toBeCloseTo(sum, -2);
  });
  it("testTimeFlops(options) with attention makes a chain twice as long cost more than twice as much", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (t) => {
        const at = (tokensPerSample: number) => testTimeFlops({ params: 7e9, tokensPerSample, attention: { layers: 32, dModel: 4_096 } });
        expect(at(2 * t)).toBeGreaterThan(2 * at(t));
        expect(at(t)).toBeGreaterThan(testTimeFlops({ params: 7e9, tokensPerSample: t }));
      }),
    );
  });
  it("testTimeFlops(options) throws a RangeError naming the option", () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity]) {
      expect(() => testTimeFlops({ params: 7e9, tokensPerSample: bad })).toThrow(/invalid tokensPerSample/);
      expect(() => testTimeFlops({ params: 7e9, tokensPerSample: 1, samples: bad })).toThrow(/invalid samples/);
    }
    for (const bad of [0, -1, NaN, Infinity]) expect(() => testTimeFlops({ params: bad, tokensPerSample: 1 })).toThrow(/invalid params/);
    expect(() => testTimeFlops({ params: 1, tokensPerSample: 1, promptTokens: -1 })).toThrow(/invalid promptTokens/);
    expect(() => testTimeFlops({ params: 1, tokensPerSample: 1, attention: { layers: 0, dModel: 8 } })).toThrow(/invalid attention.layers/);
  });
});
