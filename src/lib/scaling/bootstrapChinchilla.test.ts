import { describe, expect, it } from "vitest";
import { bootstrapChinchilla } from "./bootstrapChinchilla.ts";
import { chinchillaLoss } from "./chinchillaLoss.ts";
import { FITS } from "./tables/fits.ts";

const fit = FITS.besiroglu2024;
const theta = [Math.log(fit.A), Math.log(fit.B), Math.log(fit.E), fit.alpha, fit.beta];
// Runs on the fit with ±1% deterministic scatter.
const runs = [1e8, 4e8, 1.6e9, 6.4e9].flatMap((params, i) =>
  [5e9, 2e10, 8e10].map((tokens, j) => ({ params, tokens, loss: chinchillaLoss(params, tokens, fit) * (1 + 0.01 * Math.sin(7 * i + 3 * j)) })),
);

describe("bootstrapChinchilla", () => {
  it("bootstrapChinchilla(runs, θ, options) gives ordered intervals, and a + b intervals that mirror each other", () => {
    const { intervals, converged } = bootstrapChinchilla(runs, theta, { samples: 30, seed: 3, level: 0.8, delta: 1e-3 });
    expect(converged).toBeGreaterThan(0);
    for (const [lo, hi] of Object.values(intervals)) expect(lo).toBeLessThanOrEqual(hi);
    expect(intervals.a[0] + intervals.b[1]).toBeCloseTo(1, 12);
    expect(intervals.a[1] + intervals.b[0]).toBeCloseTo(1, 12);
  });
  it("bootstrapChinchilla: a wider level gives wider intervals, from the same resamples", () => {
    const narrow = bootstrapChinchilla(runs, theta, { samples: 30, seed: 3, level: 0.5, delta: 1e-3 }).intervals;
    const wide = bootstrapChinchilla(runs, theta, { samples: 30, seed: 3, level: 0.9, delta: 1e-3 }).intervals;
    expect(wide.alpha[0]).toBeLessThanOrEqual(narrow.alpha[0]);
    expect(wide.alpha[1]).toBeGreaterThanOrEqual(narrow.alpha[1]);
  });
  it("bootstrapChinchilla with no samples gives NaN intervals", () => {
    expect(bootstrapChinchilla(runs, theta, { samples: 0, seed: 1, level: 0.8, delta: 1e-3 }).intervals.E).toEqual([NaN, NaN]);
  });
});
