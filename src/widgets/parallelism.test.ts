import { describe, expect, it } from "vitest";
import { parallelLayout } from "../lib/scaling/index.ts";
import { readState } from "./urlState.ts";
import {
  PARALLELISM_DEFAULTS as D, PARALLELISM_FIELDS, PARALLELISM_ID, layoutOptions, mismatch, parallelismCode, parallelismTex, parallelismView, reasons, stepParts,
} from "./parallelism.ts";
import { mismatchText, reasonText, type ParallelismStrings } from "./parallelismText.ts";
import en from "../i18n/en.json" with { type: "json" };
import zh from "../i18n/zh.json" with { type: "json" };

const words = (dict: Record<string, string>) =>
  Object.fromEntries(Object.entries(dict).filter(([k]) => k.startsWith("parallelism.")).map(([k, v]) => [k.slice("parallelism.".length), v])) as unknown as ParallelismStrings;

describe("parallelism widget", () => {
  it("parallelismView(defaults) is Llama 3.1 405B on 16,384 H100s (TP 8, PP 16, DP 128, 16 micro-batches of 8,192 tokens): it fits, 16.8M tokens a step, bubble 15/31, MFU near Meta's 41%", () => {
    expect(D.gpus).toBe(D.dp * D.tp * D.pp);
    const v = parallelismView(D);
    expect(v.failed).toBe(false);
    expect(v.mismatch).toBeNull();
    expect(v.layout.fits).toBe(true);
    expect(v.layout.tokensPerStep).toBe(16 * 8_192 * 128);
    expect(v.layout.bubble).toBeCloseTo(15 / 31, 12);
    expect(v.layout.mfu).toBeGreaterThan(0.36);
    expect(v.layout.mfu).toBeLessThan(0.48);
    expect(v.shape).toEqual({ layers: 126, heads: 128 });
  });
  it("parallelismView(state) charts exactly what parallelLayout returns: memory parts add to the total, step parts add to the step time", () => {
    for (const state of [D, { ...D, zero: "3" as const, recompute: "full" as const }, { ...D, model: "llama-2-7b", gpus: 64, dp: 8, tp: 8, pp: 1, microBatches: 1 }]) {
      const v = parallelismView(state);
      const l = parallelLayout(layoutOptions(state));
      expect(v.layout).toEqual(l);
      expect(v.chart.memory.reduce((s, m) => s + m.bytes, 0)).toBeCloseTo(l.memory.totalBytes, 0);
      expect(v.chart.step.reduce((s, m) => s + m.seconds, 0)).toBeCloseTo(l.stepSeconds, 9);
      expect(v.chart.deviceBytes).toBe(80e9);
    }
  });
  it("stepParts(layout) shows a data-parallel excess only when the gradient sync outlasts the compute", () => {
    const slow = parallelLayout({ ...layoutOptions(D), config: undefined, params: 70e9, devices: 1_024, dp: 1_024, tp: 1, pp: 1, microBatches: 1, networkBytesPerSecond: 1e9 });
    expect(stepParts(slow).find((p) => p.part === "dp")!.seconds).toBeCloseTo(slow.communication.dp.seconds - slow.computeSeconds, 9);
    expect(stepParts(parallelismView(D).layout).find((p) => p.part === "dp")!.seconds).toBe(0);
  });
  it("parallelismView(state) with dp·tp·pp ≠ GPUs shows the default layout and says which DP would fit (the module would throw a RangeError)", () => {
    const state = { ...D, dp: 64 };
    expect(() => parallelLayout(layoutOptions(state))).toThrow(RangeError);
    const v = parallelismView(state);
    expect(v.failed).toBe(true);
    expect(v.mismatch).toEqual({ product: 8_192, gpus: 16_384, dp: 128 });
    expect(v.layout).toEqual(parallelismView(D).layout);
    expect(mismatch({ gpus: 100, dp: 1, tp: 8, pp: 16 })).toEqual({ product: 128, gpus: 100, dp: null });
    expect(mismatch({ gpus: 64, dp: 1, tp: 8, pp: 16 })!.dp).toBeNull();
  });
  it("mismatchText says the product in the reader's language, and what to do when no whole DP works", () => {
    expect(mismatchText(words(en), "en", { ...D, dp: 64 }, mismatch({ ...D, dp: 64 })!)).toBe(
      "DP × TP × PP = 64 × 8 × 16 = 8,192 GPUs, but the GPU count is 16,384: every GPU must hold exactly one piece of the layout.",
    );
    const zhText = mismatchText(words(zh), "zh", { ...D, gpus: 1_000 }, mismatch({ ...D, gpus: 1_000 })!);
    expect(zhText).toContain("GPU 总数是 1,000");
    expect(zhText).toContain("TP × PP = 128 的整数倍");
  });
  it("a state the module refuses (micro-batch not whole sequences of GPT-2's 1,024) falls back to the default with failed: true", () => {
    const v = parallelismView({ ...D, model: "gpt2", gpus: 8, dp: 8, tp: 1, pp: 1, microBatchTokens: 1_500 });
    expect(v.failed).toBe(true);
    expect(v.mismatch).toBeNull();
    expect(v.layout.tokensPerStep).toBe(parallelismView(D).layout.tokensPerStep);
  });
  it("reasons(reason) reads the module's reasons so they can be said in Chinese; an unknown one stays as the module wrote it", () => {
    const l = parallelLayout({ ...layoutOptions({ ...D, model: "llama-2-7b" }), devices: 3 * 64, dp: 1, tp: 3, pp: 64 });
    expect(reasons(l.reason)).toEqual([{ kind: "heads", tp: 3, heads: 32 }, { kind: "layers", pp: 64, layers: 32 }]);
    const big = parallelismView({ ...D, gpus: 128, dp: 1 });
    expect(big.reasons).toHaveLength(1);
    expect(big.reasons[0].kind).toBe("memory");
    expect(reasonText(words(zh), "zh", "H100", big.reasons[0])).toMatch(/^放不下：每张 GPU 需要 [\d,.]+ GB，而 H100 只有 80 GB。$/);
    expect(reasons("something new")).toEqual([{ kind: "other", text: "something new" }]);
    expect(reasons(null)).toEqual([]);
    const close = parallelismView({ ...D, gpus: 8_192, dp: 64 });
    expect(reasonText(words(en), "en", "H100", close.reasons[0])).toBe("It does not fit: it needs 80.05 GB per GPU, and the H100 has 80 GB.");
  });
  it("a custom model has parameters only: no activations, no TP traffic, no shape", () => {
    const v = parallelismView({ ...D, model: "custom", params: 7e9, gpus: 8, dp: 8, tp: 1, pp: 1 });
    expect(v.layout.memory.activationsBytes).toBe(0);
    expect(v.shape).toBeNull();
    expect(v.params).toBe(7e9);
  });
  it("the URL fields reject 0, negatives, fractions, NaN and Infinity for the degrees, and unknown models", () => {
    for (const bad of ["0", "-8", "1.5", "NaN", "Infinity", "abc"]) {
      for (const key of ["gpus", "dp", "tp", "pp", "m"]) {
        const { state, fallbacks } = readState(`?${PARALLELISM_ID}.${key}=${bad}`, PARALLELISM_ID, PARALLELISM_FIELDS);
        expect(fallbacks).toEqual([{ field: key, value: bad }]);
        expect(state).toEqual(D);
      }
    }
    expect(readState(`?parallelism.model=gpt-9`, PARALLELISM_ID, PARALLELISM_FIELDS).fallbacks).toHaveLength(1);
    expect(readState(`?parallelism.zero=4`, PARALLELISM_ID, PARALLELISM_FIELDS).fallbacks).toHaveLength(1);
    expect(readState(`?parallelism.dp=64&parallelism.gpus=8192`, PARALLELISM_ID, PARALLELISM_FIELDS).state).toMatchObject({ dp: 64, gpus: 8_192 });
  });
  it("parallelismTex and parallelismCode carry the reader's layout; the code reproduces the readouts", () => {
    const state = { ...D, zero: "3" as const };
    const tex = parallelismTex(state);
    expect(tex).toContain("\\frac{15}{31}");
    expect(tex).toContain("2\\,\\Psi/(8\\cdot16)/128");
    expect(parallelismTex({ ...D, dp: 3 })).toBe("\\text{—}");
    const code = parallelismCode(state);
    expect(code).toMatch(/^scaling\.parallelLayout\(\{ config: \{/);
    const options = new Function("scaling", `return ${code.replace(/^scaling\.parallelLayout\(/, "(").replace(/\)$/, ")")}`)({});
    expect(parallelLayout(options)).toEqual(parallelLayout(layoutOptions(state)));
    expect(parallelismCode({ ...D, model: "custom", params: 7e9 })).toContain("params: 7e9");
  });
});
