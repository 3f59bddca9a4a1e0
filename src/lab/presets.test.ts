import { describe, expect, it } from "vitest";
import "@tensorflow/tfjs-backend-cpu";
import * as tf from "@tensorflow/tfjs-core";
import { countParams } from "../lib/scaling/index.ts";
import { gptParamCount, initGpt } from "./gpt.ts";
import { labModelConfig } from "./labModel.ts";
import { estimateRunSeconds, flopParams, headsFor, LAB_PRESETS, LAB_SPLIT_TOKENS_PER_PARAM, LAB_SPLIT_WIDTH_MIN, LAB_WIDTH_RANGE, labPeakRate, labPlan, labShape, type LabSettings } from "./presets.ts";

const settings = (over: Partial<LabSettings> = {}): LabSettings => ({ preset: "quick", experiment: "size", seed: 1, corpus: "en", ...over });

describe("LAB_PRESETS", () => {
  it("gives experiment 1 at least six sizes spanning at least 1.5 decades of non-embedding parameters", () => {
    for (const name of ["quick", "standard", "thorough"] as const) {
      const { runs } = labPlan(settings({ preset: name }));
      const ns = runs.map((r) => countParams(labModelConfig(r.spec.shape)).nonEmbedding);
      expect(ns.length).toBeGreaterThanOrEqual(6);
      expect(Math.log10(Math.max(...ns) / Math.min(...ns))).toBeGreaterThanOrEqual(1.5);
    }
  });

  it("fits each preset's experiments inside its time limit on the reference machine", () => {
    for (const name of ["quick", "standard", "thorough"] as const) {
      for (const experiment of ["size", "budget"] as const) {
        const plan = labPlan(settings({ preset: name, experiment }));
        expect(plan.problems, `${name} ${experiment}`).toEqual([]);
        expect(plan.estimatedSeconds).toBeLessThanOrEqual(LAB_PRESETS[name].maxSeconds);
      }
    }
  });

  it("gives experiment 2 two or three budgets of at least three splits each, at the budget's FLOPs", () => {
    for (const name of ["quick", "standard"] as const) {
      const { runs } = labPlan(settings({ preset: name, experiment: "budget" }));
      const groups = new Map<string, number>();
      for (const r of runs) {
        groups.set(r.group, (groups.get(r.group) ?? 0) + 1);
        expect(6 * flopParams(r.spec.shape) * r.spec.tokens / Number(r.group)).toBeCloseTo(1, 0);
      }
      expect(groups.size).toBeGreaterThanOrEqual(2);
      expect(groups.size).toBeLessThanOrEqual(3);
      for (const count of groups.values()) expect(count).toBeGreaterThanOrEqual(3);
    }
  });

  it("splits each budget log-evenly inside the bytes-per-parameter band, reaching far past Chinchilla's ~80 bytes", () => {
    for (const name of ["quick", "standard", "thorough"] as const) {
      const { runs } = labPlan(settings({ preset: name, experiment: "budget" }));
      for (const group of new Set(runs.map((r) => r.group))) {
        const split = runs.filter((r) => r.group === group);
        const ratios = split.map((r) => r.spec.tokens / flopParams(r.spec.shape));
        for (const r of split) expect(r.spec.shape.width).toBeGreaterThanOrEqual(LAB_SPLIT_WIDTH_MIN);
        // Whole steps move a ratio by a few per cent at most.
        const band = LAB_PRESETS[name].splitBand ?? LAB_SPLIT_TOKENS_PER_PARAM;
        for (const ratio of ratios) expect(ratio).toBeGreaterThan(band.min * 0.9);
        for (const ratio of ratios) expect(ratio).toBeLessThan(band.max * 1.1);
        // The narrowest model allowed, or already far past the ~80 bytes per parameter of Chinchilla's rule.
        expect(split[0].spec.shape.width === LAB_SPLIT_WIDTH_MIN || Math.max(...ratios) > 100, `${name} ${group}`).toBe(true);
        if (Number(group) === Math.max(...LAB_PRESETS[name].budgets)) expect(Math.max(...ratios), `${name} ${group}`).toBeGreaterThan(100);
        // Smallest model first, each step in ln N within a factor 2.5 of the mean step.
        const logN = split.map((r) => Math.log(flopParams(r.spec.shape)));
        const steps = logN.slice(1).map((x, i) => x - logN[i]);
        const mean = (logN.at(-1)! - logN[0]) / steps.length;
        for (const step of steps) expect(step).toBeGreaterThan(mean / 2.5);
        for (const step of steps) expect(step).toBeLessThan(mean * 2.5);
      }
    }
  });
});

