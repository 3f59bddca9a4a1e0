import type { Accelerator, AcceleratorName } from "./tables/accelerators.ts";
import type { RunCompute } from "./runFlops.ts";
import { accelerator as lookup } from "./accelerator.ts";
import { runFlops } from "./runFlops.ts";
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from "./units.ts";
import { inRange, nonNegative, positive, positiveInteger } from "./validate.ts";
import { runEnergyMwh } from "./runEnergyMwh.ts";

/**
 * Default power usage effectiveness (facility energy ÷ IT energy): 1.10, what Patterson et al. 2021
 * (arXiv:2104.10350, Table 4) use for GPT-3's Microsoft datacenter and Google reports fleet-wide
 * (google.com/about/datacenters/efficiency). Typical enterprise datacenters run nearer 1.5.
 */
export const DEFAULT_PUE = 1.1;

/**
 * World-average carbon intensity of electricity in kg CO2e per kWh: 0.48 (480 g/kWh for 2023, Ember,
 * Global Electricity Review 2024, ember-climate.org). Grids range from ~0.03 (Norway) to ~0.7 (India).
 */
export const WORLD_GRID_KG_CO2_PER_KWH = 0.48;

/** Default rental price in USD per accelerator-hour: $2, DeepSeek-V3's assumed H800 price (arXiv:2412.19437, Table 1). */
export const DEFAULT_PRICE_USD_PER_HOUR = 2;

/** Options of `trainingRun`: compute (`flops`, or `params` + `tokens`) and the cluster that spends it. */
export interface TrainingRunOptions extends RunCompute {
  /** Accelerator short name (`"H100"`) or an `Accelerator` object. */
  accelerator: AcceleratorName | (string & {}) | Accelerator;
  /** Number of accelerators running at once (an integer ≥ 1). */
  count: number;
  /** Model FLOPs utilisation in (0, 1]: achieved model FLOP/s ÷ peak FLOP/s. */
  mfu: number;
  /** Price in USD per accelerator-hour (default `DEFAULT_PRICE_USD_PER_HOUR`, $2). */
  pricePerHour?: number;
  /** Power usage effectiveness ≥ 1 (default `DEFAULT_PUE`, 1.1). */
  pue?: number;
  /** Grid carbon intensity in kg CO2e per kWh (default `WORLD_GRID_KG_CO2_PER_KWH`, 0.48); 0 for carbon-free power. */
  carbonIntensity?: number;
  /** Average watts per accelerator, replacing the datasheet TDP (e.g. a measured figure that includes the host's share). */
  powerWatts?: number;
}

/** What a training run costs. Every figure carries its unit in its name. */
export interface TrainingRun {
  /** Model FLOPs spent. */
  flops: number;
  /** Wall-clock time in seconds, assuming the run never stops (no failures, restarts or evaluation). */
  wallClockSeconds: number;
  /** The same in days. */
  wallClockDays: number;
  /** Accelerator-hours (GPU-hours): count × wall-clock hours. */
  acceleratorHours: number;
  /** Rental cost in USD: acceleratorHours × pricePerHour. */
  costUsd: number;
  /** Facility energy in MWh: acceleratorHours × powerWatts × PUE. */
  energyMwh: number;
  /** Emissions in tonnes CO2e: energy × carbon intensity (kg/kWh is t/MWh). */
  emissionsTonnesCo2: number;
}

/**
 * Time, accelerator-hours, cost, energy and emissions of a training run.
 *
 * Time = FLOPs ÷ (count × peak FLOP/s × MFU). **MFU** (model FLOPs utilisation, Chowdhery et al. 2022,
 * PaLM, §4.1) is the share of the hardware's peak that goes into the model's own FLOPs (6·N·D); it
 * excludes recomputation and everything else the cluster spends time on (communication the schedule
 * cannot hide, pipeline bubbles, memory-bound kernels, stragglers). Real large runs reached 46.2%
 * (PaLM 540B on TPU v4), 38–43% (Llama 3 405B on H100s, Dubey et al. 2024, Table 4) and 55.2%
 * (MegaScale, 175B on 12,288 GPUs); see `REPORTED_MFU` and `impliedMfu`.
 *
 * Energy = accelerator-hours × TDP × PUE: an upper-ish estimate, since GPUs seldom average their TDP,
 * though it leaves out CPUs, network and storage (PUE covers only cooling and power delivery).
 * Emissions = energy × grid carbon intensity (location-based; market-based accounting with renewable
 * contracts can report 0).
 *
 * @returns seconds, days, accelerator-hours, USD, MWh and tonnes CO2e
 * @throws RangeError naming the option: MFU outside (0, 1], count not an integer ≥ 1, unknown accelerator, PUE < 1, …
 */
export function trainingRun(options: TrainingRunOptions): TrainingRun {
  const flops = runFlops(options);
  const chip = lookup(options.accelerator);
  const count = positiveInteger("count", options.count);
  const mfu = inRange("mfu", options.mfu, 0, 1);
  const pricePerHour = nonNegative("pricePerHour", options.pricePerHour ?? DEFAULT_PRICE_USD_PER_HOUR);
  const pue = positive("pue", options.pue ?? DEFAULT_PUE);
  if (pue < 1) throw new RangeError(`invalid pue: ${pue} (must be ≥ 1: facility energy includes the IT energy)`);
  const carbonIntensity = nonNegative("carbonIntensity", options.carbonIntensity ?? WORLD_GRID_KG_CO2_PER_KWH);
  const powerWatts = positive("powerWatts", options.powerWatts ?? chip.powerWatts);

  const wallClockSeconds = flops / (count * chip.peakFlopsPerSecond * mfu);
  const acceleratorHours = (count * wallClockSeconds) / SECONDS_PER_HOUR;
  const energyMwh = runEnergyMwh({ acceleratorHours, powerWatts, pue });
  return {
    flops,
    wallClockSeconds,
    wallClockDays: wallClockSeconds / SECONDS_PER_DAY,
    acceleratorHours,
    costUsd: acceleratorHours * pricePerHour,
    energyMwh,
    emissionsTonnesCo2: energyMwh * carbonIntensity,
  };
}
