import { describe, expect, it } from "vitest";
import * as scaling from "../lib/scaling/index.ts";
import { activationMemory, countParams, inferenceMemory, trainingMemory } from "../lib/scaling/index.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import { readState } from "./urlState.ts";
import { MEMORY_DEFAULTS, MEMORY_FIELDS, MEMORY_ID, fewestDevices, memoryCode, memoryTex, memoryView } from "./memory.ts";

const totalGb = (segments: { bytes: number }[]) => segments.reduce((s, x) => s + x.bytes, 0) / 1e9;

describe("memory widget", () => {
  it("memoryView(defaults) gives the ZeRO paper's 7.5B-on-64-devices example: 120, 31.4, 16.6 and 1.9 GB", () => {
    const view = memoryView(MEMORY_DEFAULTS);
    expect(view.chart.bars.map((b) => Number(totalGb(b.segments).toFixed(1)))).toEqual([120, 31.4, 16.6, 1.9]);
    expect(view.totalBytes).toBe(trainingMemory({ params: 7.5e9, zeroStage: 0, devices: 64 }).totalBytes);
    expect(view.chart.bars.map((b) => b.highlight)).toEqual([true, false, false, false]);
    // Stage 0 never fits an 80 GB H100: nothing is sharded.
    expect(view.needed).toBeNull();
    expect(view.chart.capacity.map((c) => c.bytes)).toEqual([80e9]);
  });
  it("fewestDevices(state, stage, bytes) is the smallest N_d at which trainingMemory fits", () => {
    const n = fewestDevices(MEMORY_DEFAULTS, 3, 80e9)!;
    expect(n).toBe(2); // 120 GB / 2 = 60 GB ≤ 80
    const at = (devices: number) => trainingMemory({ params: 7.5e9, zeroStage: 1, devices }).totalBytes;
    const m = fewestDevices(MEMORY_DEFAULTS, 1, 32e9)!;
    expect(at(m)).toBeLessThanOrEqual(32e9);
    expect(at(m - 1)).toBeGreaterThan(32e9);
    expect(memoryView({ ...MEMORY_DEFAULTS, stage: 3 }).needed).toBe(2);
  });
  it("memoryView(state) counts activations (Korthikanti et al.) once a model's shape is known", () => {
    const state = { ...MEMORY_DEFAULTS, model: "llama-2-7b", stage: 3 };
    const view = memoryView(state);
    const activations = activationMemory({ sequenceLength: 4_096, batch: 1, hiddenSize: 4_096, numHeads: 32, numLayers: 32, recompute: "selective" });
    expect(view.parts.activations).toBe(activations);
    expect(view.params).toBe(countParams(MODEL_CONFIGS["llama-2-7b"].config).total);
    expect(view.totalBytes).toBeCloseTo(trainingMemory({ params: view.params, zeroStage: 3, devices: 64 }).totalBytes + activations, 0);
  });
  it("memoryView(inference) gives Llama 3.1 405B ≈ 812 GB of BF16 weights plus its KV cache, on 11 H100s", () => {
    const state = { ...MEMORY_DEFAULTS, mode: "inference" as const, model: "llama-3.1-405b" };
    const view = memoryView(state);
    const expected = inferenceMemory({ config: MODEL_CONFIGS["llama-3.1-405b"].config, precision: "bf16", contextLength: 8_000, accelerator: "H100" });
    expect(view.parts).toEqual({ weights: expected.weightsBytes, kvCache: expected.kvCacheBytes });
    expect(view.needed).toBe(expected.acceleratorsNeeded);
    expect(view.parts.weights! / 1e9).toBeCloseTo(812, 0);
    expect(view.chart.bars.map((b) => b.key)).toEqual(["fp16", "bf16", "fp8", "int8", "int4"]);
    expect(view.chart.capacity.map((c) => c.count)).toEqual([1, 8]);
    // FP8 halves the weights and fits a node of eight H100s (Dubey et al. 2024, §6).
    expect(memoryView({ ...state, quantization: "fp8" }).needed).toBeLessThanOrEqual(8);
  });
  it("memoryView(state) reports a refused state as an error, with no NaN in the chart", () => {
    const view = memoryView({ ...MEMORY_DEFAULTS, devices: 0 });
    expect(view.error).toMatch(/devices/);
    expect(view.chart.bars).toEqual([]);
    expect(memoryTex({ ...MEMORY_DEFAULTS, devices: 0 })).toBe("\\text{—}");
  });
  it("the URL fields read 70B and 700亿; 0, negative, NaN, Infinity and out-of-range values fall back", () => {
    const read = (q: string) => readState(q, MEMORY_ID, MEMORY_FIELDS);
    expect(read("?memory.n=700亿&memory.mode=inference&memory.model=mixtral-8x7b&memory.ctx=128K").state).toMatchObject({
      params: 70e9, mode: "inference", model: "mixtral-8x7b", context: 128_000,
    });
    const bad: Record<string, string[]> = {
      n: ["0", "-1", "NaN", "Infinity", "1e20"],
      dev: ["0", "-64", "1.5", "NaN", "Infinity"],
      zero: ["4", "-1", "1.5", "NaN"],
      ctx: ["0", "-1", "NaN", "Infinity", "1e9", "1000.5"],
      b: ["0", "NaN", "Infinity", "1e5"],
      seq: ["0", "NaN"],
      mb: ["0", "Infinity"],
      model: ["gpt-5"],
      q: ["int2"],
      hw: ["TPU v9"],
      mode: ["fine-tuning"],
    };
    for (const [key, values] of Object.entries(bad)) {
      for (const value of values) {
        const { state, fallbacks } = read(`?memory.${key}=${encodeURIComponent(value)}`);
        expect(state, `${key}=${value}`).toEqual(MEMORY_DEFAULTS);
        expect(fallbacks).toEqual([{ field: key, value }]);
      }
    }
  });
  it("memoryTex(state) shows the substituted terms; memoryCode(state) reproduces the total", () => {
    expect(memoryTex(MEMORY_DEFAULTS)).toContain("12 \\times 7.5 \\times 10^{9}");
    expect(memoryTex({ ...MEMORY_DEFAULTS, stage: 2 })).toContain("2\\Psi / N_d");
    for (const state of [MEMORY_DEFAULTS, { ...MEMORY_DEFAULTS, model: "llama-3-8b", stage: 2 }]) {
      const result = new Function("scaling", `return ${memoryCode(state)}`)(scaling);
      expect(result.totalBytes).toBeCloseTo(memoryView(state).totalBytes, 0);
    }
    const inference = { ...MEMORY_DEFAULTS, mode: "inference" as const, model: "qwen3-8b", quantization: "int4" as const, batch: 8 };
    const result = new Function("scaling", "MODEL_CONFIGS", `return ${memoryCode(inference)}`)(scaling, MODEL_CONFIGS);
    expect(result.totalBytes).toBe(memoryView(inference).totalBytes);
  });
});
