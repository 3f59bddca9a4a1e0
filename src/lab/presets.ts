/**
 * The lab's experiments as plans of runs: which models, how many tokens, which compute budgets, and how
 * long that should take on this site's reference machine (a 2-core laptop-class CPU, the backend that
 * headless Chromium picks there). Pure and free of TensorFlow.js at runtime, so the island can check a
 * reader's settings before anything heavy loads.
 */
import { countParams } from "../lib/scaling/index.ts";
import { labModelConfig, type LabShape } from "./labModel.ts";
import type { LabExperiment, LabRun } from "./protocol.ts";

export type LabPresetName = "quick" | "standard" | "thorough";
export const LAB_PRESET_NAMES: readonly LabPresetName[] = ["quick", "standard", "thorough"];
export type LabCorpusName = "en" | "zh" | "both";

export interface LabSettings {
  preset: LabPresetName;
  experiment: LabExperiment;
  seed: number;
  corpus: LabCorpusName;
  /** Overrides the preset's model widths for experiment "size". */
  widths?: number[];
  /** Overrides the preset's FLOP budgets for experiment "budget". */
  budgets?: number[];
}

export interface LabPreset {
  /** Transformer blocks of every model (width is what varies, as in Kaplan et al. 2020's width sweeps). */
  layers: number;
  /** Context length in bytes. */
  context: number;
  /** Sequences per step. */
  batch: number;
  /** Experiment 1: model widths, one run each, all trained on `tokens`. */
  widths: number[];
  /** Experiment 1: training tokens (bytes) of every size. */
  tokens: number;
  /** Experiment 2: compute budgets C = 6ND in FLOPs. */
  budgets: number[];
  /** Experiment 2: model sizes tried per budget. */
  splits: number;
  /** Experiment 2: bytes per parameter the splits span, when not `LAB_SPLIT_TOKENS_PER_PARAM`. */
  splitBand?: { min: number; max: number };
  /** A plan estimated to take longer than this is flagged "too-slow". */
  maxSeconds: number;
  /** Peak learning rate of every run (see `labPeakRate`). */
  peakRate: number;
}

/**
 * Sized by time measured in headless Chromium on the 2-core reference machine (see `LAB_SPEED`):
 * quick ≤ 1 minute and standard ≤ 5 minutes per experiment, with margin for a busier laptop.
 * Experiment 1 spans ≥ 1.5 decades of non-embedding parameters in 6+ sizes, as the issue asks.
 */
export const LAB_PRESETS: Record<LabPresetName, LabPreset> = {
  // Quick's minute buys three splits a budget, from width 4 (72 and 144 bytes per parameter) to 8 bytes per
  // parameter: a fourth far out on the large-model side tipped a parabola through four runs off its floor.
  // Seed 1, 2026-12-07: both valleys bracketed in Node (floors near 46 and 101 bytes per parameter); in
  // Chromium 2e9 was (84) and 1e9 sat at its edge — at 1e9 the floor is within noise of width 4.
  quick: { layers: 2, context: 32, batch: 16, widths: [8, 12, 16, 24, 32, 48], tokens: 40_960, budgets: [1e9, 2e9], splits: 3, splitBand: { min: 8, max: 512 }, maxSeconds: 60, peakRate: 0.006 },
  // Standard's four splits a budget start at 10 bytes per parameter: five, down to 4, took 348 s in Chromium
  // (2026-12-07, a busy machine), and the fifth, far out on the large-model side, did not move the floors.
  standard: { layers: 2, context: 64, batch: 16, widths: [8, 12, 16, 24, 32, 48, 64], tokens: 163_840, budgets: [1e10, 3e10], splits: 4, splitBand: { min: 10, max: 512 }, maxSeconds: 300, peakRate: 0.004 },
  thorough: { layers: 3, context: 64, batch: 32, widths: [8, 12, 16, 24, 32, 48, 64, 96], tokens: 524_288, budgets: [1e10, 3e10, 1e11], splits: 6, maxSeconds: 1800, peakRate: 0.003 },
};

