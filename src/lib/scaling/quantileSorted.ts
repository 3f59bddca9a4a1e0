/**
 * The p-quantile of ascending values, interpolating linearly between order statistics (Hyndman & Fan
 * 1996 type 7, as R's default and d3.quantileSorted); NaN for an empty list.
 *
 * @param sorted values in ascending order
 * @param p a probability in [0, 1]
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  if (lo + 1 >= sorted.length) return sorted[sorted.length - 1];
  // Equal neighbours (Infinity included) need no interpolation, which would give NaN for ∞ − ∞.
  return sorted[lo] === sorted[lo + 1] ? sorted[lo] : sorted[lo] + (sorted[lo + 1] - sorted[lo]) * (i - lo);
}
