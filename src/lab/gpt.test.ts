import { beforeAll, describe, expect, it } from "vitest";
import "@tensorflow/tfjs-backend-cpu";
import * as tf from "@tensorflow/tfjs-core";
import { sampleBatch, seededRandom } from "./corpus.ts";
import { gptLogits, gptLoss, initGpt, type GptParams } from "./gpt.ts";

const shape = { width: 8, layers: 2, heads: 2, context: 6 };
const TEXT = "the quick brown fox jumps over the lazy dog; 尺度定律实验室 ".repeat(4);

beforeAll(async () => {
  await tf.setBackend("cpu");
});

function batch() {
  const { inputs, targets } = sampleBatch(new TextEncoder().encode(TEXT), 3, shape.context, seededRandom(7));
  return { x: tf.tensor2d(inputs, [3, shape.context], "int32"), y: tf.tensor2d(targets, [3, shape.context], "int32") };
}

describe("gptLoss(params, shape, inputs, targets)", () => {
  it("starts near ln 256 nats per byte, the loss of a uniform guess over bytes", () => {
    const params = initGpt(shape, 3);
    const { x, y } = batch();
    expect(gptLoss(params, shape, x, y).dataSync()[0]).toBeCloseTo(Math.log(256), 1);
  });

  it("has autodiff gradients that match central finite differences along random directions", () => {
    const params = initGpt(shape, 3);
    const names = Object.keys(params);
    const { x, y } = batch();
    const loss = (...tensors: tf.Tensor[]) => gptLoss(Object.fromEntries(names.map((n, i) => [n, tensors[i]])) as GptParams, shape, x, y);
    const grads = tf.grads(loss)(names.map((n) => params[n]));
    const random = seededRandom(11);
    for (let trial = 0; trial < 3; trial++) {
      const raw = names.map((n) => Array.from({ length: params[n].size }, () => random() * 2 - 1));
      // A unit direction over all parameters, so a step of eps moves the point by eps (second-order terms stay small).
      const length = Math.hypot(...raw.flat());
      const direction = names.map((n, i) => tf.tensor(raw[i].map((u) => u / length), params[n].shape));
      const analytic = direction.reduce((sum, u, i) => sum + tf.sum(u.mul(grads[i])).dataSync()[0], 0);
      const eps = 1e-2; // float32: a smaller step drowns the difference in rounding (≈ 3e-7 on a loss of 5.5)
      const plus = loss(...names.map((n, i) => params[n].add(direction[i].mul(eps)))).dataSync()[0];
      const minus = loss(...names.map((n, i) => params[n].sub(direction[i].mul(eps)))).dataSync()[0];
      const numeric = (plus - minus) / (2 * eps);
      expect(Math.abs(numeric - analytic)).toBeLessThan(0.02 * Math.abs(analytic) + 5e-5);
      expect(Math.abs(analytic)).toBeGreaterThan(1e-3);
    }
  });

  it("ignores the future: changing the last input byte changes only the last position's logits", () => {
    const params = initGpt(shape, 5);
    const { inputs } = sampleBatch(new TextEncoder().encode(TEXT), 1, shape.context, seededRandom(2));
    const logits = (ins: Int32Array) => Array.from(gptLogits(params, shape, tf.tensor2d(ins, [1, shape.context], "int32")).dataSync());
    const changed = inputs.slice();
    changed[shape.context - 1] = (changed[shape.context - 1] + 1) % 256;
    const [before, after] = [logits(inputs), logits(changed)];
    const cut = (shape.context - 1) * 256;
    expect(after.slice(0, cut)).toEqual(before.slice(0, cut));
    expect(after.slice(cut)).not.toEqual(before.slice(cut));
  });
});
