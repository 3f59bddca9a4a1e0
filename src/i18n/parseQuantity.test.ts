import { describe, expect, it } from "vitest";
import { parseQuantity } from "./parseQuantity.ts";

describe("parseQuantity", () => {
  it("parseQuantity(text) reads short-scale suffixes: 70B, 1.4T, 1.5k, 7G", () => {
    expect(parseQuantity("70B")).toBe(70e9);
    expect(parseQuantity("1.4T")).toBeCloseTo(1.4e12);
    expect(parseQuantity("1.5k")).toBe(1500);
    expect(parseQuantity("7 g")).toBe(7e9);
  });
  it("parseQuantity(text) reads Chinese units: 700亿, 1.4万亿, 7千, 3万", () => {
    expect(parseQuantity("700亿")).toBe(700e8);
    expect(parseQuantity("1.4万亿")).toBeCloseTo(1.4e12);
    expect(parseQuantity("7千")).toBe(7000);
    expect(parseQuantity("3万")).toBe(30000);
  });
  it("parseQuantity(text) reads scientific notation and grouped digits", () => {
    expect(parseQuantity("7e10")).toBe(7e10);
    expect(parseQuantity("3.14e23")).toBe(3.14e23);
    expect(parseQuantity("2 × 10^23")).toBe(2e23);
    expect(parseQuantity("175,000,000")).toBe(175e6);
    expect(parseQuantity("  42 ")).toBe(42);
    expect(parseQuantity("0")).toBe(0);
    expect(parseQuantity("-3")).toBe(-3);
  });
  it("parseQuantity(text) reads back what formatScientific writes: 5.76 × 10²³, 10²⁴, −3 × 10⁻³", async () => {
    const { formatScientific } = await import("./format.ts");
    for (const x of [5.76e23, 1e24, -3e-3, 2.5e-7]) expect(parseQuantity(formatScientific(x))).toBeCloseTo(x, 30);
    expect(parseQuantity("5.76 × 10²³")).toBe(5.76e23);
    expect(parseQuantity("10²⁴")).toBe(1e24);
  });
  it("parseQuantity(text) returns null for text that is not a number, never NaN", () => {
    for (const bad of ["", "abc", "NaN", "Infinity", "1e999", "70BB", "1..2", "B70", "1e"]) expect(parseQuantity(bad)).toBeNull();
  });
});
