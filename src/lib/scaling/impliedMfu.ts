import type { Accelerator, AcceleratorName } from "./tables/accelerators.ts";
import type { RunCompute } from "./runFlops.ts";
import { accelerator as lookup } from "./accelerator.ts";
import { runFlops } from "./runFlops.ts";
import { SECONDS_PER_HOUR } from "./units.ts";
import { positive } from "./validate.ts";

/** A published model FLOPs utilisation (a fraction of peak), as a range when the paper gives one. */
export interface ReportedMfu {
  /** Lowest reported MFU (fraction in (0, 1]). */
  low: number;
  /** Highest reported MFU. */
  high: number;
  /** Accelerator of the run. */
  accelerator: AcceleratorName | "TPU v4";
  /** Paper and table. */
  source: string;
}

/** MFUs that large training runs reported themselves, for comparison with `impliedMfu`. */
export const REPORTED_MFU = {
  palm540b: { low: 0.462, high: 0.462, accelerator: "TPU v4", source: "Chowdhery et al. 2022, PaLM, arXiv:2204.02311, Table 3" },
  llama3_405b: { low: 0.38, high: 0.43, accelerator: "H100", source: "Dubey et al. 2024, The Llama 3 Herd of Models, arXiv:2407.21783, Table 4" },
  megascale175b: { low: 0.552, high: 0.552, accelerator: "A100", source: "Jiang et al. 2024, MegaScale, arXiv:2402.15627, abstract (12,288 GPUs)" },
} as const satisfies Record<string, ReportedMfu>;

/** Options of `impliedMfu`: the run's compute and the accelerator-hours it took. */
export interface ImpliedMfuOptions extends RunCompute {
  /** Accelerator short name or object. */
  accelerator: AcceleratorName | (string & {}) | Accelerator;
  /** Accelerator-hours (GPU-hours) the run reported. */
  acceleratorHours: number;
}

/**
 * The model FLOPs utilisation a published run implies: FLOPs ÷ (accelerator-hours × 3,600 s × peak FLOP/s).
 * Published hours usually include restarts, evaluation and idle time, and FLOPs are 6·N·D without the
 * attention term, so the implied MFU sits below the MFU measured during steady training. For
 * `PUBLISHED_RUNS`: GPT-3 ≈ 19.6% (V100 FP16), Llama 2 7B ≈ 39%, Llama 3.1 405B ≈ 34.6% (vs 38–43%
 * reported), DeepSeek-V3 ≈ 33% of the H800's BF16 peak (it trained in FP8, whose peak is twice that).
 *
 * @returns MFU as a fraction (not clamped: above 1 means the inputs disagree)
 */
export function impliedMfu(options: ImpliedMfuOptions): number {
  const flops = runFlops(options);
  const chip = lookup(options.accelerator);
  const hours = positive("acceleratorHours", options.acceleratorHours);
  return flops / (hours * SECONDS_PER_HOUR * chip.peakFlopsPerSecond);
}
