import { describe, expect, it } from "vitest";
import { fontFor, measure, missingChars, textPath, wrap } from "./textPaths.ts";
import en from "../../i18n/en.json" with { type: "json" };
import zh from "../../i18n/zh.json" with { type: "json" };

const body = { size: 28, weight: 400 } as const;

describe("textPaths", () => {
  it("finds a glyph for every character of both dictionaries' titles and taglines (no tofu)", () => {
    const text = [en["site.title"], en["site.tagline"], zh["site.title"], zh["site.tagline"], "C ≈ 6ND “每个参数 20 个 token”：…"].join("");
    expect(missingChars(text, 400)).toEqual([]);
    expect(missingChars(zh["site.title"] + "幂律黄金公式", 700)).toEqual([]);
  });

  it("draws every superscript digit (the charts' 10²⁶), as a smaller raised digit", () => {
    expect(missingChars("10⁰¹²³⁴⁵⁶⁷⁸⁹", 400)).toEqual([]);
    expect(measure("10²⁶", body)).toBeLessThan(measure("1026", body));
  });

  it("says which characters no chunk covers", () => {
    expect(missingChars("a\u{10FFFD}", 400)).toEqual(["\u{10FFFD}"]);
    expect(fontFor("\u{10FFFD}", 400)).toBeNull();
  });

  it("textPath turns Chinese into glyph outlines, wider text into more path", () => {
    const d = textPath("尺度定律", 0, 40, { size: 40, weight: 700 });
    expect(d).toMatch(/^M[-\d.]+ [-\d.]+/);
    expect(d).not.toMatch(/NaN|undefined/);
    expect(d.length).toBeGreaterThan(textPath("尺", 0, 40, { size: 40, weight: 700 }).length * 2);
    // A Han character is about one em wide.
    expect(measure("尺度定律", { size: 40, weight: 700 })).toBeCloseTo(160, -1);
  });

  it("textPath with anchor 'end' ends the text at x", () => {
    const start = textPath("1B", 0, 0, body);
    const end = textPath("1B", measure("1B", body), 0, body, "end");
    expect(end).toBe(start);
  });

  it("wrap breaks English at spaces and keeps every word whole", () => {
    const text = "Loss falls as a power of model size, data and compute.";
    const { lines, truncated } = wrap(text, 300, body, 10);
    expect(truncated).toBe(false);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(measure(line, body)).toBeLessThanOrEqual(300);
  });

  it("wrap breaks Chinese between characters but never before a closing mark", () => {
    const text = "损失随模型规模、数据量和算力按幂律下降，为什么它在双对数坐标上是一条直线。";
    const { lines } = wrap(text, 200, body, 10);
    expect(lines.join("")).toBe(text);
    expect(lines.every((l) => !/^[，。、]/.test(l))).toBe(true);
    for (const line of lines) expect(measure(line, body)).toBeLessThanOrEqual(200);
  });

  it("wrap limits the lines and ends the last one with an ellipsis that fits", () => {
    const long = en["site.description"];
    const { lines, truncated } = wrap(long, 400, body, 3);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/\w\.\.\.$/);
    expect(measure(lines[2], body)).toBeLessThanOrEqual(400);
    expect(wrap(zh["site.description"], 300, body, 2).lines[1]).toMatch(/…$/);
  });
});
