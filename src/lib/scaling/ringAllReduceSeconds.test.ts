import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ringAllReduceSeconds } from "./ringAllReduceSeconds.ts";

describe("ringAllReduceSeconds", () => {
  it("ringAllReduceSeconds({ bytes, devices, bytesPerSecond }) returns 2(n − 1)/n · bytes / bandwidth", () => {
    expect(ringAllReduceSeconds({ bytes: 8e9, devices: 8, bytesPerSecond: 1e9 })).toBe(14);
    expect(ringAllReduceSeconds({ bytes: 8e9, devices: 1, bytesPerSecond: 1e9 })).toBe(0);
  });
  it("ringAllReduceSeconds(...) of a 7B model's bf16 gradients over 8 H100s on NVLink (450 GB/s each way) takes 54 ms", () => {
    expect(ringAllReduceSeconds({ bytes: 2 * 7e9, devices: 8, bytesPerSecond: 450e9 }) * 1e3).toBeCloseTo(54.4, 1);
  });
  it("ringAllReduceSeconds(...) approaches, and never exceeds, twice bytes / bandwidth as the ring grows (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), fc.integer({ min: 1, max: 100_000 }), (bytes, n) => {
        const t = ringAllReduceSeconds({ bytes, devices: n, bytesPerSecond: 1e9 });
        expect(t).toBeLessThanOrEqual((2 * bytes) / 1e9);
        expect(ringAllReduceSeconds({ bytes, devices: n + 1, bytesPerSecond: 1e9 })).toBeGreaterThanOrEqual(t);
      }),
    );
  });
  it("ringAllReduceSeconds(...) throws a RangeError naming the option", () => {
    expect(() => ringAllReduceSeconds({ bytes: 1, devices: -1, bytesPerSecond: 1 })).toThrow("invalid devices: -1 (must be an integer ≥ 1)");
    expect(() => ringAllReduceSeconds({ bytes: Infinity, devices: 2, bytesPerSecond: 1 })).toThrow(/invalid bytes: Infinity/);
    expect(() => ringAllReduceSeconds({ bytes: 1, devices: 2, bytesPerSecond: NaN })).toThrow(/invalid bytesPerSecond: NaN/);
  });
});
