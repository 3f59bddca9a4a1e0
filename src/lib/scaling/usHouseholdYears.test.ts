import { describe, expect, it } from "vitest";
import { US_HOUSEHOLD_KWH_PER_YEAR, usHouseholdYears } from "./usHouseholdYears.ts";

describe("usHouseholdYears", () => {
  it("usHouseholdYears(energyMwh) is 1 for one household's yearly electricity", () => {
    expect(usHouseholdYears(US_HOUSEHOLD_KWH_PER_YEAR / 1_000)).toBeCloseTo(1, 12);
  });
  it("usHouseholdYears(energyMwh) puts GPT-3's 1,287 MWh (Patterson et al. 2021) at about 120 US homes for a year", () => {
    expect(usHouseholdYears(1_287)).toBeGreaterThan(110);
    expect(usHouseholdYears(1_287)).toBeLessThan(130);
  });
  it("usHouseholdYears(energyMwh) is 0 for 0 and throws a RangeError for negative, NaN and Infinity", () => {
    expect(usHouseholdYears(0)).toBe(0);
    for (const bad of [-1, NaN, Infinity]) expect(() => usHouseholdYears(bad)).toThrow(/invalid energyMwh/);
  });
});
