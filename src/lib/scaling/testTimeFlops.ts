import { nonNegativeInteger, positive, positiveInteger } from "./validate.ts";

/** Options of `testTimeFlops`. */
export interface TestTimeOptions {
  /** N, non-embedding parameters (active parameters for a mixture of experts). */
  params: number;
  /** Tokens generated per sample: the length of one chain of thought and answer. */
  tokensPerSample: number;
  /** Independent samples (best-of-k, majority vote); default 1. */
  samples?: number;
  /** Prompt tokens, prefilled once and shared by all samples; default 0. */
  promptTokens?: number;
  /** Adds the attention term 4·layers·t·dModel for the token at position t (as `inferenceFlopsPerToken`). */
  attention?: { layers: number; dModel: number };
}

/**
 * Inference FLOPs for "thinking longer": k samples of t tokens each (or one chain of t tokens with k = 1),
 * at 2·N FLOPs per token (Kaplan et al. 2020, Table 1), plus the prompt prefilled once. With `attention`,
 * the token at position p also reads p cached keys and values, 4·n_layer·p·d_model FLOPs (q·k and the
 * weighted values, as `inferenceFlopsPerToken`), so long chains cost more than linearly. Compare with
 * `trainingFlops(params, tokens)` = 6·N·D to weigh test-time against training compute (Snell et al. 2024).
 *
 * @returns FLOPs
 * @throws RangeError naming the option: params ≤ 0, tokensPerSample or samples not integers ≥ 1, …
 */
export function testTimeFlops(options: TestTimeOptions): number {
  const params = positive("params", options.params);
  const t = positiveInteger("tokensPerSample", options.tokensPerSample);
  const k = positiveInteger("samples", options.samples ?? 1);
  const p = nonNegativeInteger("promptTokens", options.promptTokens ?? 0);
  let perContextToken = 0; // attention FLOPs per token per token of context
  if (options.attention !== undefined) {
    perContextToken = 4 * positiveInteger("attention.layers", options.attention.layers) * positiveInteger("attention.dModel", options.attention.dModel);
  }
  // Positions 1..p once, then p+1..p+t for each sample: Σ position = p(p+1)/2 and t·p + t(t+1)/2.
  const prompt = 2 * params * p + (perContextToken * p * (p + 1)) / 2;
  const sample = 2 * params * t + perContextToken * (t * p + (t * (t + 1)) / 2);
  return prompt + k * sample;
}