/** Widths a reader may ask for: multiples of nothing in particular, but at least 8 (one head of 8) and at most 256. */
export const LAB_WIDTH_RANGE = { min: 8, max: 256 } as const;
/** Budgets a reader may ask for, in FLOPs (C = 6ND): below 1e8 not one step of the smallest model; above 1e15 is days here. */
export const LAB_BUDGET_RANGE = { min: 1e8, max: 1e15 } as const;
/** A size law needs three points; a valley needs three splits. */
export const LAB_MIN_SIZES = 3;
/** Fewer optimizer steps than this is not training (warm-up alone is a tenth of the run). */
export const LAB_MIN_STEPS = 20;
/**
 * Splits of a budget are chosen between these tokens per parameter. The lab's tokens are bytes, about
 * four to a BPE token, so Chinchilla's ~20 tokens per parameter (Hoffmann et al. 2022, Table 3) is of
 * the order of 80 bytes per parameter; and models this small, trained for a few hundred steps, are
 * limited by their steps, which moves the valley's floor further towards small models and many bytes.
 * A band of 1…64 left every reference valley at its smallest model (2026-12-07, standard preset: the
 * lowest loss at 34, 35 and 44 bytes per parameter for 3e9, 1e10 and 3e10 FLOPs). With 4…512 the
 * standard preset's valleys are bracketed: floors near 174 bytes per parameter at 1e10 and 92 at 3e10.
 * At 3e9 the floor lay beyond width 4 (width 3 at 438 bytes per parameter beat it; width 2 did not),
 * so standard starts at 1e10. The lower end stops where the largest model gets only a few dozen steps.
 */
export const LAB_SPLIT_TOKENS_PER_PARAM = { min: 4, max: 512 } as const;
/**
 * The narrowest model a budget is split into: width 4 (one head of 4, ≈ 1.5K parameters with the tied
 * embedding) reaches the many-bytes side of the small budgets' valleys; readers' own sizes still start at
 * `LAB_WIDTH_RANGE.min`.
 */
export const LAB_SPLIT_WIDTH_MIN = 4;

/**
 * Seconds per optimizer step ≈ `perStep + perLayer·layers + flopsPerStep / flopsPerSecond`: the tfjs
 * backend's per-op dispatch cost plus arithmetic at its achieved rate. Measured in headless Chromium
 * on the wasm backend (non-threaded SIMD) on the 2-core reference machine; see bench/lab.bench.ts.
 * Remeasured 2026-12-07 at load ≈ 3 (the first values, 0.025 s, 0.02 s and 3 GFLOP/s, were taken on a
 * machine at load ≈ 10): the quick isoFLOP plan they put at 103 s ran in 44 s, each run at 0.35–0.56 of
 * its estimate; these are 0.6 of the first values, an estimate ≈ 1.2–1.7 times what was measured.
 */
export const LAB_SPEED = { perStep: 0.015, perLayer: 0.012, flopsPerSecond: 5e9 } as const;

export type LabProblem =
  | { code: "too-slow"; seconds: number; limit: number }
  | { code: "budget-too-small"; budget: number; minimum: number }
  | { code: "budget-out-of-range"; budget: number; min: number; max: number }
  | { code: "width-out-of-range"; width: number; min: number; max: number }
  | { code: "too-few-sizes"; count: number; minimum: number };

export interface LabPlan {
  runs: LabRun[];
  estimatedSeconds: number;
  problems: LabProblem[];
}

/** The head count for a width: heads of 16 dimensions where the width allows, else one head. */
export function headsFor(width: number): number {
  for (let heads = Math.floor(width / 16); heads > 1; heads--) if (width % heads === 0) return heads;
  return 1;
}

export function labShape(width: number, preset: LabPreset): LabShape {
  return { width, layers: preset.layers, heads: headsFor(width), context: preset.context };
}

