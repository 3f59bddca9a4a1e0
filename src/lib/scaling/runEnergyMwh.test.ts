import { describe, expect, it } from "vitest";
import { runEnergyMwh } from "./runEnergyMwh.ts";

describe("runEnergyMwh", () => {
  it("runEnergyMwh({ acceleratorHours, powerWatts, pue }) is within 0.2% of GPT-3's 1,287 MWh: 10,000 V100s × 14.8 days at 330 W, PUE 1.1 (Patterson et al. 2021, Table 4)", () => {
    const mwh = runEnergyMwh({ acceleratorHours: 10_000 * 14.8 * 24, powerWatts: 330, pue: 1.1 });
    expect(Math.abs(mwh / 1287 - 1)).toBeLessThan(0.002);
  });
  it("runEnergyMwh(options) is 0 for no hours and rejects a negative, NaN or infinite input, and a PUE below 1", () => {
    expect(runEnergyMwh({ acceleratorHours: 0, powerWatts: 300, pue: 1 })).toBe(0);
    expect(() => runEnergyMwh({ acceleratorHours: -1, powerWatts: 300, pue: 1 })).toThrow(/acceleratorHours/);
    expect(() => runEnergyMwh({ acceleratorHours: 1, powerWatts: NaN, pue: 1 })).toThrow(/powerWatts/);
    expect(() => runEnergyMwh({ acceleratorHours: Infinity, powerWatts: 300, pue: 1 })).toThrow(/acceleratorHours/);
    expect(() => runEnergyMwh({ acceleratorHours: 1, powerWatts: 300, pue: 0.9 })).toThrow(/pue/);
  });
});
