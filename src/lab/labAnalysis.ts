/**
 * What the lab's runs say: the exponent of loss against size (Kaplan et al. 2020's α_N, with a bootstrap
 * interval), and each compute budget's isoFLOP valley (Hoffmann et al. 2022, Approach 2). Pure, free of
 * TensorFlow.js, so the island and the page's build can both use it.
 */
import { fitPowerLaw, quantileSorted, seededRandom, type PowerLawFit } from "../lib/scaling/index.ts";

export interface SizeRun {
  nonEmbeddingParams: number;
  finalLoss: number;
}

export interface SizeLaw {
  /** α in L ∝ N^−α (Kaplan's α_N is 0.076). */
  alpha: number;
  /** Bootstrap percentile interval of α at `level`. */
  alphaInterval: [number, number];
  level: number;
  /** The least-squares line in log–log space: L = coefficient · N^exponent (exponent = −α). */
  fit: PowerLawFit;
  /** Runs used (positive, finite N and loss). */
  count: number;
  /** The fitted loss at N. */
  line(n: number): number;
}

export interface SizeLawOptions {
  /** Seed of the resampling (default 1). */
  seed?: number;
  /** Bootstrap resamples (default 1,000). */
  resamples?: number;
  /** Central probability of the interval (default 0.9). */
  level?: number;
}

const usable = (r: SizeRun) => r.nonEmbeddingParams > 0 && r.finalLoss > 0 && Number.isFinite(r.nonEmbeddingParams) && Number.isFinite(r.finalLoss);

/**
 * Loss against non-embedding parameters as a power law L = c·N^−α, fitted as a straight line in log–log
 * space (`fitPowerLaw`, as Kaplan et al. 2020 fit Figure 1), with a bootstrap percentile interval for α
 * (resample the runs with replacement and refit; Efron & Tibshirani 1993, ch. 13). Null with fewer than
 * three usable runs (a line through two points has no interval worth drawing) or fewer than two sizes.
 *
 * @throws RangeError naming resamples, level or seed
 */
export function sizeLaw(results: readonly SizeRun[], options: SizeLawOptions = {}): SizeLaw | null {
  const resamples = options.resamples ?? 1000;
  const level = options.level ?? 0.9;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`invalid resamples: ${resamples} (a positive whole number)`);
  if (!(level > 0 && level < 1)) throw new RangeError(`invalid level: ${level} (between 0 and 1)`);
  if (!Number.isFinite(seed)) throw new RangeError(`invalid seed: ${seed} (a finite number)`);
  const runs = results.filter(usable);
  const ns = runs.map((r) => r.nonEmbeddingParams);
  if (runs.length < 3 || new Set(ns).size < 2) return null;
  const fit = fitPowerLaw(ns, runs.map((r) => r.finalLoss));
  const random = seededRandom(seed);
  const alphas: number[] = [];
  for (let i = 0; i < resamples; i++) {
    const pick = runs.map(() => runs[Math.floor(random() * runs.length)]);
    const refit = fitPowerLaw(pick.map((r) => r.nonEmbeddingParams), pick.map((r) => r.finalLoss));
    // A resample of one size has no slope: skipped, as bootstrapTrend skips them.
    if (Number.isFinite(refit.exponent)) alphas.push(-refit.exponent);
  }
  alphas.sort((a, b) => a - b);
  const tail = (1 - level) / 2;
  return {
    alpha: -fit.exponent,
    alphaInterval: [quantileSorted(alphas, tail), quantileSorted(alphas, 1 - tail)],
    level,
    fit,
    count: runs.length,
    line: (n: number) => fit.coefficient * n ** fit.exponent,
  };
}

export interface BudgetRun {
  /** The budget's label, its FLOPs as a number ("3.0e11"), as in `LabRun.group`. */
  group: string;
  /** FLOPs the run spent (6·N·D). */
  flops: number;
  /** Tokens trained on. */
  tokens: number;
  finalLoss: number;
}

export interface IsoflopValley {
  /** The budget in FLOPs. */
  budget: number;
  /** The valley's lowest point: from the parabola when it opens upward, else the lowest run. */
  minimum: { params: number; tokens: number; loss: number };
  /** D/N at the minimum (Chinchilla's ≈ 20). */
  tokensPerParam: number;
  /** Whether the minimum lies between the smallest and largest model tried (else it is an edge, not a valley). */
  interior: boolean;
  /** The fitted loss at ln N: a·(ln N)² + b·ln N + c. */
  parabola(logN: number): number;
  /** The runs of this budget, as (N, D, loss), N = flops / (6·D), smallest first. */
  points: { params: number; tokens: number; loss: number }[];
}

