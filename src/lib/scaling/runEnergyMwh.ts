import { nonNegative, positive } from "./validate.ts";

/**
 * Facility energy of a run in MWh: accelerator-hours × watts per accelerator × PUE (Patterson et al.
 * 2021, §2). Shared by `trainingRun` and by the cost widget's comparison with a published run (the grid
 * factor that a published emissions total implies is emissions ÷ this energy).
 */
export function runEnergyMwh({ acceleratorHours, powerWatts, pue }: { acceleratorHours: number; powerWatts: number; pue: number }): number {
  nonNegative("acceleratorHours", acceleratorHours);
  nonNegative("powerWatts", powerWatts);
  if (positive("pue", pue) < 1) throw new RangeError(`invalid pue: ${pue} (must be ≥ 1: facility energy includes the IT energy)`);
  return (acceleratorHours * powerWatts * pue) / 1e6; // W·h → MWh
}
