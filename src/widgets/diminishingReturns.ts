import { FITS, chinchillaLoss, computeOptimal, optimalForParams, optimalForTokens } from "../lib/scaling/index.ts";
import type { ChinchillaFit } from "../lib/scaling/index.ts";
import { formatScientific } from "../i18n/format.ts";
import type { ReturnsChartData, ReturnsColumn } from "../charts/returnsChart.ts";
import { texNumber } from "./texNumber.ts";
import type { LogRange } from "./logSlider.ts";
import { keywordField, quantityField } from "./fieldSpecs.ts";
import type { FieldSpec, FieldSpecs } from "./urlState.ts";
import { safeView } from "./safeView.ts";

/**
 * Diminishing returns: from a starting size, what each further 10× of parameters, data or compute
 * takes off the Chinchilla-form loss L = E + A/N^α + B/D^β, and how the loss closes in on E. Also
 * checks the claim "+5% from 100M→1B, <1% from 10B→1T" for the reader's fit and data setting.
 */
export const DIMINISHING_RETURNS_ID = "diminishing-returns";

/** What is scaled up in 10× steps. */
export const AXES = ["params", "tokens", "compute"] as const;
export type ScaleAxis = (typeof AXES)[number];

/** The loss fits the reader chooses between (both of Chinchilla's form). */
export const RETURNS_FITS = ["hoffmann2022", "besiroglu2024"] as const;
export type ReturnsFitName = (typeof RETURNS_FITS)[number];

/** The other quantity (tokens when parameters grow, parameters when tokens grow): compute-optimal, or held fixed. */
export const HOLDS = ["optimal", "fixed"] as const;
export type Hold = (typeof HOLDS)[number];

export interface DiminishingReturnsState {
  axis: ScaleAxis;
  /** Starting parameters (axis `params`). */
  startParams: number;
  /** Starting training tokens (axis `tokens`). */
  startTokens: number;
  /** Starting compute, FLOPs (axis `compute`). */
  startFlops: number;
  fit: ReturnsFitName;
  hold: Hold;
  /** Tokens when they are held fixed while parameters grow. */
  fixedTokens: number;
  /** Parameters when they are held fixed while tokens grow. */
  fixedParams: number;
}

/** Number of successive 10× steps drawn. */
export const STEPS = 5;

export const START_PARAMS_RANGE: LogRange = { min: 1e6, max: 1e12, step: 0.01 };
export const START_TOKENS_RANGE: LogRange = { min: 1e8, max: 1e14, step: 0.01 };
export const START_FLOPS_RANGE: LogRange = { min: 1e17, max: 1e26, step: 0.01 };
export const FIXED_TOKENS_RANGE: LogRange = { min: 1e8, max: 1e15, step: 0.01 };
export const FIXED_PARAMS_RANGE: LogRange = { min: 1e6, max: 1e13, step: 0.01 };

/** Sizes in the URL keep four significant digits (`1.234e9`), one more than the shared default. */
const plain4 = (x: number) => formatScientific(x, { style: "plain", digits: 4 });

export const DIMINISHING_RETURNS_FIELDS: FieldSpecs<DiminishingReturnsState> = {
  axis: keywordField("axis", "params", AXES),
  startParams: quantityField("n", 1e8, START_PARAMS_RANGE, { format: plain4 }),
  startTokens: quantityField("d", 1e9, START_TOKENS_RANGE, { format: plain4 }),
  startFlops: quantityField("c", 1e19, START_FLOPS_RANGE, { format: plain4 }),
  fit: keywordField("fit", "hoffmann2022", RETURNS_FITS),
  hold: keywordField("hold", "optimal", HOLDS),
  fixedTokens: quantityField("fd", 1.4e12, FIXED_TOKENS_RANGE, { format: plain4 }),
  fixedParams: quantityField("fn", 7e10, FIXED_PARAMS_RANGE, { format: plain4 }),
};

/** The state field holding the start of each axis. */
export const START_FIELD = { params: "startParams", tokens: "startTokens", compute: "startFlops" } as const satisfies Record<ScaleAxis, keyof DiminishingReturnsState>;

export const DIMINISHING_RETURNS_DEFAULTS = Object.fromEntries(
  Object.entries(DIMINISHING_RETURNS_FIELDS).map(([k, spec]) => [k, (spec as FieldSpec<unknown>).default]),
) as unknown as DiminishingReturnsState;

/** The claim under test: about 5% off the loss from 100M to 1B parameters, under 1% from 10B to 1T. */
export const CLAIM = { small: { from: 1e8, to: 1e9, claimed: 0.05 }, large: { from: 1e10, to: 1e12, claimed: 0.01 } } as const;

/** "About 5%" is taken to mean within a factor of 2 of it: 2.5% to 10%. */
export const ABOUT_FACTOR = 2;

export interface ClaimCheck {
  /** Relative loss reduction (L_from − L_to)/L_from from 100M to 1B parameters. */
  small: number;
  /** The same from 10B to 1T parameters. */
  large: number;
  smallHolds: boolean;
  largeHolds: boolean;
  verdict: "holds" | "partly" | "fails";
}

/** One point the loss is evaluated at, with the N and D it stands for. */
export interface ReturnsPoint extends ReturnsColumn {
  params: number;
  tokens: number;
}

