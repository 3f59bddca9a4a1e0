/**
 * The diminishing-returns widget's words: the translated strings it needs, and the labels, readouts and
 * data table built from them. Shared by the island and its Astro wrapper (which renders the default chart).
 */
import type { ReturnsChartOptions } from "../charts/returnsChart.ts";
import { fill } from "../i18n/fill.ts";
import { formatCount, formatDecimal, formatPercent, formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { WidgetStrings } from "../islands/shared/widgetStrings.ts";
import type { ClaimCheck, DiminishingReturnsState, DiminishingReturnsView, Hold, ReturnsFitName, ScaleAxis } from "./diminishingReturns.ts";

/** Translated words the island needs; the Astro wrapper passes them in. */
export interface DiminishingReturnsStrings extends WidgetStrings {
  axis: string;
  axes: Record<ScaleAxis, string>;
  start: Record<ScaleAxis, string>;
  fit: string;
  fits: Record<ReturnsFitName, string>;
  holdTokens: string;
  holdParams: string;
  holds: Record<Hold, string>;
  fixedTokens: string;
  fixedParams: string;
  computeNote: string;
  chartTitle: string;
  chartDescription: string;
  axisLoss: string;
  axisSize: Record<ScaleAxis, string>;
  irreducible: string;
  legendIrreducible: string;
  legendReducible: string;
  legendDrop: string;
  lossStart: string;
  lossEnd: string;
  removed: string;
  claimHeading: string;
  claimSmall: string;
  claimLarge: string;
  smallYes: string;
  smallNo: string;
  largeYes: string;
  largeNo: string;
  verdicts: Record<ClaimCheck["verdict"], string>;
  claimBasisOptimal: string;
  claimBasisFixed: string;
  colParams: string;
  colTokens: string;
  colLoss: string;
  colDrop: string;
  colRelDrop: string;
  error: string;
}

/** Column labels: counts for parameters and tokens, powers of ten for FLOPs. */
export function sizeFormatter(axis: ScaleAxis, locale: Locale): (x: number) => string {
  return axis === "compute" ? (x) => formatScientific(x, { digits: 2 }) : (x) => formatCount(x, locale);
}

/** The relative fall of the loss as a readout, e.g. "27%" or "0.62%". */
export function percent(x: number, locale: Locale): string {
  return formatPercent(x, locale, { digits: 2 });
}

/** A loss as the readouts and the table show it: four significant digits. */
function lossText(x: number, locale: Locale): string {
  return formatDecimal(x, locale, { digits: 4 });
}

/** The chart's words for the state's axis (everything but width, locale and document). */
export function returnsChartLabels(
  axis: ScaleAxis,
  view: Pick<DiminishingReturnsView, "fit">,
  strings: DiminishingReturnsStrings,
  locale: Locale,
): Omit<ReturnsChartOptions, "width" | "locale" | "document"> {
  return {
    title: strings.chartTitle,
    description: strings.chartDescription,
    formatX: sizeFormatter(axis, locale),
    xLabel: strings.axisSize[axis],
    yLabel: strings.axisLoss,
    irreducibleLabel: fill(strings.irreducible, { value: formatDecimal(view.fit.E, locale, { digits: 3 }) }),
  };
}

/** The loss at the first and last column and the share of the reducible loss removed, for `<Readout>`. */
export function lossReadouts(axis: ScaleAxis, view: Pick<DiminishingReturnsView, "points" | "reducibleRemoved">, strings: DiminishingReturnsStrings, locale: Locale) {
  const fmtX = sizeFormatter(axis, locale);
  const first = view.points[0];
  const last = view.points[view.points.length - 1];
  return [
    { label: fill(strings.lossStart, { size: fmtX(first.x) }), value: lossText(first.loss, locale), testid: "diminishing-returns-start" },
    { label: fill(strings.lossEnd, { size: fmtX(last.x) }), value: lossText(last.loss, locale), testid: "diminishing-returns-end" },
    { label: strings.removed, value: percent(view.reducibleRemoved, locale) },
  ];
}

/**
 * The data table: the size, the N or D it stands for (not the axis itself, already the first column),
 * the loss, and the drop from the previous column (none for the first).
 */
export function returnsTable(state: Pick<DiminishingReturnsState, "axis">, view: Pick<DiminishingReturnsView, "points">, strings: DiminishingReturnsStrings, locale: Locale) {
  const { axis } = state;
  const fmtX = sizeFormatter(axis, locale);
  const d4 = (x: number) => lossText(x, locale);
  return {
    caption: strings.chartDescription,
    columns: [
      strings.axisSize[axis],
      ...(axis === "params" ? [] : [strings.colParams]),
      ...(axis === "tokens" ? [] : [strings.colTokens]),
      strings.colLoss,
      strings.colDrop,
      strings.colRelDrop,
    ],
    rows: view.points.map((p) => [
      fmtX(p.x),
      ...(axis === "params" ? [] : [formatCount(p.params, locale)]),
      ...(axis === "tokens" ? [] : [formatCount(p.tokens, locale)]),
      d4(p.loss),
      p.drop === null ? "—" : d4(p.drop),
      p.relativeDrop === null ? "—" : `−${percent(p.relativeDrop, locale)}`,
    ]),
  };
}

/** The claim's figures and sentences: the two drops, the verdict, and what the check assumed about data. */
export function claimText(state: Pick<DiminishingReturnsState, "hold" | "fixedTokens">, claim: ClaimCheck, strings: DiminishingReturnsStrings, locale: Locale) {
  const small = percent(claim.small, locale);
  const large = percent(claim.large, locale);
  return {
    small,
    large,
    verdict: strings.verdicts[claim.verdict],
    smallSentence: fill(claim.smallHolds ? strings.smallYes : strings.smallNo, { value: small }),
    largeSentence: fill(claim.largeHolds ? strings.largeYes : strings.largeNo, { value: large }),
    basis: state.hold === "fixed" ? fill(strings.claimBasisFixed, { tokens: formatCount(state.fixedTokens, locale) }) : strings.claimBasisOptimal,
  };
}
