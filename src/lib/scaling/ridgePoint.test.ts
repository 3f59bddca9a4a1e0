import { describe, expect, it } from "vitest";
import { ACCELERATORS } from "./tables/accelerators.ts";
import { ridgePoint } from "./ridgePoint.ts";

/** TPU v5e as How to Scale Your Model gives it ("All About Rooflines"): 1.97e14 bf16 FLOP/s, 8.2e11 bytes/s. */
const v5e = { ...ACCELERATORS["TPU v5p"], name: "TPU v5e", peakFlopsPerSecond: 1.97e14, memoryBandwidthBytesPerSecond: 8.2e11 };

describe("ridgePoint", () => {
  it("ridgePoint(accelerator, precision) gives How to Scale Your Model's 240 FLOPs/byte for a TPU v5e in bf16", () => {
    expect(ridgePoint(v5e, "bf16")).toBeCloseTo(240, 0);
  });
  it("ridgePoint(accelerator, precision) gives 295 for an H100 in bf16; How to Scale Your Model's Problem 5 gets 298 by rounding the dense peak to 1e15 (within 1%)", () => {
    const ours = ridgePoint("H100", "bf16");
    expect(ours).toBeCloseTo(989.5e12 / 3.35e12, 6);
    expect(Math.abs(ours - 298) / 298).toBeLessThan(0.01);
  });
  it("ridgePoint(accelerator, precision) doubles with fp8 on an H100 and is lower on an H200, whose memory is faster", () => {
    expect(ridgePoint("H100", "fp8")).toBeCloseTo(2 * ridgePoint("H100", "bf16"), 0);
    expect(ridgePoint("H200", "bf16")).toBeLessThan(ridgePoint("H100", "bf16"));
  });
  it("ridgePoint(accelerator, precision) throws a RangeError for an unknown accelerator or a format the chip lacks", () => {
    expect(() => ridgePoint("H900", "bf16")).toThrow(/invalid accelerator: "H900"/);
    expect(() => ridgePoint("V100", "fp8")).toThrow(/invalid precision: "fp8"/);
    expect(() => ridgePoint({ ...v5e, memoryBandwidthBytesPerSecond: -1 }, "bf16")).toThrow(/invalid accelerator.memoryBandwidthBytesPerSecond: -1/);
  });
});
