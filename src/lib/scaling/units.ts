/**
 * Unit constants. Compute is counted in floating-point operations (FLOPs), not FLOP/s.
 */

/** FLOPs in one petaflop/s-day: 10¹⁵ FLOP/s × 86 400 s = 8.64 × 10¹⁹ (Kaplan et al. 2020, §1.1; Brown et al. 2020, Table D.1). */
export const PF_DAY_FLOPS = 1e15 * 86_400;

/** Seconds in one hour. */
export const SECONDS_PER_HOUR = 3_600;

/** Seconds in one day. */
export const SECONDS_PER_DAY = 86_400;

/** Bytes in one gigabyte as the ZeRO paper and accelerator datasheets count them (10⁹, not 2³⁰). */
export const BYTES_PER_GB = 1e9;

/** Bytes in one gibibyte (2³⁰), for readers who compare with `nvidia-smi`. */
export const BYTES_PER_GIB = 2 ** 30;
