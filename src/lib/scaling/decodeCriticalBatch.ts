import type { Precision } from "./bytesPerValue.ts";
import type { AcceleratorInput } from "./peakFlops.ts";
import { bytesPerValue, PRECISIONS } from "./bytesPerValue.ts";
import { peakFlopsOrNull } from "./peakFlops.ts";
import { ridgePoint } from "./ridgePoint.ts";
import { keyword } from "./validate.ts";

/**
 * The batch (in sequences, one new token each) at which decoding a dense model stops being memory-bound:
 * a step does 2·N·B FLOPs and reads N·bytesPerWeight bytes of weights, so its intensity 2B/bytesPerWeight
 * reaches the ridge point at B = ridgePoint · bytesPerWeight / 2. About 295 for bf16 on an H100, 120 for
 * int8 weights with bf16 matmuls on a TPU v5e (How to Scale Your Model, "All About Rooflines", Problem 5
 * and Question 2). Not Kaplan's `criticalBatchSize(loss)`, which is about training.
 * Counts the weights only: KV-cache reads grow with the batch too, so at long contexts decoding stays
 * memory-bound past this batch (and with a large enough cache, at every batch).
 *
 * @param precision weight format
 * @param options.computePrecision the matmuls' format (default: `precision` if the chip has it, else bf16)
 * @returns sequences
 */
export function decodeCriticalBatch(
  accelerator: AcceleratorInput,
  precision: Precision,
  options: { computePrecision?: Precision } = {},
): number {
  const weightBytes = bytesPerValue(precision);
  const compute =
    options.computePrecision !== undefined
      ? keyword("computePrecision", options.computePrecision, PRECISIONS)
      : peakFlopsOrNull(accelerator, precision) !== null
        ? precision
        : "bf16";
  return (ridgePoint(accelerator, compute) * weightBytes) / 2;
}
