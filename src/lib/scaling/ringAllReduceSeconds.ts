import type { CollectiveOptions } from "./ringPassSeconds.ts";
import { allGatherSeconds } from "./allGatherSeconds.ts";
import { reduceScatterSeconds } from "./reduceScatterSeconds.ts";

/**
 * Time of a bandwidth-bound ring all-reduce: a reduce-scatter then an all-gather, 2(n − 1)/n · bytes /
 * bandwidth (Patarasuk & Yuan 2009; How to Scale Your Model, "Sharded Matrices": "an AllReduce is twice
 * as expensive as an AllGather"). Every device sends about twice the array whatever n is, which is why
 * data parallelism's gradient all-reduce costs the same per device on 8 or 8,000 GPUs — if the bandwidth
 * is the same (it drops when the ring leaves the NVLink node). Latency is left out.
 *
 * @throws RangeError naming bytes, devices or bytesPerSecond
 */
export function ringAllReduceSeconds(options: CollectiveOptions): number {
  return reduceScatterSeconds(options) + allGatherSeconds(options);
}
