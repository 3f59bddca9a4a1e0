import { describe, expect, it } from "vitest";
import { isoflopValleys, sizeLaw } from "./labAnalysis.ts";

const law = (n: number) => 5 * n ** -0.1;
const exact = [1e3, 3e3, 1e4, 3e4, 1e5].map((n) => ({ nonEmbeddingParams: n, finalLoss: law(n) }));

describe("sizeLaw(results)", () => {
  it("recovers the exponent of exact power-law losses, with a zero-width interval", () => {
    const fit = sizeLaw(exact)!;
    expect(fit.alpha).toBeCloseTo(0.1, 10);
    expect(fit.alphaInterval[0]).toBeCloseTo(0.1, 10);
    expect(fit.alphaInterval[1]).toBeCloseTo(0.1, 10);
    expect(fit.line(1e4)).toBeCloseTo(law(1e4), 10);
    expect(fit.count).toBe(5);
  });

  it("puts the exponent inside its interval when the losses are noisy, and repeats under one seed", () => {
    const noisy = exact.map((r, i) => ({ ...r, finalLoss: r.finalLoss * (1 + [0.03, -0.02, 0.04, -0.03, 0.01][i]) }));
    const fit = sizeLaw(noisy, { seed: 3 })!;
    expect(fit.alphaInterval[0]).toBeLessThan(fit.alpha);
    expect(fit.alphaInterval[1]).toBeGreaterThan(fit.alpha);
    expect(sizeLaw(noisy, { seed: 3 })!.alphaInterval).toEqual(fit.alphaInterval);
  });

  it("skips runs with zero, negative, NaN or infinite values and gives null below three usable runs", () => {
    const bad = [0, -1, NaN, Infinity].map((v) => ({ nonEmbeddingParams: v, finalLoss: 4 }));
    expect(sizeLaw([...exact.slice(0, 2), ...bad])).toBeNull();
    expect(sizeLaw([...exact.slice(0, 3), ...bad])!.count).toBe(3);
    expect(sizeLaw([1, 2, 3].map(() => ({ nonEmbeddingParams: 1e3, finalLoss: 4 })))).toBeNull();
  });

  it("rejects resamples, level and seed that are not usable", () => {
    expect(() => sizeLaw(exact, { resamples: 0 })).toThrow(/invalid resamples: 0/);
    expect(() => sizeLaw(exact, { resamples: 2.5 })).toThrow(/invalid resamples/);
    expect(() => sizeLaw(exact, { level: 1 })).toThrow(/invalid level: 1/);
    expect(() => sizeLaw(exact, { level: NaN })).toThrow(/invalid level/);
    expect(() => sizeLaw(exact, { seed: Infinity })).toThrow(/invalid seed/);
  });
});

// A valley: loss = 3 + 0.2·(ln N − ln 1e4)², runs at one budget C = 6ND.
const valley = (budget: number, center: number, ns: number[]) =>
  ns.map((n) => ({ group: budget.toExponential(1).replace("+", ""), flops: budget, tokens: budget / (6 * n), finalLoss: 3 + 0.2 * (Math.log(n) - Math.log(center)) ** 2 }));

describe("isoflopValleys(results)", () => {
  it("finds each budget's vertex and the tokens per parameter it implies", () => {
    const [v] = isoflopValleys(valley(1e11, 1e4, [2e3, 5e3, 1e4, 3e4, 8e4]));
    expect(v.budget).toBe(1e11);
    expect(v.interior).toBe(true);
    expect(v.minimum.params).toBeCloseTo(1e4, 3);
    expect(v.minimum.loss).toBeCloseTo(3, 8);
    expect(v.tokensPerParam).toBeCloseTo(1e11 / 6 / 1e8, 4);
    expect(v.parabola(Math.log(1e4))).toBeCloseTo(3, 8);
    expect(v.points.map((p) => p.params)).toEqual([2e3, 5e3, 1e4, 3e4, 8e4].map((n) => expect.closeTo(n, 6)));
  });

  it("marks a minimum at the edge as not interior and falls back to the lowest run", () => {
    const [v] = isoflopValleys(valley(1e11, 1e6, [2e3, 5e3, 1e4]));
    expect(v.interior).toBe(false);
    expect(v.minimum.params).toBeCloseTo(1e4, 6);
  });

  it("sorts budgets, skips budgets with fewer than three usable runs and runs with zero, NaN or infinite numbers", () => {
    const runs = [...valley(1e12, 3e4, [1e4, 3e4, 1e5]), ...valley(1e11, 1e4, [3e3, 1e4, 3e4]), ...valley(1e10, 1e3, [1e3, 3e3])];
    runs.push({ group: "1.0e10", flops: NaN, tokens: 1, finalLoss: 3 }, { group: "1.0e10", flops: 1e10, tokens: 0, finalLoss: 3 }, { group: "1.0e10", flops: 1e10, tokens: 1e6, finalLoss: Infinity });
    expect(isoflopValleys(runs).map((v) => v.budget)).toEqual([1e11, 1e12]);
    expect(isoflopValleys([])).toEqual([]);
  });
});
