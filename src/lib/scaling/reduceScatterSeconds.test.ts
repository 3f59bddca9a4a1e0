import { describe, expect, it } from "vitest";
import { allGatherSeconds } from "./allGatherSeconds.ts";
import { reduceScatterSeconds } from "./reduceScatterSeconds.ts";

describe("reduceScatterSeconds", () => {
  it("reduceScatterSeconds({ bytes, devices, bytesPerSecond }) costs the same as an all-gather of the same array (How to Scale Your Model, 'Sharded Matrices' table)", () => {
    const o = { bytes: 3.2e10, devices: 64, bytesPerSecond: 5e10 };
    expect(reduceScatterSeconds(o)).toBe(allGatherSeconds(o));
    expect(reduceScatterSeconds(o)).toBeCloseTo((63 / 64) * 0.64, 12);
  });
  it("reduceScatterSeconds(...) throws a RangeError naming the option", () => {
    for (const bad of [0, -1, NaN, Infinity]) expect(() => reduceScatterSeconds({ bytes: 1, devices: bad, bytesPerSecond: 1 })).toThrow(/invalid devices/);
    expect(() => reduceScatterSeconds({ bytes: -1, devices: 2, bytesPerSecond: 1 })).toThrow("invalid bytes: -1 (must be a finite number ≥ 0)");
  });
});
