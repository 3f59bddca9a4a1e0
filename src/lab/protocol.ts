/**
 * The messages between the lab's page and its training worker. The page owns the plan and the results;
 * the worker owns TensorFlow.js and trains one run at a time, so a Cancel, a crash or a reload loses at
 * most the run in progress.
 */
import type { CurvePoint, RunResult, RunSpec } from "./trainRun.ts";

/** TensorFlow.js backends the lab may use, fastest first (the order the worker tries them). */
export const LAB_BACKENDS = ["webgpu", "webgl", "wasm", "cpu"] as const;
export type LabBackend = (typeof LAB_BACKENDS)[number];

/** The two experiments of the issue: loss against size (Kaplan), and isoFLOP valleys (Chinchilla Approach 2). */
export type LabExperiment = "size" | "budget";

/** One run in an experiment's plan. `group` is "size" for experiment 1, the budget in FLOPs for experiment 2. */
export interface LabRun {
  /** Stable within a plan (e.g. "w32" or "1e12-w32"), used to resume: runs with a result are skipped. */
  id: string;
  group: string;
  spec: RunSpec;
}

export type ToWorker =
  /** Train `runs` in order. `corpusUrl` is fetched by the worker (same origin). `backend` forces one (tests, bench). */
  | {
      type: "start";
      runs: LabRun[];
      corpusUrl: string;
      corpus: "en" | "zh" | "both";
      backend?: LabBackend;
      /** Ids of runs the page already has results for (a resume): skipped. Optional, added by the engine (L1). */
      done?: string[];
    }
  /** Stop between steps; the run in progress reports what it has as `run-done` with `cancelled: true`. */
  | { type: "cancel" };

export type FromWorker =
  /** The backend that will train, the ones that failed before it (and why), and its measured peak. */
  | {
      type: "ready";
      backend: LabBackend;
      fallbacks: { backend: LabBackend; reason: string }[];
      /** A large matmul timed on this backend: the denominator of the reader's MFU. */
      peakFlopsPerSecond: number;
      /** Bytes of training and held-out text. */
      corpusBytes: { train: number; heldOut: number };
    }
  | {
      type: "progress";
      runId: string;
      point: CurvePoint;
      /** Fraction of this run's steps done, 0–1. */
      done: number;
      /** Achieved over this run so far (6·N·tokens per second for FLOP/s). */
      tokensPerSecond: number;
      flopsPerSecond: number;
    }
  | { type: "run-done"; runId: string; result: RunResult; cancelled: boolean }
  /** Every run trained (or the plan was cancelled: `cancelled`). */
  | { type: "finished"; cancelled: boolean }
  /**
   * Something went wrong. `kind` lets the page say what happened in the reader's language:
   * no backend at all, memory ran out, the corpus did not load, or anything else (`crash`).
   */
  | { type: "error"; kind: "no-backend" | "memory" | "corpus" | "crash"; message: string; runId?: string };
