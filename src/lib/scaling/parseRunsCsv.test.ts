import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseRunsCsv } from "./parseRunsCsv.ts";

describe("parseRunsCsv", () => {
  it("parseRunsCsv(text) derives tokens = FLOPs / (6 · params) from the replication's columns", () => {
    const text = "x,Model Size,Training FLOP,loss\n1,1e9,6e19,3.0\r\n2,2e9,1.2e21,2.5\n";
    expect(parseRunsCsv(text)).toEqual([
      { params: 1e9, tokens: 1e10, loss: 3 },
      { params: 2e9, tokens: 1e11, loss: 2.5 },
    ]);
  });
  it("parseRunsCsv(text) reads a tokens column directly", () => {
    expect(parseRunsCsv("params,tokens,loss\n1e9,2e10,2.9")).toEqual([{ params: 1e9, tokens: 2e10, loss: 2.9 }]);
  });
  it("parseRunsCsv(text) skips rows with missing or non-positive values, and returns [] for empty text", () => {
    expect(parseRunsCsv("params,tokens,loss\n1e9,,2.9\n0,1e9,2\nabc,1e9,2\n1e9,1e9,3")).toEqual([{ params: 1e9, tokens: 1e9, loss: 3 }]);
    expect(parseRunsCsv("")).toEqual([]);
  });
  it("parseRunsCsv(text) throws a RangeError naming the missing columns", () => {
    expect(() => parseRunsCsv("params,flops\n1,2")).toThrow(/^invalid text: .*missing column loss/);
    expect(() => parseRunsCsv("Model Size,loss\n1,2")).toThrow(/missing column tokens or flops/);
    expect(() => parseRunsCsv(42 as never)).toThrow(TypeError);
  });
  it("parseRunsCsv reads all 245 runs of content/data/chinchilla-figure4-runs.csv", () => {
    const runs = parseRunsCsv(readFileSync(new URL("../../../content/data/chinchilla-figure4-runs.csv", import.meta.url), "utf8"));
    expect(runs).toHaveLength(245);
    expect(Math.min(...runs.map((r) => r.params))).toBeCloseTo(57334197.4, 0); // replication notebook: min 5.73e7
    expect(Math.max(...runs.map((r) => r.tokens))).toBeCloseTo(317754489343.97, -3); // max 3.18e11 tokens
  });
});
