import { formatCount, formatDecimal } from "../i18n/format.ts";
import { fill } from "../i18n/fill.ts";
import type { Locale } from "../i18n/locales.ts";
import { BYTES_PER_GB } from "../lib/scaling/index.ts";
import type { WidgetStrings } from "../islands/shared/widgetStrings.ts";
import type { InferenceState, InferenceView } from "./inference.ts";

/** Keys under `inference.` that the island needs (the Astro wrapper translates them). */
export const INFERENCE_KEYS = [
  "model", "accelerator", "precision", "batch", "context", "gpus", "price", "priceUnit", "throughput", "perSequence", "cost", "critical",
  "memoryBatch", "none", "sentenceMemory", "sentenceCompute", "noFit", "beyondContext", "note", "title", "description", "memoryTitle",
  "memoryDescription", "axisBatch", "axisTps", "axisCost", "axisGb", "criticalLabel", "memoryLabel", "capacityLabel", "legendWeights",
  "legendKv", "legendOver", "usd", "gb", "columnFits", "yes", "no", "error",
] as const;

export type InferenceStrings = WidgetStrings & Record<(typeof INFERENCE_KEYS)[number], string>;

/** Formatters and both charts' options for a state: shared by the island and the build-time render. */
export function inferenceText(strings: InferenceStrings, locale: Locale, state: InferenceState, view: InferenceView) {
  const usd = (x: number) => fill(strings.usd, { value: formatDecimal(x, locale, { digits: x < 0.01 ? 2 : 3 }) });
  const gb = (bytes: number) => fill(strings.gb, { value: formatDecimal(bytes / BYTES_PER_GB, locale, { digits: 3 }) });
  const count = (x: number) => formatCount(x, locale, { digits: 3 });
  const chip = `${state.gpus} × ${state.accelerator}`;
  const common = {
    locale,
    xLabel: strings.axisBatch,
    criticalLabel: fill(strings.criticalLabel, { batch: formatDecimal(view.criticalBatch, locale, { digits: 3 }) }),
    memoryLabel: fill(strings.memoryLabel, { batch: formatDecimal(view.memoryBatch, locale, { digits: 4 }) }),
    markerLabel: `${count(view.step.tokensPerSecond)} · ${usd(view.costPerMillion)}`,
  };
  return {
    usd, gb, count,
    throughput: { ...common, title: strings.title, description: fill(strings.description, { chip }), yLabel: strings.axisTps, costLabel: strings.axisCost, formatCost: usd },
    memory: {
      ...common, title: strings.memoryTitle, description: fill(strings.memoryDescription, { chip }), yLabel: strings.axisGb, markerLabel: gb(view.totalBytes),
      formatGb: (x: number) => formatDecimal(x, locale, { digits: 3 }), capacityLabel: fill(strings.capacityLabel, { gb: gb(view.capacityBytes), chip }),
    },
  };
}

