/**
 * The worker's loop: train an experiment's runs one after another, reporting progress at most ~10 times
 * a second, each finished run as soon as it is done, and a Cancel as a run flagged `cancelled` that keeps
 * its curve so far. Free of `self` and `postMessage`, so the tests drive it in Node on the CPU backend.
 */
import type { Corpus } from "./corpus.ts";
import { flopParams } from "./presets.ts";
import type { FromWorker, LabRun } from "./protocol.ts";
import { trainRun } from "./trainRun.ts";

export interface RunPlanOptions {
  /** Ids already trained (a resume): not trained again. */
  skip?: Iterable<string>;
  /** Stops the run in progress between steps and the plan after it. */
  signal?: AbortSignal;
  /** Held-out evaluations per run, the curve's points (default 16). */
  evaluations?: number;
  /** Least time between two progress messages of one run, ms (default 100: at most ~10 a second). */
  progressIntervalMs?: number;
}

/** Whether an error means memory ran out (WASM heap, WebGL/WebGPU allocation, a JS RangeError on a buffer). */
export function isOutOfMemory(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /out of memory|\bOOM\b|memory access out of bounds|cannot enlarge memory|allocation failed|Array buffer allocation|failed to allocate|Could not allocate/i.test(text);
}

/** Trains `runs` in order on `corpus`, posting FromWorker messages (all but "ready") through `post`. */
export async function runPlan(runs: readonly LabRun[], corpus: Corpus, post: (message: FromWorker) => void, options: RunPlanOptions = {}): Promise<void> {
  const interval = options.progressIntervalMs ?? 100;
  if (!(interval >= 0)) throw new RangeError(`invalid progressIntervalMs: ${interval} (a number ≥ 0)`);
  const skip = new Set(options.skip ?? []);
  for (const run of runs) {
    if (skip.has(run.id)) continue;
    if (options.signal?.aborted) break;
    const start = performance.now();
    let lastPost = -Infinity;
    const perToken = 6 * flopParams(run.spec.shape);
    try {
      const result = await trainRun(run.spec, corpus, {
        signal: options.signal,
        evaluations: options.evaluations ?? 16,
        onProgress(point, done) {
          const now = performance.now();
          if (now - lastPost < interval && done < 1) return;
          lastPost = now;
          const seconds = Math.max(1e-6, (now - start) / 1000);
          post({ type: "progress", runId: run.id, point, done, tokensPerSecond: point.tokens / seconds, flopsPerSecond: (perToken * point.tokens) / seconds });
        },
      });
      const cancelled = result.tokens < run.spec.tokens;
      post({ type: "run-done", runId: run.id, result, cancelled });
      if (cancelled) break;
    } catch (error) {
      post({ type: "error", kind: isOutOfMemory(error) ? "memory" : "crash", message: error instanceof Error ? error.message : String(error), runId: run.id });
      return;
    }
  }
  post({ type: "finished", cancelled: !!options.signal?.aborted });
}
