import { describe, expect, it } from "vitest";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import { countParams, moeCost } from "../lib/scaling/index.ts";
import { readState, writeState } from "./urlState.ts";
import { MOE_DEFAULTS, MOE_FIELDS, MOE_ID, MOE_LIMITS, MOE_PRESETS, moeCode, moeTex, moeView, overrideLimits, presetShape, withOverrides, type MoeState } from "./moe.ts";

const at = (over: Partial<MoeState>): MoeState => ({ ...MOE_DEFAULTS, ...over });

describe("moe widget", () => {
  it("moeView(default) is Mixtral 8x7B as published: moeCost of its config", () => {
    const view = moeView(MOE_DEFAULTS);
    const cost = moeCost(MODEL_CONFIGS["mixtral-8x7b"].config);
    expect(view.cost).toEqual(cost);
    expect(view.cost.totalParams).toBe(46_702_792_704);
    expect(view.cost.activeParams).toBe(12_879_925_248);
    expect(view.cost.weightsBytes).toBe(2 * 46_702_792_704);
    expect([view.experts, view.topK, view.expertWidth, view.shared]).toEqual([8, 2, 14336, 0]);
    expect(view.error).toBeNull();
  });
  it("every preset as published matches countParams and moeCost of its config", () => {
    for (const id of MOE_PRESETS) {
      const view = moeView(at({ model: id }));
      expect(view.count).toEqual(countParams(MODEL_CONFIGS[id].config));
      expect(view.cost).toEqual(moeCost(MODEL_CONFIGS[id].config));
    }
  });
  it("top-k changes compute per token but not memory", () => {
    const k2 = moeView(MOE_DEFAULTS);
    const k4 = moeView(at({ topK: 4 }));
    expect(k4.cost.totalParams).toBe(k2.cost.totalParams);
    expect(k4.cost.weightsBytes).toBe(k2.cost.weightsBytes);
    expect(k4.cost.activeParams - k2.cost.activeParams).toBe(2 * k2.expertParams);
    expect(k4.cost.forwardFlopsPerToken).toBe(2 * k4.cost.activeParams);
    const mem = k4.chart.rows.find((r) => r.metric === "memory")!;
    expect(mem.routed).toBe(mem.all);
    const flops = k4.chart.rows.find((r) => r.metric === "flops")!;
    expect(flops.routed / flops.all).toBeCloseTo(k4.cost.activeFraction, 12);
  });
  it("more experts grow memory, not compute; a shared expert is as wide as a routed one", () => {
    const e16 = moeView(at({ experts: 16 }));
    const base = moeView(MOE_DEFAULTS);
    expect(e16.cost.activeParams - base.cost.activeParams).toBe(32 * 8 * 4096); // only the routers grow: 8 more weight vectors in each of 32 layers
    expect(e16.cost.totalParams).toBeGreaterThan(base.cost.totalParams);
    const shared = moeView(at({ shared: 1 }));
    expect(shared.cost.activeParams - base.cost.activeParams).toBe(base.expertParams);
  });
  it("moeView(state) with top-k above the experts (a hand-edited link) shows the preset and the module's message", () => {
    const view = moeView(at({ experts: 2, topK: 4 }));
    expect(view.error).toMatch(/topK/);
    expect(view.cost).toEqual(moeCost(MODEL_CONFIGS["mixtral-8x7b"].config));
  });
  it("moeView(state) handles precision: fp8 halves the memory of bf16", () => {
    expect(moeView(at({ precision: "fp8" })).cost.weightsBytes).toBe(moeView(MOE_DEFAULTS).cost.weightsBytes / 2);
  });
  it("the URL keeps only what differs from the preset and falls back on 0, negative, NaN, Infinity, fractions", () => {
    expect(writeState("", MOE_ID, MOE_FIELDS, MOE_DEFAULTS)).toBe("");
    const ds = withOverrides("deepseek-v3", "bf16", { ...presetShape("deepseek-v3"), topK: 4 });
    expect(writeState("", MOE_ID, MOE_FIELDS, ds)).toBe("?moe.model=deepseek-v3&moe.k=4");
    expect(readState("?moe.model=deepseek-v3&moe.k=4", MOE_ID, MOE_FIELDS).state).toEqual(ds);
    for (const bad of ["0", "-1", "NaN", "Infinity", "2.5", "1e9", "", "abc"]) {
      const { state, fallbacks } = readState(`?moe.e=${bad}`, MOE_ID, MOE_FIELDS);
      expect(state.experts).toBe("preset");
      expect(fallbacks).toHaveLength(1);
    }
    expect(readState("?moe.model=gpt2&moe.p=fp64", MOE_ID, MOE_FIELDS).fallbacks).toHaveLength(2);
    expect(readState("?moe.s=0", MOE_ID, MOE_FIELDS).state.shared).toBe(0);
  });
  it("overrideLimits(view) keeps top-k at or under the experts, in both fields' bounds", () => {
    const limits = overrideLimits({ experts: 8, topK: 2 });
    expect(limits.experts).toEqual({ min: 2, max: MOE_LIMITS.experts.max });
    expect(limits.topK).toEqual({ min: 1, max: 8 });
    expect(overrideLimits({ experts: 256, topK: 8 }).topK.max).toBe(MOE_LIMITS.topK.max);
    expect(overrideLimits({ experts: 8, topK: 0 }).experts.min).toBe(MOE_LIMITS.experts.min);
    expect(limits.shared).toEqual(MOE_LIMITS.shared);
  });
  it("moeCode(view) reproduces total and active parameters with a MoeShape", async () => {
    const scaling = await import("../lib/scaling/index.ts");
    for (const id of MOE_PRESETS) {
      for (const state of [at({ model: id }), at({ model: id, topK: 1, shared: 2, expertWidth: 1024 })]) {
        const view = moeView(state);
        const cost = new Function("scaling", `return ${moeCode(view)}`)(scaling);
        expect(cost.totalParams).toBe(view.cost.totalParams);
        expect(cost.activeParams).toBe(view.cost.activeParams);
        expect(cost.weightsBytes).toBe(view.cost.weightsBytes);
      }
    }
  });
  it("moeTex(view) substitutes the reader's numbers", () => {
    const tex = moeTex(moeView(at({ topK: 3 })));
    expect(tex).toContain("(3 + 0)");
    expect(tex).toContain("\\text{GB}");
  });
});
