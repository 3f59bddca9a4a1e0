import { nonNegative, positive, positiveInteger } from "./validate.ts";

/** Options of `allGatherSeconds`, `reduceScatterSeconds` and `ringAllReduceSeconds`. */
export interface CollectiveOptions {
  /** Bytes of the whole array (every device ends with, or starts with, this much). */
  bytes: number;
  /** n, devices in the ring. */
  devices: number;
  /** Bandwidth each device sends at (and receives at) around the ring, bytes/s, one direction. */
  bytesPerSecond: number;
}

/** Checks the options and returns (n − 1)/n · bytes / bandwidth, the time one ring pass over the array takes. */
export function ringPassSeconds({ bytes, devices, bytesPerSecond }: CollectiveOptions): number {
  nonNegative("bytes", bytes);
  const n = positiveInteger("devices", devices);
  positive("bytesPerSecond", bytesPerSecond);
  return (((n - 1) / n) * bytes) / bytesPerSecond;
}
