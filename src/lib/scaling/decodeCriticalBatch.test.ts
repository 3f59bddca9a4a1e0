import { describe, expect, it } from "vitest";
import { ACCELERATORS } from "./tables/accelerators.ts";
import { decodeCriticalBatch } from "./decodeCriticalBatch.ts";
import { ridgePoint } from "./ridgePoint.ts";

/** TPU v5e as How to Scale Your Model's Questions 1–2 give it: 1.97e14 bf16, 3.94e14 int8 OP/s, 8.1e11 bytes/s. */
const v5e = { ...ACCELERATORS["TPU v5p"], name: "TPU v5e", peakFlopsPerSecond: 1.97e14, memoryBandwidthBytesPerSecond: 8.1e11, peakFlopsByPrecision: { int8: 3.94e14 } };

describe("decodeCriticalBatch", () => {
  it("decodeCriticalBatch(accelerator, precision) is the ridge point for 16-bit weights: 295 sequences on an H100 (How to Scale Your Model, Problem 5: 298)", () => {
    expect(decodeCriticalBatch("H100", "bf16")).toBeCloseTo(ridgePoint("H100", "bf16"), 9);
    expect(Math.abs(decodeCriticalBatch("H100", "bf16") - 298) / 298).toBeLessThan(0.01);
  });
  it("decodeCriticalBatch(accelerator, precision) reproduces How to Scale Your Model's int8 answers on a TPU v5e: 243 with int8 matmuls (Q1), ~120 with int8 weights and bf16 matmuls (Q2)", () => {
    expect(decodeCriticalBatch(v5e, "int8")).toBeCloseTo(243, 0);
    // The book rounds the bf16 ridge to 240 and answers B > 120; with 8.1e11 bytes/s it is 121.6.
    expect(decodeCriticalBatch(v5e, "int8", { computePrecision: "bf16" })).toBeCloseTo(121.6, 1);
  });
  it("decodeCriticalBatch(accelerator, precision) halves with int8 weights in bf16 matmuls and doubles with fp8 matmuls", () => {
    expect(decodeCriticalBatch("H100", "int8", { computePrecision: "bf16" })).toBeCloseTo(decodeCriticalBatch("H100", "bf16") / 2, 9);
    expect(decodeCriticalBatch("H100", "fp8")).toBeCloseTo(decodeCriticalBatch("H100", "bf16"), 0);
  });
  it("decodeCriticalBatch(accelerator, precision) throws a RangeError for unknown formats or accelerators", () => {
    expect(() => decodeCriticalBatch("H100", "fp64" as never)).toThrow(/invalid precision: "fp64"/);
    expect(() => decodeCriticalBatch("H100", "bf16", { computePrecision: "int4" })).toThrow(/invalid precision: "int4"/);
    expect(() => decodeCriticalBatch("H100", "bf16", { computePrecision: "x" as never })).toThrow(/invalid computePrecision: "x"/);
    expect(() => decodeCriticalBatch("nope", "bf16")).toThrow(/invalid accelerator: "nope"/);
  });
});
