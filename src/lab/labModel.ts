/**
 * The lab's models: small GPT-2-style decoders (Radford et al. 2019) over bytes, so no tokenizer is
 * downloaded. Learned positions, pre-norm LayerNorm, biases everywhere, a GELU MLP of width 4d and an
 * output head tied to the token embedding — each convention stated in the scaling module's own
 * `ModelConfig`, so the lab's models are counted by the same `countParams` as GPT-3.
 */
import type { ModelConfigInput } from "../lib/scaling/index.ts";

/** Bytes: 256 token ids, whatever the language (a Chinese character is 3 bytes of UTF-8). */
export const BYTE_VOCAB = 256;

export interface LabShape {
  /** Model width d_model. */
  width: number;
  /** Transformer blocks. */
  layers: number;
  /** Attention heads (width must divide by it). */
  heads: number;
  /** Context length in tokens (bytes). */
  context: number;
}

/** The module's description of a lab model, for `countParams`, FLOPs and memory. */
export function labModelConfig(shape: LabShape): ModelConfigInput {
  const { width, layers, heads, context } = shape;
  for (const [name, value] of Object.entries(shape)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`invalid ${name}: ${value} (a positive whole number)`);
  }
  if (width % heads !== 0) throw new RangeError(`invalid heads: ${heads} (must divide width ${width})`);
  return {
    family: "lab-gpt",
    vocabSize: BYTE_VOCAB,
    hiddenSize: width,
    numLayers: layers,
    numHeads: heads,
    intermediateSize: 4 * width,
    gatedMlp: false,
    tieEmbeddings: true,
    learnedPositions: true,
    maxPositions: context,
    attentionBias: "qkvo",
    mlpBias: true,
    norm: "layernorm",
  };
}
