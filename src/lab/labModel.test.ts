import { describe, expect, it } from "vitest";
import "@tensorflow/tfjs-backend-cpu";
import * as tf from "@tensorflow/tfjs-core";
import { countParams } from "../lib/scaling/index.ts";
import { gptParamCount, initGpt } from "./gpt.ts";
import { labModelConfig } from "./labModel.ts";

describe("labModelConfig(shape)", () => {
  it("describes a model whose tensors hold exactly countParams(config).total scalars", async () => {
    await tf.setBackend("cpu");
    for (const shape of [
      { width: 8, layers: 1, heads: 2, context: 4 },
      { width: 48, layers: 3, heads: 4, context: 64 },
    ]) {
      const params = initGpt(shape, 1);
      expect(gptParamCount(params)).toBe(countParams(labModelConfig(shape)).total);
      tf.dispose(Object.values(params));
    }
  });

  it("counts Kaplan's N as 12·layers·d² plus biases and norms, without the tied embedding", () => {
    const count = countParams(labModelConfig({ width: 64, layers: 2, heads: 4, context: 128 }));
    // Per block: qkv 3d²+3d, out d²+d, up 4d²+4d, down 4d²+d, two LayerNorms 4d; plus the final LayerNorm 2d.
    const d = 64;
    expect(count.nonEmbedding).toBe(2 * (12 * d * d + 13 * d) + 2 * d);
    expect(count.embedding).toBe(256 * d + 128 * d);
  });

  it("rejects a width the heads do not divide, and non-positive or fractional sizes, naming the field", () => {
    expect(() => labModelConfig({ width: 30, layers: 1, heads: 4, context: 8 })).toThrow(/invalid heads: 4/);
    expect(() => labModelConfig({ width: 0, layers: 1, heads: 1, context: 8 })).toThrow(/invalid width: 0/);
    expect(() => labModelConfig({ width: 8, layers: -1, heads: 1, context: 8 })).toThrow(/invalid layers: -1/);
    expect(() => labModelConfig({ width: 8, layers: 1, heads: 1, context: NaN })).toThrow(/invalid context: NaN/);
    expect(() => labModelConfig({ width: 8, layers: 1.5, heads: 1, context: 8 })).toThrow(/invalid layers: 1.5/);
    expect(() => labModelConfig({ width: Infinity, layers: 1, heads: 1, context: 8 })).toThrow(/invalid width: Infinity/);
  });
});
