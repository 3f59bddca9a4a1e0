import { positive, positiveInteger } from "./validate.ts";
import { wolfeLineSearch } from "./wolfeLineSearch.ts";

/** An objective: returns f(x) and writes ∇f(x) into `gradient` (same length as x). */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

/** Options of `minimizeLbfgs`. */
export interface LbfgsOptions {
  /** Most iterations (default 500). */
  maxIterations?: number;
  /** Number of correction pairs kept, m (default 10). */
  memory?: number;
  /** Stop when max |∂f/∂xᵢ| ≤ this (default 1e-10). */
  gradientTolerance?: number;
  /**
   * Stop when an iteration lowers f by at most this fraction of |f| (default 1e-12). Relative to |f|
   * alone, not to max(|f|, 1) as SciPy's L-BFGS-B: an objective whose values are small (a sum of Huber
   * losses with δ = 1e-3 is ~1e-3) would otherwise stop early, the failure Besiroglu et al. 2024
   * found in Hoffmann et al.'s fit.
   */
  functionTolerance?: number;
}

/** Where `minimizeLbfgs` stopped. */
export interface LbfgsResult {
  /** The last point, the lowest found. */
  x: number[];
  /** f(x). */
  value: number;
  /** ∇f(x). */
  gradient: number[];
  /** Iterations taken. */
  iterations: number;
  /** Calls to the objective. */
  evaluations: number;
  /** True if a tolerance was met; false if iterations ran out or the line search failed. */
  converged: boolean;
  /** Why it stopped. */
  message: string;
}

/**
 * Minimises a smooth function with L-BFGS (Nocedal 1980; Nocedal & Wright 2006, Algorithm 7.4, the
 * two-loop recursion with H₀ = (sᵀy / yᵀy)·I) and a strong-Wolfe line search (`wolfeLineSearch`),
 * the optimizer Hoffmann et al. 2022 (§3.3) and Besiroglu et al. 2024 used for the Chinchilla fit.
 * A step that only meets sufficient decrease is still taken; if no step decreases f, the memory is
 * dropped and a steepest-descent step is tried before giving up.
 *
 * @param f objective with analytic gradient
 * @param x0 starting point
 */
export function minimizeLbfgs(f: Objective, x0: ArrayLike<number>, options: LbfgsOptions = {}): LbfgsResult {
  const maxIterations = positiveInteger("maxIterations", options.maxIterations ?? 500);
  const m = positiveInteger("memory", options.memory ?? 10);
  const gtol = positive("gradientTolerance", options.gradientTolerance ?? 1e-10);
  const ftol = positive("functionTolerance", options.functionTolerance ?? 1e-12);
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let value = f(x, g);
  let evaluations = 1;
  const done = (iterations: number, converged: boolean, message: string): LbfgsResult => ({
    x: Array.from(x), value, gradient: Array.from(g), iterations, evaluations, converged, message,
  });
  if (!Number.isFinite(value)) return done(0, false, "objective is not finite at the starting point");

  const S: Float64Array[] = [], Y: Float64Array[] = [], rho: number[] = [];
  const p = new Float64Array(n), alphas = new Float64Array(m);
  let xTrial = new Float64Array(n), gTrial = new Float64Array(n), lastStep = NaN;
  const dot = (u: Float64Array, v: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += u[i] * v[i];
    return sum;
  };
  const phi = (t: number): [number, number] => {
    for (let i = 0; i < n; i++) xTrial[i] = x[i] + t * p[i];
    const v = f(xTrial, gTrial);
    evaluations++;
    lastStep = t;
    return [v, dot(gTrial, p)];
  };

  for (let k = 0; k < maxIterations; k++) {
    if (maxAbs(g) <= gtol) return done(k, true, "gradient below tolerance");
    // Two-loop recursion: p = −H·g.
    for (let i = 0; i < n; i++) p[i] = -g[i];
    for (let j = S.length - 1; j >= 0; j--) {
      alphas[j] = rho[j] * dot(S[j], p);
      for (let i = 0; i < n; i++) p[i] -= alphas[j] * Y[j][i];
    }
    const last = S.length - 1;
    const gamma = last >= 0 ? 1 / (rho[last] * dot(Y[last], Y[last])) : 1 / Math.sqrt(dot(g, g));
    for (let i = 0; i < n; i++) p[i] *= gamma;
    for (let j = 0; j < S.length; j++) {
      const beta = rho[j] * dot(Y[j], p);
      for (let i = 0; i < n; i++) p[i] += (alphas[j] - beta) * S[j][i];
    }
    let slope = dot(g, p);
    if (!(slope < 0)) {
      // Not a descent direction (curvature information gone stale): restart from steepest descent.
      S.length = Y.length = rho.length = 0;
      for (let i = 0; i < n; i++) p[i] = -g[i] / Math.sqrt(dot(g, g));
      slope = dot(g, p);
    }
    const search = wolfeLineSearch(phi, value, slope, 1);
    if (search.step === 0) {
      // No decrease along p: retry once from steepest descent, then give up.
      if (S.length > 0) {
        S.length = Y.length = rho.length = 0;
        continue;
      }
      return done(k, false, "line search found no decrease");
    }
    if (lastStep !== search.step) phi(search.step); // make xTrial/gTrial the accepted point
    const s = new Float64Array(n), y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = xTrial[i] - x[i];
      y[i] = gTrial[i] - g[i];
    }
    // Keep the pair only if it carries positive curvature, so H stays positive definite.
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (S.length === m) S.shift(), Y.shift(), rho.shift();
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    const previous = value;
    [x, xTrial] = [xTrial, x];
    [g, gTrial] = [gTrial, g];
    value = search.value;
    if (previous - value <= ftol * Math.abs(previous)) return done(k + 1, true, "relative reduction of f below tolerance");
  }
  return done(maxIterations, false, "maximum iterations reached");
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (const u of v) m = Math.max(m, Math.abs(u));
  return m;
}
