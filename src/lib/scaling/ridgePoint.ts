import type { Precision } from "./bytesPerValue.ts";
import type { AcceleratorInput } from "./peakFlops.ts";
import { accelerator as lookup } from "./accelerator.ts";
import { peakFlops } from "./peakFlops.ts";

/**
 * The roofline's ridge point: dense peak FLOP/s in `precision` over HBM bandwidth in bytes/s. An operation
 * with fewer FLOPs per byte than this is memory-bound (Williams, Waterman & Patterson 2009; How to Scale
 * Your Model, "All About Rooflines": about 240 for a TPU v5e, 298 for an H100 with its peak rounded to 1e15).
 *
 * @returns FLOPs per byte
 * @throws RangeError for an unknown accelerator or a format it has no peak for
 */
export function ridgePoint(accelerator: AcceleratorInput, precision: Precision): number {
  return peakFlops(accelerator, precision) / lookup(accelerator).memoryBandwidthBytesPerSecond;
}
