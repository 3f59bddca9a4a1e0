import { describe, expect, it } from "vitest";
import { formatDecimal } from "../i18n/format.ts";
import { MEMORY_DEFAULTS, memoryView } from "../widgets/memory.ts";
import { memoryChart } from "./memoryChart.ts";
import { assertSvgSnapshot } from "./snapshot.ts";
import { ssrDocument } from "./ssrDocument.ts";

const partLabels = { weights: "Weights", gradients: "Gradients", optimizer: "Optimizer state", activations: "Activations", kvCache: "KV cache" };
const options = (locale: "en" | "zh", width = 640) => ({
  width,
  locale,
  document: ssrDocument(),
  title: "Memory per device",
  description: "ZeRO stages 0–3 of a 7.5B model on 64 devices.",
  yLabel: "GB per device",
  partLabels,
  capacityLabel: (c: { count: number; bytes: number }) => `${c.count} × H100: ${c.bytes / 1e9} GB`,
  formatGb: (gb: number) => formatDecimal(gb, locale),
});

describe("memoryChart", () => {
  it("memoryChart(data, options) renders the default state (ZeRO's 120 / 31.4 / 16.6 / 1.9 GB) as a stable SVG (snapshot)", () => {
    const svg = memoryChart(memoryView(MEMORY_DEFAULTS).chart, options("en"));
    assertSvgSnapshot(svg.outerHTML, "memoryChart-en");
    for (const total of ["120", "31.4", "16.6", "1.88"]) expect(svg.outerHTML).toContain(`>${total}<`);
    expect(svg.outerHTML).toContain("1 × H100: 80 GB");
  });
  it("memoryChart(data, { locale: 'zh' }) shows the translated legend and 1,000-separated Chinese numbers", () => {
    const state = { ...MEMORY_DEFAULTS, mode: "inference" as const, model: "llama-3.1-405b" };
    const svg = memoryChart(memoryView(state).chart, { ...options("zh", 340), partLabels: { ...partLabels, weights: "权重", kvCache: "KV 缓存" } });
    expect(svg.outerHTML).toContain("权重");
    expect(svg.outerHTML).toContain("KV 缓存");
    expect(svg.outerHTML).toContain("816");
  });
  it("memoryChart(data, options) carries an accessible name and description", () => {
    const svg = memoryChart(memoryView(MEMORY_DEFAULTS).chart, options("en", 320));
    expect(svg.getAttribute("aria-label")).toBe("Memory per device");
    expect(svg.outerHTML).toContain("ZeRO stages 0–3");
  });
  it("memoryChart(data, options) draws an empty frame, not NaN, for empty data", () => {
    const svg = memoryChart({ bars: [], capacity: [] }, options("en", 320));
    expect(svg.tagName.toLowerCase()).toBe("svg");
    expect(svg.outerHTML).not.toContain("NaN");
  });
});
