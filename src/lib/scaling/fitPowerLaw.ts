/** y ≈ coefficient · x^exponent, and how well that explains log y. */
export interface PowerLawFit {
  /** c in y = c·x^k, in y's unit per x's unit^k. */
  coefficient: number;
  /** k in y = c·x^k. */
  exponent: number;
  /** Coefficient of determination of the straight line in log–log space, in [0, 1]. */
  r2: number;
}

/**
 * Least-squares power law y = c·x^k, fitted as the straight line ln y = ln c + k·ln x (how Kaplan
 * et al. 2020 and Hoffmann et al. 2022, Approaches 1–2, fit their trends). Pairs where x or y is not
 * a positive finite number are skipped; with fewer than two usable pairs, or all x equal, every field
 * is NaN.
 *
 * @param xs the independent variable, e.g. FLOPs
 * @param ys the dependent variable, e.g. optimal parameters; same length as `xs`
 */
export function fitPowerLaw(xs: ArrayLike<number>, ys: ArrayLike<number>): PowerLawFit {
  if (xs.length !== ys.length) throw new RangeError(`invalid ys: length ${ys.length} (must match xs, length ${xs.length})`);
  const lx: number[] = [];
  const ly: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i];
    const y = ys[i];
    if (x > 0 && y > 0 && Number.isFinite(x) && Number.isFinite(y)) {
      lx.push(Math.log(x));
      ly.push(Math.log(y));
    }
  }
  const n = lx.length;
  const mx = lx.reduce((s, v) => s + v, 0) / n;
  const my = ly.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (lx[i] - mx) ** 2;
    sxy += (lx[i] - mx) * (ly[i] - my);
    syy += (ly[i] - my) ** 2;
  }
  if (n < 2 || sxx === 0) return { coefficient: NaN, exponent: NaN, r2: NaN };
  const exponent = sxy / sxx;
  // A perfect fit of constant y has syy = 0: nothing left to explain, so r² = 1.
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { coefficient: Math.exp(my - exponent * mx), exponent, r2 };
}
