/**
 * The memory widget's words and figures in the reader's language: GB, option labels, chart options, the data
 * table and the sentence under the readout. Pure, so the island and the Astro wrapper (which renders the
 * default chart at build time) say the same thing.
 */
import type { MemoryPart } from "../charts/memoryChart.ts";
import { formatDecimal } from "../i18n/format.ts";
import { fill } from "../i18n/fill.ts";
import type { Locale } from "../i18n/locales.ts";
import { BYTES_PER_GB, type Optimizer, type Recompute, type TrainingPrecision } from "../lib/scaling/index.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import type { WidgetStrings } from "../islands/shared/widgetStrings.ts";
import { ZERO_STAGES, memoryView, type MemoryMode, type MemoryState, type MemoryView } from "./memory.ts";

/** Keys under `memory.` in the dictionaries that the island needs. */
export const MEMORY_KEYS = [
  "title", "description", "mode", "modeTraining", "modeInference", "model", "modelCustom", "params", "paramsFromModel",
  "precision", "precisionBf16", "precisionFp16", "precisionFp32", "optimizer", "optimizerAdam", "optimizerSgdMomentum",
  "optimizerSgd", "stage", "stage0", "stage1", "stage2", "stage3", "stageShort", "devices", "sequence", "microBatch",
  "recompute", "recomputeNone", "recomputeSelective", "recomputeFull", "quantization", "context", "batch", "accelerator",
  "partWeights", "partGradients", "partOptimizer", "partActivations", "partKvCache", "axis", "gb", "capacity", "readTotal",
  "readNeeded", "readDevices", "never", "trainingFits", "trainingNever", "inferenceFits", "activationsNote", "kvNote",
  "kvPrecisionNote", "leftOut", "columnBar", "columnTotal", "error",
] as const;

type Key = (typeof MEMORY_KEYS)[number];
export type MemoryStrings = WidgetStrings & Record<Key, string>;

/** The selects' option labels. */
export const MODE_LABEL: Record<MemoryMode, Key> = { training: "modeTraining", inference: "modeInference" };
export const PRECISION_LABEL: Record<TrainingPrecision, Key> = { bf16: "precisionBf16", fp16: "precisionFp16", fp32: "precisionFp32" };
export const OPTIMIZER_LABEL: Record<Optimizer, Key> = { adam: "optimizerAdam", "sgd-momentum": "optimizerSgdMomentum", sgd: "optimizerSgd" };
export const RECOMPUTE_LABEL: Record<Recompute, Key> = { none: "recomputeNone", selective: "recomputeSelective", full: "recomputeFull" };
const PART_LABEL: Record<MemoryPart, Key> = {
  weights: "partWeights", gradients: "partGradients", optimizer: "partOptimizer", activations: "partActivations", kvCache: "partKvCache",
};

/** GB (10⁹ bytes), localized: "120 GB", "1.88 GB". */
export function formatGb(strings: MemoryStrings, locale: Locale, gb: number): string {
  return fill(strings.gb, { value: formatDecimal(gb, locale, { digits: gb >= 1000 ? 4 : 3 }) });
}

/** The view with translated bar labels. */
export function localizedMemoryView(state: MemoryState, strings: MemoryStrings): MemoryView {
  return memoryView(state, { stage: (stage) => fill(strings.stageShort, { stage }), quantization: (q) => q.toUpperCase() });
}

/** Chart options for a state (shared by the island and the Astro wrapper). */
export function memoryChartOptions(strings: MemoryStrings, locale: Locale, state: MemoryState, width: number, document?: Document) {
  const partLabels = Object.fromEntries(Object.entries(PART_LABEL).map(([part, key]) => [part, strings[key]])) as Record<MemoryPart, string>;
  return {
    width,
    locale,
    document,
    title: `${strings.title}: ${state.mode === "training" ? strings.modeTraining : strings.modeInference}`,
    description: strings.description,
    yLabel: strings.axis,
    partLabels,
    capacityLabel: (line: { bytes: number; count: number }) =>
      fill(strings.capacity, { count: line.count, chip: state.accelerator, gb: formatGb(strings, locale, line.bytes / BYTES_PER_GB) }),
    formatGb: (gb: number) => formatDecimal(gb, locale),
  };
}

/** The model select: "parameter count only", then every model config by its name in the locale, alphabetically. */
export function modelOptions(strings: MemoryStrings, locale: Locale): { value: string; label: string }[] {
  const models = Object.values(MODEL_CONFIGS)
    .map((m) => ({ value: m.id, label: m.label[locale] }))
    .sort((a, b) => a.label.localeCompare(b.label, "en"));
  return [{ value: "custom", label: strings.modelCustom }, ...models];
}

/** The ZeRO stage select, its values the stage as text. */
export function stageOptions(strings: MemoryStrings): { value: string; label: string }[] {
  return ZERO_STAGES.map((s) => ({ value: String(s), label: strings[`stage${s}` as const] }));
}

/** The data table: one row per bar (ZeRO stage or weight format), GB of each part the mode has, and the total. */
export function memoryTable(strings: MemoryStrings, locale: Locale, state: MemoryState, view: MemoryView) {
  const parts: MemoryPart[] = state.mode === "training" ? ["weights", "gradients", "optimizer", "activations"] : ["weights", "kvCache"];
  const gb = (bytes: number) => formatGb(strings, locale, bytes / BYTES_PER_GB);
  return {
    caption: strings.description,
    columns: [strings.columnBar, ...parts.map((p) => strings[PART_LABEL[p]]), strings.columnTotal],
    rows: view.chart.bars.map((bar) => {
      const bytes = (part: MemoryPart) => bar.segments.find((s) => s.part === part)?.bytes ?? 0;
      return [bar.label, ...parts.map((p) => gb(bytes(p))), gb(bar.segments.reduce((s, x) => s + x.bytes, 0))];
    }),
  };
}

/** Under the readout: from how many devices the chosen stage fits (training), or how many accelerators serving fills. */
export function memorySentence(strings: MemoryStrings, locale: Locale, state: MemoryState, view: MemoryView): string {
  const gb = formatGb(strings, locale, view.acceleratorBytes / BYTES_PER_GB);
  const n = formatDecimal(view.needed ?? 0, locale, { digits: 7 });
  return state.mode === "training"
    ? fill(view.needed === null ? strings.trainingNever : strings.trainingFits, { stage: state.stage, chip: state.accelerator, gb, n })
    : fill(strings.inferenceFits, { n, chip: state.accelerator, gb });
}
