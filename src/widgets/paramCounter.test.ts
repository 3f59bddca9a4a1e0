import { describe, expect, it } from "vitest";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import { countParams } from "../lib/scaling/index.ts";
import { readState, writeState } from "./urlState.ts";
import {
  PARAM_COUNTER_FIELDS,
  PARAM_COUNTER_ID,
  PARAM_COUNTER_PRESETS,
  paramCounterCode,
  paramCounterTex,
  paramCounterView,
  pastedConfigView,
  relevantConfig,
} from "./paramCounter.ts";

describe("paramCounter widget", () => {
  it("lists every fixture once, GPT-2 first", () => {
    expect(PARAM_COUNTER_PRESETS.map((p) => p.id).sort()).toEqual(Object.keys(MODEL_CONFIGS).sort());
    expect(PARAM_COUNTER_PRESETS[0].id).toBe("gpt2");
  });
  it("paramCounterView(state) counts Llama 3 8B with countParams: 8,030,261,248 in all, all of it active", () => {
    const view = paramCounterView({ model: "llama-3-8b" });
    expect(view.count).toEqual(countParams(MODEL_CONFIGS["llama-3-8b"].config));
    expect(view.count.total).toBe(8_030_261_248);
    expect(view.count.active).toBe(view.count.total);
    expect(view.isMoe).toBe(false);
    expect(view.count.nonEmbedding).toBe(8_030_261_248 - 2 * 525_336_576);
    expect(view.reported!.total).toBe(8.03e9);
    expect(view.reported!.totalDiff).toBeCloseTo(8_030_261_248 / 8.03e9 - 1, 12);
    expect(view.reported!.active).toBeNull();
  });
  it("paramCounterView(state) splits DeepSeek-V3's experts into active and idle, and compares both counts", () => {
    const view = paramCounterView({ model: "deepseek-v3" });
    const count = countParams(MODEL_CONFIGS["deepseek-v3"].config);
    expect(view.isMoe).toBe(true);
    const mlp = view.chart.rows.find((r) => r.part === "mlp")!;
    expect(mlp.idle).toBe(count.total - count.active);
    expect(mlp.active + mlp.idle).toBe(count.breakdown.mlp + count.breakdown.experts);
    expect(view.chart.rows.reduce((s, r) => s + r.active + r.idle, 0)).toBe(count.total);
    expect(view.reported!.activeDiff).toBeCloseTo(count.active / 37e9 - 1, 12);
    expect(view.count.mtp).toBeGreaterThan(1e10);
  });
  it("every preset's bars add up to its total, with no NaN", () => {
    for (const p of PARAM_COUNTER_PRESETS) {
      const view = paramCounterView({ model: p.id });
      const sum = view.chart.rows.reduce((s, r) => s + r.active + r.idle, 0);
      expect(sum).toBe(view.count.total);
      expect(view.chart.rows.every((r) => Number.isFinite(r.active) && r.active >= 0 && r.idle >= 0)).toBe(true);
      expect(Math.abs(view.reported!.totalDiff)).toBeLessThan(0.01);
    }
  });
  it("the URL field takes a preset id and falls back to llama-3-8b for anything else", () => {
    expect(readState("?param-counter.model=gpt2", PARAM_COUNTER_ID, PARAM_COUNTER_FIELDS).state.model).toBe("gpt2");
    for (const bad of ["", "gpt5", "NaN", "Infinity", "0", "-1", "__proto__", "toString"]) {
      const { state, fallbacks } = readState(`?param-counter.model=${bad}`, PARAM_COUNTER_ID, PARAM_COUNTER_FIELDS);
      expect(state.model).toBe("llama-3-8b");
      expect(fallbacks).toHaveLength(1);
    }
    expect(writeState("", PARAM_COUNTER_ID, PARAM_COUNTER_FIELDS, { model: "llama-3-8b" })).toBe("");
    expect(writeState("", PARAM_COUNTER_ID, PARAM_COUNTER_FIELDS, { model: "deepseek-v3" })).toBe("?param-counter.model=deepseek-v3");
  });
  it("pastedConfigView(text) counts a pasted config.json like the preset", () => {
    const result = pastedConfigView(JSON.stringify(MODEL_CONFIGS["mixtral-8x7b"].config));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.view.count).toEqual(countParams(MODEL_CONFIGS["mixtral-8x7b"].config));
    expect(result.view.preset).toBeNull();
    expect(result.view.reported).toBeNull();
    expect(result.view.family).toBe("mixtral");
  });
  it("pastedConfigView(text) returns the parser's or the module's message, never throws", () => {
    const json = pastedConfigView("{ not json");
    expect(json).toMatchObject({ ok: false, error: { kind: "json" } });
    const field = pastedConfigView('{"model_type":"llama","hidden_size":0,"num_attention_heads":32,"num_hidden_layers":32,"intermediate_size":1,"vocab_size":10}');
    expect(field).toMatchObject({ ok: false, error: { kind: "config" } });
    if (!field.ok) expect(field.error.message).toContain("hidden_size");
    for (const text of ["null", "[]", "42", '"config"', "{}", '{"model_type":"llama","hidden_size":NaN}']) {
      const r = pastedConfigView(text);
      expect(r.ok).toBe(false);
    }
    expect(pastedConfigView("x".repeat(300_000))).toMatchObject({ ok: false, error: { kind: "tooLarge" } });
    const huge = pastedConfigView('{"model_type":"llama","hidden_size":1e200,"num_attention_heads":1,"num_hidden_layers":1,"intermediate_size":1e200,"vocab_size":1e200}');
    expect(huge.ok).toBe(false);
  });
  it("paramCounterCode(view) reproduces the count for every preset, without the keys that do not matter", async () => {
    const scaling = await import("../lib/scaling/index.ts");
    for (const p of PARAM_COUNTER_PRESETS) {
      const view = paramCounterView({ model: p.id });
      const code = paramCounterCode(view);
      expect(code).not.toContain("rope_theta");
      expect(new Function("scaling", `return ${code}`)(scaling)).toEqual(view.count);
      expect(countParams(relevantConfig(p.config) as never)).toEqual(view.count);
    }
  });
  it("paramCounterTex(view) sums the parts with the model's numbers", () => {
    const dense = paramCounterTex(paramCounterView({ model: "llama-3-8b" }));
    expect(dense).toContain("8.03 \\times 10^{9}");
    expect(dense).not.toContain("router");
    expect(paramCounterTex(paramCounterView({ model: "mixtral-8x7b" }))).toContain("N_{\\text{active}}");
  });
});
