/**
 * Where a lab experiment stands, from the worker's progress messages: how much of the plan is done,
 * how long it has run, an honest estimate of the time left, and what the reader's machine achieves
 * (tokens/s, FLOP/s, and MFU against the backend's measured peak — the model-FLOPs-utilisation idea of
 * the scaling module, made personal).
 *
 * "Honest" means measured: the estimate is this session's own throughput (planned work done since
 * Start, over the wall time since Start, so evaluations and pauses count) times the work left. Work is
 * whatever the caller weighs runs by: their FLOPs, or (as the island does) their estimated seconds,
 * which count the per-step overhead that dominates small models. There is no estimate before the
 * first measurement; the plan's prior estimate is shown before Start instead.
 */

export interface ProgressInput {
  /** Every run of the plan with its planned work (any consistent unit: FLOPs, estimated seconds). */
  plan: readonly { id: string; flops: number }[];
  /** Runs that have a result, from before this session (resumed) or from it. */
  finished: ReadonlySet<string>;
  /** Of those, the ones trained in this session: only their work measures this session's speed. */
  finishedThisSession: ReadonlySet<string>;
  /** The run being trained and its last progress message, or null between runs. */
  current: { runId: string; done: number; tokensPerSecond: number; flopsPerSecond: number } | null;
  /** Wall time since this session's Start. */
  elapsedSeconds: number;
  /** The backend's measured peak (the worker's `ready`), or null before it is known. */
  peakFlopsPerSecond: number | null;
}

export interface LabProgress {
  /** Fraction of the plan's compute done, 0–1. */
  fraction: number;
  elapsedSeconds: number;
  /** Seconds left at this session's measured speed; null before anything was measured. */
  etaSeconds: number | null;
  /** Of the run in progress (the worker's figures); null between runs. */
  tokensPerSecond: number | null;
  flopsPerSecond: number | null;
  /** Achieved FLOP/s over the measured peak; null without both. */
  mfu: number | null;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

export function labProgress(input: ProgressInput): LabProgress {
  const { plan, finished, finishedThisSession, current, peakFlopsPerSecond } = input;
  const elapsedSeconds = Number.isFinite(input.elapsedSeconds) && input.elapsedSeconds > 0 ? input.elapsedSeconds : 0;
  const total = plan.reduce((sum, run) => sum + run.flops, 0);
  let done = 0;
  let session = 0;
  for (const run of plan) {
    if (finished.has(run.id)) {
      done += run.flops;
      if (finishedThisSession.has(run.id)) session += run.flops;
    } else if (current && current.runId === run.id) {
      const part = run.flops * clamp01(current.done);
      done += part;
      session += part;
    }
  }
  const fraction = total > 0 ? clamp01(done / total) : 0;
  const remaining = Math.max(0, total - done);
  const etaSeconds = session > 0 && elapsedSeconds > 0 ? (remaining * elapsedSeconds) / session : remaining === 0 && total > 0 ? 0 : null;
  const measured = (x: number | undefined) => (x !== undefined && Number.isFinite(x) && x > 0 ? x : null);
  const flopsPerSecond = measured(current?.flopsPerSecond);
  const peak = measured(peakFlopsPerSecond ?? undefined);
  return {
    fraction,
    elapsedSeconds,
    etaSeconds,
    tokensPerSecond: measured(current?.tokensPerSecond),
    flopsPerSecond,
    mfu: flopsPerSecond !== null && peak !== null ? flopsPerSecond / peak : null,
  };
}
