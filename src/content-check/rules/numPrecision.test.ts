import { describe, expect, it } from "vitest";
import { numPrecision, resolveValue, significantDigits } from "./numPrecision.ts";

const at = (source: string, globals = {}) => numPrecision(source, { globals }).map((v) => `${v.line}:${v.column} ${v.message}`);

describe("numPrecision(source)", () => {
  it("reports a value shown with other digits than its first occurrence (3 when absent)", () => {
    const source = "Loss <Num value={L(1e9)} />, and later\n<Num value={L( 1e9 )} digits={2} />.";
    expect(at(source)).toEqual(["2:1 <Num value={L( 1e9 )}> shows 2 significant digits here but 3 at 1:6"]);
  });

  it("does not compare different expressions, or formats", () => {
    expect(at('<Num value={a} digits={2} /> <Num value={b} /> <Num value={a} format="percent" digits={2} />')).toEqual([]);
  });

  it("does not count digits a known value does not have: literals, literal exports, module constants", () => {
    expect(at("<Num value={1e12} digits={2} /> <Num value={1e12} />")).toEqual([]);
    expect(at("export const T = [2.2e7, 2.3e10];\n\n<Num value={T[1]} digits={2} /> <Num value={T[1]} />")).toEqual([]);
    expect(at("<Num value={K.alphaN} digits={2} /> <Num value={K.alphaN} />", { K: { alphaN: 0.076 } })).toEqual([]);
    expect(at("<Num value={K.alphaN} digits={2} /> <Num value={K.alphaN} />", { K: { alphaN: 0.0765 } })).toHaveLength(1);
  });

  it("ignores <Num> in notebook code", () => {
    expect(at("<Num value={x} />\n\n```js\n<Num value={x} digits={5} />\n```")).toEqual([]);
  });
});

describe("resolveValue(expression, scope) and significantDigits(x)", () => {
  it("reads literals and paths, and nothing computed", () => {
    expect(resolveValue("1_000", {})).toBe(1000);
    expect(resolveValue("a.b[1]", { a: { b: [1, 2] } })).toBe(2);
    expect(resolveValue("f(1)", { f: 1 })).toBeUndefined();
    expect(resolveValue("a.c", { a: { b: 1 } })).toBeUndefined();
  });

  it("counts the digits a number needs", () => {
    expect(significantDigits(0.076)).toBe(2);
    expect(significantDigits(1e12)).toBe(1);
    expect(significantDigits(124439808)).toBe(9);
  });
});
