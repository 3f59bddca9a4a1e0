import type { AcceleratorName } from "./accelerators.ts";

/** A training run whose authors published its hardware budget; the figures `trainingRun` is checked against. */
export interface PublishedRun {
  /** Model name as published. */
  model: string;
  /** Accelerator the run used (a key of `ACCELERATORS`). */
  accelerator: AcceleratorName;
  /** Published accelerator-hours (GPU-hours). */
  acceleratorHours: number;
  /** N, parameters (active parameters per token for a mixture of experts). */
  params: number;
  /** D, training tokens. */
  tokens: number;
  /** Published training FLOPs, when the paper states them. */
  flops?: number;
  /** Accelerators used at once, when published. */
  count?: number;
  /** Published wall-clock days. */
  wallClockDays?: number;
  /** Watts per accelerator the authors used for energy (TDP or measured average). */
  powerWatts?: number;
  /** Power usage effectiveness the authors used. */
  pue?: number;
  /**
   * True when the authors' power figure already includes datacentre overhead, so they apply no separate
   * PUE (Meta: "peak power capacity per GPU device … adjusted for power usage efficiency").
   */
  pueInPower?: boolean;
  /** Published energy in MWh. */
  energyMwh?: number;
  /** Grid carbon intensity the authors used, kg CO2e per kWh. */
  carbonIntensity?: number;
  /** Published (location-based) emissions in tonnes CO2e. */
  emissionsTonnesCo2?: number;
  /** Measured FLOP/s per accelerator, when published. */
  achievedFlopsPerSecond?: number;
  /** Price in USD per accelerator-hour the authors assumed. */
  pricePerHour?: number;
  /** Published cost in USD. */
  costUsd?: number;
  /** Paper, table or model card. */
  source: string;
}

/** Published runs, each figure as its source prints it. */
export const PUBLISHED_RUNS = {
  gpt3: {
    model: "GPT-3 175B",
    accelerator: "V100",
    acceleratorHours: 10_000 * 14.8 * 24, // 10,000 V100s for 14.8 days
    params: 174.6e9,
    tokens: 300e9,
    flops: 3.14e23,
    count: 10_000,
    wallClockDays: 14.8,
    powerWatts: 330, // measured average per processor, not the 300 W TDP
    pue: 1.1,
    energyMwh: 1_287,
    carbonIntensity: 0.429,
    emissionsTonnesCo2: 552,
    achievedFlopsPerSecond: 24.6e12,
    source: "Brown et al. 2020, arXiv:2005.14165, Table D.1; Patterson et al. 2021, arXiv:2104.10350, Table 4",
  },
  llama2_7b: {
    model: "Llama 2 7B",
    accelerator: "A100",
    acceleratorHours: 184_320,
    params: 6.74e9,
    tokens: 2e12,
    powerWatts: 400,
    pueInPower: true, // Table 2's note: power is "adjusted for power usage efficiency"
    emissionsTonnesCo2: 31.22,
    source: "Touvron et al. 2023, Llama 2, arXiv:2307.09288, Tables 1 and 2",
  },
  llama3_405b: {
    model: "Llama 3.1 405B",
    accelerator: "H100",
    acceleratorHours: 30.84e6,
    params: 405e9,
    tokens: 15.6e12,
    flops: 3.8e25,
    powerWatts: 700, // the H100's peak (TDP), "adjusted for power usage efficiency" per the model card
    pueInPower: true,
    emissionsTonnesCo2: 8_930, // location-based; market-based 0 (the model card's training table)
    source: "Dubey et al. 2024, arXiv:2407.21783, §3.3; Llama 3.1 model card (huggingface.co/meta-llama/Llama-3.1-405B)",
  },
  deepseek_v3: {
    model: "DeepSeek-V3",
    accelerator: "H800",
    acceleratorHours: 2.788e6, // 2,664K pre-training + 119K context extension + 5K post-training
    params: 37e9, // activated per token, of 671B
    tokens: 14.8e12,
    count: 2_048,
    pricePerHour: 2,
    costUsd: 5.576e6,
    source: "DeepSeek-AI 2024, DeepSeek-V3 Technical Report, arXiv:2412.19437, Table 1 and §3.1",
  },
} as const satisfies Record<string, PublishedRun>;
