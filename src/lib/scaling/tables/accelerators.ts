/**
 * Accelerators that trained or serve the models the essays discuss, with the figures a cost or memory
 * estimate needs. Peak throughput is the *dense* BF16 tensor-core figure: vendors' headline numbers for
 * NVIDIA parts assume 2:4 structured sparsity, which training does not use, so those are halved here.
 */

/** A chip-to-chip link, as the vendor quotes it (aggregate over links, both directions). */
export interface Interconnect {
  /** Link family, e.g. `"NVLink 4"`, `"Infinity Fabric"`, `"ICI"`, `"HCCS"`. */
  name: string;
  /** Aggregate bandwidth per accelerator in bytes/s (both directions, all links). */
  bytesPerSecond: number;
}

/** One accelerator's datasheet figures. */
export interface Accelerator {
  /** Full product name, e.g. `"NVIDIA H100 SXM5 80GB"`. */
  name: string;
  /** Dense peak FLOP/s in BF16 on the matrix units (FP16 for the V100, which has no BF16), without sparsity. */
  peakFlopsPerSecond: number;
  /** On-package memory (HBM) in bytes, decimal gigabytes as datasheets count them. */
  memoryBytes: number;
  /** Peak memory bandwidth in bytes/s. */
  memoryBandwidthBytesPerSecond: number;
  /** Thermal design power (board/module maximum) in watts. */
  powerWatts: number;
  /** Scale-up interconnect, or `null` when not published. */
  interconnect: Interconnect | null;
  /** Where the figures come from (datasheet or product page URL). */
  source: string;
  /** True when some figures are not from an official datasheet; `note` says which. */
  estimate: boolean;
  /** Caveats: what is estimated, what differs between variants. */
  note?: string;
}

const TB = 1e12;
const GB = 1e9;

/**
 * The accelerator table, keyed by short name (`"A100"`, `"H100"`, …). Memory in bytes, bandwidth in
 * bytes/s, compute in FLOP/s, power in watts; every entry names its source.
 */
