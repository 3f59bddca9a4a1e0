import { describe, expect, it } from "vitest";
import { ringPassSeconds } from "./ringPassSeconds.ts";

describe("ringPassSeconds", () => {
  it("ringPassSeconds({ bytes, devices, bytesPerSecond }) returns (n − 1)/n · bytes / bandwidth", () => {
    expect(ringPassSeconds({ bytes: 8e9, devices: 8, bytesPerSecond: 1e9 })).toBe(7);
    expect(ringPassSeconds({ bytes: 8e9, devices: 1, bytesPerSecond: 1e9 })).toBe(0);
  });
  it("ringPassSeconds({ bytes, devices, bytesPerSecond }) throws RangeErrors like 'invalid devices: -1 (…)'", () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity]) expect(() => ringPassSeconds({ bytes: 1, devices: bad, bytesPerSecond: 1 })).toThrow(`invalid devices: ${bad} (must be an integer ≥ 1`);
    for (const bad of [-1, NaN, Infinity]) expect(() => ringPassSeconds({ bytes: bad, devices: 2, bytesPerSecond: 1 })).toThrow(/invalid bytes/);
    for (const bad of [0, -1, NaN, Infinity]) expect(() => ringPassSeconds({ bytes: 1, devices: 2, bytesPerSecond: bad })).toThrow(/invalid bytesPerSecond/);
  });
});
