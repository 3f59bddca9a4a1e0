import { describe, expect, it } from "vitest";
import { fill, placeholders } from "./fill.ts";

describe("fill", () => {
  it("fill(template, values) replaces every placeholder, repeated ones too", () => {
    expect(fill("{n} of {total}, {n}", { n: 3, total: "10" })).toBe("3 of 10, 3");
  });
  it("fill(template, values) ignores a value no placeholder asks for", () => {
    expect(fill("{n} runs", { n: 2, unused: "x" })).toBe("2 runs");
  });
  it("fill(template, values) throws on a placeholder without a value, naming it", () => {
    expect(() => fill("{minutes} min read", {})).toThrow('invalid values: no {minutes} for "{minutes} min read"');
    expect(() => fill("{n} of {total}", { n: 1 })).toThrow(/no \{total\}/);
    expect(() => fill("{toString}", {})).toThrow(/no \{toString\}/);
    expect(() => fill("{n}", { n: undefined as unknown as string })).toThrow(/no \{n\}/);
  });
  it("fill(template, values) leaves braces that are not a placeholder, and braces inside values", () => {
    expect(fill("cells like { a: 1 } and {}", {})).toBe("cells like { a: 1 } and {}");
    expect(fill("bad number: {value}", { value: "{x}" })).toBe("bad number: {x}");
  });
});

describe("placeholders", () => {
  it("placeholders(template) returns the names, sorted and each once", () => {
    expect(placeholders("{b} of {a} and {b}")).toEqual(["a", "b"]);
    expect(placeholders("no { placeholders } here")).toEqual([]);
  });
});
