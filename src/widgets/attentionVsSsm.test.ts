import { describe, expect, it } from "vitest";
import * as scaling from "../lib/scaling/index.ts";
import { crossoverContextLength, sequenceCost } from "../lib/scaling/index.ts";
import { readState } from "./urlState.ts";
import {
  ATTENTION_VS_SSM_DEFAULTS,
  ATTENTION_VS_SSM_FIELDS,
  ATTENTION_VS_SSM_ID,
  SIZE_IDS,
  attentionVsSsmCode,
  attentionVsSsmTex,
  attentionVsSsmView,
  modelShape,
} from "./attentionVsSsm.ts";

describe("attentionVsSsm widget", () => {
  it("attentionVsSsmView(defaults) marks the crossovers crossoverContextLength finds: 20 and 256 tokens of memory, 64 and 640 of FLOPs", () => {
    const view = attentionVsSsmView(ATTENTION_VS_SSM_DEFAULTS);
    const shape = modelShape("2.7b", "mha");
    expect(view.crossover).toEqual({ memory: { mamba: 20, retnet: 256 }, flops: { mamba: 64, retnet: 640 } });
    expect(view.crossover.memory.retnet).toBe(crossoverContextLength({ ...shape, against: "retnet" }));
    expect(view.chart.crossovers.map((c) => c.x)).toEqual([20, 256]);
    expect(view.chart.marker).toBe(128_000);
  });
  it("attentionVsSsmView(state) reads each architecture's cost at the chosen context from sequenceCost", () => {
    const state = { ...ATTENTION_VS_SSM_DEFAULTS, metric: "flops" as const, context: 1_000_000 };
    const view = attentionVsSsmView(state);
    const shape = modelShape("2.7b", "mha");
    for (const architecture of ["transformer", "mamba", "retnet"] as const) {
      expect(view.at[architecture]).toBe(sequenceCost({ ...shape, architecture, contextLength: 1_000_000 }).flopsPerToken);
    }
    // A 41.9 GB KV cache at 128K tokens for a 2.7B-shaped Transformer, against Mamba's 6.6 MB.
    const memory = attentionVsSsmView(ATTENTION_VS_SSM_DEFAULTS);
    expect(memory.at.transformer).toBeCloseTo(41.94, 2);
    expect(memory.at.mamba).toBeCloseTo(0.00655, 5);
  });
  it("grouped-query attention moves the memory crossover out by its group size, not the FLOPs crossover", () => {
    const gqa = attentionVsSsmView({ ...ATTENTION_VS_SSM_DEFAULTS, kv: "gqa8" });
    expect(gqa.crossover.memory.mamba).toBe(160);
    expect(gqa.crossover.flops.mamba).toBe(64);
  });
  it("every size draws three finite, positive curves from 10 to 1M tokens, with crossovers inside the axis", () => {
    for (const size of SIZE_IDS) {
      for (const metric of ["memory", "flops"] as const) {
        const view = attentionVsSsmView({ ...ATTENTION_VS_SSM_DEFAULTS, size, metric, kv: "gqa8" });
        expect(view.error).toBeNull();
        expect(view.chart.series).toHaveLength(3);
        const xs = view.chart.series[0].points.map((p) => p.x);
        expect([xs[0], xs.at(-1)]).toEqual([10, 1_000_000]);
        expect(view.chart.series.every((s) => s.points.every((p) => Number.isFinite(p.y) && p.y > 0))).toBe(true);
        expect(view.chart.crossovers.every((c) => c.x >= 10 && c.x <= 1_000_000)).toBe(true);
      }
    }
  });
  it("the URL fields read 128K and 12.8万; 0, negative, NaN, Infinity, fractions and out-of-range values fall back", () => {
    const read = (q: string) => readState(q, ATTENTION_VS_SSM_ID, ATTENTION_VS_SSM_FIELDS);
    expect(read("?attention-vs-ssm.ctx=1M&attention-vs-ssm.size=175b").state).toMatchObject({ context: 1e6, size: "175b" });
    expect(read("?attention-vs-ssm.ctx=12.8万").state.context).toBe(128_000);
    const bad: Record<string, string[]> = {
      ctx: ["0", "-5", "NaN", "Infinity", "1e7", "5", "100.5"],
      size: ["1t"],
      kv: ["mqa"],
      show: ["latency"],
    };
    for (const [key, values] of Object.entries(bad)) {
      for (const value of values) {
        const { state, fallbacks } = read(`?attention-vs-ssm.${key}=${encodeURIComponent(value)}`);
        expect(state, `${key}=${value}`).toEqual(ATTENTION_VS_SSM_DEFAULTS);
        expect(fallbacks).toEqual([{ field: key, value }]);
      }
    }
  });
  it("attentionVsSsmTex(state) substitutes the shape; attentionVsSsmCode(state) reproduces the Mamba crossover", () => {
    expect(attentionVsSsmTex(ATTENTION_VS_SSM_DEFAULTS)).toContain("2 \\times 32 \\times 128000 \\times 2560");
    expect(attentionVsSsmTex({ ...ATTENTION_VS_SSM_DEFAULTS, metric: "flops" })).toContain("C_\\text{Mamba}");
    for (const metric of ["memory", "flops"] as const) {
      const state = { ...ATTENTION_VS_SSM_DEFAULTS, metric, size: "6.7b" as const };
      expect(new Function("scaling", `return ${attentionVsSsmCode(state)}`)(scaling)).toBe(attentionVsSsmView(state).crossover[metric].mamba);
    }
  });
});
