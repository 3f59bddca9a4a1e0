import { describe, expect, it } from "vitest";
import { translator } from "../i18n/index.ts";
import { ATTENTION_VS_SSM_DEFAULTS, attentionVsSsmView, contextGrid, type AttentionVsSsmState } from "./attentionVsSsm.ts";
import {
  attentionVsSsmFootnote,
  attentionVsSsmReadout,
  attentionVsSsmStrings,
  attentionVsSsmTable,
  formatMetric,
  optionLabels,
  sequenceChartOptions,
} from "./attentionVsSsmText.ts";

const en = attentionVsSsmStrings(translator("en"));
const zh = attentionVsSsmStrings(translator("zh"));
const at = (over: Partial<AttentionVsSsmState>): AttentionVsSsmState => ({ ...ATTENTION_VS_SSM_DEFAULTS, ...over });

describe("attention-vs-ssm text", () => {
  it("attentionVsSsmReadout: at 128K tokens a 2.7B Transformer carries 41.9 GB, one figure per architecture", () => {
    const r = attentionVsSsmReadout(en, "en", ATTENTION_VS_SSM_DEFAULTS, attentionVsSsmView(ATTENTION_VS_SSM_DEFAULTS));
    expect(r.heading).toBe("At 128K tokens of context");
    expect(r.items.map((i) => i.testid)).toEqual(["attention-vs-ssm-transformer", "attention-vs-ssm-mamba", "attention-vs-ssm-retnet"]);
    expect(r.items[0]).toMatchObject({ label: "Transformer", value: "41.9 GB" });
    expect(r.ratio).not.toMatch(/[{}]/);
    expect(r.crossover).not.toMatch(/[{}]/);
  });

  it("attentionVsSsmReadout of a view the module could not compute reads —, never NaN", () => {
    const nan = { mamba: NaN, retnet: NaN };
    const view = { ...attentionVsSsmView(ATTENTION_VS_SSM_DEFAULTS), at: { transformer: NaN, ...nan }, crossover: { memory: nan, flops: nan } };
    const r = attentionVsSsmReadout(en, "en", ATTENTION_VS_SSM_DEFAULTS, view);
    expect(JSON.stringify(r)).not.toContain("NaN");
    expect(r.items[0].value).toBe("— GB");
  });

  it("formatMetric writes memory in GB and FLOPs in scientific notation", () => {
    expect(formatMetric(en, "en", "memory", 41.94)).toBe("41.9 GB");
    expect(formatMetric(en, "en", "flops", 5.4e9)).toBe("5.4 × 10⁹ FLOPs");
  });

  it("optionLabels give each size its width and depth, and each KV layout and metric its translated name", () => {
    const labels = optionLabels(en);
    expect(labels.size("2.7b")).toBe("2.7B: d_model 2560, 32 layers");
    expect(labels.kv("gqa8")).toBe(en.kvGqa8);
    expect(labels.metric("flops")).toBe(en.metricFlops);
    expect(optionLabels(zh).size("175b")).toBe("175B：d_model 12288，96 层");
  });

  it("the footnote joins its two sentences with a space in English and without one in Chinese", () => {
    const view = attentionVsSsmView(ATTENTION_VS_SSM_DEFAULTS);
    expect(attentionVsSsmFootnote(en, "en", view)).toContain(`16-bit. ${en.axisNote}`);
    expect(attentionVsSsmFootnote(zh, "zh", view)).toContain(`存储。${zh.axisNote}`);
  });

  it("attentionVsSsmTable lists every sixth context length of the chart with each architecture's value", () => {
    const state = at({ metric: "flops" });
    const table = attentionVsSsmTable(en, "en", state, attentionVsSsmView(state));
    expect(table.columns).toEqual([en.columnContext, "Transformer", "Mamba", "RetNet"]);
    expect(table.rows).toHaveLength(Math.ceil(contextGrid().length / 6));
    expect(table.rows[0][0]).toBe("10");
    expect(table.rows.every((r) => r.slice(1).every((cell) => cell.endsWith(" FLOPs")))).toBe(true);
  });

  it("sequenceChartOptions titles the chart by its metric and labels the crossovers", () => {
    const memory = sequenceChartOptions(en, "en", ATTENTION_VS_SSM_DEFAULTS, 640);
    expect(memory.title).toBe(`${en.title}: ${en.metricMemory}`);
    expect(memory.yLabel).toBe(en.axisMemory);
    expect(memory.crossoverLabel({ against: "mamba", x: 20, y: 1 })).toContain("Mamba");
    expect(sequenceChartOptions(en, "en", at({ metric: "flops" }), 640).yLabel).toBe(en.axisFlops);
  });
});
