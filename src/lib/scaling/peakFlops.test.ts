import { describe, expect, it } from "vitest";
import { ACCELERATORS } from "./tables/accelerators.ts";
import { PEAK_FLOPS_BY_PRECISION, peakFlops, peakFlopsOrNull } from "./peakFlops.ts";

describe("peakFlops", () => {
  it("peakFlops(accelerator, precision) gives the table's dense 16-bit peak for bf16 and fp16", () => {
    for (const name of Object.keys(ACCELERATORS) as (keyof typeof ACCELERATORS)[]) {
      expect(peakFlops(name, "bf16")).toBe(ACCELERATORS[name].peakFlopsPerSecond);
    }
    expect(peakFlops("h100", "fp16")).toBe(ACCELERATORS.H100.peakFlopsPerSecond);
  });
  it("peakFlops(accelerator, precision) doubles the 16-bit peak for fp8 on Hopper and Blackwell (NVIDIA datasheets, dense)", () => {
    for (const name of ["H100", "H800", "H200", "B200"] as const) expect(peakFlops(name, "fp8") / peakFlops(name, "bf16")).toBeCloseTo(2, 2);
    expect(peakFlops("A100", "int8")).toBe(624e12);
    expect(peakFlops("TPU v5p", "int8")).toBe(918e12);
  });
  it("PEAK_FLOPS_BY_PRECISION has a row for every accelerator, with positive or null entries", () => {
    expect(Object.keys(PEAK_FLOPS_BY_PRECISION).sort()).toEqual(Object.keys(ACCELERATORS).sort());
    for (const row of Object.values(PEAK_FLOPS_BY_PRECISION)) for (const v of Object.values(row)) expect(v === null || v > 0).toBe(true);
  });
  it("peakFlops(accelerator, precision) throws a RangeError naming the precision when the chip has no such units", () => {
    expect(peakFlopsOrNull("A100", "fp8")).toBeNull();
    expect(() => peakFlops("A100", "fp8")).toThrow(/invalid precision: "fp8" \(NVIDIA A100 SXM4 80GB has no published dense fp8 peak/);
    expect(() => peakFlops("A100", "fp64" as never)).toThrow(/invalid precision: "fp64"/);
    expect(() => peakFlops("H900", "bf16")).toThrow(/invalid accelerator/);
  });
  it("peakFlops(accelerator, precision) reads a hand-written accelerator's peakFlopsByPrecision", () => {
    const v5e = { ...ACCELERATORS["TPU v5p"], name: "TPU v5e", peakFlopsPerSecond: 1.97e14, memoryBandwidthBytesPerSecond: 8.1e11, peakFlopsByPrecision: { int8: 3.94e14 } };
    expect(peakFlops(v5e, "bf16")).toBe(1.97e14);
    expect(peakFlops(v5e, "int8")).toBe(3.94e14);
    expect(() => peakFlops(v5e, "fp8")).toThrow(/invalid precision: "fp8"/);
    for (const bad of [0, -1, NaN, Infinity]) expect(() => peakFlops({ ...v5e, peakFlopsByPrecision: { int8: bad } }, "int8")).toThrow(/invalid accelerator.peakFlopsByPrecision.int8/);
  });
});
