import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allGatherSeconds } from "./allGatherSeconds.ts";

describe("allGatherSeconds", () => {
  it("allGatherSeconds({ bytes, devices, bytesPerSecond }) returns (n − 1)/n · bytes / bandwidth", () => {
    expect(allGatherSeconds({ bytes: 4e9, devices: 4, bytesPerSecond: 1e9 })).toBe(3);
  });
  it("allGatherSeconds(...) is within the (n − 1)/n factor of How to Scale Your Model's sharding Question 2 (AllGather over 16 TPU v4 chips of 2·1024·4096 bytes at 2 × 9e10 B/s: 46 µs)", () => {
    const ours = allGatherSeconds({ bytes: 2 * 1024 * 4096, devices: 16, bytesPerSecond: 2 * 9e10 });
    expect(ours * 1e6).toBeCloseTo((15 / 16) * 46.6, 1);
    expect(Math.abs(ours * 1e6 - 46) / 46).toBeLessThan(0.07); // the book rounds (n − 1)/n to 1
  });
  it("allGatherSeconds(...) never exceeds bytes / bandwidth, whatever the ring's size (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.integer({ min: 1, max: 100_000 }), (bytes, devices) => {
        expect(allGatherSeconds({ bytes, devices, bytesPerSecond: 1e9 })).toBeLessThanOrEqual(bytes / 1e9);
      }),
    );
  });
  it("allGatherSeconds(...) throws a RangeError naming the option", () => {
    expect(() => allGatherSeconds({ bytes: 1, devices: -1, bytesPerSecond: 1 })).toThrow("invalid devices: -1 (must be an integer ≥ 1)");
    expect(() => allGatherSeconds({ bytes: NaN, devices: 2, bytesPerSecond: 1 })).toThrow(/invalid bytes: NaN/);
    expect(() => allGatherSeconds({ bytes: 1, devices: 2, bytesPerSecond: 0 })).toThrow(/invalid bytesPerSecond: 0/);
  });
});
