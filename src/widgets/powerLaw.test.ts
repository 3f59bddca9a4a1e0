import { describe, expect, it } from "vitest";
import { KAPLAN_2020, kaplanLoss, PF_DAY_FLOPS } from "../lib/scaling/index.ts";
import { readState, writeState } from "./urlState.ts";
import { POWER_LAW_DEFAULTS, POWER_LAW_FIELDS, POWER_LAW_ID, powerLawCode, powerLawTex, powerLawView, type PowerLawState } from "./powerLaw.ts";

const at = (over: Partial<PowerLawState>): PowerLawState => ({ ...POWER_LAW_DEFAULTS, ...over });

describe("powerLaw widget", () => {
  it("the default state is L(N) at N = 1B, with an empty query", () => {
    expect(POWER_LAW_DEFAULTS).toMatchObject({ law: "n", params: 1e9 });
    expect(writeState("", POWER_LAW_ID, POWER_LAW_FIELDS, POWER_LAW_DEFAULTS)).toBe("");
    expect(powerLawView(POWER_LAW_DEFAULTS).loss).toBe(kaplanLoss({ params: 1e9 }));
  });
  it("powerLawView(state) marks the chosen N at kaplanLoss({ params: N })", () => {
    const view = powerLawView(at({ params: 7e10 }));
    expect(view.chart.marker).toEqual({ x: 7e10, loss: kaplanLoss({ params: 7e10 }) });
    expect(view.loss).toBe(kaplanLoss({ params: 7e10 }));
    expect(view.pfDays).toBeNull();
  });
  it("powerLawView(state) computes L(D) with kaplanLoss({ tokens }) and L(C) with kaplanLoss({ computePfDays })", () => {
    const d = powerLawView(at({ law: "d", tokens: 1.4e12 }));
    expect(d.loss).toBe(kaplanLoss({ tokens: 1.4e12 }));
    expect(d.x).toBe(1.4e12);
    const c = powerLawView(at({ law: "c", compute: 3.14e23 }));
    expect(c.loss).toBeCloseTo(kaplanLoss({ computePfDays: 3.14e23 / PF_DAY_FLOPS }), 12);
    expect(c.pfDays).toBeCloseTo(3634.26, 1);
  });
  it("powerLawView(state) gives the same 10× factor wherever x starts, 10^(−α) for each law", () => {
    expect(powerLawView(at({ params: 1e7 })).tenXFactor).toBeCloseTo(powerLawView(at({ params: 1e11 })).tenXFactor, 12);
    expect(powerLawView(at({ params: 1e9 })).tenXFactor).toBeCloseTo(10 ** -KAPLAN_2020.alphaN, 12);
    expect(powerLawView(at({ law: "d" })).tenXFactor).toBeCloseTo(10 ** -KAPLAN_2020.alphaD, 12);
    expect(powerLawView(at({ law: "c" })).tenXFactor).toBeCloseTo(10 ** -KAPLAN_2020.alphaComputeMin, 12);
  });
  it("powerLawView(state) draws a curve with no NaN across each law's range", () => {
    for (const law of ["n", "d", "c"] as const) {
      const { curve } = powerLawView(at({ law })).chart;
      expect(curve.length).toBeGreaterThan(10);
      expect(curve.every((p) => Number.isFinite(p.x) && Number.isFinite(p.loss) && p.loss > 0)).toBe(true);
    }
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
  it("the URL carries the law and its value (power-law.law=d&power-law.d=1.4e12) and rejects unknown laws", () => {
    const query = writeState("", POWER_LAW_ID, POWER_LAW_FIELDS, at({ law: "d", tokens: 1.4e12 }));
    expect(query).toBe("?power-law.law=d&power-law.d=1.4e12");
    expect(readState(query, POWER_LAW_ID, POWER_LAW_FIELDS).state).toEqual(at({ law: "d", tokens: 1.4e12 }));
    expect(readState("?power-law.c=3.14e23&power-law.law=c", POWER_LAW_ID, POWER_LAW_FIELDS).state).toEqual(at({ law: "c", compute: 3.14e23 }));
    for (const bad of ["x", "N", "", "nd"]) {
      const { state, fallbacks } = readState(`?power-law.law=${bad}`, POWER_LAW_ID, POWER_LAW_FIELDS);
      expect(state.law).toBe("n");
      expect(fallbacks).toEqual([{ field: "law", value: bad }]);
    }
    for (const bad of ["0", "-5", "NaN", "Infinity", "1e30", "abc"]) {
      expect(readState(`?power-law.c=${bad}`, POWER_LAW_ID, POWER_LAW_FIELDS).state.compute).toBe(1e20);
      expect(readState(`?power-law.d=${bad}`, POWER_LAW_ID, POWER_LAW_FIELDS).state.tokens).toBe(1e10);
    }
  });
  it("powerLawTex(state) substitutes the reader's value and the result, for each law", () => {
    expect(powerLawTex(at({ params: 7e10 }))).toContain("7 \\times 10^{10}");
    expect(powerLawTex(at({ law: "d", tokens: 1.4e12 }))).toContain("1.4 \\times 10^{12}");
    expect(powerLawTex(at({ law: "c", compute: 1e21 }))).toContain("C_{\\min}");
    expect(powerLawTex(POWER_LAW_DEFAULTS)).toBe(
      `L(N) = \\left(\\frac{N_c}{N}\\right)^{\\alpha_N} = \\left(\\frac{8.8 \\times 10^{13}}{10^{9}}\\right)^{0.076} = ${kaplanLoss({ params: 1e9 }).toFixed(4)}`,
    );
  });
  it("powerLawCode(state) is a call that reproduces the loss", async () => {
    const scaling = await import("../lib/scaling/index.ts");
    for (const state of [POWER_LAW_DEFAULTS, at({ law: "d", tokens: 1.4e12 }), at({ law: "c", compute: 3.14e23 })]) {
      const code = powerLawCode(state);
      const result = new Function("scaling", `return ${code}`)(scaling) as number;
      expect(result).toBeCloseTo(powerLawView(state).loss, 3);
    }
  });
});
