import { describe, expect, it } from "vitest";
import { formatCount, formatDecimal, formatFlops, formatParams, formatPercent, formatScientific, formatTokens } from "./format.ts";

describe("formatCount", () => {
  it("formatCount(x, 'en') uses short-scale words: 175B, 1.4T, 124M", () => {
    expect(formatCount(175e9, "en")).toBe("175B");
    expect(formatCount(1.4e12, "en")).toBe("1.4T");
    expect(formatCount(124_439_808, "en")).toBe("124M");
  });
  it("formatCount(x, 'zh') uses 亿 and 万亿: 1750亿, 1.4万亿, 1.24亿", () => {
    expect(formatCount(175e9, "zh")).toBe("1750亿");
    expect(formatCount(1.4e12, "zh")).toBe("1.4万亿");
    expect(formatCount(124_439_808, "zh")).toBe("1.24亿");
  });
  it("formatCount(x, locale) never uses SI prefixes like G", () => {
    for (const x of [1e9, 7e9, 70e9]) expect(formatCount(x, "en")).not.toMatch(/G/);
  });
  it("formatCount(x, locale) switches to scientific notation from 10^15", () => {
    expect(formatCount(3.14e23, "en")).toBe("3.14 × 10²³");
    expect(formatCount(3.14e23, "zh")).toBe("3.14 × 10²³");
  });
  it("formatCount(x, locale) handles 0, negative, NaN and Infinity without printing NaN", () => {
    expect(formatCount(0, "en")).toBe("0");
    expect(formatCount(-175e9, "en")).toBe("−175B");
    expect(formatCount(-175e9, "zh")).toBe("−1750亿");
    expect(formatCount(NaN, "zh")).toBe("—");
    expect(formatCount(Infinity, "en")).toBe("∞");
    expect(formatCount(-Infinity, "en")).toBe("−∞");
  });
});

describe("formatScientific", () => {
  it("formatScientific(x) writes 3.14 × 10²³ and plain 3.14e23", () => {
    expect(formatScientific(3.14e23)).toBe("3.14 × 10²³");
    expect(formatScientific(3.14e23, { style: "plain" })).toBe("3.14e23");
    expect(formatScientific(1e24)).toBe("10²⁴");
    expect(formatScientific(2.5e-3)).toBe("2.5 × 10⁻³");
    expect(formatScientific(-3e20)).toBe("−3 × 10²⁰");
  });
  it("formatScientific(x) handles 0, NaN and Infinity", () => {
    expect(formatScientific(0)).toBe("0");
    expect(formatScientific(NaN)).toBe("—");
    expect(formatScientific(Infinity)).toBe("∞");
  });
});

describe("unit formatters", () => {
  it("formatParams, formatTokens and formatFlops read naturally in each language", () => {
    expect(formatParams(175e9, "en")).toBe("175B parameters");
    expect(formatParams(175e9, "zh")).toBe("1750亿参数");
    expect(formatTokens(1.4e12, "en")).toBe("1.4T tokens");
    expect(formatTokens(1.4e12, "zh")).toBe("1.4万亿 tokens");
    expect(formatFlops(3.14e23, "en")).toBe("3.14 × 10²³ FLOPs");
  });
  it("formatDecimal and formatPercent use the locale and survive NaN", () => {
    expect(formatDecimal(2.5734, "en")).toBe("2.57");
    expect(formatDecimal(12345.6, "zh", { digits: 6 })).toBe("12,345.6");
    expect(formatPercent(0.462, "en")).toBe("46.2%");
    expect(formatDecimal(NaN, "en")).toBe("—");
    expect(formatPercent(-0.05, "zh")).toBe("−5%");
  });
});

describe("fixed digits", () => {
  it("formatPercent(fraction, locale, { digits, fixed }) keeps the trailing zero: 26.0%", () => {
    expect(formatPercent(0.26, "en", { digits: 3 })).toBe("26%");
    expect(formatPercent(0.26, "en", { digits: 3, fixed: true })).toBe("26.0%");
    expect(formatDecimal(2, "zh", { digits: 3, fixed: true })).toBe("2.00");
  });
});
