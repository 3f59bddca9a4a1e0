import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assertSvgSnapshot, firstDifference, normalizeSvg } from "./snapshot.ts";

describe("normalizeSvg", () => {
  it("normalizeSvg(markup) rounds numbers to one decimal, renumbers Plot's class ids and breaks lines between tags", () => {
    expect(normalizeSvg(`<svg class="plot-d6a7b5"><path d="M0.123,4.56"/><g class="plot-d6a7b5-ramp"/></svg>`)).toBe(
      `<svg class="plot-0">\n<path d="M0.1,4.6"/>\n<g class="plot-0-ramp"/>\n</svg>`,
    );
  });
});

describe("firstDifference", () => {
  it("firstDifference(expected, actual) returns null for equal texts", () => {
    expect(firstDifference("a\nb", "a\nb")).toBeNull();
  });
  it("firstDifference(expected, actual) returns the 1-based line and both sides of it", () => {
    expect(firstDifference("a\nb\nc", "a\nB\nc")).toEqual({ line: 2, expected: "b", actual: "B" });
  });
  it("firstDifference(expected, actual) cuts a long line around the first differing character", () => {
    const d = firstDifference(`<path d="${"1".repeat(500)}2${"3".repeat(500)}"/>`, `<path d="${"1".repeat(500)}9${"3".repeat(500)}"/>`)!;
    expect(d.expected).toBe(`…${"1".repeat(80)}2${"3".repeat(79)}…`);
    expect(d.actual).toBe(`…${"1".repeat(80)}9${"3".repeat(79)}…`);
  });
  it("firstDifference(expected, actual) says where one text ends before the other", () => {
    expect(firstDifference("a", "a\nb")).toEqual({ line: 2, expected: "(end of file)", actual: "b" });
  });
});

describe("assertSvgSnapshot", () => {
  let dir: string;
  const ci = process.env.CI;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "svg-snapshot-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  });

  it("assertSvgSnapshot(markup, name) passes when the normalized markup equals the snapshot", () => {
    writeFileSync(join(dir, "chart.svg"), normalizeSvg(`<svg><rect width="1.04"/></svg>`));
    expect(() => assertSvgSnapshot(`<svg><rect width="1.01"/></svg>`, "chart", { dir })).not.toThrow();
  });
  it("assertSvgSnapshot(markup, name) on a mismatch writes <name>-changed.svg and names it and the first differing line", () => {
    writeFileSync(join(dir, "chart.svg"), normalizeSvg(`<svg><rect width="1"/><text>old</text></svg>`));
    const markup = `<svg><rect width="1"/><text>new</text></svg>`;
    expect(() => assertSvgSnapshot(markup, "chart", { dir })).toThrow(
      /chart-changed\.svg[^]*first difference, line 3:\n {2}snapshot: <text>old<\/text>\n {2}now: {6}<text>new<\/text>/,
    );
    expect(readFileSync(join(dir, "chart-changed.svg"), "utf8")).toBe(normalizeSvg(markup));
  });
  it("assertSvgSnapshot(markup, name) writes a missing snapshot, except under CI, where it fails naming the file", () => {
    delete process.env.CI;
    assertSvgSnapshot(`<svg/>`, "fresh", { dir });
    expect(readFileSync(join(dir, "fresh.svg"), "utf8")).toBe("<svg/>");
    process.env.CI = "1";
    expect(() => assertSvgSnapshot(`<svg/>`, "never", { dir })).toThrow(/never\.svg.*never written/);
  });
});
