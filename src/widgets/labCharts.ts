/**
 * From the lab's finished runs (the reader's, or the committed reference run's) to what the widget
 * draws and says: the size law and the isoFLOP valleys (src/lab/labAnalysis.ts), and the data of the
 * three lab charts. Pure, so the Astro wrapper draws the reference run at build time with the same code
 * the island uses for the reader's runs.
 */
import { computeOptimal, FITS } from "../lib/scaling/index.ts";
import { isoflopValleys, sizeLaw, type IsoflopValley, type SizeLaw } from "../lab/labAnalysis.ts";
import { alphaBand } from "../charts/labSizeBand.ts";
import type { LabExperiment } from "../lab/protocol.ts";
import type { CurvePoint } from "../lab/trainRun.ts";
import type { LabCurvesData } from "../charts/labCurvesChart.ts";
import type { LabSizeChartData } from "../charts/labSizeChart.ts";
import type { LabIsoflopChartData } from "../charts/labIsoflopChart.ts";

/** A finished run as the analysis needs it: a `RunResult` with its plan id and group, or a reference record. */
export interface LabRecord {
  id: string;
  group: string;
  nonEmbeddingParams: number;
  params: number;
  tokens: number;
  flops: number;
  finalLoss: number;
  seconds: number;
  curve: CurvePoint[];
}

/** A run still training (or cancelled part-way): its curve so far and what colours it. */
export interface PartialCurve {
  id: string;
  group: string;
  nonEmbeddingParams: number;
  curve: CurvePoint[];
  running: boolean;
}

export interface LabFindings {
  size: SizeLaw | null;
  valleys: IsoflopValley[];
}

/** The size law (experiment 1) or the valleys (experiment 2) of these runs. */
export function labFindings(experiment: LabExperiment, records: readonly LabRecord[]): LabFindings {
  if (experiment === "size") return { size: sizeLaw(records), valleys: [] };
  return { size: null, valleys: isoflopValleys(records) };
}

/** Loss curves of every run: finished ones, then the one in progress (or cut short). */
export function curvesData(experiment: LabExperiment, records: readonly LabRecord[], partial: readonly PartialCurve[] = []): LabCurvesData {
  const value = (r: { group: string; nonEmbeddingParams: number }) => (experiment === "size" ? r.nonEmbeddingParams : Number(r.group));
  const done = new Set(records.map((r) => r.id));
  return {
    colorBy: experiment === "size" ? "size" : "budget",
    curves: [
      ...records.map((r) => ({ id: r.id, value: value(r), points: r.curve })),
      ...partial.filter((p) => !done.has(p.id)).map((p) => ({ id: p.id, value: value(p), points: p.curve, running: p.running })),
    ],
  };
}

/** Final loss against N with the fitted line and its bootstrap band across the runs' span (absent until there is a fit). */
export function sizeChartData(records: readonly LabRecord[], law: SizeLaw | null): LabSizeChartData {
  const points = records.map((r) => ({ params: r.nonEmbeddingParams, loss: r.finalLoss }));
  if (!law || points.length === 0) return { points };
  const ns = points.map((p) => p.params).filter((n) => n > 0);
  const lo = Math.log(Math.min(...ns));
  const hi = Math.log(Math.max(...ns));
  const line = Array.from({ length: 21 }, (_, i) => {
    const n = Math.exp(lo + ((hi - lo) * i) / 20);
    return { params: n, loss: law.line(n) };
  });
  return { points, fit: { line, alpha: law.alpha, band: alphaBand(ns, law) } };
}

/** The valleys with their parabolas sampled across each budget's runs. */
export function isoflopChartData(valleys: readonly IsoflopValley[], referenceRatios: { ratio: number; label: string }[] = []): LabIsoflopChartData {
  return {
    referenceRatios,
    budgets: valleys.map((v) => {
      const lo = Math.log(v.points[0].params);
      const hi = Math.log(v.points.at(-1)!.params);
      const parabola = Array.from({ length: 25 }, (_, i) => {
        const x = lo + ((hi - lo) * i) / 24;
        return { params: Math.exp(x), loss: v.parabola(x) };
      }).filter((p) => Number.isFinite(p.loss));
      return {
        budget: v.budget,
        points: v.points.map((p) => ({ params: p.params, loss: p.loss })),
        parabola: parabola.length ? parabola : undefined,
        minimum: { params: v.minimum.params, loss: v.minimum.loss, tokensPerParam: v.tokensPerParam },
        interior: v.interior,
      };
    }),
  };
}

/**
 * Besiroglu et al. 2024's refit of Chinchilla, extrapolated down to the lab's budget: the tokens per
 * parameter its compute-optimal allocation gives there (it grows with C, unlike the flat ~20).
 */
export function besirogluRatio(budget: number): number {
  return computeOptimal(budget, FITS.besiroglu2024).tokensPerParam;
}

/** The runs as CSV, one row per run (N as Kaplan counts it, D, C = 6ND, final held-out loss, seconds). */
export function runsCsv(records: readonly LabRecord[]): string {
  const rows = records.map((r) => [r.id, r.group, r.nonEmbeddingParams, r.params, r.tokens, r.flops, r.finalLoss, r.seconds].join(","));
  return ["id,group,non_embedding_params,params,tokens,flops,final_loss,seconds", ...rows].join("\n") + "\n";
}

/** Every run's loss curve as CSV, one row per evaluation. */
export function curvesCsv(records: readonly LabRecord[]): string {
  const rows = records.flatMap((r) => r.curve.map((p) => [r.id, r.group, r.nonEmbeddingParams, p.tokens, p.loss].join(",")));
  return ["id,group,non_embedding_params,tokens,loss", ...rows].join("\n") + "\n";
}

/**
 * What the fit widget reads from its paste box (src/widgets/fitData.ts): for experiment 1, (x, y) =
 * (N, final loss) pairs for a power law; for experiment 2, (N, D, loss) runs for the Chinchilla form.
 */
export function fitWidgetCsv(experiment: LabExperiment, records: readonly LabRecord[]): string {
  if (experiment === "size") return ["x,y", ...records.map((r) => `${r.nonEmbeddingParams},${r.finalLoss}`)].join("\n");
  return ["N,D,loss", ...records.map((r) => `${r.flops / (6 * r.tokens)},${r.tokens},${r.finalLoss}`)].join("\n");
}