describe("labPlan(settings)", () => {
  it("trains every size on the same whole number of steps at the preset's one rate, ids unique", () => {
    const { runs } = labPlan(settings({ preset: "standard" }));
    expect(new Set(runs.map((r) => r.id)).size).toBe(runs.length);
    for (const r of runs) {
      expect(r.spec.tokens).toBe(runs[0].spec.tokens);
      expect(r.spec.tokens % (r.spec.batch * r.spec.shape.context)).toBe(0);
      expect(r.spec.shape.width % r.spec.shape.heads).toBe(0);
    }
    expect(new Set(runs.map((r) => r.spec.peakRate))).toEqual(new Set([LAB_PRESETS.standard.peakRate]));
  });

  it("uses the reader's widths, sorted and without repeats, and reports the ones out of range", () => {
    const plan = labPlan(settings({ widths: [32, 16, 16, 0, -8, NaN, Infinity, 12.5, 4096, 24] }));
    expect(plan.runs.map((r) => r.spec.shape.width)).toEqual([16, 24, 32]);
    const bad = plan.problems.filter((p) => p.code === "width-out-of-range").map((p) => (p as { width: number }).width);
    expect(bad).toEqual([0, -8, NaN, Infinity, 12.5, 4096]);
    expect(plan.problems).toContainEqual({ code: "width-out-of-range", width: 0, min: LAB_WIDTH_RANGE.min, max: LAB_WIDTH_RANGE.max });
  });

  it("asks for three sizes at least", () => {
    expect(labPlan(settings({ widths: [16, 32] })).problems).toContainEqual({ code: "too-few-sizes", count: 2, minimum: 3 });
    expect(labPlan(settings({ widths: [] })).problems).toContainEqual({ code: "too-few-sizes", count: 0, minimum: 3 });
  });

  it("reports budgets out of range or too small to train three models, with the smallest that would", () => {
    const plan = labPlan(settings({ experiment: "budget", budgets: [0, -1, NaN, Infinity, 1e20, 3e8] }));
    expect(plan.problems.filter((p) => p.code === "budget-out-of-range")).toHaveLength(5);
    const small = plan.problems.find((p) => p.code === "budget-too-small") as { budget: number; minimum: number };
    expect(small.budget).toBe(3e8);
    expect(small.minimum).toBeGreaterThan(3e8);
    expect(labPlan(settings({ experiment: "budget", budgets: [small.minimum * 1.01] })).problems.filter((p) => p.code === "budget-too-small")).toEqual([]);
    expect(plan.runs).toEqual([]);
  });

  it("flags a plan that would take longer than the preset's limit, with the estimate", () => {
    const plan = labPlan(settings({ widths: [128, 192, 256] }));
    const slow = plan.problems.find((p) => p.code === "too-slow") as { seconds: number; limit: number };
    expect(slow.seconds).toBe(plan.estimatedSeconds);
    expect(slow.limit).toBe(60);
  });

  it("throws for an unknown preset or experiment and a seed that is not a whole number", () => {
    expect(() => labPlan(settings({ preset: "huge" as never }))).toThrow(/invalid preset: huge/);
    expect(() => labPlan(settings({ preset: "toString" as never }))).toThrow(/invalid preset/);
    expect(() => labPlan(settings({ experiment: "speed" as never }))).toThrow(/invalid experiment: speed/);
    for (const seed of [1.5, NaN, Infinity]) expect(() => labPlan(settings({ seed }))).toThrow(/invalid seed/);
  });
});

describe("helpers", () => {
  it("picks heads that divide the width, of 16 dimensions where possible", () => {
    expect(headsFor(4)).toBe(1);
    expect(headsFor(6)).toBe(1);
    expect(headsFor(8)).toBe(1);
    expect(headsFor(64)).toBe(4);
    expect(headsFor(24)).toBe(1);
    for (let w = 4; w <= 256; w += 2) expect(w % headsFor(w)).toBe(0);
  });

  it("builds the narrowest split models (widths 4 and 6, one head) with exactly countParams(config).total scalars", async () => {
    await tf.setBackend("cpu");
    for (const width of [LAB_SPLIT_WIDTH_MIN, 6]) {
      const shape = labShape(width, LAB_PRESETS.quick);
      expect(shape.heads).toBe(1);
      const params = initGpt(shape, 1);
      expect(gptParamCount(params)).toBe(countParams(labModelConfig(shape)).total);
      tf.dispose(Object.values(params));
    }
  });

  it("gives longer estimates for more tokens and wider models", () => {
    const shape = { width: 32, layers: 2, heads: 2, context: 32 };
    expect(estimateRunSeconds(shape, 2e5, 16)).toBeGreaterThan(estimateRunSeconds(shape, 1e5, 16));
    expect(estimateRunSeconds({ ...shape, width: 64 }, 1e5, 16)).toBeGreaterThan(estimateRunSeconds(shape, 1e5, 16));
    for (const preset of Object.values(LAB_PRESETS)) expect(labPeakRate(preset)).toBeGreaterThan(0);
  });
});
