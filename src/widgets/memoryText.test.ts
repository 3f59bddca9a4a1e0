import { describe, expect, it } from "vitest";
import { translator, type Locale, type MessageKey } from "../i18n/index.ts";
import { widgetStrings } from "../islands/shared/widgetStrings.ts";
import { INFERENCE_MODEL, MEMORY_DEFAULTS, withMode } from "./memory.ts";
import { MEMORY_KEYS, formatGb, localizedMemoryView, memoryChartOptions, memorySentence, memoryTable, modelOptions, stageOptions, type MemoryStrings } from "./memoryText.ts";

function stringsFor(locale: Locale): MemoryStrings {
  const t = translator(locale);
  return { ...widgetStrings(t), ...Object.fromEntries(MEMORY_KEYS.map((k) => [k, t(`memory.${k}` as MessageKey)])) } as MemoryStrings;
}
const en = stringsFor("en");
const zh = stringsFor("zh");
const serving = { ...MEMORY_DEFAULTS, mode: "inference" as const, model: INFERENCE_MODEL };

describe("memory text", () => {
  it("formatGb keeps three significant digits, four from 1,000 GB", () => {
    expect(formatGb(en, "en", 120)).toBe("120 GB");
    expect(formatGb(en, "en", 1.8828)).toBe("1.88 GB");
    expect(formatGb(en, "en", 1234.5)).toBe("1,235 GB");
  });
  it("withMode picks a model with a KV cache when serving starts from parameters alone, and keeps a chosen model", () => {
    expect(withMode(MEMORY_DEFAULTS, "inference")).toMatchObject({ mode: "inference", model: INFERENCE_MODEL });
    const chosen = { ...MEMORY_DEFAULTS, model: "gpt3-175b" };
    expect(withMode(chosen, "inference").model).toBe("gpt3-175b");
    expect(withMode(serving, "training")).toMatchObject({ mode: "training", model: INFERENCE_MODEL });
  });
  it("modelOptions puts 'parameters only' first, then the models alphabetically by their name in the locale", () => {
    const options = modelOptions(en, "en");
    expect(options[0]).toEqual({ value: "custom", label: en.modelCustom });
    const labels = options.slice(1).map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "en")));
  });
  it("stageOptions lists ZeRO stages 0–3 as text values with their translated descriptions", () => {
    expect(stageOptions(zh).map((o) => o.value)).toEqual(["0", "1", "2", "3"]);
    expect(stageOptions(en)[3].label).toBe(en.stage3);
  });
  it("memoryTable has the training parts for training and weights + KV cache for serving, with a total", () => {
    const training = memoryTable(en, "en", MEMORY_DEFAULTS, localizedMemoryView(MEMORY_DEFAULTS, en));
    expect(training.columns).toEqual([en.columnBar, en.partWeights, en.partGradients, en.partOptimizer, en.partActivations, en.columnTotal]);
    expect(training.rows.map((r) => [r[0], r[5]])).toEqual([["Stage 0", "120 GB"], ["Stage 1", "31.4 GB"], ["Stage 2", "16.6 GB"], ["Stage 3", "1.88 GB"]]);
    const inference = memoryTable(en, "en", serving, localizedMemoryView(serving, en));
    expect(inference.columns).toEqual([en.columnBar, en.partWeights, en.partKvCache, en.columnTotal]);
    expect(inference.rows.map((r) => r[0])).toEqual(["FP16", "BF16", "FP8", "INT8", "INT4"]);
  });
  it("memorySentence says no device count suffices at stage 0, and how many H100s serving fills", () => {
    expect(memorySentence(en, "en", MEMORY_DEFAULTS, localizedMemoryView(MEMORY_DEFAULTS, en))).toContain("no number of devices");
    expect(memorySentence(en, "en", serving, localizedMemoryView(serving, en))).toBe("Weights and KV cache fill 11 × H100 (80 GB each).");
  });
  it("memoryChartOptions titles the chart by mode and labels the capacity line with the chip's memory", () => {
    const options = memoryChartOptions(en, "en", serving, 640);
    expect(options.title).toBe(`${en.title}: ${en.modeInference}`);
    expect(options.partLabels.kvCache).toBe(en.partKvCache);
    expect(options.capacityLabel({ bytes: 640e9, count: 8 })).toBe("8 × H100: 640 GB");
  });
});
