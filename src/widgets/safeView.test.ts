import { describe, expect, it } from "vitest";
import { safeView } from "./safeView.ts";

const build = ({ x }: { x: number }) => {
  if (!(x > 0)) throw new RangeError(`invalid x: ${x}`);
  return { root: Math.sqrt(x) };
};

describe("safeView", () => {
  it("safeView(build, state, defaults) is build(state) with failed: false", () => {
    expect(safeView(build, { x: 4 }, { x: 1 })).toEqual({ root: 2, failed: false });
  });
  it("safeView(build, state, defaults) falls back to the defaults' view with failed: true on a RangeError (0, −1, NaN, Infinity…)", () => {
    for (const x of [0, -1, NaN]) expect(safeView(build, { x }, { x: 9 })).toEqual({ root: 3, failed: true });
    const parse = ({ bad }: { bad: boolean }) => {
      if (bad) throw new TypeError("not a config");
      return { ok: true };
    };
    expect(safeView(parse, { bad: true }, { bad: false })).toEqual({ ok: true, failed: true });
  });
  it("safeView(build, state, defaults) rethrows anything else: a bug is not a reader's mistake", () => {
    expect(() => safeView(() => { throw new Error("bug"); }, {}, {})).toThrow("bug");
  });
});
