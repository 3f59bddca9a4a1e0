import { describe, expect, it } from "vitest";
import * as scaling from "../lib/scaling/index.ts";
import { FITS, R_D_STAR, dataConstrainedLoss, effectiveData } from "../lib/scaling/index.ts";
import { readState } from "./urlState.ts";
import { fromSlider, toSlider } from "./logSlider.ts";
import {
  DATA_CONSTRAINED_DEFAULTS,
  DATA_CONSTRAINED_FIELDS,
  DATA_CONSTRAINED_ID,
  EPOCHS_RANGE,
  dataConstrainedCode,
  dataConstrainedTex,
  dataConstrainedView,
  effectiveParamsFor,
} from "./dataConstrained.ts";

describe("dataConstrained widget", () => {
  it("dataConstrainedView(state) reads effective data and loss from the module: 4 epochs of 100B are worth ≈ 93% of new data", () => {
    const view = dataConstrainedView(DATA_CONSTRAINED_DEFAULTS);
    expect(view.tokens).toBe(4e11);
    expect(view.effective).toBe(effectiveData(4e11, 1e11));
    expect(view.worth).toBeCloseTo(0.931, 3);
    expect(view.loss).toBe(dataConstrainedLoss({ params: 1e10, tokens: 4e11, uniqueTokens: 1e11 }));
    expect(view.lossFresh).toBe(dataConstrainedLoss({ params: 1e10, tokens: 4e11, uniqueTokens: 4e11 }));
    expect(view.ceiling).toBeCloseTo(1e11 * (1 + R_D_STAR), -3);
  });

  it("dataConstrainedView(state) shows repeats losing value: at 40 epochs one more epoch is worth < 10% of new data", () => {
    const four = dataConstrainedView({ ...DATA_CONSTRAINED_DEFAULTS, epochs: 4 });
    const forty = dataConstrainedView({ ...DATA_CONSTRAINED_DEFAULTS, epochs: 40 });
    expect(four.marginal).toBeGreaterThan(0.8);
    expect(forty.marginal).toBeLessThan(0.1);
    expect(forty.worth).toBeLessThan(0.4);
    expect(forty.effective).toBeLessThan(forty.ceiling);
    for (const v of [four, forty]) {
      expect(v.lossFresh).toBeLessThanOrEqual(v.loss);
      expect(v.lossOneEpoch).toBeGreaterThan(v.loss);
    }
    const one = dataConstrainedView({ ...DATA_CONSTRAINED_DEFAULTS, epochs: 1 });
    expect(one.worth).toBe(1);
    expect(one.loss).toBe(one.lossFresh);
  });

  it("dataConstrainedView(state) draws curves from 1 to 100 epochs, through the reader's point, with no NaN at the ranges' ends", () => {
    for (const [uniqueTokens, params, epochs] of [[1e8, 1e7, 1], [1e14, 1e13, 100], [1e8, 1e13, 37.5]]) {
      const view = dataConstrainedView({ uniqueTokens, params, epochs });
      expect(view.failed).toBe(false);
      const { curve } = view.chart;
      expect(curve[0].epochs).toBeCloseTo(1, 12);
      expect(curve[curve.length - 1].epochs).toBeCloseTo(100, 12);
      expect(curve.some((p) => p.epochs === epochs)).toBe(true);
      expect(curve.flatMap((p) => [p.effective, p.fresh, p.loss, p.lossFresh]).every(Number.isFinite)).toBe(true);
      expect(view.table.map((p) => p.epochs)).toContain(epochs);
    }
  });

  it("the epochs slider lands on 4 and 40 exactly", () => {
    expect(fromSlider(toSlider(4, EPOCHS_RANGE), EPOCHS_RANGE)).toBe(4);
    expect(fromSlider(toSlider(40, EPOCHS_RANGE), EPOCHS_RANGE)).toBe(40);
  });

  it("the URL fields read 100B and 1000亿, and reject 0, negative, NaN, Infinity and out-of-range values", () => {
    const read = (q: string) => readState(q, DATA_CONSTRAINED_ID, DATA_CONSTRAINED_FIELDS);
    expect(read("?data-constrained.u=1000亿&data-constrained.e=40&data-constrained.n=7e10").state).toEqual({ uniqueTokens: 1e11, epochs: 40, params: 7e10 });
    for (const [key, bad] of [["e", "0"], ["e", "0.5"], ["e", "101"], ["u", "-1e11"], ["u", "NaN"], ["n", "Infinity"], ["n", "1e14"]]) {
      const { state, fallbacks } = read(`?data-constrained.${key}=${bad}`);
      expect(state).toEqual(DATA_CONSTRAINED_DEFAULTS);
      expect(fallbacks).toEqual([{ field: key, value: bad }]);
    }
    expect(DATA_CONSTRAINED_FIELDS.epochs.format(4)).toBe("4");
    expect(DATA_CONSTRAINED_FIELDS.uniqueTokens.format(1e11)).toBe("1e11");
  });

  it("dataConstrainedView(state) falls back to the default view, flagged, when the module rejects the state", () => {
    const view = dataConstrainedView({ uniqueTokens: 0, epochs: 4, params: 1e10 });
    expect(view.failed).toBe(true);
    expect(view.effective).toBe(dataConstrainedView(DATA_CONSTRAINED_DEFAULTS).effective);
  });

  it("dataConstrainedTex(state) shows N′ and D′ that give the module's loss; dataConstrainedCode(state) reproduces it", () => {
    for (const state of [DATA_CONSTRAINED_DEFAULTS, { uniqueTokens: 1e9, epochs: 40, params: 1e11 }, { uniqueTokens: 1e12, epochs: 2, params: 1e8 }]) {
      const view = dataConstrainedView(state);
      const { E, A, B, alpha, beta } = FITS.muennighoff2023;
      const n = effectiveParamsFor(state.params, state.uniqueTokens, view.tokens);
      expect(E + A / n.effective ** alpha + B / view.effective ** beta).toBeCloseTo(view.loss, 12);
      expect(new Function("scaling", `return ${dataConstrainedCode(state)}`)(scaling)).toBe(view.loss);
    }
    const tex = dataConstrainedTex(DATA_CONSTRAINED_DEFAULTS);
    expect(tex).toContain("3.73 \\times 10^{11}");
    expect(tex).toContain("2.1500");
  });
});
