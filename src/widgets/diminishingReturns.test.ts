import { describe, expect, it } from "vitest";
import * as scaling from "../lib/scaling/index.ts";
import { FITS, chinchillaLoss, computeOptimal, optimalForParams, optimalForTokens } from "../lib/scaling/index.ts";
import { readState } from "./urlState.ts";
import {
  DIMINISHING_RETURNS_DEFAULTS,
  DIMINISHING_RETURNS_FIELDS,
  DIMINISHING_RETURNS_ID,
  STEPS,
  checkClaim,
  diminishingReturnsCode,
  diminishingReturnsTex,
  diminishingReturnsView,
  type DiminishingReturnsState,
} from "./diminishingReturns.ts";

const at = (patch: Partial<DiminishingReturnsState>): DiminishingReturnsState => ({ ...DIMINISHING_RETURNS_DEFAULTS, ...patch });

describe("diminishingReturns widget", () => {
  it("defaults to the parameters axis from 100M, Hoffmann et al.'s fit, tokens scaled compute-optimally", () => {
    expect(DIMINISHING_RETURNS_DEFAULTS).toMatchObject({ axis: "params", startParams: 1e8, fit: "hoffmann2022", hold: "optimal" });
  });

  it("diminishingReturnsView(state) takes each column's loss from scaling.optimalForParams, 100M … 10T parameters", () => {
    const view = diminishingReturnsView(DIMINISHING_RETURNS_DEFAULTS);
    expect(view.points.map((p) => p.x / 1e8)).toEqual([1, 10, 100, 1e3, 1e4, 1e5].map((k) => expect.closeTo(k, 9)));
    expect(view.points).toHaveLength(STEPS + 1);
    for (const p of view.points) expect(p.loss).toBeCloseTo(optimalForParams(p.x, FITS.hoffmann2022).loss, 12);
    expect(view.chart.irreducible).toBe(1.69);
  });

  it("diminishingReturnsView(state) shows returns diminishing: each 10× takes off less, and the loss stays above E", () => {
    for (const patch of [{}, { hold: "fixed" as const }, { axis: "tokens" as const }, { axis: "compute" as const }, { fit: "besiroglu2024" as const }]) {
      const view = diminishingReturnsView(at(patch));
      const drops = view.points.slice(1).map((p) => p.drop!);
      for (let i = 1; i < drops.length; i++) expect(drops[i]).toBeLessThan(drops[i - 1]);
      for (const p of view.points) expect(p.loss).toBeGreaterThan(view.fit.E);
      expect(view.reducibleRemoved).toBeGreaterThan(0);
      expect(view.reducibleRemoved).toBeLessThan(1);
    }
  });

  it("diminishingReturnsView(state) holds tokens fixed with chinchillaLoss(N, D) and follows compute with scaling.computeOptimal", () => {
    const fixed = diminishingReturnsView(at({ hold: "fixed", fixedTokens: 1.4e12 }));
    expect(fixed.points[1].loss).toBe(chinchillaLoss(1e9, 1.4e12, FITS.hoffmann2022));
    const compute = diminishingReturnsView(at({ axis: "compute", startFlops: 1e20, fit: "besiroglu2024" }));
    expect(compute.points[2].loss).toBe(computeOptimal(1e22, FITS.besiroglu2024).loss);
    const tokens = diminishingReturnsView(at({ axis: "tokens", hold: "fixed", fixedParams: 7e10 }));
    expect(tokens.points[0].loss).toBe(chinchillaLoss(7e10, 1e9, FITS.hoffmann2022));
  });

  it("diminishingReturnsView on the tokens axis, holding the split optimal, takes each model size from scaling.optimalForTokens", () => {
    const view = diminishingReturnsView(at({ axis: "tokens", hold: "optimal" }));
    for (const p of view.points) expect(p.loss).toBeCloseTo(optimalForTokens(p.x, FITS.hoffmann2022).loss, 12);
  });

  it("checkClaim(state) measures 100M→1B and 10B→1T: the claim fails with compute-optimal tokens and holds only in part with very little data", () => {
    const claim = checkClaim(DIMINISHING_RETURNS_DEFAULTS);
    const drop = (a: number, b: number) => {
      const la = optimalForParams(a, FITS.hoffmann2022).loss;
      return (la - optimalForParams(b, FITS.hoffmann2022).loss) / la;
    };
    expect(claim.small).toBeCloseTo(drop(1e8, 1e9), 12);
    expect(claim.large).toBeCloseTo(drop(1e10, 1e12), 12);
    expect(claim).toMatchObject({ smallHolds: false, largeHolds: false, verdict: "fails" });
    // With 100M tokens held fixed the data term dominates: 100M→1B takes ≈ 9% off (about 5%, within a factor 2), 10B→1T still 3%.
    const starved = checkClaim(at({ hold: "fixed", fixedTokens: 1e8 }));
    expect(starved.small).toBeGreaterThan(0.025);
    expect(starved.small).toBeLessThan(0.1);
    expect(starved).toMatchObject({ smallHolds: true, largeHolds: false, verdict: "partly" });
  });

  it("the URL fields read 70B and 700亿, and reject 0, negative, NaN, Infinity, out-of-range values and unknown choices", () => {
    const read = (q: string) => readState(q, DIMINISHING_RETURNS_ID, DIMINISHING_RETURNS_FIELDS);
    expect(read("?diminishing-returns.n=700亿&diminishing-returns.fd=1.4T&diminishing-returns.axis=tokens").state).toMatchObject({
      startParams: 7e10,
      fixedTokens: 1.4e12,
      axis: "tokens",
    });
    for (const bad of ["0", "-1e9", "NaN", "Infinity", "1e3", "1e20"]) {
      const { state, fallbacks } = read(`?diminishing-returns.n=${bad}`);
      expect(state.startParams).toBe(1e8);
      expect(fallbacks).toEqual([{ field: "n", value: bad }]);
    }
    for (const [key, bad] of [["axis", "layers"], ["fit", "kaplan2020"], ["hold", "maybe"]]) {
      expect(read(`?diminishing-returns.${key}=${bad}`).fallbacks).toHaveLength(1);
    }
  });

  it("diminishingReturnsView(state) falls back to the default view, flagged, when the module rejects the state", () => {
    const view = diminishingReturnsView(at({ startParams: -1 }));
    expect(view.failed).toBe(true);
    expect(view.points[0].x).toBe(1e8);
    expect(view.points.every((p) => Number.isFinite(p.loss))).toBe(true);
  });

  it("diminishingReturnsCode(state) reproduces the first column; diminishingReturnsTex(state) substitutes it", () => {
    for (const patch of [{}, { hold: "fixed" as const }, { axis: "tokens" as const }, { axis: "compute" as const, fit: "besiroglu2024" as const }]) {
      const state = at(patch);
      const value = new Function("scaling", `return ${diminishingReturnsCode(state)}`)(scaling);
      expect(value).toBeCloseTo(diminishingReturnsView(state).points[0].loss, 3);
    }
    const tex = diminishingReturnsTex(DIMINISHING_RETURNS_DEFAULTS);
    expect(tex).toContain("L(10^{8}, 2.69 \\times 10^{9})");
    expect(tex).toContain("27.34\\%");
  });
});
