import { describe, expect, it } from "vitest";
import { trainingFlops } from "../lib/scaling/trainingFlops.ts";
import { NOTABLE_MODELS, NOTABLE_MODELS_DATE_RANGE, NotableModelSchema, NotableModelsSchema } from "./notableModels.ts";

const byId = (id: string) => {
  const m = NOTABLE_MODELS.find((x) => x.id === id);
  if (m === undefined) throw new Error(`no model ${id}`);
  return m;
};

describe("NOTABLE_MODELS", () => {
  it("NOTABLE_MODELS holds 40 or more models from 2018 on, the landmarks among them", () => {
    expect(NOTABLE_MODELS.length).toBeGreaterThanOrEqual(40);
    const ids = [
      "gpt-1", "bert-large", "gpt-2", "t5-11b", "gpt-3", "gopher", "chinchilla", "palm", "llama-65b", "llama-2-70b",
      "llama-3-70b", "llama-3.1-405b", "mixtral-8x7b", "qwen2-72b", "qwen2.5-72b", "qwen3-235b-a22b", "deepseek-v2",
      "deepseek-v3", "deepseek-r1", "glm-130b", "baichuan-2-13b", "yi-34b", "kimi-k2", "ernie-3-titan", "internlm-20b",
      "minimax-text-01", "mt-nlg", "bloom", "opt-175b", "falcon-180b", "gemma-7b", "phi-3-mini",
    ];
    for (const id of ids) expect(byId(id).id).toBe(id);
  });
  it("NOTABLE_MODELS represents Chinese labs well: 15 or more entries", () => {
    expect(NOTABLE_MODELS.filter((m) => m.country === "CN").length).toBeGreaterThanOrEqual(15);
  });
  it("NOTABLE_MODELS gives a source URL for every non-null number", () => {
    for (const m of NOTABLE_MODELS) {
      if (m.params !== null) expect(m.sources.params, m.id).toMatch(/^https:\/\//);
      if (m.activeParams !== null) expect(m.sources.activeParams, m.id).toMatch(/^https:\/\//);
      if (m.tokens !== null) expect(m.sources.tokens, m.id).toMatch(/^https:\/\//);
      if (m.computeMethod === "stated") expect(m.sources.compute, m.id).toMatch(/^https:\/\//);
      if (m.computeMethod === "6ND") {
        expect(m.sources.tokens, m.id).toBeDefined();
        expect(m.sources.activeParams ?? m.sources.params, m.id).toBeDefined();
      }
    }
  });
  it("NOTABLE_MODELS' 6ND computes equal trainingFlops(active ?? total, tokens)", () => {
    const sixND = NOTABLE_MODELS.filter((m) => m.computeMethod === "6ND");
    expect(sixND.length).toBeGreaterThan(20);
    for (const m of sixND) expect(m.compute, m.id).toBe(trainingFlops(m.activeParams ?? m.params ?? NaN, m.tokens ?? NaN));
  });
  it("NOTABLE_MODELS' stated computes agree with 6ND within 15% where both can be had", () => {
    for (const m of NOTABLE_MODELS.filter((x) => x.computeMethod === "stated" && x.params !== null && x.tokens !== null)) {
      const sixND = trainingFlops(m.activeParams ?? m.params!, m.tokens!);
      expect(Math.abs(m.compute! / sixND - 1), m.id).toBeLessThan(0.15);
    }
  });
  it("NOTABLE_MODELS' dates are YYYY-MM from 2018-01 to 2026-12, in order, and ids are unique", () => {
    const ids = new Set(NOTABLE_MODELS.map((m) => m.id));
    expect(ids.size).toBe(NOTABLE_MODELS.length);
    for (const [i, m] of NOTABLE_MODELS.entries()) {
      expect(m.date >= NOTABLE_MODELS_DATE_RANGE.min && m.date <= NOTABLE_MODELS_DATE_RANGE.max, m.id).toBe(true);
      if (i > 0) expect(m.date >= NOTABLE_MODELS[i - 1].date, m.id).toBe(true);
    }
  });
  it("NOTABLE_MODELS leaves undisclosed figures null: GPT-4's parameters, tokens and compute", () => {
    expect(byId("gpt-4")).toMatchObject({ params: null, tokens: null, compute: null, computeMethod: null });
  });
  it("NOTABLE_MODELS reproduces GPT-3's stated 3.14e23 FLOPs (Brown et al. 2020, Table D.1)", () => {
    expect(byId("gpt-3")).toMatchObject({ params: 175e9, tokens: 300e9, compute: 3.14e23, computeMethod: "stated" });
  });
  it("NOTABLE_MODELS gives MoE models active parameters below their total", () => {
    for (const m of NOTABLE_MODELS.filter((x) => x.architecture === "moe")) expect(m.activeParams!, m.id).toBeLessThan(m.params!);
  });
});

describe("NotableModelSchema", () => {
  const gpt3 = () => structuredClone(byId("gpt-3")) as Record<string, unknown> & { sources: Record<string, unknown> };
  it("NotableModelSchema rejects a number without a source", () => {
    const m = gpt3();
    delete m.sources.tokens;
    expect(NotableModelSchema.safeParse(m).success).toBe(false);
  });
  it("NotableModelSchema rejects a 6ND compute that is not 6·N·D", () => {
    expect(NotableModelSchema.safeParse({ ...byId("llama-2-70b"), compute: 8.5e23 }).success).toBe(false);
    expect(NotableModelSchema.safeParse(byId("llama-2-70b")).success).toBe(true);
  });
  it("NotableModelSchema rejects a missing compute when parameters and tokens are known", () => {
    expect(NotableModelSchema.safeParse({ ...byId("llama-2-70b"), compute: null, computeMethod: null }).success).toBe(false);
  });
  it("NotableModelSchema rejects dates out of range or malformed, and bad countries", () => {
    for (const date of ["2017-12", "2027-01", "2020-13", "2020-5"]) expect(NotableModelSchema.safeParse({ ...gpt3(), date }).success, date).toBe(false);
    expect(NotableModelSchema.safeParse({ ...gpt3(), country: "usa" }).success).toBe(false);
  });
  it("NotableModelSchema rejects negative, zero and NaN counts", () => {
    for (const params of [-1, 0, NaN]) expect(NotableModelSchema.safeParse({ ...gpt3(), params }).success).toBe(false);
  });
  it("NotableModelsSchema rejects duplicate ids", () => {
    expect(NotableModelsSchema.safeParse([byId("gpt-3"), byId("gpt-3")]).success).toBe(false);
  });
});
