import { describe, expect, it } from "vitest";
import { learningRate, widthScaledRate } from "./schedule.ts";

const options = { peak: 1e-3, warmupSteps: 10, totalSteps: 110 };

describe("learningRate(step, options)", () => {
  it("rises linearly to the peak over the warm-up, then follows a cosine down to a tenth of it", () => {
    expect(learningRate(0, options)).toBeCloseTo(1e-4, 12);
    expect(learningRate(9, options)).toBeCloseTo(1e-3, 12);
    expect(learningRate(10, options)).toBeCloseTo(1e-3, 12);
    expect(learningRate(60, options)).toBeCloseTo(0.55e-3, 12);
    expect(learningRate(110, options)).toBeCloseTo(1e-4, 12);
  });

  it("never rises after the warm-up", () => {
    const rates = Array.from({ length: 100 }, (_, i) => learningRate(i + 10, options));
    for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeLessThanOrEqual(rates[i - 1]);
  });

  it("rejects a negative, fractional or NaN step and a non-positive, NaN or infinite peak", () => {
    expect(() => learningRate(-1, options)).toThrow(/invalid step: -1/);
    expect(() => learningRate(0.5, options)).toThrow(/invalid step: 0.5/);
    expect(() => learningRate(NaN, options)).toThrow(/invalid step: NaN/);
    expect(() => learningRate(0, { ...options, peak: 0 })).toThrow(/invalid peak: 0/);
    expect(() => learningRate(0, { ...options, peak: NaN })).toThrow(/invalid peak: NaN/);
    expect(() => learningRate(0, { ...options, peak: Infinity })).toThrow(/invalid peak: Infinity/);
    expect(() => learningRate(0, { ...options, warmupSteps: 200 })).toThrow(/invalid warmupSteps: 200/);
  });
});

describe("widthScaledRate(width, base, baseWidth)", () => {
  it("halves the rate when the width doubles (μP, Adam, hidden weights)", () => {
    expect(widthScaledRate(64, 0.01, 32)).toBeCloseTo(0.005, 12);
    expect(widthScaledRate(32, 0.01, 32)).toBe(0.01);
  });

  it("rejects a zero, negative or NaN width", () => {
    for (const width of [0, -8, NaN]) expect(() => widthScaledRate(width, 0.01, 32)).toThrow(/invalid width/);
  });
});
