import { describe, expect, it } from "vitest";
import * as scaling from "../lib/scaling/index.ts";
import { ALLOCATIONS, FITS, computeOptimal } from "../lib/scaling/index.ts";
import { NOTABLE_MODELS } from "../data/notableModels.ts";
import { readState } from "./urlState.ts";
import { fromSlider, toSlider } from "./logSlider.ts";
import {
  COMPUTE_OPTIMAL_DEFAULTS,
  COMPUTE_OPTIMAL_FIELDS,
  COMPUTE_OPTIMAL_ID,
  FLOPS_RANGE,
  GOPHER_FLOPS,
  RULES,
  computeOptimalCode,
  computeOptimalTex,
  computeOptimalView,
  datasetModels,
} from "./computeOptimal.ts";

const dataset = datasetModels(NOTABLE_MODELS);

describe("computeOptimal widget", () => {
  it("defaults to Gopher's budget, 5.76e23 FLOPs, with Chinchilla Approach 1", () => {
    expect(COMPUTE_OPTIMAL_DEFAULTS).toEqual({ flops: 5.76e23, rule: "hoffmann2022Approach1" });
    expect(GOPHER_FLOPS).toBe(5.76e23);
    expect(Object.keys(ALLOCATIONS)).toEqual(expect.arrayContaining([...RULES]));
  });

  it("computeOptimalView(state) reads the optimum from scaling.computeOptimal: ≈ 68B parameters, 1.4T tokens, ≈ 20.8 tokens per parameter", () => {
    const view = computeOptimalView(COMPUTE_OPTIMAL_DEFAULTS, dataset);
    expect(view.failed).toBe(false);
    expect(view.optimum).toEqual(computeOptimal(5.76e23, "hoffmann2022Approach1"));
    expect(view.optimum.params).toBeCloseTo(6.79e10, -8);
    expect(view.optimum.tokens).toBeCloseTo(1.41e12, -10);
    expect(view.optimum.tokensPerParam).toBeCloseTo(20.8, 1);
    expect(view.optimum.loss).toBeCloseTo(1.937, 3);
    // The curves are the rule's loss fit (Hoffmann et al.'s printed constants), whose own valley is at ≈ 32B.
    expect(view.fitMinimum).toEqual(computeOptimal(5.76e23, FITS.hoffmann2022));
    expect(view.fitMinimum.params).toBeCloseTo(3.22e10, -8);
  });

  it("computeOptimalView(state) draws five isoFLOP curves a decade apart, each point spending its budget; the chosen one reaches the optimum and the valley", () => {
    for (const rule of RULES) {
      const view = computeOptimalView({ flops: 1e24, rule }, dataset);
      expect(view.iso.curves.map((c) => c.flops / 1e24)).toEqual([0.01, 0.1, 1, 10, 100].map((k) => expect.closeTo(k, 12)));
      const chosen = view.iso.curves.find((c) => c.chosen)!;
      const params = chosen.points.map((p) => p.params);
      expect(Math.min(...params)).toBeLessThan(Math.min(view.optimum.params, view.fitMinimum.params));
      expect(Math.max(...params)).toBeGreaterThan(Math.max(view.optimum.params, view.fitMinimum.params));
      for (const c of view.iso.curves) {
        for (const p of c.points) expect(scaling.predictLoss(p.params, c.flops / (6 * p.params), ALLOCATIONS[rule].lossFit)).toBeCloseTo(p.loss, 12);
      }
    }
  });

  it("computeOptimalView(state) has no NaN or Infinity for every rule at both ends of the budget range", () => {
    for (const rule of RULES) {
      for (const flops of [FLOPS_RANGE.min, 3.14e23, FLOPS_RANGE.max]) {
        const view = computeOptimalView({ flops, rule }, dataset);
        const numbers = [
          ...Object.values(view.optimum),
          ...Object.values(view.fitMinimum),
          ...view.iso.curves.flatMap((c) => c.points.flatMap((p) => [p.params, p.loss])),
          ...view.models.line.flatMap((p) => [p.params, p.tokens]),
          ...view.models.models.flatMap((m) => [m.optimalTokens, m.tokensPerParam]),
        ];
        expect(numbers.every(Number.isFinite)).toBe(true);
      }
    }
  });

  it("datasetModels(NOTABLE_MODELS) keeps models with parameters and tokens, mixtures of experts at their active parameters", () => {
    expect(dataset.length).toBeGreaterThan(20);
    expect(dataset.find((m) => m.id === "gpt-4")).toBeUndefined();
    const v3 = dataset.find((m) => m.id === "deepseek-v3")!;
    expect(v3).toMatchObject({ params: 37e9, tokens: 14.8e12, moe: true });
    expect(dataset.find((m) => m.id === "chinchilla")).toMatchObject({ params: 70e9, tokens: 1.4e12, moe: false });
  });

  it("computeOptimalView(state) calls Chinchilla near-optimal, GPT-3 under-trained and Llama 3 70B over-trained against Approach 1", () => {
    const { models } = computeOptimalView(COMPUTE_OPTIMAL_DEFAULTS, dataset).models;
    const verdict = (id: string) => models.find((m) => m.id === id)!.verdict;
    expect(verdict("chinchilla")).toBe("near");
    expect(verdict("gpt-3")).toBe("under");
    expect(verdict("gopher")).toBe("under");
    expect(verdict("llama-3-70b")).toBe("over");
    const gpt3 = models.find((m) => m.id === "gpt-3")!;
    expect(gpt3.optimalTokens).toBeCloseTo(scaling.optimalForParams(175e9, "hoffmann2022Approach1").tokens, 0);
    expect(gpt3.tokensPerParam).toBeCloseTo(300 / 175, 12);
  });

  it("the URL fields read 3.14e23 and a rule's name, and reject 0, negative, NaN, Infinity, out-of-range budgets and unknown rules", () => {
    const read = (q: string) => readState(q, COMPUTE_OPTIMAL_ID, COMPUTE_OPTIMAL_FIELDS);
    expect(read("?compute-optimal.c=3.14e23&compute-optimal.rule=kaplan2020").state).toEqual({ flops: 3.14e23, rule: "kaplan2020" });
    for (const bad of ["0", "-1e23", "NaN", "Infinity", "1e17", "1e28", "abc"]) {
      const { state, fallbacks } = read(`?compute-optimal.c=${bad}`);
      expect(state.flops).toBe(5.76e23);
      expect(fallbacks).toEqual([{ field: "c", value: bad }]);
    }
    const { state, fallbacks } = read("?compute-optimal.rule=hoffmann2022");
    expect(state.rule).toBe("hoffmann2022Approach1");
    expect(fallbacks).toHaveLength(1);
    expect(COMPUTE_OPTIMAL_FIELDS.flops.parse(COMPUTE_OPTIMAL_FIELDS.flops.format(5.76e23))).toBe(5.76e23);
  });

  it("the budget slider covers 10¹⁸ to 10²⁷ FLOPs and lands on round numbers", () => {
    expect(fromSlider(toSlider(1e18, FLOPS_RANGE), FLOPS_RANGE)).toBe(1e18);
    expect(fromSlider(toSlider(1e27, FLOPS_RANGE), FLOPS_RANGE)).toBe(1e27);
  });

  it("computeOptimalView(state) falls back to the default view, flagged, when the module rejects the state", () => {
    const view = computeOptimalView({ flops: NaN, rule: "kaplan2020" }, dataset);
    expect(view.failed).toBe(true);
    expect(view.optimum).toEqual(computeOptimal(5.76e23, "hoffmann2022Approach1"));
  });

  it("computeOptimalCode(state) is a call that reproduces the readouts; computeOptimalTex(state) substitutes the values", () => {
    const state = { flops: 3.14e23, rule: "besiroglu2024" as const };
    const code = computeOptimalCode(state);
    expect(code).toBe('scaling.computeOptimal(3.14e23, "besiroglu2024")');
    expect(new Function("scaling", `return ${code}`)(scaling)).toEqual(computeOptimalView(state, dataset).optimum);
    const tex = computeOptimalTex(COMPUTE_OPTIMAL_DEFAULTS);
    expect(tex).toContain("5.76 \\times 10^{23}");
    expect(tex).toContain("6.79 \\times 10^{10}");
    expect(tex).toContain("1.9371");
  });
});
