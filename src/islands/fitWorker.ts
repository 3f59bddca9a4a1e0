/// <reference lib="webworker" />
import { fitChinchilla, type ChinchillaFitResult, type LossRun } from "../lib/scaling/index.ts";

/** A request: fit these runs; `id` pairs the answer with the request. */
export interface FitRequest {
  id: number;
  runs: LossRun[];
}

/** The answer: the fitted constants, or the scaling module's error (a RangeError names what is wrong). */
export type FitResponse = { id: number; ok: true; fit: ChinchillaFitResult } | { id: number; ok: false; range: boolean; message: string };

/**
 * Fits the Chinchilla form off the main thread (the fit takes from ≈ 50 ms for 240 runs to about a
 * second for thousands), so the page stays responsive and the reader can cancel, which terminates
 * this worker.
 */
self.onmessage = (event: MessageEvent<FitRequest>) => {
  const { id, runs } = event.data;
  let response: FitResponse;
  try {
    response = { id, ok: true, fit: fitChinchilla(runs) };
  } catch (e) {
    response = { id, ok: false, range: e instanceof RangeError, message: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(response);
};
