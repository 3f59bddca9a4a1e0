import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossoverContextLength } from "./crossoverContextLength.ts";
import { sequenceCost } from "./sequenceCost.ts";

const shape = { params: 12 * 64 * 2_560 ** 2, dModel: 2_560, layers: 64 };

describe("crossoverContextLength", () => {
  it("crossoverContextLength(options) finds that a Transformer's KV cache outgrows Mamba's state after 20 tokens and its FLOPs after 64 (default d_state 16, d_conv 4, expand 2)", () => {
    // KV: 2·d values per layer per token; Mamba: 2d·(16 + 4) values per layer → 20 tokens.
    expect(crossoverContextLength({ ...shape, against: "mamba" })).toBe(20);
    // Attention: 4·d FLOPs per layer per cached token; scan: 8·2d·16 per layer → 64 tokens.
    expect(crossoverContextLength({ ...shape, against: "mamba", metric: "flops" })).toBe(64);
  });
  it("crossoverContextLength(options) puts RetNet's memory crossover at half a head's width of tokens", () => {
    expect(crossoverContextLength({ ...shape, heads: 10, against: "retnet" })).toBe(2_560 / 10 / 2);
  });
  it("crossoverContextLength(options) returns the first context length at which the Transformer costs at least as much", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 64, max: 16_384 }),
        fc.integer({ min: 1, max: 128 }),
        fc.constantFrom("mamba", "retnet"),
        fc.constantFrom("flops", "memory"),
        fc.integer({ min: 1, max: 64 }),
        (dModel, layers, against, metric, heads) => {
          const model = { params: 12 * layers * dModel ** 2, dModel, layers, heads };
          const n = crossoverContextLength({ ...model, against, metric });
          const pick = (c: ReturnType<typeof sequenceCost>) => (metric === "flops" ? c.flopsPerToken : c.stateBytes);
          const other = pick(sequenceCost({ ...model, architecture: against, contextLength: 1 }));
          expect(pick(sequenceCost({ ...model, architecture: "transformer", contextLength: n }))).toBeGreaterThanOrEqual(other);
          if (n > 1) expect(pick(sequenceCost({ ...model, architecture: "transformer", contextLength: n - 1 }))).toBeLessThan(other);
        },
      ),
    );
  });
  it("crossoverContextLength(options) throws a RangeError for an unknown comparison or metric", () => {
    expect(() => crossoverContextLength({ ...shape, against: "transformer" as never })).toThrow(/invalid against: "transformer"/);
    expect(() => crossoverContextLength({ ...shape, against: "mamba", metric: "latency" as never })).toThrow(/invalid metric: "latency"/);
    expect(() => crossoverContextLength({ ...shape, dModel: 0, against: "mamba" })).toThrow(/invalid dModel/);
  });
});
