import { describe, expect, it } from "vitest";
import { kaplanLoss } from "../lib/scaling/index.ts";
import { readState } from "./urlState.ts";
import { POWER_LAW_FIELDS, POWER_LAW_ID, powerLawTex, powerLawView } from "./powerLaw.ts";

describe("powerLaw widget", () => {
  it("powerLawView(state) marks the chosen N at kaplanLoss({ params: N })", () => {
    const view = powerLawView({ params: 7e10 });
    expect(view.chart.marker).toEqual({ x: 7e10, loss: kaplanLoss({ params: 7e10 }) });
    expect(view.loss).toBe(kaplanLoss({ params: 7e10 }));
  });
  it("powerLawView(state) gives the same 10× factor wherever N starts (a power law)", () => {
    expect(powerLawView({ params: 1e7 }).tenXFactor).toBeCloseTo(powerLawView({ params: 1e11 }).tenXFactor, 12);
  });
  it("powerLawView(state) draws a curve with no NaN across the slider's range", () => {
    const { curve } = powerLawView({ params: 1e9 }).chart;
    expect(curve.length).toBeGreaterThan(10);
    expect(curve.every((p) => Number.isFinite(p.x) && Number.isFinite(p.loss))).toBe(true);
  });
  it("the URL field reads 70B and 700亿 and rejects 0, negative, NaN, Infinity and out-of-range values", () => {
    expect(readState("?power-law.n=70B", POWER_LAW_ID, POWER_LAW_FIELDS).state.params).toBe(70e9);
    expect(readState("?power-law.n=700亿", POWER_LAW_ID, POWER_LAW_FIELDS).state.params).toBe(70e9);
    for (const bad of ["0", "-1e9", "NaN", "Infinity", "1e20", "1e3"]) {
      const { state, fallbacks } = readState(`?power-law.n=${bad}`, POWER_LAW_ID, POWER_LAW_FIELDS);
      expect(state.params).toBe(1e9);
      expect(fallbacks).toHaveLength(1);
    }
  });
  it("powerLawTex(state) substitutes the reader's N and the result", () => {
    expect(powerLawTex({ params: 7e10 })).toContain("7 \\times 10^{10}");
  });
});
