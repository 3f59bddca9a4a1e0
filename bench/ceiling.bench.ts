import { MODEL_CONFIGS } from "../content/data/models/index.ts";
import { kvCacheBytes } from "../src/lib/scaling/kvCacheBytes.ts";
import { trainingMemory } from "../src/lib/scaling/trainingMemory.ts";
import { trainingRun } from "../src/lib/scaling/trainingRun.ts";
import type { BenchRow } from "./types.ts";
import { medianMs } from "./types.ts";

/** Calls per timed sample: one call takes well under the timer's resolution. */
const CALLS = 1_000;

/** Median µs per call of `fn`, timing batches of `CALLS` calls. */
function medianMicroseconds(fn: () => unknown): number {
  const ms = medianMs(() => {
    for (let i = 0; i < CALLS; i++) fn();
  }, 50, 5);
  return Math.round((ms / CALLS) * 1_000 * 1_000) / 1_000;
}

/**
 * Median time of the "ceiling" essay's calculators: `trainingRun`, `trainingMemory` (ZeRO + activations)
 * and `kvCacheBytes` (DeepSeek-V3's MLA config, which normalises the config on every call). The widgets
 * call them on every slider move; there is no separate budget beyond the 16 ms redraw.
 */
export function run(): BenchRow[] {
  const deepseekV3 = MODEL_CONFIGS["deepseek-v3"].config;
  const activations = { sequenceLength: 4_096, batch: 1, hiddenSize: 8_192, numHeads: 64, numLayers: 80, recompute: "selective" } as const;
  const cases: [string, () => unknown][] = [
    ["trainingRun(Llama 3.1 405B on 16,384 H100s)", () => trainingRun({ flops: 3.8e25, accelerator: "H100", count: 16_384, mfu: 0.4 })],
    ["trainingMemory(70B, ZeRO-3 on 64, activations)", () => trainingMemory({ params: 70e9, zeroStage: 3, devices: 64, activations })],
    ["kvCacheBytes(DeepSeek-V3 config, 128K)", () => kvCacheBytes(deepseekV3, { contextLength: 131_072 })],
  ];
  return cases.map(([name, fn]) => ({
    name,
    value: medianMicroseconds(fn),
    unit: "µs",
    note: `median of 50 batches of ${CALLS} calls; recomputed on every slider move, no budget`,
  }));
}
