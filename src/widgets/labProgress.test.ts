import { describe, expect, it } from "vitest";
import { labProgress, type ProgressInput } from "./labProgress.ts";

const plan = [
  { id: "a", flops: 100 },
  { id: "b", flops: 300 },
  { id: "c", flops: 600 },
];
const base: ProgressInput = { plan, finished: new Set(), finishedThisSession: new Set(), current: null, elapsedSeconds: 0, peakFlopsPerSecond: null };

describe("labProgress", () => {
  it("has no estimate before the first measurement", () => {
    const p = labProgress({ ...base, elapsedSeconds: 3 });
    expect(p.fraction).toBe(0);
    expect(p.etaSeconds).toBeNull();
    expect(p.mfu).toBeNull();
  });

  it("weighs runs by their compute, not their count", () => {
    const p = labProgress({ ...base, finished: new Set(["a", "b"]), finishedThisSession: new Set(["a", "b"]), elapsedSeconds: 10 });
    expect(p.fraction).toBeCloseTo(0.4);
  });

  it("estimates the time left from this session's measured speed", () => {
    // 400 units in 10 s → 40/s; 600 left → 15 s.
    const p = labProgress({ ...base, finished: new Set(["a", "b"]), finishedThisSession: new Set(["a", "b"]), elapsedSeconds: 10 });
    expect(p.etaSeconds).toBeCloseTo(15);
  });

  it("counts the run in progress by its fraction done", () => {
    const p = labProgress({ ...base, current: { runId: "c", done: 0.5, tokensPerSecond: 1000, flopsPerSecond: 2e9 }, elapsedSeconds: 6 });
    expect(p.fraction).toBeCloseTo(0.3);
    // 300 in 6 s → 50/s; 700 left → 14 s.
    expect(p.etaSeconds).toBeCloseTo(14);
    expect(p.tokensPerSecond).toBe(1000);
  });

  it("does not let runs resumed from an earlier session inflate the speed", () => {
    const p = labProgress({ ...base, finished: new Set(["c"]), finishedThisSession: new Set(), current: { runId: "a", done: 1, tokensPerSecond: 1, flopsPerSecond: 1 }, elapsedSeconds: 10 });
    expect(p.fraction).toBeCloseTo(0.7);
    // Only "a" (100) was done in 10 s → 10/s; 300 left → 30 s.
    expect(p.etaSeconds).toBeCloseTo(30);
  });

  it("gives MFU as achieved over the measured peak", () => {
    const p = labProgress({ ...base, current: { runId: "a", done: 0.1, tokensPerSecond: 10, flopsPerSecond: 2e9 }, elapsedSeconds: 1, peakFlopsPerSecond: 8e9 });
    expect(p.mfu).toBeCloseTo(0.25);
  });

  it("refuses zero, negative, NaN and infinite measurements instead of showing them", () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const p = labProgress({ ...base, current: { runId: "a", done: bad, tokensPerSecond: bad, flopsPerSecond: bad }, elapsedSeconds: bad, peakFlopsPerSecond: bad });
      expect(p.tokensPerSecond).toBeNull();
      expect(p.flopsPerSecond).toBeNull();
      expect(p.mfu).toBeNull();
      expect(p.etaSeconds).toBeNull();
      expect(p.fraction).toBe(0);
    }
  });

  it("says zero time is left when everything is done", () => {
    const all = new Set(["a", "b", "c"]);
    const p = labProgress({ ...base, finished: all, finishedThisSession: new Set(), elapsedSeconds: 0 });
    expect(p.fraction).toBe(1);
    expect(p.etaSeconds).toBe(0);
  });

  it("handles an empty plan", () => {
    const p = labProgress({ ...base, plan: [] });
    expect(p.fraction).toBe(0);
    expect(p.etaSeconds).toBeNull();
  });
});
