/** One printed line of `npm run bench`; the raw results are kept as JSON too. */
export interface BenchRow {
  /** What was measured, e.g. `"countParams(DeepSeek-V3 config)"`. */
  name: string;
  /** The measured figure (a median where the measurement is repeated). */
  value: number;
  /** Its unit, e.g. `"ms"`, `"µs"`, `"KB gzip"`, `"s"`. */
  unit: string;
  /** The budget from ../shared/DESIGN.md, in the same unit, if there is one. */
  budget?: number;
  /** Which way the budget points: `"lower"` (a ceiling, the default) or `"higher"` (a floor, e.g. a Lighthouse score). */
  better?: "lower" | "higher";
  /** Extra context printed beside the figure, e.g. `"median of 200 runs"`. */
  note?: string;
}

/** A bench module exports `run()`; `scripts/bench.ts` runs every `bench/*.bench.ts`. */
export type BenchModule = { run(): Promise<BenchRow[]> | BenchRow[] };

/** The median of `xs` (the mean of the middle two for an even count); `NaN` for none. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median wall time in milliseconds of `fn` over `repeats` runs, after `warmup` runs. */
export function medianMs(fn: () => unknown, repeats = 50, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}