/** Parameters a token passes through (non-embedding + the tied head), the N of C = 6ND as trainRun counts it. */
export function flopParams(shape: LabShape): number {
  const counted = countParams(labModelConfig(shape));
  return counted.nonEmbedding + counted.breakdown.embedding;
}

/**
 * Peak learning rate: one per preset, the same for every size, tuned on the preset's widest model so
 * that it is not the one left undertrained (μP's 1/width rule, tried first, starved the widest model in
 * runs this short). Sweep on the quick preset's shape (2 layers, context 32, batch 16, 64 steps, corpus
 * "both", seed 1, wasm in Node, 2026-12-07): width 48 → final loss 3.670 / 3.648 / 3.658 at peak 0.005 /
 * 0.01 / 0.02; width 8 → 4.392 / 3.979 / 3.654. At this length every model is limited by its steps, and
 * the smaller the model the larger the rate it wants, so a rate tuned for the small ones flattens the
 * law: at 0.01 (80 steps) the final losses were 3.79, 3.53, 3.65, 3.64, 3.64, 3.63 for widths 8…48
 * (α ≈ 0.005). Quick uses 0.006, where the widest model is within 0.02 nats of its best; a first
 * reference run at 0.0066…0.0051 gave 4.26, 3.89, 3.81, 3.67, 3.69, 3.69 (α ≈ 0.039).
 * Standard (context 64, 160 steps): width 32 diverged at 0.008 (3.562, against 3.006 for width 24) and
 * trained at 0.004 (3.135), so standard uses 0.004. Thorough (3 layers, width up to 96, 256 steps) was
 * not swept for lack of time: 0.003 is a guess one step below standard's, to be swept.
 */
export function labPeakRate(preset: LabPreset): number {
  return preset.peakRate;
}

/** Estimated seconds of one run, evaluations included (12 held-out passes of 4 × 8 sequences, forward only). */
export function estimateRunSeconds(shape: LabShape, tokens: number, batch: number): number {
  const steps = Math.ceil(tokens / (batch * shape.context));
  const perToken = 6 * flopParams(shape) + 12 * shape.layers * shape.context * shape.width;
  const stepSeconds = LAB_SPEED.perStep + LAB_SPEED.perLayer * shape.layers + (perToken * batch * shape.context) / LAB_SPEED.flopsPerSecond;
  const evalSeconds = 12 * 4 * (LAB_SPEED.perStep / 3 + (LAB_SPEED.perLayer * shape.layers) / 3 + (perToken / 3) * 8 * shape.context / LAB_SPEED.flopsPerSecond);
  return steps * stepSeconds + evalSeconds;
}

function run(id: string, group: string, shape: LabShape, tokens: number, preset: LabPreset, seed: number): LabRun {
  const stepTokens = preset.batch * preset.context;
  // Whole steps, so the run trains on exactly what the plan says.
  const whole = Math.max(1, Math.round(tokens / stepTokens)) * stepTokens;
  return { id, group, spec: { shape, tokens: whole, batch: preset.batch, peakRate: labPeakRate(preset), seed } };
}

/** Widths a budget may be split into: steps of 2 up to 16, of 4 up to 64, of 8 above (each about a tenth or more in N). */
function splitLadder(): number[] {
  const ladder: number[] = [];
  for (let w = LAB_SPLIT_WIDTH_MIN; w <= LAB_WIDTH_RANGE.max; w += w < 16 ? 2 : w < 64 ? 4 : 8) ladder.push(w);
  return ladder;
}

/**
 * The widths a budget is split over: `splits` sizes log-even in N between the smallest and the largest
 * width of the ladder whose bytes per parameter fall inside the band (and that trains LAB_MIN_STEPS steps),
 * each the ladder's nearest width to its target.
 */
