import { keyword } from "./validate.ts";

/**
 * Bytes per stored number by format: IEEE fp32 4, fp16 and bfloat16 2, fp8 (E4M3/E5M2) and int8 1,
 * int4 0.5 (two values per byte, as GPTQ/AWQ pack them; per-group scales add a few percent, not counted).
 */
export const PRECISION_BYTES = { fp32: 4, fp16: 2, bf16: 2, fp8: 1, int8: 1, int4: 0.5 } as const;

/** A number format: a key of `PRECISION_BYTES`. */
export type Precision = keyof typeof PRECISION_BYTES;

/** Known formats, in the order error messages list them. */
export const PRECISIONS = Object.keys(PRECISION_BYTES) as Precision[];

/**
 * Bytes one value takes in a format.
 * @param precision `"fp32" | "fp16" | "bf16" | "fp8" | "int8" | "int4"`
 * @param name the option name to use in the error message (default `"precision"`)
 * @returns bytes per value
 * @throws RangeError for an unknown format, listing the known ones
 */
export function bytesPerValue(precision: Precision, name = "precision"): number {
  return PRECISION_BYTES[keyword(name, precision, PRECISIONS)];
}
