import type { Accelerator, AcceleratorName } from "./tables/accelerators.ts";
import type { Precision } from "./bytesPerValue.ts";
import { accelerator as lookup } from "./accelerator.ts";
import { ACCELERATORS } from "./tables/accelerators.ts";
import { bytesPerValue } from "./bytesPerValue.ts";
import { positive } from "./validate.ts";

/** Dense peak FLOP/s (OP/s for integers) by number format; `null` where the chip has no matrix units for it or no figure is published. */
export type PeakByPrecision = Readonly<Record<Precision, number | null>>;

/** An accelerator given by name, or a hand-written one, optionally with its own peaks by format. */
export type AcceleratorInput = AcceleratorName | (string & {}) | (Accelerator & { peakFlopsByPrecision?: Partial<Record<Precision, number>> });

const T = 1e12;

/**
 * Dense (no 2:4 sparsity) peak throughput of each accelerator in `ACCELERATORS` by format. The 16-bit
 * entries are the table's `peakFlopsPerSecond` (V100: FP16, it has no BF16); the others come from the
 * same datasheets as the table (its `source` URLs), halved where NVIDIA quotes "with sparsity":
 * - V100 SXM2: FP32 15.7 TFLOP/s; no FP8, INT8 or INT4 tensor cores.
 * - A100 SXM4: FP32 19.5; INT8 624 TOPS; INT4 1,248 TOPS; no FP8.
 * - H100 / H800 / H200 SXM: FP32 67; FP8 and INT8 3,958 "with sparsity", so 1,979 dense; no INT4.
 * - B200 (HGX): FP8 and INT8 4.5 P dense per GPU (9 P "with sparsity"; 72 P per 8-GPU board); FP32 75 TFLOP/s.
 * - MI300X: FP8 and INT8 2,614.9 dense (5,229.8 with sparsity); FP32 163.4 (vector and matrix).
 * - TPU v5p: INT8 918 TOPS; no FP8 or FP32 matrix figure published.
 * - Ascend 910B: only the (estimated) FP16 figure.
 * FP32 means plain FP32, not TF32.
 */
export const PEAK_FLOPS_BY_PRECISION: Readonly<Record<AcceleratorName, PeakByPrecision>> = {
  V100: { fp32: 15.7 * T, fp16: ACCELERATORS.V100.peakFlopsPerSecond, bf16: ACCELERATORS.V100.peakFlopsPerSecond, fp8: null, int8: null, int4: null },
  A100: { fp32: 19.5 * T, fp16: ACCELERATORS.A100.peakFlopsPerSecond, bf16: ACCELERATORS.A100.peakFlopsPerSecond, fp8: null, int8: 624 * T, int4: 1_248 * T },
  H100: { fp32: 67 * T, fp16: ACCELERATORS.H100.peakFlopsPerSecond, bf16: ACCELERATORS.H100.peakFlopsPerSecond, fp8: 1_979 * T, int8: 1_979 * T, int4: null },
  H800: { fp32: 67 * T, fp16: ACCELERATORS.H800.peakFlopsPerSecond, bf16: ACCELERATORS.H800.peakFlopsPerSecond, fp8: 1_979 * T, int8: 1_979 * T, int4: null },
  H200: { fp32: 67 * T, fp16: ACCELERATORS.H200.peakFlopsPerSecond, bf16: ACCELERATORS.H200.peakFlopsPerSecond, fp8: 1_979 * T, int8: 1_979 * T, int4: null },
  B200: { fp32: 75 * T, fp16: ACCELERATORS.B200.peakFlopsPerSecond, bf16: ACCELERATORS.B200.peakFlopsPerSecond, fp8: 4_500 * T, int8: 4_500 * T, int4: null },
  MI300X: { fp32: 163.4 * T, fp16: ACCELERATORS.MI300X.peakFlopsPerSecond, bf16: ACCELERATORS.MI300X.peakFlopsPerSecond, fp8: 2_614.9 * T, int8: 2_614.9 * T, int4: null },
  "TPU v5p": { fp32: null, fp16: null, bf16: ACCELERATORS["TPU v5p"].peakFlopsPerSecond, fp8: null, int8: 918 * T, int4: null },
  "Ascend 910B": { fp32: null, fp16: ACCELERATORS["Ascend 910B"].peakFlopsPerSecond, bf16: ACCELERATORS["Ascend 910B"].peakFlopsPerSecond, fp8: null, int8: null, int4: null },
};

/** The table row of a looked-up accelerator, or null for a hand-written one. */
function tableRow(chip: Accelerator): PeakByPrecision | null {
  for (const [key, value] of Object.entries(ACCELERATORS)) if (value === chip) return PEAK_FLOPS_BY_PRECISION[key as AcceleratorName];
  return null;
}

/**
 * Dense peak FLOP/s of an accelerator in a number format, or `null` when it has no matrix units for
 * that format (an A100 has no FP8; an H100 no INT4). A hand-written accelerator has its
 * `peakFlopsPerSecond` for bf16 and fp16 and whatever its optional `peakFlopsByPrecision` gives.
 *
 * @throws RangeError for an unknown accelerator or format
 */
export function peakFlopsOrNull(accelerator: AcceleratorInput, precision: Precision): number | null {
  bytesPerValue(precision);
  const chip = lookup(accelerator);
  const row = tableRow(chip);
  if (row !== null) return row[precision];
  const own = (accelerator as { peakFlopsByPrecision?: Partial<Record<Precision, number>> }).peakFlopsByPrecision?.[precision];
  if (own !== undefined) return positive(`accelerator.peakFlopsByPrecision.${precision}`, own);
  return precision === "bf16" || precision === "fp16" ? chip.peakFlopsPerSecond : null;
}

/**
 * Dense peak FLOP/s of an accelerator in a number format (see `PEAK_FLOPS_BY_PRECISION`).
 * @throws RangeError naming the precision when the accelerator has no published peak for it
 */
export function peakFlops(accelerator: AcceleratorInput, precision: Precision): number {
  const peak = peakFlopsOrNull(accelerator, precision);
  if (peak === null) {
    const chip = lookup(accelerator);
    throw new RangeError(`invalid precision: "${precision}" (${chip.name} has no published dense ${precision} peak; try bf16)`);
  }
  return peak;
}