/** Least-squares a·x² + b·x + c through (x, y) (normal equations, solved by Cramer's rule). */
function fitParabola(xs: number[], ys: number[]): [number, number, number] | null {
  const s = [0, 0, 0, 0, 0];
  const t = [0, 0, 0];
  for (let i = 0; i < xs.length; i++) {
    for (let p = 0; p <= 4; p++) s[p] += xs[i] ** p;
    for (let p = 0; p <= 2; p++) t[p] += ys[i] * xs[i] ** p;
  }
  const det3 = (m: number[][]) =>
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  const m = [
    [s[4], s[3], s[2]],
    [s[3], s[2], s[1]],
    [s[2], s[1], s[0]],
  ];
  const d = det3(m);
  if (!(Math.abs(d) > 1e-12)) return null;
  const column = (k: number) => det3(m.map((row, r) => row.map((v, c) => (c === k ? t[2 - r] : v))));
  return [column(0) / d, column(1) / d, column(2) / d];
}

/**
 * Each budget's isoFLOP valley, as Hoffmann et al. 2022 fit them in Approach 2 (§3.2): a parabola in
 * ln N through the final losses of the runs at one budget, its vertex the compute-optimal size there.
 * Budgets with fewer than three usable runs (positive finite FLOPs, tokens, loss) are left out; a
 * parabola that opens downward has no vertex worth trusting, so its minimum is the lowest run and it is
 * not `interior`. Sorted by budget.
 */
export function isoflopValleys(results: readonly BudgetRun[]): IsoflopValley[] {
  const groups = new Map<string, BudgetRun[]>();
  for (const r of results) {
    if (!(r.flops > 0 && r.tokens > 0 && r.finalLoss > 0 && Number.isFinite(r.flops) && Number.isFinite(r.tokens) && Number.isFinite(r.finalLoss))) continue;
    groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  }
  const valleys: IsoflopValley[] = [];
  for (const [group, runs] of groups) {
    if (runs.length < 3) continue;
    const named = Number(group);
    const budget = Number.isFinite(named) && named > 0 ? named : runs.reduce((s, r) => s + r.flops, 0) / runs.length;
    const points = runs.map((r) => ({ params: r.flops / (6 * r.tokens), tokens: r.tokens, loss: r.finalLoss })).sort((a, b) => a.params - b.params);
    const xs = points.map((p) => Math.log(p.params));
    const abc = fitParabola(xs, points.map((p) => p.loss));
    const parabola = (x: number) => (abc ? abc[0] * x * x + abc[1] * x + abc[2] : NaN);
    const lowest = points.reduce((a, b) => (b.loss < a.loss ? b : a));
    let minimum = lowest;
    let interior = false;
    if (abc && abc[0] > 0) {
      const x = -abc[1] / (2 * abc[0]);
      interior = x >= xs[0] && x <= xs.at(-1)!;
      if (interior) {
        const params = Math.exp(x);
        minimum = { params, tokens: budget / (6 * params), loss: parabola(x) };
      }
    }
    valleys.push({ budget, minimum, tokensPerParam: minimum.tokens / minimum.params, interior, parabola, points });
  }
  return valleys.sort((a, b) => a.budget - b.budget);
}

/** One run as the reference file (src/data/labReference.json) and the downloads record it. */
export interface LabRunRecord {
  id: string;
  /** "size", or the budget's label ("3.0e9") in experiment 2. */
  group: string;
  shape: { width: number; layers: number; heads: number; context: number };
  tokens: number;
  nonEmbeddingParams: number;
  params: number;
  flops: number;
  finalLoss: number;
  seconds: number;
  curve: { tokens: number; loss: number }[];
}

/** src/data/labReference.json: a preset trained in Node by `npm run lab:reference`. */
export interface LabReference {
  preset: "quick" | "standard" | "thorough";
  seed: number;
  corpus: "en" | "zh" | "both";
  corpusBytes: { train: number; heldOut: number };
  backend: "webgpu" | "webgl" | "wasm" | "cpu";
  machine: { cpu: string; cores: number; os: string; node: string; loadAverage: number[] };
  /** YYYY-MM-DD. */
  date: string;
  seconds: number;
  experiments: { size: LabRunRecord[]; budget: LabRunRecord[] };
}
