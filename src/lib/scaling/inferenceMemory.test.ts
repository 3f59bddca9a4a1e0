import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL_CONFIGS } from "../../../content/data/models/index.ts";
import { inferenceMemory } from "./inferenceMemory.ts";
import { kvCacheBytes } from "./kvCacheBytes.ts";
import { BYTES_PER_GB } from "./units.ts";

const llama405b = MODEL_CONFIGS["llama-3.1-405b"].config;
const deepseekV3 = MODEL_CONFIGS["deepseek-v3"].config;

describe("inferenceMemory", () => {
  it("inferenceMemory(options) needs two 8×H100 nodes for Llama 3.1 405B in BF16 but one in FP8 (Dubey et al. 2024, §6)", () => {
    const bf16 = inferenceMemory({ config: llama405b, precision: "bf16", contextLength: 8_192, accelerator: "H100" });
    const fp8 = inferenceMemory({ config: llama405b, precision: "fp8", contextLength: 8_192, accelerator: "H100" });
    expect(Math.abs(bf16.weightsBytes / BYTES_PER_GB - 811)).toBeLessThan(5); // ≈ 2 × 405.9B
    expect(bf16.acceleratorsNeeded).toBeGreaterThan(8);
    expect(bf16.acceleratorsNeeded).toBeLessThanOrEqual(16);
    expect(fp8.acceleratorsNeeded).toBeLessThanOrEqual(8);
  });
  it("inferenceMemory(options) fits DeepSeek-V3's FP8 weights on one 8×H200 node but not on 8×H100: every expert is resident", () => {
    const h200 = inferenceMemory({ config: deepseekV3, precision: "fp8", contextLength: 32_768, batch: 8, accelerator: "H200" });
    const h100 = inferenceMemory({ config: deepseekV3, precision: "fp8", contextLength: 32_768, batch: 8, accelerator: "H100" });
    expect(Math.abs(h200.weightsBytes / BYTES_PER_GB - 671)).toBeLessThan(1);
    expect(h200.acceleratorsNeeded).toBeLessThanOrEqual(8);
    expect(h100.acceleratorsNeeded).toBeGreaterThan(8);
  });
  it("inferenceMemory(options) adds kvCacheBytes to the weights, in the KV format", () => {
    const m = inferenceMemory({ config: llama405b, precision: "int4", kvPrecision: "fp8", contextLength: 4_096, batch: 4 });
    expect(m.kvCacheBytes).toBe(kvCacheBytes(llama405b, { contextLength: 4_096, batch: 4, bytesPerValue: 1 }));
    expect(m.totalBytes).toBe(m.weightsBytes + m.kvCacheBytes);
    expect(m.acceleratorsNeeded).toBeNull();
  });
  it("inferenceMemory(options) with params only counts the weights, halving from bf16 to fp8/int8 to int4", () => {
    const at = (precision: "bf16" | "fp8" | "int8" | "int4") => inferenceMemory({ params: 70e9, precision, contextLength: 1 }).totalBytes;
    expect(at("bf16")).toBe(140e9);
    expect(at("fp8")).toBe(at("bf16") / 2);
    expect(at("int8")).toBe(at("fp8"));
    expect(at("int4")).toBe(at("fp8") / 2);
  });
  it("inferenceMemory(options) grows with context and batch only through the KV cache, and never needs fewer accelerators", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 131_072 }), fc.integer({ min: 1, max: 64 }), (contextLength, batch) => {
        const base = inferenceMemory({ config: llama405b, contextLength, batch, accelerator: "MI300X" });
        const longer = inferenceMemory({ config: llama405b, contextLength: contextLength + 1, batch, accelerator: "MI300X" });
        const wider = inferenceMemory({ config: llama405b, contextLength, batch: batch + 1, accelerator: "MI300X" });
        expect(longer.weightsBytes).toBe(base.weightsBytes);
        expect(longer.totalBytes).toBeGreaterThan(base.totalBytes);
        expect(wider.totalBytes).toBeGreaterThan(base.totalBytes);
        expect(longer.acceleratorsNeeded as number).toBeGreaterThanOrEqual(base.acceleratorsNeeded as number);
      }),
    );
  });
  it("inferenceMemory(options) throws a RangeError naming the option", () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity]) {
      expect(() => inferenceMemory({ params: 7e9, contextLength: bad })).toThrow(/invalid contextLength/);
      expect(() => inferenceMemory({ params: 7e9, contextLength: 1, batch: bad })).toThrow(/invalid batch/);
    }
    for (const bad of [0, -1, NaN, Infinity]) expect(() => inferenceMemory({ params: bad, contextLength: 1 })).toThrow(/invalid params/);
    expect(() => inferenceMemory({ params: 7e9, contextLength: 1, precision: "int2" as never })).toThrow(/invalid precision: "int2"/);
    expect(() => inferenceMemory({ params: 7e9, contextLength: 1, kvPrecision: "int2" as never })).toThrow(/invalid kvPrecision: "int2"/);
    expect(() => inferenceMemory({ params: 7e9, contextLength: 1, accelerator: "A200" })).toThrow(/invalid accelerator: "A200"/);
    expect(() => inferenceMemory({ contextLength: 1 })).toThrow(/give config or params/);
  });
});
