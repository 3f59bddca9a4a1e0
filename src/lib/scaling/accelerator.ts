import type { Accelerator, AcceleratorName } from "./tables/accelerators.ts";
import { ACCELERATOR_NAMES as NAMES, ACCELERATORS } from "./tables/accelerators.ts";
import { positive } from "./validate.ts";

/** Case, spaces and dashes do not matter: `"tpu-v5p"` finds `"TPU v5p"`. */
function fold(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}

/**
 * Looks up an accelerator in `ACCELERATORS` by its short name (`"H100"`, `"TPU v5p"`; case, spaces and
 * dashes ignored), or checks and returns a hand-written `Accelerator` so readers can model other hardware.
 *
 * @param name a key of `ACCELERATORS`, or an `Accelerator` object
 * @returns the accelerator's figures (FLOP/s, bytes, bytes/s, watts)
 * @throws RangeError for an unknown name, listing the known ones; RangeError/TypeError for a bad object
 */
export function accelerator(name: AcceleratorName | (string & {}) | Accelerator): Accelerator {
  if (typeof name === "object" && name !== null) {
    positive("accelerator.peakFlopsPerSecond", name.peakFlopsPerSecond);
    positive("accelerator.memoryBytes", name.memoryBytes);
    positive("accelerator.memoryBandwidthBytesPerSecond", name.memoryBandwidthBytesPerSecond);
    positive("accelerator.powerWatts", name.powerWatts);
    return name;
  }
  if (typeof name === "string") {
    const key = NAMES.find((k) => k === name) ?? NAMES.find((k) => fold(k) === fold(name));
    if (key !== undefined) return ACCELERATORS[key];
  }
  const shown = typeof name === "string" ? JSON.stringify(name) : String(name);
  throw new RangeError(`invalid accelerator: ${shown} (expected one of ${NAMES.join(", ")})`);
}
