import type { Precision } from "./bytesPerValue.ts";
import type { AcceleratorInput } from "./peakFlops.ts";
import { accelerator as lookup } from "./accelerator.ts";
import { peakFlops } from "./peakFlops.ts";
import { nonNegative } from "./validate.ts";

/** Options of `rooflineSeconds`. */
export interface RooflineInput {
  /** FLOPs the operation does. */
  flops: number;
  /** Bytes it moves between HBM and the chip. */
  bytes: number;
  accelerator: AcceleratorInput;
  /** Format the FLOPs run in (sets the peak). */
  precision: Precision;
}

/** A roofline time estimate. */
export interface Roofline {
  /** max(computeSeconds, memorySeconds): a lower bound on the real time (perfect overlap). */
  seconds: number;
  /** flops / dense peak. */
  computeSeconds: number;
  /** bytes / HBM bandwidth. */
  memorySeconds: number;
  /** Which of the two is larger (`"compute"` on a tie). */
  bound: "compute" | "memory";
}

/**
 * Roofline time of an operation: T_math = FLOPs / peak, T_comms = bytes / bandwidth, and the operation
 * takes at least max(T_math, T_comms) if compute and memory traffic overlap perfectly (at most their sum
 * if they do not) — How to Scale Your Model, "All About Rooflines", Eqs. for T_lower and T_upper.
 * Real kernels reach 60–80% of either peak, so this is optimistic.
 *
 * @throws RangeError naming flops or bytes when negative or not finite, or for an unknown accelerator/format
 */
export function rooflineSeconds({ flops, bytes, accelerator, precision }: RooflineInput): Roofline {
  nonNegative("flops", flops);
  nonNegative("bytes", bytes);
  const computeSeconds = flops / peakFlops(accelerator, precision);
  const memorySeconds = bytes / lookup(accelerator).memoryBandwidthBytesPerSecond;
  return {
    seconds: Math.max(computeSeconds, memorySeconds),
    computeSeconds,
    memorySeconds,
    bound: computeSeconds >= memorySeconds ? "compute" : "memory",
  };
}
