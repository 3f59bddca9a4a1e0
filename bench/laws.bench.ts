/**
 * Timings of the scaling laws (issue #4): `fitChinchilla` must run live in a Web Worker (budget
 * 1 000 ms for the 240 runs of Besiroglu et al. 2024), `computeOptimal` inside a slider's frame.
 */
import { readFileSync } from "node:fs";
import { medianMs } from "./types.ts";
import type { BenchRow } from "./types.ts";
import { parseRunsCsv } from "../src/lib/scaling/parseRunsCsv.ts";
import { fitChinchilla } from "../src/lib/scaling/fitChinchilla.ts";
import { computeOptimal } from "../src/lib/scaling/computeOptimal.ts";
import { FITS } from "../src/lib/scaling/tables/fits.ts";

export function run(): BenchRow[] {
  const text = readFileSync(new URL("../content/data/chinchilla-figure4-runs.csv", import.meta.url), "utf8");
  // As the replication: drop the 5 highest-loss runs, keep 240.
  const runs = parseRunsCsv(text).sort((p, q) => q.loss - p.loss).slice(5);
  const fit = medianMs(() => fitChinchilla(runs), 21, 3);
  const boot = medianMs(() => fitChinchilla(runs, { bootstrap: 20 }), 5, 1);
  const calls = 10_000;
  const optimal = (medianMs(() => {
    for (let i = 0; i < calls; i++) computeOptimal(1e20 + i * 1e19, FITS.hoffmann2022);
  }, 21, 3) * 1000) / calls;
  return [
    { name: `fitChinchilla(${runs.length} runs, 8 grid starts)`, value: round(fit, 10), unit: "ms", budget: 1000, note: "median of 21 runs" },
    { name: `fitChinchilla(${runs.length} runs, bootstrap: 20)`, value: round(boot, 10), unit: "ms", budget: 1000, note: "median of 5 runs" },
    { name: "computeOptimal(flops, FITS.hoffmann2022)", value: round(optimal, 1000), unit: "µs", note: `median of 21 batches of ${calls} calls; no budget` },
  ];
}

function round(x: number, per: number): number {
  return Math.round(x * per) / per;
}
