import { describe, expect, it } from "vitest";
import { NOTABLE_MODELS } from "../data/notableModels.ts";
import { formatCount } from "../i18n/format.ts";
import { translator } from "../i18n/index.ts";
import { COMPUTE_OPTIMAL_DEFAULTS, RULES, computeOptimalView, datasetModels, LABELLED_NARROW, LABELLED_WIDE } from "./computeOptimal.ts";
import {
  computeOptimalSentences,
  computeOptimalStrings,
  computeOptimalTables,
  fitDisagrees,
  isoChartOptions,
  isoLegend,
  modelsChartOptions,
  modelsLegend,
  optimumReadout,
} from "./computeOptimalText.ts";

const dataset = datasetModels(NOTABLE_MODELS);
const en = computeOptimalStrings(translator("en"));
const zh = computeOptimalStrings(translator("zh"));
const view = computeOptimalView(COMPUTE_OPTIMAL_DEFAULTS, dataset);
const kaplan = { flops: 1e24, rule: "kaplan2020" } as const;

describe("compute-optimal text", () => {
  it("optimumReadout gives Chinchilla's allocation at Gopher's budget: 67.9B parameters, 20.8 tokens per parameter (679亿 in Chinese)", () => {
    const items = optimumReadout(en, "en", view);
    expect(items.map((i) => i.testid)).toEqual(["compute-optimal-params", "compute-optimal-tokens", "compute-optimal-ratio", "compute-optimal-loss"]);
    expect(items[0]).toMatchObject({ label: en.params, value: "67.9B" });
    expect(items[2].value).toBe("20.8");
    expect(items[3].value).toBe("1.937");
    expect(optimumReadout(zh, "zh", view)[0].value).toBe("679亿");
  });

  it("fitDisagrees is true when the loss fit's valley is more than 0.05 decade from the rule's optimum, false when they meet", () => {
    expect(fitDisagrees(view)).toBe(true);
    const at = (ratio: number) => ({ optimum: { ...view.optimum, params: 1e10 }, fitMinimum: { ...view.fitMinimum, params: 1e10 * ratio } });
    expect(fitDisagrees(at(1))).toBe(false);
    expect(fitDisagrees(at(10 ** 0.04))).toBe(false);
    expect(fitDisagrees(at(10 ** -0.06))).toBe(true);
  });

  it("isoLegend names the chosen budget and shows the fit's minimum only when it is apart from the optimum; the fit note follows it", () => {
    const apart = isoLegend(en, "en", COMPUTE_OPTIMAL_DEFAULTS.flops, view);
    expect(apart.filter(Boolean).map((i) => i && i.swatch)).toEqual(["line", "dot", "ring"]);
    expect(apart[0]).toMatchObject({ label: expect.stringContaining("10²³") });
    const together = { ...view, fitMinimum: view.optimum };
    expect(isoLegend(en, "en", COMPUTE_OPTIMAL_DEFAULTS.flops, together)[2]).toBe(false);
    expect(computeOptimalSentences(en, "en", COMPUTE_OPTIMAL_DEFAULTS, together).fitNote).toBeNull();
    expect(computeOptimalSentences(en, "en", COMPUTE_OPTIMAL_DEFAULTS, view).fitNote).toContain("32.2B");
  });

  it("modelsLegend lists the lines, the three verdicts and the mixture-of-experts ring, each with a label", () => {
    const items = modelsLegend(zh);
    expect(items.map((i) => i.swatch)).toEqual(["line", "dash", "star", "dotted", "dot", "dot", "dot", "hollow"]);
    expect(items.every((i) => typeof i.label === "string" && i.label.length > 0)).toBe(true);
  });

  it("computeOptimalSentences counts over- and under-trained models from the verdicts, and names the rule in the reader's language", () => {
    const v = computeOptimalView(kaplan, dataset);
    const s = computeOptimalSentences(en, "en", kaplan, v);
    const points = v.models.models;
    const over = points.filter((m) => m.verdict === "over").length;
    const under = points.filter((m) => m.verdict === "under").length;
    expect(s.counts).toBe(en.counts.replace("{over}", String(over)).replace("{total}", String(points.length)).replace("{under}", String(under)));
    expect(s.optimum).toContain(en.rules.kaplan2020);
    expect(computeOptimalSentences(zh, "zh", kaplan, v).optimum).toContain(zh.rules.kaplan2020);
  });

  it("computeOptimalTables lists every fifth point of the chosen curve, each with the tokens its budget buys (C = 6ND), and every model", () => {
    const v = computeOptimalView({ ...kaplan, rule: "hoffmann2022Approach3" }, dataset);
    const [iso] = computeOptimalTables(en, "en", 1e24, v);
    const [, models] = computeOptimalTables(en, "en", COMPUTE_OPTIMAL_DEFAULTS.flops, view);
    const chosen = v.iso.curves.find((c) => c.chosen)!.points;
    expect(iso.summary).toBe(`${en.dataTable}: ${en.isoTitle}`);
    expect(iso.rows).toHaveLength(13);
    expect(iso.rows.every((r) => r[0] === "10²⁴")).toBe(true);
    expect(iso.rows.map((r) => r[1])).toEqual(chosen.filter((_, i) => i % 5 === 0).map((p) => formatCount(p.params, "en")));
    expect(iso.rows[0][2]).toBe(formatCount(1e24 / (6 * chosen[0].params), "en"));
    expect(models.rows).toHaveLength(dataset.length);
    expect(models.rows.find((r) => r[0] === "Chinchilla")).toEqual(["Chinchilla", "70B", "1.4T", "20", "1.46T", en.verdicts.near]);
    expect(models.rows.some((r) => r[1].endsWith(" (MoE)"))).toBe(true);
    expect(computeOptimalTables(zh, "zh", 1e24, view)[1].summary).toBe(`${zh.dataTable}：${zh.modelsTitle}`);
  });

  it("the chart options name fewer models below 480 px, and describe the budget shown", () => {
    expect(modelsChartOptions(en, "en", 340).labelled).toBe(LABELLED_NARROW);
    expect(modelsChartOptions(en, "en", 640).labelled).toBe(LABELLED_WIDE);
    const iso = isoChartOptions(en, "en", COMPUTE_OPTIMAL_DEFAULTS.flops, view, 640);
    expect(iso.optimumLabel).toBe("67.9B");
    expect(iso.description).toContain("5.76 × 10²³");
    for (const rule of RULES) expect(en.rules[rule]).toBeTruthy();
  });
});
