import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import "@tensorflow/tfjs-backend-cpu";
import * as tf from "@tensorflow/tfjs-core";
import { fitPowerLaw } from "../lib/scaling/index.ts";
import { byteCorpus } from "./corpus.ts";
import { trainRun } from "./trainRun.ts";

// Real text: the site's own chapter on the power law (CC BY 4.0), English and Chinese.
const corpus = byteCorpus(["en", "zh"].map((lang) => readFileSync(new URL(`../../content/essays/${lang}/power-law.mdx`, import.meta.url), "utf8")).join("\n"));
// Small enough for seconds on the CPU backend: context 16, batch 8, 60 steps.
const TOKENS = 16 * 8 * 60;
// One fixed rate. Probed on this sweep (final losses at widths 8/16/32): 0.03 → 4.47/4.28/4.61 (width 32
// unstable), μP's 1/width from 0.03 at width 8 → 4.47/4.33/4.47 (width 32 too slow for 60 steps),
// 0.01 → 4.73/4.45/4.37.
const run = (width: number, seed = 1, tokens = TOKENS) =>
  trainRun({ shape: { width, layers: 1, heads: 2, context: 16 }, tokens, batch: 8, peakRate: 0.01, seed }, corpus, { evaluations: 3 });

beforeAll(async () => {
  await tf.setBackend("cpu");
});

describe("trainRun(spec, corpus)", () => {
  it("gives the same held-out losses for the same seed", async () => {
    const short = 16 * 8 * 12;
    const [a, b] = [await run(8, 4, short), await run(8, 4, short)];
    expect(a.curve.map((p) => p.loss)).toEqual(b.curve.map((p) => p.loss));
    expect((await run(8, 5, short)).finalLoss).not.toBe(a.finalLoss);
  }, 120_000);

  it("lowers the final loss as N grows at fixed D, and the fitted exponent is negative", async () => {
    const runs = [];
    for (const width of [8, 16, 32]) runs.push(await run(width));
    const losses = runs.map((r) => r.finalLoss);
    expect(losses[1]).toBeLessThan(losses[0]);
    expect(losses[2]).toBeLessThan(losses[1]);
    const fit = fitPowerLaw(runs.map((r) => r.nonEmbeddingParams), losses);
    expect(fit.exponent).toBeLessThan(0);
    // Every run learned something: half a nat per byte below a uniform guess over bytes (ln 256 ≈ 5.55).
    for (const loss of losses) expect(loss).toBeLessThan(Math.log(256) - 0.5);
  }, 300_000);

  it("stops between steps when its signal aborts, keeping the curve so far", async () => {
    const controller = new AbortController();
    const result = await trainRun({ shape: { width: 8, layers: 1, heads: 2, context: 16 }, tokens: TOKENS, batch: 8, peakRate: 0.01, seed: 1 }, corpus, {
      signal: controller.signal,
      evaluations: 6,
      onProgress: (_, done) => done > 0.2 && controller.abort(),
    });
    expect(result.tokens).toBeLessThan(TOKENS);
    expect(result.curve.length).toBeGreaterThan(0);
    expect(result.finalLoss).toBe(result.curve.at(-1)!.loss);
  }, 60_000);

  it("rejects a budget smaller than one step and a batch that is not a positive whole number", async () => {
    const shape = { width: 8, layers: 1, heads: 2, context: 16 };
    await expect(trainRun({ shape, tokens: 10, batch: 8, peakRate: 0.01, seed: 1 }, corpus)).rejects.toThrow(/invalid tokens: 10/);
    await expect(trainRun({ shape, tokens: 1e4, batch: 0, peakRate: 0.01, seed: 1 }, corpus)).rejects.toThrow(/invalid batch: 0/);
    await expect(trainRun({ shape, tokens: NaN, batch: 8, peakRate: 0.01, seed: 1 }, corpus)).rejects.toThrow(/invalid tokens: NaN/);
  });
});
