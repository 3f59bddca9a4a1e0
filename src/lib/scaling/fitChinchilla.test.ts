import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fitChinchilla } from "./fitChinchilla.ts";
import { parseRunsCsv } from "./parseRunsCsv.ts";
import { chinchillaLoss } from "./chinchillaLoss.ts";
import { computeOptimal } from "./computeOptimal.ts";
import { FITS } from "./tables/fits.ts";

// Besiroglu et al. 2024's data (content/data/README.md), minus the 5 highest-loss runs, as they did.
const all = parseRunsCsv(readFileSync(new URL("../../../content/data/chinchilla-figure4-runs.csv", import.meta.url), "utf8"));
const runs = [...all].sort((p, q) => q.loss - p.loss).slice(5);

describe("fitChinchilla", () => {
  it("fitChinchilla(runs) recovers the constants of noise-free runs generated from a fit", () => {
    const truth = FITS.hoffmann2022;
    const synthetic = [7e7, 3e8, 1e9, 4e9, 1.6e10].flatMap((params) =>
      [3e9, 1e10, 4e10, 1.5e11, 5e11].map((tokens) => ({ params, tokens, loss: chinchillaLoss(params, tokens, truth) })),
    );
    const fit = fitChinchilla(synthetic);
    expect(fit.converged).toBe(true);
    expect(fit.E).toBeCloseTo(truth.E, 4);
    expect(fit.alpha).toBeCloseTo(truth.alpha, 4);
    expect(fit.beta).toBeCloseTo(truth.beta, 4);
    expect(fit.A / truth.A).toBeCloseTo(1, 2);
    expect(fit.B / truth.B).toBeCloseTo(1, 2);
  });
  it("fitChinchilla(runs) on the 240 runs of Figure 4 lands on Besiroglu et al.'s estimates: E, α, β within 0.005, A within 1%, B within 3%", () => {
    // Ours: E = 1.8172, A = 477.83, B = 2143.4, α = 0.34731, β = 0.36717. Theirs: 1.82, 482.01, 2085.43, 0.3478, 0.3658.
    const fit = fitChinchilla(runs);
    const theirs = FITS.besiroglu2024;
    expect(fit.runs).toBe(240);
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.E - theirs.E)).toBeLessThan(0.005);
    expect(Math.abs(fit.alpha - theirs.alpha)).toBeLessThan(0.005);
    expect(Math.abs(fit.beta - theirs.beta)).toBeLessThan(0.005);
    expect(Math.abs(fit.A / theirs.A - 1)).toBeLessThan(0.01);
    expect(Math.abs(fit.B / theirs.B - 1)).toBeLessThan(0.03);
  });
  it("fitChinchilla(runs) fits the 240 runs better than the published constants, Hoffmann's or Besiroglu's", () => {
    const fit = fitChinchilla(runs);
    const huber = (f: typeof FITS.hoffmann2022) =>
      runs.reduce((s, r) => {
        const d = Math.abs(Math.log(chinchillaLoss(r.params, r.tokens, f)) - Math.log(r.loss));
        return s + (d <= 1e-3 ? 0.5 * d * d : 1e-3 * (d - 0.5e-3));
      }, 0);
    expect(huber(fit)).toBeCloseTo(fit.objective, 12);
    expect(fit.objective).toBeLessThan(huber(FITS.besiroglu2024));
    expect(huber(FITS.besiroglu2024)).toBeLessThan(huber(FITS.hoffmann2022));
  });
  it("fitChinchilla(runs) implies about 18 tokens per parameter at Gopher's budget, like the replication's 18.4", () => {
    expect(computeOptimal(5.76e23, fitChinchilla(runs)).tokensPerParam).toBeCloseTo(17.9, 1);
  });
  it("fitChinchilla(runs, { starts: 8 }) finds the same optimum as 64 starts", () => {
    const few = fitChinchilla(runs, { starts: 8 }), many = fitChinchilla(runs, { starts: 64 });
    expect(few.objective).toBeCloseTo(many.objective, 15);
    expect(few.alpha).toBeCloseTo(many.alpha, 6);
  });
  it("fitChinchilla(runs, { bootstrap }) gives reproducible intervals around the estimate, far wider than Hoffmann et al.'s Table 2", () => {
    const a = fitChinchilla(runs, { bootstrap: 20, seed: 7 });
    const b = fitChinchilla(runs, { bootstrap: 20, seed: 7 });
    expect(a.intervals).toEqual(b.intervals);
    expect(a.level).toBe(0.8);
    expect(a.bootstrap!.samples).toBe(20);
    const [lo, hi] = a.intervals!.alpha;
    expect(lo).toBeLessThan(a.alpha);
    expect(hi).toBeGreaterThan(a.alpha);
    // Table 2 gives a = 0.46 with 10th–90th percentiles (0.454, 0.455); resampling these runs moves a by ≈ 0.04.
    expect(a.intervals!.a[1] - a.intervals!.a[0]).toBeGreaterThan(10 * (0.455 - 0.454));
    expect(fitChinchilla(runs, { bootstrap: 20, seed: 8 }).intervals).not.toEqual(a.intervals);
  });
  it("fitChinchilla(runs, { maxIterations }) says when it did not converge, and still returns finite constants", () => {
    const fit = fitChinchilla(runs, { maxIterations: 2 });
    expect(fit.converged).toBe(false);
    expect(fit.message).toBe("maximum iterations reached");
    for (const v of [fit.E, fit.A, fit.B, fit.alpha, fit.beta]) expect(Number.isFinite(v)).toBe(true);
  });
  it("fitChinchilla(runs) drops runs with missing or non-positive values", () => {
    const dirty = [...runs.slice(0, 20), { params: NaN, tokens: 1e9, loss: 3 }, { params: 1e9, tokens: 1e9, loss: 0 }];
    expect(fitChinchilla(dirty).runs).toBe(20);
  });
  it("fitChinchilla(runs) throws a RangeError naming runs for fewer than 5 runs or runs of one size", () => {
    expect(() => fitChinchilla(runs.slice(0, 4))).toThrow(/^invalid runs: 4 usable runs/);
    expect(() => fitChinchilla([])).toThrow(/^invalid runs: 0 usable runs/);
    const oneSize = runs.slice(0, 10).map((r) => ({ ...r, params: 1e9 }));
    expect(() => fitChinchilla(oneSize)).toThrow(/^invalid runs: all 10 runs share params = 1000000000/);
    const oneLength = runs.slice(0, 10).map((r) => ({ ...r, tokens: 1e10 }));
    expect(() => fitChinchilla(oneLength)).toThrow(/^invalid runs: all 10 runs share tokens/);
    expect(() => fitChinchilla("runs" as never)).toThrow(TypeError);
  });
  it("fitChinchilla(runs, options) throws a RangeError naming a bad option", () => {
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => fitChinchilla(runs, { delta: bad })).toThrow(/^invalid delta/);
      expect(() => fitChinchilla(runs, { starts: bad })).toThrow(/^invalid starts/);
      expect(() => fitChinchilla(runs, { level: bad })).toThrow(/^invalid level/);
      expect(() => fitChinchilla(runs, { maxIterations: bad })).toThrow(/^invalid maxIterations/);
    }
    expect(() => fitChinchilla(runs, { bootstrap: -1 })).toThrow(/^invalid bootstrap/);
    expect(() => fitChinchilla(runs, { bootstrap: 1.5 })).toThrow(/^invalid bootstrap/);
    expect(() => fitChinchilla(runs, { seed: NaN })).toThrow(/^invalid seed/);
  });
});