function budgetWidths(budget: number, preset: LabPreset): { widths: number[]; minimum: number } {
  const ladder = splitLadder();
  const band = preset.splitBand ?? LAB_SPLIT_TOKENS_PER_PARAM;
  const minTokens = LAB_MIN_STEPS * preset.batch * preset.context;
  const fits = ladder.filter((w) => {
    const n = flopParams(labShape(w, preset));
    const tokens = budget / (6 * n);
    return tokens >= minTokens && tokens / n >= band.min && tokens / n <= band.max;
  });
  // The smallest budget that trains LAB_MIN_SIZES of the smallest models for LAB_MIN_STEPS steps.
  const third = flopParams(labShape(ladder[LAB_MIN_SIZES - 1], preset));
  const minimum = 6 * third * Math.max(minTokens, band.min * third);
  if (fits.length <= preset.splits) return { widths: fits, minimum };
  const logN = fits.map((w) => Math.log(flopParams(labShape(w, preset))));
  const pick = new Set<number>();
  for (let i = 0; i < preset.splits; i++) {
    const target = logN[0] + (i * (logN.at(-1)! - logN[0])) / (preset.splits - 1);
    let best = 0;
    for (let j = 1; j < fits.length; j++) if (Math.abs(logN[j] - target) < Math.abs(logN[best] - target)) best = j;
    pick.add(fits[best]);
  }
  return { widths: [...pick].sort((a, b) => a - b), minimum };
}

/**
 * The runs of an experiment, their estimated time on the reference machine, and what a reader should
 * fix first. Throws only for programming errors (unknown preset or experiment, a seed that is not a
 * whole number); out-of-range sizes and budgets come back as `problems` and are left out of `runs`.
 */
export function labPlan(settings: LabSettings): LabPlan {
  const preset = LAB_PRESETS[settings.preset];
  if (!preset || !Object.hasOwn(LAB_PRESETS, settings.preset)) throw new RangeError(`invalid preset: ${settings.preset}`);
  if (settings.experiment !== "size" && settings.experiment !== "budget") throw new RangeError(`invalid experiment: ${settings.experiment}`);
  if (!Number.isSafeInteger(settings.seed)) throw new RangeError(`invalid seed: ${settings.seed} (a whole number)`);
  const problems: LabProblem[] = [];
  const runs: LabRun[] = [];
  if (settings.experiment === "size") {
    const valid: number[] = [];
    for (const width of settings.widths ?? preset.widths) {
      if (Number.isInteger(width) && width >= LAB_WIDTH_RANGE.min && width <= LAB_WIDTH_RANGE.max) valid.push(width);
      else problems.push({ code: "width-out-of-range", width, min: LAB_WIDTH_RANGE.min, max: LAB_WIDTH_RANGE.max });
    }
    const widths = [...new Set(valid)].sort((a, b) => a - b);
    if (widths.length < LAB_MIN_SIZES) problems.push({ code: "too-few-sizes", count: widths.length, minimum: LAB_MIN_SIZES });
    for (const width of widths) runs.push(run(`w${width}`, "size", labShape(width, preset), preset.tokens, preset, settings.seed));
  } else {
    for (const budget of settings.budgets ?? preset.budgets) {
      if (!(budget >= LAB_BUDGET_RANGE.min && budget <= LAB_BUDGET_RANGE.max)) {
        problems.push({ code: "budget-out-of-range", budget, min: LAB_BUDGET_RANGE.min, max: LAB_BUDGET_RANGE.max });
        continue;
      }
      const { widths, minimum } = budgetWidths(budget, preset);
      if (widths.length < LAB_MIN_SIZES) {
        problems.push({ code: "budget-too-small", budget, minimum });
        continue;
      }
      const group = budget.toExponential(1).replace("+", "");
      for (const width of widths) {
        const shape = labShape(width, preset);
        runs.push(run(`${group}-w${width}`, group, shape, budget / (6 * flopParams(shape)), preset, settings.seed));
      }
    }
  }
  const estimatedSeconds = runs.reduce((s, r) => s + estimateRunSeconds(r.spec.shape, r.spec.tokens, r.spec.batch), 0);
  if (estimatedSeconds > preset.maxSeconds) problems.push({ code: "too-slow", seconds: estimatedSeconds, limit: preset.maxSeconds });
  return { runs, estimatedSeconds, problems };
}
