import { describe, expect, it } from "vitest";
import { MOE_DEFAULTS, moeView, type MoeState } from "./moe.ts";
import { formatGb, formatMetric, moeChartLabels, moeReadouts, moeSentence, moeSeriesLabels, moeTable, type MoeStrings } from "./moeText.ts";

const at = (over: Partial<MoeState>): MoeState => ({ ...MOE_DEFAULTS, ...over });

// Templates as in en.json, with their placeholders; the other words are their own keys.
const strings = new Proxy(
  {
    metrics: { params: "Parameters", flops: "FLOPs per token", memory: "Weight memory" },
    seriesRouted: "Top-{k}",
    seriesRoutedShared: "Top-{k} + {shared} shared",
    memory: "Memory ({precision})",
    sentence: "{fraction} of {total}, {memory}",
  } as Record<string, unknown>,
  { get: (target, key: string) => target[key] ?? key },
) as unknown as MoeStrings;

describe("moe text", () => {
  it("formatGb writes 10⁹ bytes as GB with three significant digits", () => {
    expect(formatGb(93_405_585_408, "en")).toBe("93.4 GB");
    expect(formatMetric("memory", 93_405_585_408, "en")).toBe("93.4 GB");
    expect(formatMetric("params", 46.7e9, "zh")).toBe("467亿");
    expect(formatMetric("flops", 2e10, "en")).toBe("2 × 10¹⁰");
  });

  it("moeSeriesLabels names the shared experts only when there are some", () => {
    expect(moeSeriesLabels({ topK: 2, shared: 0 }, strings).routed).toBe("Top-2");
    expect(moeSeriesLabels({ topK: 8, shared: 1 }, strings).routed).toBe("Top-8 + 1 shared");
    expect(moeChartLabels({ topK: 8, shared: 1 }, strings).seriesLabels).toEqual({ all: "seriesAll", routed: "Top-8 + 1 shared" });
  });

  it("moeTable has a row per metric, the routed share as a percentage of all", () => {
    const view = moeView(MOE_DEFAULTS);
    const table = moeTable(view, strings, "en");
    expect(table.columns).toEqual(["columnMetric", "seriesAll", "Top-2", "columnShare"]);
    expect(table.rows.map((r) => r[0])).toEqual(["Parameters", "FLOPs per token", "Weight memory"]);
    expect(table.rows[0].slice(1)).toEqual(["46.7B", "12.9B", "27.6%"]);
  });

  it("moeReadouts and moeSentence follow the precision: fp8 halves the memory", () => {
    const bf16 = moeReadouts(moeView(MOE_DEFAULTS), strings, "en");
    const fp8 = moeReadouts(moeView(at({ precision: "fp8" })), strings, "en");
    expect(bf16.map((r) => r.testid)).toEqual(["moe-total", "moe-active", "moe-flops", "moe-memory"]);
    expect(bf16[3]).toMatchObject({ label: "Memory (bf16)", value: "93.4 GB" });
    expect(fp8[3]).toMatchObject({ label: "Memory (fp8)", value: "46.7 GB" });
    expect(moeSentence(moeView(MOE_DEFAULTS), strings, "en")).toBe("27.6% of 46.7B, 93.4 GB");
  });
});
