import { describe, expect, it } from "vitest";
import { finite, inRange, keyword, nonNegative, nonNegativeInteger, positive, positiveInteger } from "./validate.ts";

describe("validate", () => {
  it("positive(name, value) returns the value when it is a positive finite number", () => {
    expect(positive("flops", 1e23)).toBe(1e23);
  });
  it("positive(name, value) throws a RangeError naming the parameter for 0, negative, NaN and Infinity", () => {
    for (const bad of [0, -1, NaN, Infinity, -Infinity]) {
      expect(() => positive("flops", bad)).toThrow(RangeError);
      expect(() => positive("flops", bad)).toThrow(`invalid flops: ${bad}`);
    }
  });
  it("positive(name, value) throws a TypeError for a non-number", () => {
    expect(() => positive("flops", "1e23")).toThrow(TypeError);
    expect(() => positive("flops", "1e23")).toThrow('invalid flops: "1e23"');
  });
  it("finite(name, value) accepts 0 and negatives but not NaN or Infinity", () => {
    expect(finite("x", 0)).toBe(0);
    expect(finite("x", -3)).toBe(-3);
    expect(() => finite("x", NaN)).toThrow(RangeError);
    expect(() => finite("x", -Infinity)).toThrow(RangeError);
  });
  it("nonNegative(name, value) accepts 0 and rejects negatives", () => {
    expect(nonNegative("x", 0)).toBe(0);
    expect(() => nonNegative("x", -0.1)).toThrow("invalid x: -0.1");
  });
  it("positiveInteger and nonNegativeInteger reject counts above 2^53 − 1, saying so", () => {
    expect(positiveInteger("layers", Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => positiveInteger("hidden_size", 1e200)).toThrow("invalid hidden_size: 1e+200 (must be an integer ≥ 1, at most 2^53 − 1)");
    expect(() => nonNegativeInteger("promptTokens", 2 ** 60)).toThrow(/at most 2\^53 − 1/);
  });
  it("positiveInteger(name, value) rejects 0, fractions and NaN", () => {
    expect(positiveInteger("layers", 12)).toBe(12);
    for (const bad of [0, 1.5, -2, NaN, Infinity]) expect(() => positiveInteger("layers", bad)).toThrow(RangeError);
  });
  it("nonNegativeInteger(name, value) accepts 0 and rejects fractions", () => {
    expect(nonNegativeInteger("shared", 0)).toBe(0);
    expect(() => nonNegativeInteger("shared", 0.5)).toThrow("invalid shared: 0.5");
  });
  it("inRange(name, value, min, max) is open below unless includeMin", () => {
    expect(inRange("mfu", 1, 0, 1)).toBe(1);
    expect(() => inRange("mfu", 0, 0, 1)).toThrow("invalid mfu: 0 (must be in (0, 1])");
    expect(inRange("p", 0, 0, 1, { includeMin: true })).toBe(0);
    expect(() => inRange("mfu", NaN, 0, 1)).toThrow(RangeError);
  });
  it("keyword(name, value, allowed) returns an allowed key and lists the options otherwise", () => {
    expect(keyword("fit", "kaplan2020", ["kaplan2020", "hoffmann2022"])).toBe("kaplan2020");
    expect(() => keyword("fit", "x", ["a", "b"])).toThrow('invalid fit: "x" (expected one of a, b)');
  });
});
