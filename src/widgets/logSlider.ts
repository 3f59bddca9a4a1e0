/**
 * A log-scale slider: the `<input type=range>` moves in log₁₀ units so every decade gets the same
 * length, which is how scaling quantities (10⁶ … 10¹³ parameters) are read.
 */
export interface LogRange {
  /** Smallest value (> 0). */
  min: number;
  /** Largest value. */
  max: number;
  /** Slider step in decades (0.01 = 100 steps a decade). */
  step: number;
}

export function toSlider(value: number, range: LogRange): number {
  const clamped = Math.min(range.max, Math.max(range.min, value));
  return Math.round(Math.log10(clamped) / range.step) * range.step;
}

export function fromSlider(position: number, range: LogRange): number {
  const value = 10 ** position;
  // Round to 3 significant digits so the readout and the URL show 1.26B, not 1.2589254117941673B.
  return Math.min(range.max, Math.max(range.min, Number(value.toPrecision(3))));
}

export function inRange(value: number, range: LogRange): boolean {
  return Number.isFinite(value) && value >= range.min && value <= range.max;
}
