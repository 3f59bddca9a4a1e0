import { describe, expect, it } from "vitest";
import { decodeCriticalBatch, decodeStep, matmulCost, matmulIntensity, ridgePoint } from "../lib/scaling/index.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import { readState, writeState } from "./urlState.ts";
import {
  attentionLayer, chartData, formatSeconds, precisionsFor, ROOFLINE_DEFAULTS, ROOFLINE_FIELDS, ROOFLINE_ID, rooflineChartLabels, rooflineCode, rooflineTex, rooflineView, withAccelerator,
  type RooflineState,
} from "./roofline.ts";

const at = (over: Partial<RooflineState>): RooflineState => ({ ...ROOFLINE_DEFAULTS, ...over });
const words = { pointDecode: "batch {batch}: {fraction} of peak", pointOther: "{fraction} of peak", ridgeLabel: "ridge {ridge}", computeLabel: "peak {peak} TFLOP/s", memoryLabel: "{bandwidth} TB/s" };

describe("roofline widget", () => {
  it("the default state is Llama 3 8B decoding at batch 1 on an H100 in bf16, with an empty query", () => {
    expect(ROOFLINE_DEFAULTS).toMatchObject({ op: "decode", accelerator: "H100", precision: "bf16", model: "llama-3-8b", batch: 1, context: 4096 });
    expect(writeState("", ROOFLINE_ID, ROOFLINE_FIELDS, ROOFLINE_DEFAULTS)).toBe("");
  });
  it("decoding at batch 1 is memory-bound at about 1 FLOP per byte, a third of a percent of an H100's peak", () => {
    const view = rooflineView(ROOFLINE_DEFAULTS);
    const step = decodeStep({ config: MODEL_CONFIGS["llama-3-8b"].config, batch: 1, contextTokens: 4096, accelerator: "H100", precision: "bf16" });
    expect(view.failed).toBe(false);
    expect(view.bound).toBe("memory");
    expect(view.intensity).toBeCloseTo(step.intensity, 12);
    expect(view.seconds).toBe(step.seconds);
    expect(view.fractionOfPeak).toBeCloseTo(view.intensity / view.ridge, 12);
    expect(view.fractionOfPeak).toBeLessThan(0.005);
    expect(view.decode!.criticalBatch).toBe(decodeCriticalBatch("H100", "bf16"));
  });
  it("a bigger decoding batch raises the intensity but the KV cache keeps a 4,096-token context memory-bound", () => {
    const small = rooflineView(at({ batch: 1 }));
    const big = rooflineView(at({ batch: 1024 }));
    expect(big.intensity).toBeGreaterThan(20 * small.intensity);
    expect(big.bound).toBe("memory");
    expect(rooflineView(at({ batch: 1024, context: 1 })).bound).toBe("compute");
  });
  it("a training-sized matmul (4,096 tokens × 4,096 × 14,336) is compute-bound at matmulIntensity, 1,792 FLOPs per byte", () => {
    const view = rooflineView(at({ op: "matmul" }));
    expect(view.intensity).toBeCloseTo(matmulIntensity({ m: 4096, k: 4096, n: 14336, bytesPerElement: 2 }), 9);
    expect(view.intensity).toBeCloseTo(1792, 9);
    expect(view.bound).toBe("compute");
    expect(view.fractionOfPeak).toBe(1);
    expect(view.computeSeconds).toBeCloseTo((2 * 4096 * 4096 * 14336) / view.peak, 15);
  });
  it("a matmul's FLOPs and bytes are matmulCost's, so the chart's point is the module's intensity", () => {
    const view = rooflineView(at({ op: "matmul", m: 8, precision: "fp8" }));
    const cost = matmulCost({ m: 8, k: 4096, n: 14336, bytesPerElement: 1 });
    expect(view).toMatchObject({ flops: cost.flops, bytes: cost.bytes, intensity: cost.flopsPerByte });
    expect(view.chart.point.x).toBe(cost.flopsPerByte);
  });
  it("the shape and length fields show seven significant digits, so 14,336 is not rounded to 14.3K in the text box", () => {
    for (const name of ["m", "k", "n", "batch", "context", "queries"] as const) {
      expect(ROOFLINE_FIELDS[name].control).toMatchObject({ kind: "quantity", digits: 7 });
    }
  });
  it("a matmul with m = 1 (a matrix–vector product) has intensity about 1 in bf16, How to Scale Your Model's 'intensity ≈ batch'", () => {
    expect(rooflineView(at({ op: "matmul", m: 1 })).intensity).toBeCloseTo(1, 3);
    expect(rooflineView(at({ op: "matmul", m: 240, k: 8192, n: 8192 })).intensity).toBeCloseTo(240 * 8192 / (240 + 8192 + 240), 6);
  });
  it("attention is compute-bound in prefill and memory-bound with one query (decoding), whatever the chip", () => {
    expect(rooflineView(at({ op: "attention", queries: 4096, context: 4096 })).bound).toBe("compute");
    const one = rooflineView(at({ op: "attention", queries: 1 }));
    expect(one.bound).toBe("memory");
    // Llama 3 8B: 32 query heads share 8 KV heads, so one query does 2 × 4 FLOPs per 2-byte cached value pair: intensity ≈ 4.
    expect(one.intensity).toBeCloseTo(4, 1);
  });
  it("attentionLayer refuses more queries than context tokens, naming queries", () => {
    expect(() => attentionLayer("llama-3-8b", 8192, 4096, "bf16")).toThrow(/invalid queries: 8192/);
    expect(rooflineView(at({ op: "attention", queries: 8192, context: 4096 })).failed).toBe(true);
  });
  it("a format the chip has no peak for (fp8 on an A100) shows the default, failed", () => {
    const view = rooflineView(at({ accelerator: "A100", precision: "fp8" }));
    expect(view.failed).toBe(true);
    expect(view.intensity).toBe(rooflineView(ROOFLINE_DEFAULTS).intensity);
  });
  it("precisionsFor lists only formats with a peak; withAccelerator falls back to bf16 when the new chip lacks the format", () => {
    expect(precisionsFor("A100")).not.toContain("fp8");
    expect(precisionsFor("H100")).toEqual(["fp32", "fp16", "bf16", "fp8", "int8"]);
    expect(withAccelerator(at({ accelerator: "H100", precision: "fp8" }), "A100").precision).toBe("bf16");
    expect(withAccelerator(at({ accelerator: "H100", precision: "fp8" }), "B200").precision).toBe("fp8");
  });
  it("the ridge is ridgePoint(accelerator, precision): about 295 for an H100 in bf16, twice that in fp8", () => {
    expect(rooflineView(ROOFLINE_DEFAULTS).ridge).toBe(ridgePoint("H100", "bf16"));
    expect(rooflineView(ROOFLINE_DEFAULTS).ridge).toBeCloseTo(295.4, 1);
    expect(rooflineView(at({ precision: "fp8" })).ridge).toBeCloseTo(2 * ridgePoint("H100", "bf16"), 6);
  });
  it("chartData puts the point on the roof, the ridge at the corner, and spans a decade beyond both", () => {
    const c = chartData(1, 1e15, 1e12, 1000);
    expect(c.point).toEqual({ x: 1, y: 1e12 });
    expect(c.ridge).toEqual({ x: 1000, y: 1e15 });
    expect(c.roof.map((p) => p.x)).toEqual([0.1, 1000, 1e4]);
    expect(chartData(1e5, 1e15, 1e12, 1000).point.y).toBe(1e15);
  });
  it("readState falls back and reports malformed or out-of-range values (0, negative, NaN, Infinity, non-integer, unknown chip)", () => {
    for (const bad of ["0", "-5", "NaN", "Infinity", "2.5", "abc"]) {
      const { state, fallbacks } = readState(`?roofline.b=${bad}`, ROOFLINE_ID, ROOFLINE_FIELDS);
      expect(state.batch).toBe(1);
      expect(fallbacks.length).toBe(1);
    }
    const { state, fallbacks } = readState("?roofline.hw=Z9000&roofline.op=matmul&roofline.m=1e3", ROOFLINE_ID, ROOFLINE_FIELDS);
    expect(state).toMatchObject({ accelerator: "H100", op: "matmul", m: 1000 });
    expect(fallbacks).toEqual([{ field: "hw", value: "Z9000" }]);
  });
  it("rooflineTex shows the ridge and the time; rooflineCode calls the module with the state's numbers", () => {
    expect(rooflineTex(ROOFLINE_DEFAULTS)).toContain("I^{*}");
    expect(rooflineTex(at({ op: "matmul" }))).toContain("2 \\times 4096 \\times 4096 \\times 14336");
    expect(rooflineCode(at({ op: "matmul", m: 8 }))).toContain("scaling.matmulIntensity({ m: 8, k: 4096, n: 14336, bytesPerElement: 2 })");
    expect(rooflineCode(ROOFLINE_DEFAULTS, "why")).toMatch(/^\/\/ why\nconfig = \(\{.*\}\)\nscaling\.decodeStep\(\{ config, batch: 1, contextTokens: 4096, accelerator: "H100", precision: "bf16" \}\)$/);
    expect(rooflineCode(at({ op: "attention" }))).toContain("scaling.attentionFlopsPerToken(config, 4096 - (4096 - 1) / 2) / 32");
  });
  it("rooflineChartLabels fills the labels with the view's numbers in the reader's language", () => {
    const view = rooflineView(ROOFLINE_DEFAULTS);
    const en = rooflineChartLabels(ROOFLINE_DEFAULTS, view, words, "en");
    expect(en).toEqual({ pointLabel: "batch 1: 0.33% of peak", ridgeLabel: "ridge 295", computeLabel: "peak 990 TFLOP/s", memoryLabel: "3.35 TB/s" });
    expect(rooflineChartLabels(at({ op: "matmul" }), rooflineView(at({ op: "matmul" })), words, "en").pointLabel).toBe("100% of peak");
  });
  it("formatSeconds picks µs, ms or s", () => {
    expect(formatSeconds(5e-6, "en")).toBe("5 µs");
    expect(formatSeconds(4.95e-3, "en")).toBe("4.95 ms");
    expect(formatSeconds(12, "en")).toBe("12 s");
  });
});
