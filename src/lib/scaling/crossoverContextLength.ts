import type { SequenceCostOptions } from "./sequenceCost.ts";
import { sequenceCost } from "./sequenceCost.ts";
import { keyword } from "./validate.ts";

/** Options of `crossoverContextLength`: one model size, described as for `sequenceCost`. */
export interface CrossoverOptions extends Omit<SequenceCostOptions, "architecture" | "contextLength"> {
  /** The fixed-state architecture to compare the Transformer with. */
  against: "mamba" | "retnet";
  /** Compare FLOPs per generated token, or bytes of state per sequence (default `"memory"`). */
  metric?: "flops" | "memory";
}

/**
 * The context length in tokens from which a Transformer costs at least as much per token as a fixed-state
 * model of the same size: the smallest integer n ≥ 1 with transformer(n) ≥ other, where the Transformer's
 * KV cache and attention FLOPs grow linearly with n and Mamba's or RetNet's stay flat (see `sequenceCost`).
 *
 * @returns tokens (1 when the Transformer is already the dearer at one token)
 * @throws RangeError naming a bad option, as `sequenceCost`
 */
export function crossoverContextLength(options: CrossoverOptions): number {
  const { against, metric = "memory", ...model } = options;
  keyword("against", against, ["mamba", "retnet"]);
  keyword("metric", metric, ["flops", "memory"]);
  const cost = (architecture: "transformer" | "mamba" | "retnet", contextLength: number) => {
    const c = sequenceCost({ ...model, architecture, contextLength });
    return metric === "flops" ? c.flopsPerToken : c.stateBytes;
  };
  const target = cost(against, 1);
  // transformer(n) = intercept + slope·n: solve, then step to the exact integer against rounding.
  const slope = cost("transformer", 2) - cost("transformer", 1);
  let n = Math.max(1, Math.ceil((target - (cost("transformer", 1) - slope)) / slope));
  while (n > 1 && cost("transformer", n - 1) >= target) n--;
  while (cost("transformer", n) < target) n++;
  return n;
}
