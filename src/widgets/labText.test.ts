import { describe, expect, it } from "vitest";
import en from "../i18n/en.json" with { type: "json" };
import zh from "../i18n/zh.json" with { type: "json" };
import { backendSentence, errorMessage, estimateSentence, formatDuration, problemMessage, progressReadouts, sizeFitSentence, valleySentence, type LabWords } from "./labText.ts";

const words = (dict: Record<string, string>) =>
  Object.fromEntries(Object.entries(dict).filter(([k]) => k.startsWith("widget.lab.")).map(([k, v]) => [k.slice("widget.lab.".length), v])) as unknown as LabWords;
const EN = words(en);
const ZH = words(zh);

describe("formatDuration", () => {
  it("says hours and minutes as people do, in both languages", () => {
    expect(formatDuration(7800, "en")).toBe("2 h 10 min");
    expect(formatDuration(7800, "zh")).toBe("2 小时 10 分");
    expect(formatDuration(45, "en")).toBe("45 s");
    expect(formatDuration(45, "zh")).toBe("45 秒");
    expect(formatDuration(200, "en")).toBe("3 min 20 s");
    expect(formatDuration(3600, "en")).toBe("1 h");
  });

  it("drops seconds past ten minutes", () => {
    expect(formatDuration(15 * 60 + 7, "en")).toBe("15 min");
  });

  it("shows a dash for negative, NaN and infinite times", () => {
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) expect(formatDuration(bad, "en")).toBe("—");
    expect(formatDuration(0, "en")).toBe("0 s");
  });
});

describe("lab sentences", () => {
  it("gives the estimate with the number of runs", () => {
    expect(estimateSentence(7800, 6, EN, "en")).toContain("2 h 10 min");
    expect(estimateSentence(7800, 6, ZH, "zh")).toContain("2 小时 10 分");
  });

  it("explains an out-of-range width with the allowed range, in each language", () => {
    const p = { code: "width-out-of-range" as const, width: 4096, min: 8, max: 256 };
    expect(problemMessage(p, EN, "en")).toContain("4096");
    expect(problemMessage(p, EN, "en")).toContain("256");
    expect(problemMessage(p, ZH, "zh")).toContain("4096");
  });

  it("gives the estimated time in a too-slow message", () => {
    expect(problemMessage({ code: "too-slow", seconds: 7800, limit: 60 }, EN, "en")).toContain("2 h 10 min");
  });

  it("has a message for every worker fault", () => {
    for (const kind of ["no-backend", "memory", "corpus", "crash"] as const) {
      expect(errorMessage(kind, EN).length).toBeGreaterThan(10);
      expect(errorMessage(kind, ZH).length).toBeGreaterThan(5);
    }
  });

  it("names the backend and the ones that failed before it", () => {
    expect(backendSentence("wasm", [{ backend: "webgpu", reason: "no adapter" }], EN)).toMatch(/WebAssembly.*WebGPU/);
  });

  it("puts the reader's exponent next to Kaplan's", () => {
    const s = sizeFitSentence({ alpha: 0.21, alphaInterval: [0.15, 0.27], level: 0.9 }, EN, "en");
    expect(s).toContain("0.21");
    expect(s).toContain("0.076");
    expect(s).toContain("90%");
    expect(sizeFitSentence(null, EN, "en")).toBe(EN.sizeFitNone);
  });

  it("says when a valley's minimum is at an edge", () => {
    const v = { budget: 1e11, minimum: { params: 5e4, tokens: 3e5, loss: 2.1 }, tokensPerParam: 6, interior: false };
    const marked = { ...EN, valley: "VALLEY {ratio}", valleyEdge: "EDGE {ratio}" };
    expect(valleySentence(v, marked, "en")).toBe("EDGE 6");
    expect(valleySentence({ ...v, interior: true }, marked, "en")).toBe("VALLEY 6");
  });

  it("shows dashes where nothing is measured yet", () => {
    const r = progressReadouts({ fraction: 0, elapsedSeconds: 0, etaSeconds: null, tokensPerSecond: null, flopsPerSecond: null, mfu: null }, "en");
    expect(r.eta).toBe("—");
    expect(r.mfu).toBe("—");
  });
});