export interface DiminishingReturnsView {
  fit: ChinchillaFit;
  /** Columns: the start and each 10× step. */
  points: ReturnsPoint[];
  chart: ReturnsChartData;
  claim: ClaimCheck;
  /** Loss reduction from the start to the last step, and the share of the starting reducible loss it removed. */
  totalDrop: number;
  reducibleRemoved: number;
  failed: boolean;
}

/** The size axis value of the state's axis. */
export function startOf(state: DiminishingReturnsState): number {
  return state[START_FIELD[state.axis]];
}

/** N and D at one size of the chosen axis. */
export function pointAt(state: DiminishingReturnsState, x: number): { params: number; tokens: number; loss: number } {
  const fit = FITS[state.fit];
  if (state.axis === "compute") {
    const o = computeOptimal(x, fit);
    return { params: o.params, tokens: o.tokens, loss: o.loss };
  }
  if (state.axis === "params") {
    const tokens = state.hold === "optimal" ? optimalForParams(x, fit).tokens : state.fixedTokens;
    return { params: x, tokens, loss: chinchillaLoss(x, tokens, fit) };
  }
  const params = state.hold === "optimal" ? optimalForTokens(x, fit).params : state.fixedParams;
  return { params, tokens: x, loss: chinchillaLoss(params, x, fit) };
}

/** The claim, checked along the parameters axis with the state's fit and data setting. */
export function checkClaim(state: DiminishingReturnsState): ClaimCheck {
  const onParams = { ...state, axis: "params" as const };
  const drop = ({ from, to }: { from: number; to: number }) => {
    const a = pointAt(onParams, from).loss;
    return (a - pointAt(onParams, to).loss) / a;
  };
  const small = drop(CLAIM.small);
  const large = drop(CLAIM.large);
  const smallHolds = small >= CLAIM.small.claimed / ABOUT_FACTOR && small <= CLAIM.small.claimed * ABOUT_FACTOR;
  const largeHolds = large < CLAIM.large.claimed;
  return { small, large, smallHolds, largeHolds, verdict: smallHolds && largeHolds ? "holds" : smallHolds || largeHolds ? "partly" : "fails" };
}

function buildView(state: DiminishingReturnsState): Omit<DiminishingReturnsView, "failed"> {
  const fit = FITS[state.fit];
  const start = startOf(state);
  const points: ReturnsPoint[] = [];
  for (let k = 0; k <= STEPS; k++) {
    const x = start * 10 ** k;
    const p = pointAt(state, x);
    const previous = points[k - 1];
    const drop = previous ? previous.loss - p.loss : null;
    points.push({ x, params: p.params, tokens: p.tokens, loss: p.loss, drop, relativeDrop: previous && drop !== null ? drop / previous.loss : null });
  }
  for (const p of points) {
    for (const v of [p.x, p.params, p.tokens, p.loss]) if (!Number.isFinite(v)) throw new RangeError(`non-finite value at ${p.x}`);
  }
  const first = points[0].loss;
  const last = points[points.length - 1].loss;
  return {
    fit,
    points,
    chart: { columns: points.map(({ x, loss, drop, relativeDrop }) => ({ x, loss, drop, relativeDrop })), irreducible: fit.E },
    claim: checkClaim(state),
    totalDrop: first - last,
    reducibleRemoved: (first - last) / (first - fit.E),
  };
}

/**
 * Everything the widget shows for a state, computed with lib/scaling. A state the module rejects
 * (a `RangeError`) gives the default view with `failed: true`, never NaN.
 */
export function diminishingReturnsView(state: DiminishingReturnsState): DiminishingReturnsView {
  return safeView(buildView, state, DIMINISHING_RETURNS_DEFAULTS);
}

/** The formula with the reader's values (the start and the first 10×), for "show your work". */
export function diminishingReturnsTex(state: DiminishingReturnsState): string {
  const fit = FITS[state.fit];
  const start = startOf(state);
  const row = (x: number) => {
    const p = pointAt(state, x);
    return `L(${texNumber(p.params)}, ${texNumber(p.tokens)}) = ${texNumber(fit.E)} + \\frac{${texNumber(fit.A, 5)}}{(${texNumber(p.params)})^{${fit.alpha}}} + \\frac{${texNumber(fit.B, 6)}}{(${texNumber(p.tokens)})^{${fit.beta}}} = ${p.loss.toFixed(4)}`;
  };
  const a = pointAt(state, start).loss;
  const b = pointAt(state, start * 10).loss;
  return `\\begin{gathered}${row(start)}\\\\[0.3em]${row(start * 10)}\\\\[0.3em]\\frac{L_0 - L_1}{L_0} = \\frac{${a.toFixed(4)} - ${b.toFixed(4)}}{${a.toFixed(4)}} = ${(((a - b) / a) * 100).toFixed(2)}\\%\\end{gathered}`;
}

/** The one-line call that reproduces the first column's loss. */
export function diminishingReturnsCode(state: DiminishingReturnsState): string {
  const start = startOf(state);
  if (state.axis === "compute") return `scaling.computeOptimal(${plain4(start)}, scaling.FITS.${state.fit}).loss`;
  if (state.axis === "params" && state.hold === "optimal") return `scaling.optimalForParams(${plain4(start)}, scaling.FITS.${state.fit}).loss`;
  const p = pointAt(state, start);
  return `scaling.chinchillaLoss(${plain4(p.params)}, ${plain4(p.tokens)}, scaling.FITS.${state.fit})`;
}
