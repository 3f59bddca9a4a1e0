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

/** Median wall time in milliseconds of `fn` over `repeats` runs, after `warmup` runs. */
export function medianMs(fn: () => unknown, repeats = 50, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}
