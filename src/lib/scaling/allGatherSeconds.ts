import type { CollectiveOptions } from "./ringPassSeconds.ts";
import { ringPassSeconds } from "./ringPassSeconds.ts";

/**
 * Time of a bandwidth-bound ring all-gather: each of n devices holds bytes/n and ends with all `bytes`,
 * after n − 1 steps that each send bytes/n: (n − 1)/n · bytes / bandwidth (Patarasuk & Yuan 2009; How
 * to Scale Your Model, "Sharded Matrices", T = V/W · (n − 1)/n for a unidirectional ring). Latency
 * (~1–10 µs per hop) is left out, so small arrays take longer than this.
 *
 * @throws RangeError naming bytes (≥ 0), devices (integer ≥ 1) or bytesPerSecond (> 0)
 */
export function allGatherSeconds(options: CollectiveOptions): number {
  return ringPassSeconds(options);
}
