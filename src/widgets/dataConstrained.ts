import { FITS, R_D_STAR, R_N_STAR, allocationFromFit, dataConstrainedLoss, effectiveData, effectiveParams } from "../lib/scaling/index.ts";
import { formatScientific } from "../i18n/format.ts";
import type { DataConstrainedChartData, EpochPoint } from "../charts/dataConstrainedChart.ts";
import { texNumber } from "./texNumber.ts";
import type { LogRange } from "./logSlider.ts";
import { quantityField } from "./fieldSpecs.ts";
import type { FieldSpecs } from "./urlState.ts";
import { safeView } from "./safeView.ts";

/**
 * Data-constrained scaling (Muennighoff et al. 2023): U unique tokens repeated for several epochs are
 * worth less than as many fresh tokens. Effective data D′ = U + U·R*·(1 − e^(−(epochs−1)/R*)) and the
 * loss with repeated data against the loss with the same number of fresh tokens.
 */
export const DATA_CONSTRAINED_ID = "data-constrained";

export interface DataConstrainedState {
  /** U, unique tokens available. */
  uniqueTokens: number;
  /** Passes over the unique data (1 = each token seen once). */
  epochs: number;
  /** N, parameters. */
  params: number;
}

export const UNIQUE_RANGE: LogRange = { min: 1e8, max: 1e14, step: 0.01 };
/** 1 to 100 epochs; 0.001-decade steps so the slider lands on 4 and 40 exactly (10^0.602 rounds to 4.00). */
export const EPOCHS_RANGE: LogRange = { min: 1, max: 100, step: 0.001 };
export const PARAMS_RANGE: LogRange = { min: 1e7, max: 1e13, step: 0.01 };

/** Query text: 4 significant digits, plain below 10⁵ so epochs read `e=4`, scientific above (`u=1e11`). */
function queryNumber(x: number): string {
  return x >= 1e5 ? formatScientific(x, { style: "plain", digits: 4 }) : String(Number(x.toPrecision(4)));
}

export const DATA_CONSTRAINED_FIELDS: FieldSpecs<DataConstrainedState> = {
  uniqueTokens: quantityField("u", 1e11, UNIQUE_RANGE, { format: queryNumber }),
  epochs: quantityField("e", 4, EPOCHS_RANGE, { format: queryNumber }),
  params: quantityField("n", 1e10, PARAMS_RANGE, { format: queryNumber }),
};

export const DATA_CONSTRAINED_DEFAULTS: DataConstrainedState = {
  uniqueTokens: DATA_CONSTRAINED_FIELDS.uniqueTokens.default,
  epochs: DATA_CONSTRAINED_FIELDS.epochs.default,
  params: DATA_CONSTRAINED_FIELDS.params.default,
};

export interface DataConstrainedView {
  /** D = U · epochs, tokens trained on. */
  tokens: number;
  /** D′, effective tokens. */
  effective: number;
  /** D′/D: what the repeated tokens are worth against fresh ones. */
  worth: number;
  /** Value of the tokens of one more epoch relative to fresh tokens, e^(−(epochs−1)/R*) (the slope of D′ in D). */
  marginal: number;
  /** U·(1 + R*): the most effective data U unique tokens can ever give. */
  ceiling: number;
  /** Loss with the repeated data, nats per token (Muennighoff et al.'s C4 fit). */
  loss: number;
  /** Loss if all D tokens were unique. */
  lossFresh: number;
  /** Loss after a single epoch over the unique data. */
  lossOneEpoch: number;
  chart: DataConstrainedChartData;
  /** The data table: round numbers of epochs and the reader's. */
  table: EpochPoint[];
  failed: boolean;
}

/** Epochs listed in the data table, besides the reader's. */
export const TABLE_EPOCHS = [1, 2, 4, 10, 20, 40, 100];

/** Epochs the curves are drawn at: 1 to 100, evenly in log, plus the reader's. */
function epochGrid(chosen: number): number[] {
  const grid = Array.from({ length: 81 }, (_, i) => 10 ** ((2 * i) / 80));
  return [...grid, chosen].sort((a, b) => a - b);
}

/** Effective data and losses at one number of epochs. */
function epochPoint(uniqueTokens: number, params: number, epochs: number): EpochPoint {
  const d = uniqueTokens * epochs;
  return {
    epochs,
    effective: effectiveData(d, uniqueTokens),
    fresh: d,
    loss: dataConstrainedLoss({ params, tokens: d, uniqueTokens }),
    lossFresh: dataConstrainedLoss({ params, tokens: d, uniqueTokens: d }),
  };
}

