import { nonNegative } from "./validate.ts";

/**
 * Electricity one average US home uses in a year, in kWh: 10,791 kWh in 2022 (US Energy Information
 * Administration, FAQ "How much electricity does an American home use?", eia.gov/tools/faqs/faq.php?id=97).
 * The figure moves by a few percent from year to year (10,715 kWh in 2020).
 */
export const US_HOUSEHOLD_KWH_PER_YEAR = 10_791;

/**
 * Energy as a plain comparison: how many US homes it would power for a year.
 * @param energyMwh energy in MWh (e.g. `trainingRun(…).energyMwh`)
 * @returns household-years of electricity (MWh × 1,000 ÷ 10,791 kWh)
 */
export function usHouseholdYears(energyMwh: number): number {
  return (nonNegative("energyMwh", energyMwh) * 1_000) / US_HOUSEHOLD_KWH_PER_YEAR;
}
