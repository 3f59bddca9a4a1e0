import { MODEL_CONFIGS } from "../content/data/models/index.ts";
import { countParams } from "../src/lib/scaling/countParams.ts";
import type { BenchRow } from "./types.ts";
import { medianMs } from "./types.ts";

/**
 * Median time of `countParams` on the largest and the smallest preset. The parameter-counter widget
 * recomputes it on every keystroke; there is no budget, the row shows how far it is from mattering.
 */
export function run(): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const [id, label] of [["deepseek-v3", "DeepSeek-V3"], ["gpt2", "GPT-2"]] as const) {
    const config = MODEL_CONFIGS[id].config;
    const ms = medianMs(() => countParams(config), 1000, 100);
    rows.push({
      name: `countParams(${label} config)`,
      value: Math.round(ms * 1000 * 100) / 100,
      unit: "µs",
      note: "median of 1000 runs; recomputed on every keystroke, no budget",
    });
  }
  return rows;
}
