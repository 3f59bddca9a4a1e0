/**
 * One training run of one lab model: AdamW on batches of the corpus for a number of tokens, reporting
 * the held-out loss along the way. The same code runs in the reader's Web Worker and in Node (the
 * reference run and the tests); it yields between steps so a Cancel can stop it.
 */
import * as tf from "@tensorflow/tfjs-core";
import { countParams } from "../lib/scaling/index.ts";
import { AdamW } from "./adamw.ts";
import { sampleBatch, seededRandom, type Corpus } from "./corpus.ts";
import { gptLoss, initGpt, isDecayed } from "./gpt.ts";
import { labModelConfig, type LabShape } from "./labModel.ts";
import { learningRate } from "./schedule.ts";

export interface RunSpec {
  shape: LabShape;
  /** Training tokens D (bytes); the run takes ⌈D / (batch · context)⌉ steps. */
  tokens: number;
  /** Sequences per step. */
  batch: number;
  /** Peak learning rate (see `widthScaledRate`). */
  peakRate: number;
  /** Seeds the initialisation and the batches. */
  seed: number;
}

export interface CurvePoint {
  /** Training tokens seen so far. */
  tokens: number;
  /** Held-out cross-entropy, nats per byte. */
  loss: number;
}

export interface RunResult {
  /** Kaplan's N: non-embedding parameters, by `countParams` of the model's config. */
  nonEmbeddingParams: number;
  /** All parameters. */
  params: number;
  /** Tokens actually trained on (whole steps). */
  tokens: number;
  /** Training compute by C ≈ 6ND with N all parameters a token passes through (non-embedding + the tied head). */
  flops: number;
  /** Held-out loss after the last step. */
  finalLoss: number;
  curve: CurvePoint[];
  seconds: number;
}

export interface RunHooks {
  /** Called after each evaluation with the curve so far and the fraction done. */
  onProgress?(point: CurvePoint, done: number): void;
  /** Stops the run between steps; the result holds the curve so far. */
  signal?: AbortSignal;
  /** Evaluations over the run (the curve's points), at least 2. */
  evaluations?: number;
}

/** Held-out loss on fixed batches (the same for every model, from a fixed seed). */
function heldOutLoss(params: Record<string, tf.Tensor>, shape: LabShape, corpus: Corpus, batches = 4): number {
  const random = seededRandom(12345);
  let sum = 0;
  for (let i = 0; i < batches; i++) {
    const { inputs, targets } = sampleBatch(corpus.heldOut, 8, shape.context, random);
    sum += tf.tidy(() => gptLoss(params, shape, tf.tensor2d(inputs, [8, shape.context], "int32"), tf.tensor2d(targets, [8, shape.context], "int32")).dataSync()[0]);
  }
  return sum / batches;
}

export async function trainRun(spec: RunSpec, corpus: Corpus, hooks: RunHooks = {}): Promise<RunResult> {
  const { shape, batch, peakRate, seed } = spec;
  if (!Number.isInteger(batch) || batch < 1) throw new RangeError(`invalid batch: ${batch} (a positive whole number)`);
  if (!(spec.tokens >= batch * shape.context)) throw new RangeError(`invalid tokens: ${spec.tokens} (at least one step: ${batch * shape.context})`);
  const counted = countParams(labModelConfig(shape));
  const steps = Math.ceil(spec.tokens / (batch * shape.context));
  const evaluations = Math.max(2, Math.min(steps, hooks.evaluations ?? 12));
  const evalAt = new Set(Array.from({ length: evaluations }, (_, i) => Math.round(((i + 1) * steps) / evaluations)));
  const start = performance.now();
  const variables = Object.fromEntries(Object.entries(initGpt(shape, seed)).map(([name, t]) => [name, tf.variable(t, true)]));
  const optimizer = new AdamW({ decays: isDecayed });
  const random = seededRandom(seed + 1);
  const curve: CurvePoint[] = [];
  let step = 0;
  try {
    while (step < steps && !hooks.signal?.aborted) {
      const { inputs, targets } = sampleBatch(corpus.train, batch, shape.context, random);
      const x = tf.tensor2d(inputs, [batch, shape.context], "int32");
      const y = tf.tensor2d(targets, [batch, shape.context], "int32");
      const { value, grads } = tf.variableGrads(() => gptLoss(variables, shape, x, y), Object.values(variables));
      tf.dispose([x, y, value]);
      const named = Object.fromEntries(Object.entries(variables).map(([name, v]) => [name, grads[v.name]]));
      optimizer.apply(variables, named, learningRate(step, { peak: peakRate, warmupSteps: Math.max(1, Math.round(steps / 10)), totalSteps: steps }));
      tf.dispose(Object.values(grads));
      step++;
      if (evalAt.has(step)) {
        const point = { tokens: step * batch * shape.context, loss: heldOutLoss(variables, shape, corpus) };
        curve.push(point);
        hooks.onProgress?.(point, step / steps);
      }
      // Let messages (Cancel) through between steps.
      if (step % 4 === 0) await new Promise((r) => setTimeout(r, 0));
    }
  } finally {
    optimizer.dispose();
    tf.dispose(Object.values(variables));
  }
  const tokens = step * batch * shape.context;
  // The tied head multiplies every position by the embedding matrix: it costs like non-embedding weights.
  const flopParams = counted.nonEmbedding + counted.breakdown.embedding;
  return {
    nonEmbeddingParams: counted.nonEmbedding,
    params: counted.total,
    tokens,
    flops: 6 * flopParams * tokens,
    finalLoss: curve.at(-1)?.loss ?? NaN,
    curve,
    seconds: (performance.now() - start) / 1000,
  };
}
