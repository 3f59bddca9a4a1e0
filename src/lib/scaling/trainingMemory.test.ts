import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { activationMemory } from "./activationMemory.ts";
import { trainingMemory } from "./trainingMemory.ts";
import { BYTES_PER_GB } from "./units.ts";

describe("trainingMemory", () => {
  it("trainingMemory(options) reproduces the ZeRO paper's Figure 1 (Ψ = 7.5B, N_d = 64): 120, 31.4, 16.6 and 1.9 GB within 0.05 GB", () => {
    const published = [120, 31.4, 16.6, 1.9];
    for (const zeroStage of [0, 1, 2, 3]) {
      const { totalBytes } = trainingMemory({ params: 7.5e9, precision: "fp16", optimizer: "adam", zeroStage, devices: 64 });
      expect(Math.abs(totalBytes / BYTES_PER_GB - published[zeroStage])).toBeLessThan(0.05);
    }
  });
  it("trainingMemory(options) counts 16 bytes per parameter for mixed-precision Adam: 2 + 2 + 12", () => {
    const m = trainingMemory({ params: 1e9 });
    expect(m.bytesPerParam).toBe(16);
    expect([m.weightsBytes, m.gradientsBytes, m.optimizerBytes]).toEqual([2e9, 2e9, 12e9]);
  });
  it("trainingMemory(options) counts 16 bytes for fp32 Adam, 8 for mixed-precision SGD with momentum and 4 for plain fp16 SGD's master copy", () => {
    expect(trainingMemory({ params: 1, precision: "fp32" }).bytesPerParam).toBe(16);
    expect(trainingMemory({ params: 1, optimizer: "sgd-momentum" }).bytesPerParam).toBe(12);
    expect(trainingMemory({ params: 1, optimizer: "sgd" }).optimizerBytes).toBe(4);
    expect(trainingMemory({ params: 1, precision: "fp32", optimizer: "sgd" }).bytesPerParam).toBe(8);
  });
  it("trainingMemory(options) at ZeRO stage 3 divides every model state by the device count", () => {
    const one = trainingMemory({ params: 7e9, zeroStage: 3, devices: 1 });
    const many = trainingMemory({ params: 7e9, zeroStage: 3, devices: 8 });
    expect(many.modelStatesBytes).toBeCloseTo(one.modelStatesBytes / 8, 0);
  });
  it("trainingMemory(options) per device does not grow with the ZeRO stage or the device count", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e6, max: 1e13, noNaN: true }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 4_096 }),
        fc.constantFrom("fp32", "fp16", "bf16"),
        fc.constantFrom("adam", "sgd-momentum", "sgd"),
        (params, zeroStage, devices, precision, optimizer) => {
          const at = (stage: number, n: number) => trainingMemory({ params, precision, optimizer, zeroStage: stage, devices: n }).totalBytes;
          expect(at(zeroStage + 1, devices)).toBeLessThanOrEqual(at(zeroStage, devices));
          expect(at(zeroStage, devices + 1)).toBeLessThanOrEqual(at(zeroStage, devices));
        },
      ),
    );
  });
  it("trainingMemory(options) adds activationMemory when given an activation shape", () => {
    const activations = { sequenceLength: 2_048, batch: 1, hiddenSize: 4_096, numHeads: 32, numLayers: 32 };
    const m = trainingMemory({ params: 6.7e9, activations });
    expect(m.activationsBytes).toBe(activationMemory(activations));
    expect(m.totalBytes).toBe(m.modelStatesBytes + m.activationsBytes);
  });
  it("trainingMemory(options) throws a RangeError naming the option", () => {
    for (const bad of [0, -1, NaN, Infinity]) expect(() => trainingMemory({ params: bad })).toThrow(/invalid params/);
    for (const bad of [-1, 4, 1.5, NaN]) expect(() => trainingMemory({ params: 1e9, zeroStage: bad })).toThrow(/invalid zeroStage/);
    for (const bad of [0, -1, 2.5, NaN, Infinity]) expect(() => trainingMemory({ params: 1e9, devices: bad })).toThrow(/invalid devices/);
    expect(() => trainingMemory({ params: 1e9, precision: "int8" as never })).toThrow('invalid precision: "int8" (expected one of fp32, fp16, bf16)');
    expect(() => trainingMemory({ params: 1e9, optimizer: "lion" as never })).toThrow(/invalid optimizer: "lion"/);
  });
});
