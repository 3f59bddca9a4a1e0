/**
 * The band `labSizeChart` shades around a fitted size law: the bootstrap interval of its exponent α
 * (src/lab/labAnalysis.ts `sizeLaw`), drawn as the lines of exponent α_lo and α_hi pivoting on the fit's
 * centroid — the geometric means of N and loss, through which a least-squares line in log–log space always
 * passes. So it is narrowest in the middle of the runs and widens towards either end, as an uncertain slope
 * does. It leaves out the (smaller) uncertainty of the line's height at the centroid.
 */
import type { SizeLaw } from "../lab/labAnalysis.ts";
import type { LabSizeFit } from "./labSizeChart.ts";
import { positive } from "./labChartParts.ts";

/**
 * The band at `samples` sizes spread evenly in log N across `ns` (the runs' non-embedding parameters);
 * empty when there is no fit, no usable run or no finite interval.
 */
export function alphaBand(ns: readonly number[], law: Pick<SizeLaw, "alphaInterval" | "line"> | null, samples = 21): NonNullable<LabSizeFit["band"]> {
  const usable = ns.filter(positive);
  if (!law || usable.length === 0 || samples < 2) return [];
  const [a1, a2] = law.alphaInterval;
  if (!Number.isFinite(a1) || !Number.isFinite(a2)) return [];
  const lo = Math.log(Math.min(...usable));
  const hi = Math.log(Math.max(...usable));
  const pivot = Math.exp(usable.reduce((s, n) => s + Math.log(n), 0) / usable.length);
  const atPivot = law.line(pivot);
  if (!positive(atPivot)) return [];
  return Array.from({ length: samples }, (_, i) => {
    const params = Math.exp(lo + ((hi - lo) * i) / (samples - 1));
    const ends = [a1, a2].map((a) => atPivot * (params / pivot) ** -a);
    return { params, low: Math.min(...ends), high: Math.max(...ends) };
  });
}
