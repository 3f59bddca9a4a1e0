/**
 * The learning rate at a step: linear warm-up, then cosine decay to a tenth of the peak, the schedule
 * Chinchilla trained with (Hoffmann et al. 2022, §3 and Appendix B: "cosine cycle … decay by 10×").
 */
export interface ScheduleOptions {
  /** Peak learning rate, reached at the end of warm-up. */
  peak: number;
  /** Steps of linear warm-up from 0. */
  warmupSteps: number;
  /** Total steps of the run; the cosine ends here. */
  totalSteps: number;
  /** Final rate as a fraction of the peak (0.1). */
  floor?: number;
}

export function learningRate(step: number, { peak, warmupSteps, totalSteps, floor = 0.1 }: ScheduleOptions): number {
  if (!Number.isInteger(step) || step < 0) throw new RangeError(`invalid step: ${step} (a whole number ≥ 0)`);
  if (!(peak > 0) || !Number.isFinite(peak)) throw new RangeError(`invalid peak: ${peak} (a positive number)`);
  if (!Number.isInteger(totalSteps) || totalSteps < 1) throw new RangeError(`invalid totalSteps: ${totalSteps}`);
  if (!Number.isInteger(warmupSteps) || warmupSteps < 0 || warmupSteps > totalSteps) throw new RangeError(`invalid warmupSteps: ${warmupSteps}`);
  if (step < warmupSteps) return (peak * (step + 1)) / warmupSteps;
  const progress = Math.min(1, (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps));
  return peak * (floor + (1 - floor) * 0.5 * (1 + Math.cos(Math.PI * progress)));
}

/**
 * Peak learning rate for a width: μP's rule for Adam, hidden weights' rate ∝ 1/fan-in (Yang et al.
 * 2022, "Tensor Programs V", arXiv:2203.03466, Table 3), anchored at `base` for width `baseWidth`,
 * so one tuned rate transfers across the lab's sizes instead of being tuned per size.
 */
export function widthScaledRate(width: number, base: number, baseWidth: number): number {
  if (!(width > 0)) throw new RangeError(`invalid width: ${width} (a positive number)`);
  return (base * baseWidth) / width;
}
