import { describe, expect, it } from "vitest";
import { decodeCriticalBatch, decodeStep, inferenceMemory, kvCacheBytes } from "../lib/scaling/index.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import { readState, writeState } from "./urlState.ts";
import { GPT_FAST_LLAMA2_7B, INFERENCE_DEFAULTS, INFERENCE_FIELDS, INFERENCE_ID, costPerMillion, gptFastCheck, inferenceCode, inferenceTex, inferenceView, pooled } from "./inference.ts";

const llama7b = MODEL_CONFIGS["llama-2-7b"].config;

describe("inference widget", () => {
  it("inferenceView follows every input from one state to the next: a new price, context or GPU count is never read from the last state's curve", () => {
    const base = { ...INFERENCE_DEFAULTS, batch: 8 };
    const v = inferenceView(base);
    const pricier = inferenceView({ ...base, price: base.price * 2 });
    expect(pricier.costPerMillion).toBeCloseTo(2 * v.costPerMillion, 9);
    expect(pricier.chart.curve[0].costPerMillion).toBeCloseTo(2 * v.chart.curve[0].costPerMillion, 9);
    const longer = inferenceView({ ...base, context: 2 * base.context });
    expect(longer.chart.curve.at(-1)!.kvBytes).toBeCloseTo(2 * v.chart.curve.at(-1)!.kvBytes, 0);
    const two = inferenceView({ ...base, gpus: 2 });
    expect(two.criticalBatch).toBeCloseTo(v.criticalBatch, 9);
    expect(two.chart.curve.at(-1)!.tokensPerSecond).toBeGreaterThan(v.chart.curve.at(-1)!.tokensPerSecond);
    expect(inferenceView(base)).toEqual(v);
  });
  it("inferenceView(defaults) is Llama 2 7B in bf16 on one A100 at 4,096 tokens: the module's decodeStep, memory-bound at batch 1", () => {
    const v = inferenceView(INFERENCE_DEFAULTS);
    const s = decodeStep({ config: llama7b, batch: 1, contextTokens: 4_096, accelerator: "A100", precision: "bf16" });
    expect(v.failed).toBe(false);
    expect(v.step.tokensPerSecond).toBe(s.tokensPerSecond);
    expect(v.step.bound).toBe("memory");
    expect(v.criticalBatch).toBe(decodeCriticalBatch("A100", "bf16"));
  });
  it("inferenceView(state) fills memory at batch ⌊(80 GB − weights) / KV per sequence⌋ = 30 for Llama 2 7B at 4,096 tokens, far below the critical batch of 153", () => {
    const v = inferenceView(INFERENCE_DEFAULTS);
    const weights = inferenceMemory({ config: llama7b, contextLength: 4_096 }).weightsBytes;
    expect(v.kvPerSequence).toBe(kvCacheBytes(llama7b, { contextLength: 4_096 }));
    expect(v.memoryBatch).toBe(Math.floor((80e9 - weights) / v.kvPerSequence));
    expect(v.memoryBatch).toBe(30);
    expect(Math.round(v.criticalBatch)).toBe(153);
    const at = (batch: number) => inferenceView({ ...INFERENCE_DEFAULTS, batch });
    expect(at(30).fits).toBe(true);
    expect(at(31).fits).toBe(false);
    expect(at(31).chart.chosen.fits).toBe(false);
  });
  it("inferenceView(state) is 1.43× gpt-fast's measured 104.9 tokens/s at gpt-fast's setting (the note's figure)", () => {
    const c = gptFastCheck();
    expect(c.measured).toBe(GPT_FAST_LLAMA2_7B.tokensPerSecond);
    expect(c.ratio).toBeGreaterThan(1.4);
    expect(c.ratio).toBeLessThan(1.46);
  });
  it("costPerMillion(tokensPerSecond, price, gpus) is the GPUs' hourly price spread over an hour of tokens", () => {
    expect(costPerMillion(1_000, 3.6, 1)).toBeCloseTo(1, 12);
    expect(costPerMillion(1_000, 3.6, 8)).toBeCloseTo(8, 12);
    const v = inferenceView({ ...INFERENCE_DEFAULTS, batch: 16, price: 2 });
    expect(v.costPerMillion).toBeCloseTo((2 / 3600 / v.step.tokensPerSecond) * 1e6, 9);
  });
  it("inferenceView(state) throughput rises with batch while cost per token falls, and the curve covers 1 to 4,096", () => {
    const v = inferenceView({ ...INFERENCE_DEFAULTS, model: "llama-3-8b", accelerator: "H100", context: 1_000 });
    const c = v.chart.curve;
    expect(c[0].batch).toBe(1);
    expect(c.at(-1)!.batch).toBe(4_096);
    for (let i = 1; i < c.length; i++) {
      expect(c[i].tokensPerSecond).toBeGreaterThanOrEqual(c[i - 1].tokensPerSecond * (1 - 1e-12));
      expect(c[i].costPerMillion).toBeLessThanOrEqual(c[i - 1].costPerMillion * (1 + 1e-12));
    }
  });
  it("pooled(name, gpus) multiplies memory, bandwidth and peaks, so the critical batch stays and memory grows", () => {
    expect(pooled("H100", 1)).toBe("H100");
    const eight = pooled("H100", 8);
    expect(typeof eight).toBe("object");
    expect(decodeCriticalBatch(eight, "bf16")).toBeCloseTo(decodeCriticalBatch("H100", "bf16"), 9);
    expect(decodeCriticalBatch(eight, "fp8")).toBeCloseTo(decodeCriticalBatch("H100", "fp8"), 9);
    const one = inferenceView({ ...INFERENCE_DEFAULTS, model: "llama-2-70b", accelerator: "H100" });
    const two = inferenceView({ ...INFERENCE_DEFAULTS, model: "llama-2-70b", accelerator: "H100", gpus: 2 });
    expect(one.fits).toBe(false);
    expect(one.memoryBatch).toBe(0);
    expect(two.memoryBatch).toBeGreaterThan(0);
    expect(two.step.tokensPerSecond / one.step.tokensPerSecond).toBeCloseTo(2, 9);
  });
  it("inferenceView(state) falls back to the default with failed: true for a state the module refuses", () => {
    for (const bad of [{ model: "gpt-9" }, { batch: 0 }, { batch: 1.5 }, { context: NaN }, { context: -1 }, { gpus: Infinity }]) {
      const v = inferenceView({ ...INFERENCE_DEFAULTS, ...bad });
      expect(v.failed).toBe(true);
      expect(v.step.tokensPerSecond).toBe(inferenceView(INFERENCE_DEFAULTS).step.tokensPerSecond);
    }
  });
  it("INFERENCE_FIELDS read a state back from its URL and reject malformed values", () => {
    const state = { ...INFERENCE_DEFAULTS, model: "deepseek-v3", accelerator: "H200" as const, precision: "fp8" as const, batch: 64, context: 32_768, gpus: 8, price: 2.5 };
    const search = writeState("", INFERENCE_ID, INFERENCE_FIELDS, state);
    expect(readState(search, INFERENCE_ID, INFERENCE_FIELDS).state).toEqual(state);
    const bad = readState("?inference.b=0&inference.ctx=1.5&inference.hw=H900&inference.gpus=0&inference.usd=-1", INFERENCE_ID, INFERENCE_FIELDS);
    expect(bad.state).toEqual(INFERENCE_DEFAULTS);
    expect(bad.fallbacks.map((f) => f.field).sort()).toEqual(["b", "ctx", "gpus", "hw", "usd"]);
  });
  it("inferenceTex(state) shows the step's times and the two batches; inferenceCode(state) is a decodeStep call with the preset's config", () => {
    const tex = inferenceTex(INFERENCE_DEFAULTS);
    expect(tex).toContain("B^{*}");
    expect(tex).toContain("= 30");
    expect(tex).not.toContain("NaN");
    const code = inferenceCode(INFERENCE_DEFAULTS);
    expect(code).toMatch(/^scaling\.decodeStep\(\{ config: \{.*"num_key_value_heads":32.*\}, batch: 1, contextTokens: 4096, accelerator: "A100", precision: "bf16" \}\)$/);
    expect(inferenceCode({ ...INFERENCE_DEFAULTS, gpus: 8 })).toContain("memoryBytes: 640000000000");
    expect(inferenceTex({ ...INFERENCE_DEFAULTS, batch: 0 })).toBe("\\text{—}");
  });
});
