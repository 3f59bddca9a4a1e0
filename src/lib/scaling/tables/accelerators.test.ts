import { describe, expect, it } from "vitest";
import { ACCELERATORS, GPUS } from "./accelerators.ts";

describe("ACCELERATORS", () => {
  it("ACCELERATORS lists the V100, A100, H100, H800, H200, B200, MI300X, TPU v5p and Ascend 910B", () => {
    for (const name of ["V100", "A100", "H100", "H800", "H200", "B200", "MI300X", "TPU v5p", "Ascend 910B"]) {
      expect(ACCELERATORS).toHaveProperty([name]);
    }
  });
  it("ACCELERATORS gives every accelerator positive finite figures and an https source", () => {
    for (const a of Object.values(ACCELERATORS)) {
      for (const x of [a.peakFlopsPerSecond, a.memoryBytes, a.memoryBandwidthBytesPerSecond, a.powerWatts]) {
        expect(Number.isFinite(x) && x > 0).toBe(true);
      }
      expect(a.source).toMatch(/^https:\/\//);
    }
  });
  it("ACCELERATORS marks the Ascend 910B and the TPU v5p's power as estimates, with a note", () => {
    for (const a of Object.values(ACCELERATORS)) if (a.estimate) expect("note" in a && a.note.length > 0).toBe(true);
    expect(ACCELERATORS["Ascend 910B"].estimate).toBe(true);
    expect(ACCELERATORS["TPU v5p"].estimate).toBe(true);
    expect(ACCELERATORS.H100.estimate).toBe(false);
  });
  it("ACCELERATORS uses dense BF16 peaks, not the 2:4-sparsity headline: A100 312 and H100 SXM ≈ 989 TFLOP/s", () => {
    expect(ACCELERATORS.A100.peakFlopsPerSecond / 1e12).toBe(312);
    expect(Math.abs(ACCELERATORS.H100.peakFlopsPerSecond / 1e12 - 989)).toBeLessThan(1); // half of 1,979 "with sparsity"
    expect(ACCELERATORS.H800.peakFlopsPerSecond).toBe(ACCELERATORS.H100.peakFlopsPerSecond);
  });
  it("ACCELERATORS orders NVIDIA generations by peak FLOP/s: V100 < A100 < H100 < B200", () => {
    const { V100, A100, H100, B200 } = ACCELERATORS;
    expect(V100.peakFlopsPerSecond).toBeLessThan(A100.peakFlopsPerSecond);
    expect(A100.peakFlopsPerSecond).toBeLessThan(H100.peakFlopsPerSecond);
    expect(H100.peakFlopsPerSecond).toBeLessThan(B200.peakFlopsPerSecond);
  });
  it("GPUS is an alias of ACCELERATORS", () => {
    expect(GPUS).toBe(ACCELERATORS);
  });
});
