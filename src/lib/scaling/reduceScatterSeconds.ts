import type { CollectiveOptions } from "./ringPassSeconds.ts";
import { ringPassSeconds } from "./ringPassSeconds.ts";

/**
 * Time of a bandwidth-bound ring reduce-scatter: each of n devices holds a full `bytes` array of partial
 * sums and ends with its summed 1/n: n − 1 steps of bytes/n, (n − 1)/n · bytes / bandwidth, the same as
 * an all-gather (How to Scale Your Model, "Sharded Matrices"). Latency and the additions are left out.
 *
 * @throws RangeError naming bytes, devices or bytesPerSecond
 */
export function reduceScatterSeconds(options: CollectiveOptions): number {
  return ringPassSeconds(options);
}
