import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseRunsCsv } from "../lib/scaling/index.ts";
import { MAX_ROWS, dropHighestLoss, parseFitData } from "./fitData.ts";

const csv = readFileSync(new URL("../../content/data/chinchilla-figure4-runs.csv", import.meta.url), "utf8");

describe("parseFitData", () => {
  it("parseFitData(text) reads the Figure 4 CSV as the scaling module's parseRunsCsv does (245 runs)", () => {
    const result = parseFitData(csv);
    expect(result.ok).toBe(true);
    if (!result.ok || result.data.kind !== "runs") throw new Error("expected runs");
    const theirs = parseRunsCsv(csv);
    expect(result.data.runs).toHaveLength(245);
    expect(result.data.runs[0].params).toBeCloseTo(theirs[0].params, 0);
    expect(result.data.runs[0].tokens / theirs[0].tokens).toBeCloseTo(1, 12);
  });
  it("parseFitData(text) reads N, D, loss headers, tabs, semicolons, 70B-style numbers and no header", () => {
    const withHeader = parseFitData("N,D,loss\n70B,1.4T,1.94\n1e9,2e10,2.5");
    expect(withHeader).toEqual({ ok: true, data: { kind: "runs", runs: [{ params: 70e9, tokens: 1.4e12, loss: 1.94 }, { params: 1e9, tokens: 2e10, loss: 2.5 }] } });
    const tabs = parseFitData("params\ttokens\tloss\n7e10\t1.4e12\t1.94\n1e9\t2e10\t2.5\n");
    expect(tabs.ok && tabs.data.kind === "runs" && tabs.data.runs[0].params).toBe(7e10);
    const bare = parseFitData("7e10 1.4e12 1.94\n1e9 2e10 2.5");
    expect(bare.ok && bare.data.kind).toBe("runs");
    const flops = parseFitData("Model size (params),C,Loss\n1e9,6e19,2.5\n2e9,1.2e20,2.4");
    expect(flops.ok && flops.data.kind === "runs" && flops.data.runs[0].tokens).toBeCloseTo(1e10, 0);
  });
  it("parseFitData(text) reads (x, y) pairs with or without a header", () => {
    expect(parseFitData("x,y\n1,2\n10,20\n")).toEqual({ ok: true, data: { kind: "xy", points: [{ x: 1, y: 2 }, { x: 10, y: 20 }] } });
    expect(parseFitData("1 2\n10 20\n100 200")).toMatchObject({ ok: true, data: { kind: "xy" } });
  });
  it("parseFitData(text) names the line of a bad value, a short row or a header it cannot use", () => {
    expect(parseFitData("N,D,loss\n1e9,2e10,2.5\n\n1e9,abc,2.4")).toEqual({ ok: false, error: { code: "value", line: 4, value: "abc" } });
    expect(parseFitData("N,D,loss\n1e9,2e10,-2.5\n2e9,2e10,2")).toEqual({ ok: false, error: { code: "value", line: 2, value: "-2.5" } });
    expect(parseFitData("N,D,loss\n1e9,2e10\n")).toEqual({ ok: false, error: { code: "columns", line: 2, expected: 3, found: 2 } });
    expect(parseFitData("size,time\n1,2\n3,4")).toMatchObject({ ok: false, error: { code: "header", line: 1 } });
    expect(parseFitData("1,2,3,4\n5,6,7,8")).toMatchObject({ ok: false, error: { code: "columns", line: 1 } });
    expect(parseFitData("x,y\n1,NaN\n2,3")).toMatchObject({ ok: false, error: { code: "value", line: 2 } });
    expect(parseFitData("x,y\n1,Infinity\n2,3")).toMatchObject({ ok: false, error: { code: "value", line: 2 } });
  });
  it("parseFitData(text) refuses empty text, a single row and more than MAX_ROWS rows", () => {
    expect(parseFitData("  \n\n")).toEqual({ ok: false, error: { code: "empty" } });
    expect(parseFitData("x,y\n1,2")).toEqual({ ok: false, error: { code: "tooFew", count: 1, min: 2 } });
    const many = ["x,y", ...Array.from({ length: MAX_ROWS + 1 }, (_, i) => `${i + 1},${i + 2}`)].join("\n");
    expect(parseFitData(many)).toMatchObject({ ok: false, error: { code: "tooMany" } });
  });
  it("dropHighestLoss(runs, 5) drops the 5 highest losses, leaving the replication's 240 runs", () => {
    const runs = dropHighestLoss(parseRunsCsv(csv), 5);
    expect(runs).toHaveLength(240);
    const cut = Math.max(...runs.map((r) => r.loss));
    expect(parseRunsCsv(csv).filter((r) => r.loss > cut)).toHaveLength(5);
  });
});
