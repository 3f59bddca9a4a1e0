import { positiveInteger } from "./validate.ts";

/** Options of `pipelineBubble`. */
export interface PipelineOptions {
  /** p, pipeline stages. */
  stages: number;
  /** m, micro-batches per step (per pipeline). */
  microBatches: number;
}

/**
 * Fraction of a GPipe or 1F1B pipeline step that each device sits idle: (p − 1)/(m + p − 1). The step
 * takes (m + p − 1) micro-batch slots of which p − 1 are fill and drain (Huang et al. 2019, GPipe §2.3;
 * Narayanan et al. 2021, §2.2.1, who quote the bubble relative to the ideal time, (p − 1)/m — the same
 * bubble). One stage has no bubble; more micro-batches shrink it.
 *
 * @returns a fraction in [0, 1)
 * @throws RangeError naming stages or microBatches when not an integer ≥ 1
 */
export function pipelineBubble({ stages, microBatches }: PipelineOptions): number {
  const p = positiveInteger("stages", stages);
  const m = positiveInteger("microBatches", microBatches);
  return (p - 1) / (m + p - 1);
}
