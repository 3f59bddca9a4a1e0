import { positive, positiveInteger } from "./validate.ts";
import { FITS } from "./tables/fits.ts";
import type { LossFit } from "./tables/fits.ts";
import { lossFitParam } from "./fitParam.ts";
import { computeOptimal } from "./computeOptimal.ts";
import { predictLoss } from "./predictLoss.ts";

/** One model on an iso-FLOP curve. */
export interface IsoFlopPoint {
  /** N, parameters. */
  params: number;
  /** D = C/(6N), training tokens. */
  tokens: number;
  /** Predicted loss, nats per token. */
  loss: number;
}

/** Options of `isoFlopCurve`. */
export interface IsoFlopOptions {
  /** Number of models, spaced evenly in log N (default 41). */
  points?: number;
  /** Width of the range of N in decades (default 2: a factor 10 either side of the centre). */
  spanDecades?: number;
  /** Centre of the range, parameters (default: the fit's loss-minimising N at this budget). */
  centerParams?: number;
}

/**
 * Loss against model size at a fixed training budget — an iso-FLOP slice (Hoffmann et al. 2022,
 * Figure 3 left, Figure 4 right): each point spends C = 6ND, so more parameters mean fewer tokens,
 * and the valley is the compute-optimal size.
 *
 * The default centre is the closed-form minimum: `computeOptimal` for a Chinchilla-form fit; for a
 * Kaplan Eq. 1.5 fit, N* = (p·N_c^p·C/(6·D_c))^(1/(1+p)) with p = α_N/α_D (setting dL/dN = 0 at fixed C).
 *
 * @param flops C, training compute in FLOPs
 * @param fit any loss fit (default `FITS.hoffmann2022`)
 */
export function isoFlopCurve(flops: number, fit: LossFit = FITS.hoffmann2022, options: IsoFlopOptions = {}): IsoFlopPoint[] {
  positive("flops", flops);
  const f = lossFitParam("fit", fit);
  const points = positiveInteger("points", options.points ?? 41);
  const span = positive("spanDecades", options.spanDecades ?? 2);
  let center = options.centerParams;
  if (center === undefined) {
    const p = f.form === "kaplan" ? f.alphaN / f.alphaD : 0;
    center = f.form === "kaplan" ? ((p * f.Nc ** p * flops) / (6 * f.Dc)) ** (1 / (1 + p)) : computeOptimal(flops, f).params;
  }
  positive("centerParams", center);
  const curve: IsoFlopPoint[] = [];
  for (let i = 0; i < points; i++) {
    const t = points === 1 ? 0 : i / (points - 1) - 0.5;
    const params = center * 10 ** (t * span);
    const tokens = flops / (6 * params);
    curve.push({ params, tokens, loss: predictLoss(params, tokens, f) });
  }
  return curve;
}
