import { keyword, positive, positiveInteger } from "./validate.ts";

/** Sequence-model families compared in the essays. */
export type Architecture = "transformer" | "mamba" | "retnet";

/** Options of `sequenceCost`. */
export interface SequenceCostOptions {
  /** `"transformer"` (softmax attention), `"mamba"` (selective state space), `"retnet"` (retention, recurrent mode). */
  architecture: Architecture;
  /** N, non-embedding parameters: every token costs 2·N FLOPs of matrix multiplies (Kaplan et al. 2020, Table 1). */
  params: number;
  /** d_model, the residual width. */
  dModel: number;
  /** Layers (blocks). */
  layers: number;
  /** Tokens in context: the position of the token being generated, and the length of the prefilled sequence. */
  contextLength: number;
  /** Transformer: key (= value) width cached per layer per token; default dModel (multi-head), numKvHeads·headDim with GQA. */
  kvDim?: number;
  /** Mamba: state size N per channel (default 16, Gu & Dao 2023, §4 and reference `mamba_simple.py`). */
  dState?: number;
  /** Mamba: inner width d_inner = expand·d_model (default 2, same source). */
  expand?: number;
  /** Mamba: causal-convolution width (default 4, same source). */
  dConv?: number;
  /** RetNet: retention heads (required for `"retnet"`). */
  heads?: number;
  /** RetNet: total value width (default dModel; the released RetNet configs widen it to ≈ 1.7–2·d_model). */
  valueDim?: number;
  /** Bytes per cached value (default 2, 16-bit). */
  bytesPerValue?: number;
}

/** Cost of one sequence at a context length. */
export interface SequenceCost {
  /** Forward FLOPs for the token at position `contextLength` (one decoding step). */
  flopsPerToken: number;
  /** Forward FLOPs to process all `contextLength` tokens (prefill), summed position by position. */
  prefillFlops: number;
  /** Bytes carried from token to token for one sequence: the KV cache (attention) or the recurrent state. */
  stateBytes: number;
}

const ARCHITECTURES: readonly Architecture[] = ["transformer", "mamba", "retnet"];

/**
 * FLOPs per state element per token of Mamba's selective scan (Gu & Dao 2023, arXiv:2312.00752, Eqs. 2a–2b, 4),
 * our count: Δ·A (1), exp (counted as 1), Δ·B·x (2), Ā·h + B̄·x (2), C·h (2).
 */
export const MAMBA_SCAN_FLOPS_PER_STATE = 8;

/**
 * FLOPs per state element per token of RetNet's recurrent retention (Sun et al. 2023, arXiv:2307.08621, Eq. 6),
 * our count: S = γ·S + kᵀv (3: outer product, decay, add) and o = q·S (2).
 */
export const RETNET_FLOPS_PER_STATE = 5;

/**
 * Per-token cost and memory of a sequence model against context length.
 * - Transformer: the token at position n attends to n keys and costs 2N + 4·n_layer·n·d_model FLOPs (as
 *   `inferenceFlopsPerToken`); averaged over a causal sequence that is Kaplan et al. 2020's (Table 1)
 *   2N + 2·n_layer·n_ctx·d_attn. Prefill grows quadratically, and the KV cache holds 2·n_layer·n·kvDim
 *   values: linear in n.
 * - Mamba: fixed state per layer of d_inner·(d_state + d_conv) values (SSM and convolution states, as the
 *   reference implementation's inference cache allocates them); the scan adds `MAMBA_SCAN_FLOPS_PER_STATE`
 *   FLOPs per state element per token, independent of n.
 * - RetNet (recurrent mode): fixed state per layer of heads × (d_model/heads) × (valueDim/heads), i.e.
 *   d_model·valueDim/heads values (Sun et al. 2023, §2.1); `RETNET_FLOPS_PER_STATE` FLOPs per element per token.
 *
 * @returns FLOPs per token, prefill FLOPs, and bytes of state per sequence
 * @throws RangeError naming the option: contextLength not a positive integer, unknown architecture, …
 */
export function sequenceCost(options: SequenceCostOptions): SequenceCost {
  const architecture = keyword("architecture", options.architecture, ARCHITECTURES);
  const params = positive("params", options.params);
  const d = positiveInteger("dModel", options.dModel);
  const layers = positiveInteger("layers", options.layers);
  const n = positiveInteger("contextLength", options.contextLength);
  const bytes = positive("bytesPerValue", options.bytesPerValue ?? 2);

  if (architecture === "transformer") {
    const kvDim = positiveInteger("kvDim", options.kvDim ?? d);
    const attention = 4 * layers * d; // FLOPs per key: q·k and the weighted value, 2 + 2 per channel per layer
    return {
      flopsPerToken: 2 * params + attention * n,
      prefillFlops: 2 * params * n + (attention * n * (n + 1)) / 2,
      stateBytes: 2 * layers * n * kvDim * bytes,
    };
  }
  let stateValues: number; // per layer
  let recurrentFlops: number; // per layer per token
  if (architecture === "mamba") {
    const dInner = positive("expand", options.expand ?? 2) * d;
    const dState = positiveInteger("dState", options.dState ?? 16);
    const dConv = positiveInteger("dConv", options.dConv ?? 4);
    stateValues = dInner * (dState + dConv);
    recurrentFlops = MAMBA_SCAN_FLOPS_PER_STATE * dInner * dState; // the convolution's FLOPs are in 2N
  } else {
    const heads = positiveInteger("heads", options.heads);
    const valueDim = positiveInteger("valueDim", options.valueDim ?? d);
    stateValues = (d * valueDim) / heads;
    recurrentFlops = RETNET_FLOPS_PER_STATE * stateValues;
  }
  const flopsPerToken = 2 * params + layers * recurrentFlops;
  return { flopsPerToken, prefillFlops: flopsPerToken * n, stateBytes: layers * stateValues * bytes };
}
