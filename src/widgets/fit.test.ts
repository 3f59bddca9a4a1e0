import { describe, expect, it } from "vitest";
import { FITS, chinchillaLoss, computeOptimal, fitChinchilla, fitPowerLaw } from "../lib/scaling/index.ts";
import { readState, writeState } from "./urlState.ts";
import { DEFAULT_RUNS, DEFAULT_RUNS_TOTAL } from "./fitDefaultRuns.ts";
import { DEFAULT_BUDGET, FIT_FIELDS, FIT_ID, fitCode, fitTex, fitView, frontierIndices, sizeClasses } from "./fit.ts";

const runs = { kind: "runs" as const, runs: [...DEFAULT_RUNS] };
const fitted = fitChinchilla(DEFAULT_RUNS);
const defaults = { model: "chinchilla" as const, budget: DEFAULT_BUDGET };

const finiteChart = (view: ReturnType<typeof fitView>) =>
  [...view.chart.points, ...view.chart.lines.flatMap((l) => l.points), ...(view.chart.marker ? [view.chart.marker] : [])].every(
    (p) => Number.isFinite(p.x) && Number.isFinite(p.y),
  );

describe("fit widget", () => {
  it("the default data are the replication's 240 runs (245 minus the 5 highest losses), imported with ?raw", () => {
    expect(DEFAULT_RUNS).toHaveLength(240);
    expect(DEFAULT_RUNS_TOTAL).toBe(245);
  });
  it("fitView(runs, chinchilla, fit) reads the split at the budget with computeOptimal and the fitted constants", () => {
    const view = fitView(runs, defaults, fitted);
    expect(view.chinchilla!.optimal).toEqual(computeOptimal(DEFAULT_BUDGET, fitted));
    expect(view.chinchilla!.optimal.tokensPerParam).toBeCloseTo(17.9, 1);
    expect(view.chinchilla!.publishedOptimal).toEqual(computeOptimal(DEFAULT_BUDGET, FITS.besiroglu2024));
    expect(view.chart.marker).toEqual({ x: DEFAULT_BUDGET, y: view.chinchilla!.optimal.loss });
    expect(finiteChart(view)).toBe(true);
  });
  it("fitView(runs, chinchilla, fit) gives each run its predicted loss and residual", () => {
    const view = fitView(runs, defaults, fitted);
    const r = DEFAULT_RUNS[7];
    expect(view.rows[7].predicted).toBe(chinchillaLoss(r.params, r.tokens, fitted));
    expect(view.rows[7].residual).toBeCloseTo(r.loss / chinchillaLoss(r.params, r.tokens, fitted) - 1, 12);
    expect(view.residuals.points).toHaveLength(240);
    // Huber on log-loss: the fit is good to a couple of percent on most runs.
    const median = view.rows.map((row) => Math.abs(row.residual)).sort((a, b) => a - b)[120];
    expect(median).toBeLessThan(0.02);
  });
  it("fitView draws one curve per size class (up to 5) and the compute-optimal frontier", () => {
    const view = fitView(runs, defaults, fitted);
    expect(view.chart.groups.length).toBe(5);
    expect(view.chart.lines.filter((l) => l.style === "class")).toHaveLength(5);
    const frontier = view.chart.lines.find((l) => l.style === "frontier")!;
    for (const p of frontier.points.filter((_, i) => i % 10 === 0)) expect(p.y).toBeCloseTo(computeOptimal(p.x, fitted).loss, 12);
  });
  it("fitView(runs, chinchilla, null) shows the runs alone while the fit runs", () => {
    const view = fitView(runs, defaults, null);
    expect(view.chinchilla).toBeUndefined();
    expect(view.chart.points).toHaveLength(240);
    expect(view.chart.lines).toEqual([]);
  });
  it("fitView reports constants that cannot give a split instead of throwing or drawing NaN", () => {
    const bad = { ...FITS.besiroglu2024, alpha: 0 };
    const view = fitView(runs, defaults, bad);
    expect(view.problem).toMatch(/alpha/);
    expect(finiteChart(view)).toBe(true);
  });
  it("fitView(runs, powerlaw) fits loss against compute on the frontier runs with fitPowerLaw", () => {
    const view = fitView(runs, { model: "powerlaw", budget: 1e24 }, null);
    const xs = DEFAULT_RUNS.map((r) => 6 * r.params * r.tokens);
    const front = frontierIndices(xs, DEFAULT_RUNS.map((r) => r.loss));
    const theirs = fitPowerLaw(front.map((i) => xs[i]), front.map((i) => DEFAULT_RUNS[i].loss));
    expect(view.powerLaw!.fit).toEqual(theirs);
    expect(view.powerLaw!.fit.exponent).toBeLessThan(0);
    expect(view.powerLaw!.atBudget).toBeCloseTo(theirs.coefficient * 1e24 ** theirs.exponent, 12);
    expect(finiteChart(view)).toBe(true);
  });
  it("fitView(pairs, chinchilla) falls back to a power law and says the Chinchilla form needs runs", () => {
    const pairs = { kind: "xy" as const, points: [1, 10, 100, 1000].map((x) => ({ x, y: 3 * x ** -0.5 })) };
    const view = fitView(pairs, defaults, null);
    expect(view.needsRuns).toBe(true);
    expect(view.model).toBe("powerlaw");
    expect(view.powerLaw!.fit.exponent).toBeCloseTo(-0.5, 12);
    expect(view.powerLaw!.fit.coefficient).toBeCloseTo(3, 12);
  });
  it("frontierIndices and sizeClasses pick the runs that beat all cheaper ones and bin sizes in log space", () => {
    expect(frontierIndices([1, 2, 3, 4], [5, 6, 4, 3])).toEqual([0, 2, 3]);
    expect(sizeClasses([1e8, 1e8, 1e10])).toEqual({ classOf: [0, 0, 1], sizes: [1e8, 1e10] });
    expect(sizeClasses([5e8, 5e8])).toEqual({ classOf: [0, 0], sizes: [5e8] });
  });
  it("the URL fields read the model and the budget (70B-style) and reject 0, negatives, NaN, Infinity and unknown models", () => {
    expect(readState("?fit.model=powerlaw&fit.c=1e24", FIT_ID, FIT_FIELDS).state).toEqual({ model: "powerlaw", budget: 1e24 });
    expect(readState("?fit.c=3.14e23", FIT_ID, FIT_FIELDS).state.budget).toBe(3.14e23);
    for (const bad of ["0", "-1e23", "NaN", "Infinity", "1e40", "1e10", "abc"]) {
      const { state, fallbacks } = readState(`?fit.c=${bad}`, FIT_ID, FIT_FIELDS);
      expect(state.budget).toBe(DEFAULT_BUDGET);
      expect(fallbacks).toHaveLength(1);
    }
    const { state, fallbacks } = readState("?fit.model=kaplan", FIT_ID, FIT_FIELDS);
    expect(state.model).toBe("chinchilla");
    expect(fallbacks).toEqual([{ field: "model", value: "kaplan" }]);
    expect(writeState("", FIT_ID, FIT_FIELDS, { model: "powerlaw", budget: 1e24 })).toBe("?fit.model=powerlaw&fit.c=1e24");
  });
  it("fitTex and fitCode substitute the reader's constants and budget", () => {
    const view = fitView(runs, defaults, fitted);
    const tex = fitTex(view, defaults);
    expect(tex).toContain("5.76 \\times 10^{23}");
    expect(tex).toContain(fitted.E.toPrecision(4).replace(/0+$/, ""));
    expect(fitCode(view, defaults)).toBe("scaling.computeOptimal(5.76e23, scaling.fitChinchilla(runs))");
    const pl = fitView(runs, { model: "powerlaw", budget: 1e24 }, null);
    expect(fitTex(pl, { model: "powerlaw", budget: 1e24 })).toContain("R^2");
    expect(fitCode(pl, { model: "powerlaw", budget: 1e24 })).toMatch(/^scaling\.fitPowerLaw\(/);
  });
});
