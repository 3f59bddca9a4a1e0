import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACCELERATORS } from "./tables/accelerators.ts";
import { matmulIntensity } from "./matmulIntensity.ts";
import { ridgePoint } from "./ridgePoint.ts";
import { rooflineSeconds } from "./rooflineSeconds.ts";

describe("rooflineSeconds", () => {
  it("rooflineSeconds({ flops, bytes, accelerator, precision }) returns the larger of flops/peak and bytes/bandwidth", () => {
    const r = rooflineSeconds({ flops: 989.5e12, bytes: 3.35e12 / 2, accelerator: "H100", precision: "bf16" });
    expect(r.computeSeconds).toBeCloseTo(1, 12);
    expect(r.memorySeconds).toBeCloseTo(0.5, 12);
    expect(r).toMatchObject({ seconds: r.computeSeconds, bound: "compute" });
    expect(rooflineSeconds({ flops: 1, bytes: 3.35e12, accelerator: "H100", precision: "bf16" }).bound).toBe("memory");
  });
  it("rooflineSeconds({ flops, bytes, accelerator, precision }) turns compute-bound exactly at the ridge point (How to Scale Your Model: B > 240 tokens on a TPU v5e)", () => {
    const v5e = { ...ACCELERATORS["TPU v5p"], name: "TPU v5e", peakFlopsPerSecond: 1.97e14, memoryBandwidthBytesPerSecond: 8.2e11 };
    const at = (m: number) => {
      const [k, n] = [8192, 32768];
      return rooflineSeconds({ flops: 2 * m * k * n, bytes: 2 * (m * k + k * n + m * n), accelerator: v5e, precision: "bf16" }).bound;
    };
    expect(at(128)).toBe("memory");
    expect(at(512)).toBe("compute");
    expect(matmulIntensity({ m: 512, k: 8192, n: 32768, bytesPerElement: 2 })).toBeGreaterThan(ridgePoint(v5e, "bf16"));
  });
  it("rooflineSeconds(...) is at least both bounds and at most their sum (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e24, noNaN: true }),
        fc.double({ min: 0, max: 1e15, noNaN: true }),
        fc.constantFrom(...(Object.keys(ACCELERATORS) as (keyof typeof ACCELERATORS)[])),
        (flops, bytes, accelerator) => {
          const r = rooflineSeconds({ flops, bytes, accelerator, precision: "bf16" });
          expect(r.seconds).toBeGreaterThanOrEqual(r.computeSeconds);
          expect(r.seconds).toBeGreaterThanOrEqual(r.memorySeconds);
          expect(r.seconds).toBeLessThanOrEqual(r.computeSeconds + r.memorySeconds);
        },
      ),
    );
  });
  it("rooflineSeconds(...) throws a RangeError naming flops or bytes for negative, NaN or Infinity (0 is allowed)", () => {
    expect(rooflineSeconds({ flops: 0, bytes: 0, accelerator: "A100", precision: "bf16" }).seconds).toBe(0);
    for (const bad of [-1, NaN, Infinity]) {
      expect(() => rooflineSeconds({ flops: bad, bytes: 1, accelerator: "A100", precision: "bf16" })).toThrow(`invalid flops: ${bad} (must be a finite number ≥ 0)`);
      expect(() => rooflineSeconds({ flops: 1, bytes: bad, accelerator: "A100", precision: "bf16" })).toThrow(/invalid bytes/);
    }
    expect(() => rooflineSeconds({ flops: 1, bytes: 1, accelerator: "A100", precision: "fp8" })).toThrow(/invalid precision: "fp8"/);
  });
});
