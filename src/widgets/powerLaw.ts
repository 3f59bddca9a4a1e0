import { KAPLAN_2020, kaplanLoss, PF_DAY_FLOPS } from "../lib/scaling/index.ts";
import { formatCount, formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { texNumber } from "./texNumber.ts";
import type { LossCurveData } from "../charts/lossCurveChart.ts";
import type { LogRange } from "./logSlider.ts";
import type { FieldSpecs } from "./urlState.ts";
import { keywordField, quantityField } from "./fieldSpecs.ts";

/** The power-law widget: Kaplan et al. 2020's L(N), L(D) or L(C), at a value the reader chooses. */
export const POWER_LAW_ID = "power-law";

/** Which of Kaplan's single-variable laws is shown: parameters (Eq. 1.1), data (Eq. 1.2) or compute (Eq. 1.3). */
export type Law = "n" | "d" | "c";
export const LAWS: readonly Law[] = ["n", "d", "c"];

export interface PowerLawState {
  law: Law;
  /** Non-embedding parameters N, for L(N). */
  params: number;
  /** Training tokens D, for L(D). */
  tokens: number;
  /** Compute C_min in FLOPs, for L(C); the module takes it in PF-days. */
  compute: number;
}

/** Kaplan et al. fit L(N) over 10³…10⁹ parameters (their Figure 1); the slider goes a little past it. */
export const PARAMS_RANGE: LogRange = { min: 1e6, max: 1e13, step: 0.01 };
/** L(D) was fitted up to 2.3 × 10¹⁰ tokens; the slider reaches today's 10¹³-token runs and beyond. */
export const TOKENS_RANGE: LogRange = { min: 1e7, max: 1e14, step: 0.01 };
/** L(C_min) was fitted over about 10⁻⁸…10 PF-days (10¹²…10²¹ FLOPs); the slider reaches 10²⁷ FLOPs. */
export const COMPUTE_RANGE: LogRange = { min: 1e12, max: 1e27, step: 0.01 };

/** The slider range of each law's variable. */
export const LAW_RANGES: Record<Law, LogRange> = { n: PARAMS_RANGE, d: TOKENS_RANGE, c: COMPUTE_RANGE };
/** The state field each law reads. */
export const LAW_FIELD = { n: "params", d: "tokens", c: "compute" } as const satisfies Record<Law, keyof PowerLawState>;

export const POWER_LAW_FIELDS: FieldSpecs<PowerLawState> = {
  law: keywordField("law", "n", LAWS),
  params: quantityField("n", 1e9, PARAMS_RANGE),
  tokens: quantityField("d", 1e10, TOKENS_RANGE),
  compute: quantityField("c", 1e20, COMPUTE_RANGE),
};

/** The default state: L(N) at N = 1B, what the essay's text describes. */
export const POWER_LAW_DEFAULTS: PowerLawState = {
  law: POWER_LAW_FIELDS.law.default,
  params: POWER_LAW_FIELDS.params.default,
  tokens: POWER_LAW_FIELDS.tokens.default,
  compute: POWER_LAW_FIELDS.compute.default,
};

/** A value of the law's variable for labels: compute as a power of ten (10²⁰), counts in the locale's words (1B, 10亿). */
export function formatLawValue(law: Law, x: number, locale: Locale): string {
  return law === "c" ? formatScientific(x) : formatCount(x, locale);
}

/** Kaplan's loss for one law at x (compute in FLOPs, converted to the module's PF-days). */
export function lawLoss(law: Law, x: number): number {
  if (law === "n") return kaplanLoss({ params: x });
  if (law === "d") return kaplanLoss({ tokens: x });
  return kaplanLoss({ computePfDays: x / PF_DAY_FLOPS });
}

/** The exponent of each law: 10× more of the variable multiplies the loss by 10^(−α). */
export function lawExponent(law: Law): number {
  const k = KAPLAN_2020;
  return law === "n" ? k.alphaN : law === "d" ? k.alphaD : k.alphaComputeMin;
}

export interface PowerLawView {
  law: Law;
  /** The chosen value of the law's variable (parameters, tokens or FLOPs). */
  x: number;
  chart: LossCurveData;
  /** Predicted loss at the chosen value, nats per token. */
  loss: number;
  /** Loss at 10× the value, and the factor 10^(−α) between them. */
  lossAtTenX: number;
  tenXFactor: number;
  /** For L(C): the chosen compute in PF-days, the unit of Kaplan's fit; `null` for the other laws. */
  pfDays: number | null;
}

/** Everything the widget shows for a state, computed with lib/scaling. */
export function powerLawView(state: PowerLawState): PowerLawView {
  const law = state.law;
  const x = state[LAW_FIELD[law]];
  const range = LAW_RANGES[law];
  const points = 61;
  const lo = Math.log10(range.min);
  const hi = Math.log10(range.max);
  const curve = Array.from({ length: points }, (_, i) => {
    const xi = 10 ** (lo + ((hi - lo) * i) / (points - 1));
    return { x: xi, loss: lawLoss(law, xi) };
  });
  const loss = lawLoss(law, x);
  const lossAtTenX = lawLoss(law, x * 10);
  return {
    law,
    x,
    chart: { curve, marker: { x, loss } },
    loss,
    lossAtTenX,
    tenXFactor: lossAtTenX / loss,
    pfDays: law === "c" ? x / PF_DAY_FLOPS : null,
  };
}

/** The formula with the reader's values, for "show your work". */
export function powerLawTex(state: PowerLawState): string {
  const k = KAPLAN_2020;
  const { law } = state;
  const x = state[LAW_FIELD[law]];
  const loss = lawLoss(law, x).toFixed(4);
  if (law === "d") {
    return `L(D) = \\left(\\frac{D_c}{D}\\right)^{\\alpha_D} = \\left(\\frac{${texNumber(k.tokensScale)}}{${texNumber(x)}}\\right)^{${k.alphaD}} = ${loss}`;
  }
  if (law === "c") {
    const pfDays = x / PF_DAY_FLOPS;
    return `L(C_{\\min}) = \\left(\\frac{C_c^{\\min}}{C_{\\min}}\\right)^{\\alpha_C^{\\min}} = \\left(\\frac{${texNumber(k.computeScalePfDays)}}{${texNumber(pfDays)}}\\right)^{${k.alphaComputeMin}} = ${loss}, \\quad C_{\\min} = \\frac{${texNumber(x)}\\ \\text{FLOPs}}{${texNumber(PF_DAY_FLOPS)}\\ \\text{FLOPs/PF-day}}`;
  }
  return `L(N) = \\left(\\frac{N_c}{N}\\right)^{\\alpha_N} = \\left(\\frac{${texNumber(k.paramsScale)}}{${texNumber(x)}}\\right)^{${k.alphaN}} = ${loss}`;
}

/** The one-line call that reproduces the readout in a notebook cell. */
export function powerLawCode(state: PowerLawState): string {
  const { law } = state;
  if (law === "d") return `scaling.kaplanLoss({ tokens: ${POWER_LAW_FIELDS.tokens.format(state.tokens)} })`;
  if (law === "c") return `scaling.kaplanLoss({ computePfDays: ${POWER_LAW_FIELDS.compute.format(state.compute)} / scaling.PF_DAY_FLOPS })`;
  return `scaling.kaplanLoss({ params: ${POWER_LAW_FIELDS.params.format(state.params)} })`;
}