function buildView({ uniqueTokens, epochs, params }: DataConstrainedState): Omit<DataConstrainedView, "failed"> {
  const tokens = uniqueTokens * epochs;
  const effective = effectiveData(tokens, uniqueTokens);
  const loss = dataConstrainedLoss({ params, tokens, uniqueTokens });
  const lossFresh = dataConstrainedLoss({ params, tokens, uniqueTokens: tokens });
  const lossOneEpoch = dataConstrainedLoss({ params, tokens: uniqueTokens, uniqueTokens });
  const curve = epochGrid(epochs).map((e) => epochPoint(uniqueTokens, params, e));
  const table = [...new Set([...TABLE_EPOCHS, epochs])].sort((a, b) => a - b).map((e) => epochPoint(uniqueTokens, params, e));
  const view = {
    tokens,
    effective,
    worth: effective / tokens,
    marginal: Math.exp(-(epochs - 1) / R_D_STAR),
    ceiling: uniqueTokens * (1 + R_D_STAR),
    loss,
    lossFresh,
    lossOneEpoch,
  };
  for (const [k, v] of Object.entries(view)) if (!Number.isFinite(v)) throw new RangeError(`non-finite ${k}`);
  if (curve.some((p) => !Number.isFinite(p.effective) || !Number.isFinite(p.loss) || !Number.isFinite(p.lossFresh))) throw new RangeError("non-finite curve");
  return {
    ...view,
    chart: { curve, chosen: { epochs, effective, fresh: tokens, loss, lossFresh }, ceiling: view.ceiling, uniqueTokens },
    table,
  };
}

/**
 * Everything the widget shows for a state, computed with lib/scaling. A state the module rejects
 * (a `RangeError`) gives the default view with `failed: true`, never NaN.
 */
export function dataConstrainedView(state: DataConstrainedState): DataConstrainedView {
  return safeView(buildView, state, DATA_CONSTRAINED_DEFAULTS);
}

/**
 * N′, the effective parameters, as `dataConstrainedLoss` computes them (Muennighoff et al. 2023, Eq. 6):
 * U_N = G·(U_D·G)^(a/b) is the compute-optimal size for the unique data under the fit, and parameters
 * beyond it are worth less. Shown in "show your work" only; the loss itself comes from the module.
 */
export function effectiveParamsFor(params: number, uniqueTokens: number, tokens: number): { base: number; effective: number } {
  const { G, a, b } = allocationFromFit(FITS.muennighoff2023);
  const base = G * (Math.min(uniqueTokens, tokens) * G) ** (a / b);
  return { base, effective: effectiveParams(params, base, R_N_STAR) };
}

/** The formulas with the reader's values, for "show your work". */
export function dataConstrainedTex(state: DataConstrainedState): string {
  const { uniqueTokens: U, epochs, params } = state;
  const v = dataConstrainedView(state);
  const f = FITS.muennighoff2023;
  const r = epochs - 1;
  const n = effectiveParamsFor(params, U, v.tokens);
  const rN = params / Math.min(params, n.base) - 1;
  const lines = [
    `R_D = \\frac{D}{U_D} - 1 = ${texNumber(r)}`,
    `D' = U_D + U_D R_D^{*}\\left(1 - e^{-R_D/R_D^{*}}\\right) = ${texNumber(U)}\\left(1 + ${texNumber(R_D_STAR, 4)}\\left(1 - e^{-${texNumber(r)}/${texNumber(R_D_STAR, 4)}}\\right)\\right) = ${texNumber(v.effective)}`,
    `U_N = ${texNumber(n.base)},\\quad R_N = \\frac{N}{U_N} - 1 = ${texNumber(rN)},\\quad N' = U_N + U_N R_N^{*}\\left(1 - e^{-R_N/R_N^{*}}\\right) = ${texNumber(n.effective)}`,
    `L = E + \\frac{A}{N'^{\\alpha}} + \\frac{B}{D'^{\\beta}} = ${texNumber(f.E, 4)} + \\frac{${texNumber(f.A, 4)}}{(${texNumber(n.effective)})^{${texNumber(f.alpha, 4)}}} + \\frac{${texNumber(f.B, 4)}}{(${texNumber(v.effective)})^{${texNumber(f.beta, 4)}}} = ${v.loss.toFixed(4)}`,
  ];
  return `\\begin{gathered}${lines.join("\\\\[0.5em]")}\\end{gathered}`;
}

/** The one-line call that reproduces the loss readout. */
export function dataConstrainedCode({ uniqueTokens, epochs, params }: DataConstrainedState): string {
  const fmt = (x: number) => formatScientific(x, { style: "plain", digits: 4 });
  return `scaling.dataConstrainedLoss({ params: ${fmt(params)}, tokens: ${fmt(uniqueTokens * epochs)}, uniqueTokens: ${fmt(uniqueTokens)} })`;
}