export const ACCELERATORS = {
  V100: {
    name: "NVIDIA V100 SXM2 32GB",
    peakFlopsPerSecond: 125e12, // FP16 tensor cores; GPT-3 was trained on V100s (Brown et al. 2020, §2.3)
    memoryBytes: 32 * GB,
    memoryBandwidthBytesPerSecond: 900 * GB,
    powerWatts: 300,
    interconnect: { name: "NVLink 2", bytesPerSecond: 300 * GB },
    source: "https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf",
    estimate: false,
    note: "No BF16: peak is the FP16 tensor-core figure.",
  },
  A100: {
    name: "NVIDIA A100 SXM4 80GB",
    peakFlopsPerSecond: 312e12, // datasheet: 312 dense, 624 with sparsity
    memoryBytes: 80 * GB,
    memoryBandwidthBytesPerSecond: 2_039 * GB,
    powerWatts: 400,
    interconnect: { name: "NVLink 3", bytesPerSecond: 600 * GB },
    source: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf",
    estimate: false,
  },
  H100: {
    name: "NVIDIA H100 SXM5 80GB",
    peakFlopsPerSecond: 1_979e12 / 2, // datasheet: 1,979 TFLOP/s "with sparsity"; dense is half (≈ 989)
    memoryBytes: 80 * GB,
    memoryBandwidthBytesPerSecond: 3.35 * TB,
    powerWatts: 700,
    interconnect: { name: "NVLink 4", bytesPerSecond: 900 * GB },
    source: "https://www.nvidia.com/en-us/data-center/h100/",
    estimate: false,
  },
  H800: {
    name: "NVIDIA H800 SXM5 80GB",
    peakFlopsPerSecond: 1_979e12 / 2, // same die, clocks and tensor throughput as the H100 SXM
    memoryBytes: 80 * GB,
    memoryBandwidthBytesPerSecond: 3.35 * TB,
    powerWatts: 700,
    interconnect: { name: "NVLink 4 (export-limited)", bytesPerSecond: 400 * GB },
    source: "https://www.nvidia.cn/data-center/h800/",
    estimate: false,
    note: "H100 for the Chinese market with NVLink cut from 900 to 400 GB/s (and FP64 cut); DeepSeek-V3 was trained on 2,048 of them (arXiv:2412.19437 §3.1).",
  },
  H200: {
    name: "NVIDIA H200 SXM 141GB",
    peakFlopsPerSecond: 1_979e12 / 2, // same compute as H100 SXM; more and faster memory
    memoryBytes: 141 * GB,
    memoryBandwidthBytesPerSecond: 4.8 * TB,
    powerWatts: 700,
    interconnect: { name: "NVLink 4", bytesPerSecond: 900 * GB },
    source: "https://www.nvidia.com/en-us/data-center/h200/",
    estimate: false,
  },
  B200: {
    name: "NVIDIA B200 (HGX) 180GB",
    peakFlopsPerSecond: 4.5e15 / 2, // HGX B200 spec: FP16/BF16 4.5 PFLOP/s with sparsity per GPU
    memoryBytes: 180 * GB,
    memoryBandwidthBytesPerSecond: 7.7 * TB,
    powerWatts: 1_000,
    interconnect: { name: "NVLink 5", bytesPerSecond: 1.8 * TB },
    source: "https://www.nvidia.com/en-us/data-center/hgx/",
    estimate: false,
    note: "HGX B200 figures (configurable up to 1,000 W); the GB200 part runs at up to 1,200 W with 5 PFLOP/s sparse BF16.",
  },
  MI300X: {
    name: "AMD Instinct MI300X 192GB",
    peakFlopsPerSecond: 1_307.4e12, // AMD lists dense 1,307.4 and 2,614.9 with sparsity
    memoryBytes: 192 * GB,
    memoryBandwidthBytesPerSecond: 5.3 * TB,
    powerWatts: 750,
    interconnect: { name: "Infinity Fabric", bytesPerSecond: 896 * GB },
    source: "https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html",
    estimate: false,
  },
  "TPU v5p": {
    name: "Google Cloud TPU v5p",
    peakFlopsPerSecond: 459e12,
    memoryBytes: 95 * GB,
    memoryBandwidthBytesPerSecond: 2_765 * GB,
    powerWatts: 400,
    interconnect: { name: "ICI", bytesPerSecond: 1_200 * GB },
    source: "https://cloud.google.com/tpu/docs/v5p",
    estimate: true,
    note: "Google publishes no power figure for the v5p; 400 W is our order-of-magnitude assumption (about twice TPU v4's ~200 W), not a datasheet value.",
  },
  "Ascend 910B": {
    name: "Huawei Ascend 910B",
    peakFlopsPerSecond: 320e12,
    memoryBytes: 64 * GB,
    memoryBandwidthBytesPerSecond: 1.6 * TB,
    powerWatts: 400,
    interconnect: { name: "HCCS", bytesPerSecond: 392 * GB },
    source: "https://epoch.ai/data/machine-learning-hardware",
    estimate: true,
    note: "Huawei publishes no datasheet for the 910B; third-party reports give 280–376 TFLOP/s FP16 across bins, 64 GB HBM2e, 310–400 W. All figures here are estimates.",
  },
} as const satisfies Record<string, Accelerator>;

/** A key of `ACCELERATORS`: `"V100" | "A100" | "H100" | …`. */
export type AcceleratorName = keyof typeof ACCELERATORS;

/** The keys of `ACCELERATORS` in the table's order, as a widget's field offers them. */
export const ACCELERATOR_NAMES = Object.keys(ACCELERATORS) as AcceleratorName[];

/** Alias of `ACCELERATORS`, for readers who think of them as GPUs (the TPU and Ascend entries are not). */
export const GPUS = ACCELERATORS;
