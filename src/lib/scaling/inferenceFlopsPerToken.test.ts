import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL_CONFIGS } from "../../../content/data/models/index.ts";
import { forwardFlopsPerToken } from "./forwardFlopsPerToken.ts";
import { inferenceFlopsPerToken } from "./inferenceFlopsPerToken.ts";

const config = (id: string) => MODEL_CONFIGS[id].config;

describe("inferenceFlopsPerToken", () => {
  it("inferenceFlopsPerToken(config, L) for Llama-3-8B is 2 × 6.98B non-embedding + 4·32·L·4096", () => {
    expect(inferenceFlopsPerToken(config("llama-3-8b"), 8192)).toBe(2 * 6_979_588_096 + 4 * 32 * 8192 * 4096);
  });
  it("inferenceFlopsPerToken(config, L) averaged over positions 1…n is forwardFlopsPerToken(config, n) + 2·n_layer·d_attn", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 300 }), (n) => {
      let total = 0;
      for (let L = 1; L <= n; L++) total += inferenceFlopsPerToken(config("gpt2"), L);
      expect(total / n / (forwardFlopsPerToken(config("gpt2"), n) + 2 * 12 * 768)).toBeCloseTo(1, 12);
    }), { numRuns: 30 });
  });
  it("inferenceFlopsPerToken(config, L) grows by 4·n_layer·d_attn per token of context", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), (L) => {
      const c = config("gpt3-175b");
      expect(inferenceFlopsPerToken(c, L + 1) - inferenceFlopsPerToken(c, L)).toBe(4 * 96 * 12288);
    }));
  });
  it("inferenceFlopsPerToken(config, L) throws a RangeError naming contextLength for 0, negative, fractional, NaN and Infinity", () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity]) expect(() => inferenceFlopsPerToken(config("gpt2"), bad)).toThrow(`invalid contextLength: ${bad}`);
  });
});
