import { describe, expect, it } from "vitest";
import * as tf from "@tensorflow/tfjs-core";
// Gradients are registered apart from ops (gpt.ts does this for the lab).
import "@tensorflow/tfjs-core/dist/register_all_gradients.js";
import { chooseBackend, measurePeakFlops } from "./backend.ts";

describe("chooseBackend(options)", () => {
  it("falls back in order, recording why each backend before the winner failed", async () => {
    // Node has no navigator.gpu and no OffscreenCanvas: WebGPU and WebGL fail for a stated reason.
    const choice = await chooseBackend({ order: ["webgpu", "webgl", "cpu"] });
    expect(choice.backend).toBe("cpu");
    expect(choice.fallbacks.map((f) => f.backend)).toEqual(["webgpu", "webgl"]);
    expect(choice.fallbacks[0].reason).toMatch(/navigator\.gpu/);
    expect(choice.fallbacks[1].reason).toMatch(/OffscreenCanvas/);
    expect(tf.getBackend()).toBe("cpu");
  });

  it("throws with every reason when nothing works", async () => {
    await expect(chooseBackend({ order: ["webgpu", "webgl"] })).rejects.toThrow(/no backend: webgpu: .*; webgl: /);
    await expect(chooseBackend({ only: "webgpu" })).rejects.toThrow(/no backend: webgpu/);
  });

  it("gives WASM the embedding's gradient (UnsortedSegmentSum), equal to the CPU's", async () => {
    const gradient = () =>
      tf.tidy(() => {
        const table = tf.tensor2d([1, 2, 3, 4, 5, 6], [3, 2]);
        const ids = tf.tensor1d([2, 0, 2, 2], "int32");
        return Array.from(tf.grad((t: tf.Tensor) => tf.sum(tf.mul(tf.gather(t, ids), tf.tensor2d([1, 2, 3, 4, 5, 6, 7, 8], [4, 2]))))(table).dataSync());
      });
    await chooseBackend({ only: "cpu" });
    const cpu = gradient();
    const choice = await chooseBackend({ only: "wasm" });
    expect(choice.backend).toBe("wasm");
    expect(gradient()).toEqual(cpu);
    expect(cpu).toEqual([3, 4, 0, 0, 1 + 5 + 7, 2 + 6 + 8]);
    await chooseBackend({ only: "cpu" });
  }, 60_000);
});

describe("measurePeakFlops(n, repeats)", () => {
  it("gives a positive, finite rate for a small product", async () => {
    await chooseBackend({ only: "cpu" });
    const rate = await measurePeakFlops(16, 1);
    expect(rate).toBeGreaterThan(0);
    expect(Number.isFinite(rate)).toBe(true);
  });

  it("rejects sizes and repeats that are not positive whole numbers", async () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity]) {
      await expect(measurePeakFlops(bad)).rejects.toThrow(/invalid n/);
      await expect(measurePeakFlops(8, bad)).rejects.toThrow(/invalid repeats/);
    }
  });
});
