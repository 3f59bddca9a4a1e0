import { keyword, positiveInteger } from "./validate.ts";

/** What the backward pass recomputes instead of storing (Korthikanti et al. 2022, §4–5). */
export type Recompute = "none" | "selective" | "full";

/** Options of `activationMemory`: one device's share of a Transformer's activations. */
export interface ActivationOptions {
  /** s, tokens per sequence. */
  sequenceLength: number;
  /** b, micro-batch size in sequences per device. */
  batch: number;
  /** h, hidden size d_model. */
  hiddenSize: number;
  /** a, attention heads. */
  numHeads: number;
  /** Transformer layers held on this device (all layers without pipeline parallelism). */
  numLayers: number;
  /** `"none"` stores everything; `"selective"` recomputes the attention scores/softmax/dropout; `"full"` keeps only each layer's input. Default `"none"`. */
  recompute?: Recompute;
  /** t, tensor-parallel degree (default 1). */
  tensorParallel?: number;
  /** Sequence parallelism splits the LayerNorm/dropout activations over the t ranks too (default false). */
  sequenceParallel?: boolean;
}

const RECOMPUTE: readonly Recompute[] = ["none", "selective", "full"];

/**
 * Activation memory in bytes for training a Transformer with 16-bit activations, after Korthikanti et al.
 * 2022, "Reducing Activation Recomputation in Large Transformer Models" (arXiv:2205.05198), Eq. 1 and Table 2.
 * Per layer: s·b·h·(34 + 5·a·s/h) with nothing recomputed — 34 for the linear layers, norms, GELU and dropout
 * masks, 5·a·s/h for the a×s×s attention scores, softmax and its dropout mask. With tensor parallelism t:
 * s·b·h·(10 + 24/t + 5·a·s/(h·t)), or s·b·h·(34 + 5·a·s/h)/t with sequence parallelism. Selective recomputation
 * drops the 5·a·s/h term; full recomputation keeps only each layer's 2·s·b·h-byte input.
 * Leaves out the embedding, final norm and output-layer activations (small for many layers).
 *
 * @returns bytes per device
 */
export function activationMemory(options: ActivationOptions): number {
  const s = positiveInteger("sequenceLength", options.sequenceLength);
  const b = positiveInteger("batch", options.batch);
  const h = positiveInteger("hiddenSize", options.hiddenSize);
  const a = positiveInteger("numHeads", options.numHeads);
  const layers = positiveInteger("numLayers", options.numLayers);
  const t = positiveInteger("tensorParallel", options.tensorParallel ?? 1);
  const recompute = keyword("recompute", options.recompute ?? "none", RECOMPUTE);
  const sequenceParallel = options.sequenceParallel ?? false;
  if (typeof sequenceParallel !== "boolean") throw new TypeError(`invalid sequenceParallel: ${String(sequenceParallel)} (must be true or false)`);

  const sbh = s * b * h;
  if (recompute === "full") return layers * 2 * sbh;
  const linear = sequenceParallel ? 34 / t : 10 + 24 / t;
  const attention = recompute === "selective" ? 0 : (5 * a * s) / (h * t);
  return layers * sbh * (linear + attention);
}
