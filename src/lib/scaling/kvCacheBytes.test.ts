import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL_CONFIGS } from "../../../content/data/models/index.ts";
import { kvCacheBytes } from "./kvCacheBytes.ts";
import { normalizeConfig } from "./normalizeConfig.ts";

const llama7b = MODEL_CONFIGS["llama-2-7b"].config;
const llama70b = MODEL_CONFIGS["llama-2-70b"].config;
const deepseekV3 = MODEL_CONFIGS["deepseek-v3"].config;

describe("kvCacheBytes", () => {
  it("kvCacheBytes(config, options) gives Llama 2 7B the ~2 GB at 4,096 tokens, batch 1, 16-bit that NVIDIA's inference guide computes", () => {
    // NVIDIA Technical Blog, "Mastering LLM Techniques: Inference Optimization" (2023): 1 · 4096 · 2 · 32 · 4096 · 2 bytes.
    expect(kvCacheBytes(llama7b, { contextLength: 4_096 })).toBe(2 ** 31);
    expect(kvCacheBytes(llama7b, { contextLength: 1 })).toBe(0.5 * 2 ** 20);
  });
  it("kvCacheBytes(config, options) shrinks Llama 2 70B's cache 8× with grouped-query attention (64 query heads, 8 KV heads)", () => {
    const c = normalizeConfig(llama70b);
    const gqa = kvCacheBytes(c, { contextLength: 4_096 });
    const mha = kvCacheBytes({ ...c, numKvHeads: c.numHeads }, { contextLength: 4_096 });
    expect(mha / gqa).toBe(8);
  });
  it("kvCacheBytes(config, options) caches DeepSeek-V3's latent: as much as GQA with 2.25 groups of 128-wide heads (DeepSeek-V2 §2.1.4)", () => {
    const bytes = kvCacheBytes(deepseekV3, { contextLength: 1, bytesPerValue: 1 });
    expect(bytes).toBe(61 * (512 + 64));
    expect(bytes / (2 * 61 * 128)).toBe(2.25);
  });
  it("kvCacheBytes(config, options) grows linearly with context length, batch and bytes per value", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(llama7b, llama70b, deepseekV3, MODEL_CONFIGS["qwen3-235b-a22b"].config),
        fc.integer({ min: 1, max: 1 << 20 }),
        fc.integer({ min: 1, max: 256 }),
        fc.integer({ min: 2, max: 8 }),
        (config, contextLength, batch, k) => {
          const base = kvCacheBytes(config, { contextLength, batch });
          expect(kvCacheBytes(config, { contextLength: k * contextLength, batch })).toBe(k * base);
          expect(kvCacheBytes(config, { contextLength, batch: k * batch })).toBe(k * base);
          expect(kvCacheBytes(config, { contextLength, batch, bytesPerValue: 1 })).toBe(base / 2);
        },
      ),
    );
  });
  it("kvCacheBytes(config, options) throws a RangeError naming contextLength or batch when not a positive integer", () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity]) {
      expect(() => kvCacheBytes(llama7b, { contextLength: bad })).toThrow(/invalid contextLength/);
      expect(() => kvCacheBytes(llama7b, { contextLength: 1, batch: bad })).toThrow(/invalid batch/);
    }
    for (const bad of [0, -1, NaN, Infinity]) expect(() => kvCacheBytes(llama7b, { contextLength: 1, bytesPerValue: bad })).toThrow(/invalid bytesPerValue/);
  });
});
