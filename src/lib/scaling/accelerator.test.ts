import { describe, expect, it } from "vitest";
import { accelerator } from "./accelerator.ts";
import { ACCELERATOR_NAMES, ACCELERATORS } from "./tables/accelerators.ts";

describe("accelerator", () => {
  it("accelerator(name) returns the ACCELERATORS entry", () => {
    expect(accelerator("H100")).toBe(ACCELERATORS.H100);
    expect(accelerator("TPU v5p")).toBe(ACCELERATORS["TPU v5p"]);
  });
  it("accelerator(name) finds every one of ACCELERATOR_NAMES, the names the widgets offer", () => {
    expect(ACCELERATOR_NAMES).toHaveLength(Object.keys(ACCELERATORS).length);
    for (const name of ACCELERATOR_NAMES) expect(accelerator(name)).toBe(ACCELERATORS[name]);
  });
  it("accelerator(name) ignores case, spaces and dashes", () => {
    expect(accelerator("h100")).toBe(ACCELERATORS.H100);
    expect(accelerator("tpu-v5p")).toBe(ACCELERATORS["TPU v5p"]);
    expect(accelerator("ascend910b")).toBe(ACCELERATORS["Ascend 910B"]);
  });
  it("accelerator(name) throws a RangeError listing the known names for an unknown one", () => {
    expect(() => accelerator("H900")).toThrow(RangeError);
    expect(() => accelerator("H900")).toThrow('invalid accelerator: "H900" (expected one of V100, A100, H100, H800, H200, B200, MI300X, TPU v5p, Ascend 910B)');
    expect(() => accelerator("")).toThrow(/invalid accelerator/);
    expect(() => accelerator(undefined as never)).toThrow(/invalid accelerator: undefined/);
  });
  it("accelerator(object) checks and returns a hand-written accelerator", () => {
    const custom = { ...ACCELERATORS.H100, name: "H100 at 500 W", powerWatts: 500 };
    expect(accelerator(custom)).toBe(custom);
    for (const bad of [0, -1, NaN, Infinity]) {
      expect(() => accelerator({ ...custom, powerWatts: bad })).toThrow(/invalid accelerator.powerWatts/);
      expect(() => accelerator({ ...custom, peakFlopsPerSecond: bad })).toThrow(/invalid accelerator.peakFlopsPerSecond/);
    }
  });
});
