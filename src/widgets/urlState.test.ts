import { describe, expect, it } from "vitest";
import { readState, writeState, type FieldSpecs } from "./urlState.ts";

interface S { n: number; fit: string }
const specs: FieldSpecs<S> = {
  n: { key: "n", default: 1e9, parse: (t) => { const x = Number(t); return Number.isFinite(x) && x > 0 ? x : null; }, format: (x) => x.toExponential() },
  fit: { key: "fit", default: "a", parse: (t) => (["a", "b"].includes(t) ? t : null), format: (x) => x },
};

describe("urlState", () => {
  it("readState(search, id, specs) takes defaults for absent keys without reporting them", () => {
    expect(readState("", "w", specs)).toEqual({ state: { n: 1e9, fit: "a" }, fallbacks: [] });
  });
  it("readState(search, id, specs) reads this widget's keys only", () => {
    expect(readState("?w.n=5e10&other.n=3&w.fit=b", "w", specs).state).toEqual({ n: 5e10, fit: "b" });
  });
  it("readState(search, id, specs) falls back and reports malformed, zero, negative, NaN and Infinity values", () => {
    for (const bad of ["abc", "0", "-5", "NaN", "Infinity", ""]) {
      const { state, fallbacks } = readState(`?w.n=${encodeURIComponent(bad)}`, "w", specs);
      expect(state.n).toBe(1e9);
      expect(fallbacks).toEqual([{ field: "n", value: bad }]);
    }
  });
  it("writeState(search, id, specs, state) keeps other parameters and omits defaults", () => {
    expect(writeState("?x=1&w.n=5e10", "w", specs, { n: 1e9, fit: "b" })).toBe("?x=1&w.fit=b");
    expect(writeState("", "w", specs, { n: 1e9, fit: "a" })).toBe("");
  });
  it("writeState then readState round-trips a state", () => {
    const state = { n: 7e10, fit: "b" };
    expect(readState(writeState("", "w", specs, state), "w", specs).state).toEqual(state);
  });
});
