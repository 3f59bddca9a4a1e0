import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matmulCost, matmulIntensity } from "./matmulIntensity.ts";

describe("matmulIntensity", () => {
  it("matmulIntensity({ m, k, n, bytesPerElement }) returns 2mkn / (bytes·(mk + kn + mn))", () => {
    expect(matmulIntensity({ m: 2, k: 3, n: 4, bytesPerElement: 2 })).toBe((2 * 2 * 3 * 4) / (2 * (6 + 12 + 8)));
  });
  it("matmulIntensity({ m, k, n, bytesPerElement }) is about the batch m when m ≪ k, n in bf16 (How to Scale Your Model, 'All About Rooflines')", () => {
    const i = matmulIntensity({ m: 256, k: 8192, n: 8192, bytesPerElement: 2 });
    expect(i).toBeGreaterThan(0.9 * 256);
    expect(i).toBeLessThan(256);
    // int8 doubles it: the book's Question 1 (intensity 2B).
    expect(matmulIntensity({ m: 256, k: 8192, n: 8192, bytesPerElement: 1 })).toBeCloseTo(2 * i, 9);
  });
  it("matmulIntensity({ m, k, n, bytesPerElement }) of a matrix-vector product is about 1 FLOP per byte in bf16", () => {
    expect(matmulIntensity({ m: 1, k: 8192, n: 8192, bytesPerElement: 2 })).toBeCloseTo(1, 2);
  });
  it("matmulIntensity({ m, k, n, bytesPerElement }) is symmetric in m and n and below min(m, k, n)·2/bytes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1 << 16 }), fc.integer({ min: 1, max: 1 << 16 }), fc.integer({ min: 1, max: 1 << 16 }), (m, k, n) => {
        expect(matmulIntensity({ m, k, n, bytesPerElement: 2 })).toBeCloseTo(matmulIntensity({ m: n, k, n: m, bytesPerElement: 2 }), 9);
        expect(matmulIntensity({ m, k, n, bytesPerElement: 2 })).toBeLessThanOrEqual(Math.min(m, k, n) + 1e-9);
      }),
    );
  });
  it("matmulIntensity and matmulCost throw a RangeError naming the dimension for 0, negative, NaN or Infinity", () => {
    for (const f of [matmulIntensity, matmulCost]) {
      for (const bad of [0, -1, NaN, Infinity]) {
        expect(() => f({ m: bad, k: 1, n: 1, bytesPerElement: 2 })).toThrow(`invalid m: ${bad} (must be a positive finite number)`);
        expect(() => f({ m: 1, k: bad, n: 1, bytesPerElement: 2 })).toThrow(/invalid k/);
        expect(() => f({ m: 1, k: 1, n: bad, bytesPerElement: 2 })).toThrow(/invalid n/);
        expect(() => f({ m: 1, k: 1, n: 1, bytesPerElement: bad })).toThrow(/invalid bytesPerElement/);
      }
    }
  });
});

describe("matmulCost", () => {
  it("matmulCost({ m, k, n, bytesPerElement }) returns 2mkn FLOPs, bytes·(mk + kn + mn) bytes and their ratio", () => {
    expect(matmulCost({ m: 2, k: 3, n: 4, bytesPerElement: 2 })).toEqual({ flops: 48, bytes: 52, flopsPerByte: 48 / 52 });
  });
  it("matmulCost(...).flopsPerByte is matmulIntensity(...) (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1 << 16 }), fc.integer({ min: 1, max: 1 << 16 }), fc.integer({ min: 1, max: 1 << 16 }), fc.constantFrom(1, 2, 4), (m, k, n, b) => {
        const cost = matmulCost({ m, k, n, bytesPerElement: b });
        expect(cost.flopsPerByte).toBe(matmulIntensity({ m, k, n, bytesPerElement: b }));
        expect(cost.flopsPerByte).toBe(cost.flops / cost.bytes);
      }),
    );
  });
  it("matmulCost({ m, k, n, bytesPerElement }) halves the bytes but not the FLOPs from bf16 to fp8", () => {
    const bf16 = matmulCost({ m: 4096, k: 4096, n: 14336, bytesPerElement: 2 });
    const fp8 = matmulCost({ m: 4096, k: 4096, n: 14336, bytesPerElement: 1 });
    expect(fp8.flops).toBe(bf16.flops);
    expect(fp8.bytes).toBe(bf16.bytes / 2);
  });
});
