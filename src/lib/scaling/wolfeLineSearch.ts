/** Where a line search stopped along the direction p. */
export interface LineSearchResult {
  /** Step length t ≥ 0 (0 only if no step decreased the function). */
  step: number;
  /** φ(t) = f(x + t·p). */
  value: number;
  /** φ'(t) = ∇f(x + t·p) · p. */
  slope: number;
  /** Whether t satisfies the strong Wolfe conditions. */
  ok: boolean;
  /** Number of calls to `phi`. */
  evaluations: number;
}

/** Options of `wolfeLineSearch`; defaults are Nocedal & Wright's for quasi-Newton methods. */
export interface LineSearchOptions {
  /** Sufficient-decrease constant c₁ (default 1e-4). */
  c1?: number;
  /** Curvature constant c₂ (default 0.9). */
  c2?: number;
  /** Most calls to `phi` (default 30). */
  maxEvaluations?: number;
}

/**
 * A step length satisfying the strong Wolfe conditions, φ(t) ≤ φ(0) + c₁·t·φ'(0) and
 * |φ'(t)| ≤ c₂·|φ'(0)| (Nocedal & Wright 2006, "Numerical Optimization", Algorithms 3.5 and 3.6:
 * bracketing by doubling, then zooming with safeguarded cubic interpolation). A non-finite φ(t) counts
 * as too long a step. If the conditions cannot be met, returns the lowest point found that satisfies
 * sufficient decrease, with `ok: false`.
 *
 * @param phi evaluates [φ(t), φ'(t)]; the caller keeps the gradient of its most recent call
 * @param value0 φ(0)
 * @param slope0 φ'(0), must be negative (a descent direction)
 * @param step0 the first step to try, > 0
 */
export function wolfeLineSearch(
  phi: (step: number) => [number, number],
  value0: number,
  slope0: number,
  step0: number,
  { c1 = 1e-4, c2 = 0.9, maxEvaluations = 30 }: LineSearchOptions = {},
): LineSearchResult {
  let evaluations = 0;
  const armijo = (t: number, v: number) => Number.isFinite(v) && v <= value0 + c1 * t * slope0;
  const curvature = (s: number) => Math.abs(s) <= -c2 * slope0;
  // lo: best step so far satisfying sufficient decrease; hi: the other end of the bracket.
  let lo = 0, vLo = value0, sLo = slope0;
  let hi = NaN, vHi = NaN, sHi = NaN;
  let t = step0;
  // Phase 1 (Algorithm 3.5): grow the step until it brackets a Wolfe point.
  while (evaluations < maxEvaluations) {
    const [v, s] = phi(t);
    evaluations++;
    if (!armijo(t, v) || v >= vLo) {
      [hi, vHi, sHi] = [t, v, s];
      break;
    }
    if (curvature(s)) return { step: t, value: v, slope: s, ok: true, evaluations };
    if (s >= 0) {
      [hi, vHi, sHi] = [lo, vLo, sLo];
      [lo, vLo, sLo] = [t, v, s];
      break;
    }
    [lo, vLo, sLo] = [t, v, s];
    t *= 2;
  }
  // Phase 2 (Algorithm 3.6): shrink the bracket [lo, hi] around a Wolfe point.
  while (evaluations < maxEvaluations && Number.isFinite(hi) && Math.abs(hi - lo) > 1e-16 * Math.max(1, Math.abs(lo))) {
    t = interpolate(lo, vLo, sLo, hi, vHi, sHi);
    const [v, s] = phi(t);
    evaluations++;
    if (!armijo(t, v) || v >= vLo) {
      [hi, vHi, sHi] = [t, v, s];
    } else {
      if (curvature(s)) return { step: t, value: v, slope: s, ok: true, evaluations };
      if (s * (hi - lo) >= 0) [hi, vHi, sHi] = [lo, vLo, sLo];
      [lo, vLo, sLo] = [t, v, s];
    }
  }
  return { step: lo, value: vLo, slope: sLo, ok: false, evaluations };
}

/** Minimiser of the cubic through both ends (N&W Eq. 3.59), kept in the middle 80% of the bracket; else the midpoint. */
function interpolate(a: number, va: number, sa: number, b: number, vb: number, sb: number): number {
  const lo = Math.min(a, b), hi = Math.max(a, b), margin = 0.1 * (hi - lo);
  const d1 = sa + sb - (3 * (va - vb)) / (a - b);
  const d2 = Math.sign(b - a) * Math.sqrt(d1 * d1 - sa * sb);
  const t = b - ((b - a) * (sb + d2 - d1)) / (sb - sa + 2 * d2);
  return Number.isFinite(t) && t >= lo + margin && t <= hi - margin ? t : (a + b) / 2;
}
