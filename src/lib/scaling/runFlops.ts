import { trainingFlops } from "./trainingFlops.ts";
import { positive } from "./validate.ts";

/** How a run's compute is given: total `flops`, or `params` and `tokens` for 6·N·D. */
export interface RunCompute {
  /** Training compute in FLOPs (model FLOPs: 6·N·D, not counting recomputation). */
  flops?: number;
  /** N, parameters (active parameters for a mixture of experts); used with `tokens` when `flops` is absent. */
  params?: number;
  /** D, training tokens; used with `params`. */
  tokens?: number;
}

/**
 * The FLOPs of a run given either way (shared by `trainingRun` and `impliedMfu`).
 * @returns FLOPs: `flops`, else `trainingFlops(params, tokens)` = 6·N·D (Kaplan et al. 2020)
 * @throws RangeError when both `flops` and `params`/`tokens` are given, or a value is not positive
 */
export function runFlops({ flops, params, tokens }: RunCompute): number {
  if (flops === undefined) return trainingFlops(params as number, tokens as number);
  if (params !== undefined || tokens !== undefined) {
    throw new RangeError(`invalid flops: ${flops} (give flops, or params and tokens, not both)`);
  }
  return positive("flops", flops);
}
