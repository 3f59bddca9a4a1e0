import { describe, expect, it } from "vitest";
import "@tensorflow/tfjs-backend-cpu";
import * as tf from "@tensorflow/tfjs-core";
import { AdamW } from "./adamw.ts";

const one = (decays: boolean, grad: number, rate = 0.1) => {
  const variables = { w: tf.variable(tf.scalar(1)) };
  const optimizer = new AdamW({ decays: () => decays });
  const norm = optimizer.apply(variables, { w: tf.scalar(grad) }, rate);
  return { value: variables.w.dataSync()[0], norm };
};

describe("AdamW.apply(variables, grads, rate)", () => {
  it("moves a weight by the rate on the first step, whatever the gradient's size (Adam's normalisation)", () => {
    expect(one(false, 0.5).value).toBeCloseTo(0.9, 6);
    expect(one(false, -0.02).value).toBeCloseTo(1.1, 6);
  });

  it("decays only the weights it is told to, by rate × 0.1 × the weight, apart from the gradient", () => {
    expect(one(true, 0.5).value).toBeCloseTo(1 - 0.1 - 0.1 * 0.1, 6);
  });

  it("returns the gradient norm before clipping it to 1", () => {
    expect(one(false, 3).norm).toBeCloseTo(3, 6);
  });
});
