import { KAPLAN_2020, kaplanLoss } from "../lib/scaling/index.ts";
import { parseQuantity } from "../i18n/parseQuantity.ts";
import { formatScientific } from "../i18n/format.ts";
import { texNumber } from "./texNumber.ts";
import type { LossCurveData } from "../charts/lossCurveChart.ts";
import { inRange, type LogRange } from "./logSlider.ts";
import type { FieldSpecs } from "./urlState.ts";

/** The power-law widget: Kaplan et al. 2020's L(N) with a chosen parameter count. */
export const POWER_LAW_ID = "power-law";

export interface PowerLawState {
  /** Non-embedding parameters N. */
  params: number;
}

/** Kaplan et al. fit L(N) over 10³…10⁹ parameters (their Figure 1); the slider goes a little past it. */
export const PARAMS_RANGE: LogRange = { min: 1e6, max: 1e13, step: 0.01 };

export const POWER_LAW_FIELDS: FieldSpecs<PowerLawState> = {
  params: {
    key: "n",
    default: 1e9,
    parse: (text) => {
      const x = parseQuantity(text);
      return x !== null && inRange(x, PARAMS_RANGE) ? x : null;
    },
    format: (x) => formatScientific(x, { style: "plain", digits: 3 }),
  },
};

export interface PowerLawView {
  chart: LossCurveData;
  /** Predicted loss at the chosen N, nats per token. */
  loss: number;
  /** Loss at 10·N, and the factor 10^(−α_N) between them. */
  lossAtTenX: number;
  tenXFactor: number;
}

/** Everything the widget shows for a state, computed with lib/scaling. */
export function powerLawView({ params }: PowerLawState): PowerLawView {
  const points = 61;
  const lo = Math.log10(PARAMS_RANGE.min);
  const hi = Math.log10(PARAMS_RANGE.max);
  const curve = Array.from({ length: points }, (_, i) => {
    const x = 10 ** (lo + ((hi - lo) * i) / (points - 1));
    return { x, loss: kaplanLoss({ params: x }) };
  });
  const loss = kaplanLoss({ params });
  const lossAtTenX = kaplanLoss({ params: params * 10 });
  return { chart: { curve, marker: { x: params, loss } }, loss, lossAtTenX, tenXFactor: lossAtTenX / loss };
}

/** The formula with the reader's values, for "show your work". */
export function powerLawTex({ params }: PowerLawState): string {
  const k = KAPLAN_2020;
  const loss = kaplanLoss({ params });
  return `L(N) = \\left(\\frac{N_c}{N}\\right)^{\\alpha_N} = \\left(\\frac{${texNumber(k.paramsScale)}}{${texNumber(params)}}\\right)^{${k.alphaN}} = ${loss.toFixed(4)}`;
}

/** The one-line call that reproduces the readout in a notebook cell. */
export function powerLawCode({ params }: PowerLawState): string {
  return `scaling.kaplanLoss({ params: ${POWER_LAW_FIELDS.params.format(params)} })`;
}
