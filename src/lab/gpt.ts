/**
 * The lab's GPT in TensorFlow.js ops: parameters as named tensors and a loss that is a pure function of
 * them, so `tf.grads` / `tf.variableGrads` differentiate it (no hand-written backward pass). The shape of
 * each tensor follows `labModelConfig` exactly; gpt.test.ts checks the total against `countParams`.
 */
import * as tf from "@tensorflow/tfjs-core";
// Method-style ops (x.add(y)) are registered separately from the functions.
import "@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops.js";
// Each op's gradient is registered apart from the op, so that inference-only bundles can leave them out.
import "@tensorflow/tfjs-core/dist/register_all_gradients.js";
import { BYTE_VOCAB, type LabShape } from "./labModel.ts";

export type GptParams = Record<string, tf.Tensor>;

/** GPT-2's initialisation: N(0, 0.02), residual output projections scaled by 1/√(2·layers) (Radford et al. 2019, §2.3). */
const INIT_STD = 0.02;

/** Fresh parameters for `shape`, deterministic for `seed` (each tensor its own derived seed). */
export function initGpt(shape: LabShape, seed: number): GptParams {
  const { width: d, layers, context } = shape;
  let n = 0;
  const normal = (dims: number[], std = INIT_STD) => tf.randomNormal(dims, 0, std, "float32", seed * 1000 + n++);
  const residualStd = INIT_STD / Math.sqrt(2 * layers);
  const params: GptParams = { tokens: normal([BYTE_VOCAB, d]), positions: normal([context, d]) };
  for (let l = 0; l < layers; l++) {
    Object.assign(params, {
      [`${l}.ln1.g`]: tf.ones([d]),
      [`${l}.ln1.b`]: tf.zeros([d]),
      [`${l}.qkv.w`]: normal([d, 3 * d]),
      [`${l}.qkv.b`]: tf.zeros([3 * d]),
      [`${l}.out.w`]: normal([d, d], residualStd),
      [`${l}.out.b`]: tf.zeros([d]),
      [`${l}.ln2.g`]: tf.ones([d]),
      [`${l}.ln2.b`]: tf.zeros([d]),
      [`${l}.up.w`]: normal([d, 4 * d]),
      [`${l}.up.b`]: tf.zeros([4 * d]),
      [`${l}.down.w`]: normal([4 * d, d], residualStd),
      [`${l}.down.b`]: tf.zeros([d]),
    });
  }
  params["final.g"] = tf.ones([d]);
  params["final.b"] = tf.zeros([d]);
  return params;
}

/** Weights that get weight decay: matrices, not biases, gains or embeddings (as in GPT-2 and nanoGPT). */
export function isDecayed(name: string): boolean {
  return name.endsWith(".w");
}

function layerNorm(x: tf.Tensor, g: tf.Tensor, b: tf.Tensor): tf.Tensor {
  const { mean, variance } = tf.moments(x, -1, true);
  return x.sub(mean).div(variance.add(1e-5).sqrt()).mul(g).add(b);
}

/** GELU, tanh approximation (Hendrycks & Gimpel 2016), as GPT-2 uses; composed of ops so it differentiates. */
function gelu(x: tf.Tensor): tf.Tensor {
  const inner = x.add(x.pow(3).mul(0.044715)).mul(Math.sqrt(2 / Math.PI));
  return x.mul(0.5).mul(inner.tanh().add(1));
}

/** Next-byte logits, (batch·context) × 256, for `inputs` (batch × context, int32). */
export function gptLogits(params: GptParams, shape: LabShape, inputs: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const { width: d, layers, heads } = shape;
    const [batch, time] = inputs.shape;
    const hd = d / heads;
    const rows = batch * time;
    // Causal mask: −∞ (a large negative) above the diagonal, so position t sees 0…t only.
    const mask = tf.sub(1, tf.linalg.bandPart(tf.ones([time, time]), -1, 0)).mul(-1e9);
    let x = tf.gather(params.tokens, inputs.reshape([rows])).reshape([batch, time, d]).add(params.positions.slice([0, 0], [time, d]));
    const linear = (h: tf.Tensor, w: string, b: string, out: number) => h.reshape([rows, -1]).matMul(params[w]).add(params[b]).reshape([batch, time, out]);
    const splitHeads = (h: tf.Tensor) => h.reshape([batch, time, heads, hd]).transpose([0, 2, 1, 3]);
    for (let l = 0; l < layers; l++) {
      const qkv = linear(layerNorm(x, params[`${l}.ln1.g`], params[`${l}.ln1.b`]), `${l}.qkv.w`, `${l}.qkv.b`, 3 * d);
      const [q, k, v] = tf.split(qkv, 3, -1).map(splitHeads);
      const scores = q.matMul(k, false, true).div(Math.sqrt(hd)).add(mask);
      const attended = tf.softmax(scores).matMul(v).transpose([0, 2, 1, 3]).reshape([batch, time, d]);
      x = x.add(linear(attended, `${l}.out.w`, `${l}.out.b`, d));
      const up = gelu(linear(layerNorm(x, params[`${l}.ln2.g`], params[`${l}.ln2.b`]), `${l}.up.w`, `${l}.up.b`, 4 * d));
      x = x.add(linear(up, `${l}.down.w`, `${l}.down.b`, d));
    }
    const h = layerNorm(x, params["final.g"], params["final.b"]).reshape([rows, d]);
    return h.matMul(params.tokens, false, true) as tf.Tensor2D;
  });
}

/** Mean cross-entropy in nats per byte of predicting `targets` from `inputs` (both batch × context, int32). */
export function gptLoss(params: GptParams, shape: LabShape, inputs: tf.Tensor2D, targets: tf.Tensor2D): tf.Scalar {
  return tf.tidy(() => {
    const rows = inputs.shape[0] * inputs.shape[1];
    const logProbs = tf.logSoftmax(gptLogits(params, shape, inputs));
    const picked = logProbs.mul(tf.oneHot(targets.reshape([rows]), BYTE_VOCAB)).sum(-1);
    return picked.mean().neg() as tf.Scalar;
  });
}

/** The number of scalars in the parameters (what `countParams` should say). */
export function gptParamCount(params: GptParams): number {
  return Object.values(params).reduce((sum, t) => sum + t.size, 0);
}
