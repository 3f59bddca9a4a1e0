/**
 * The data-constrained widget's words and formatted figures: chart options, legends, readouts, the
 * sentence and the data table for a state, shared by the island and the Astro wrapper's build-time render.
 */
import { DATA_COLORS, type DataConstrainedChartOptions } from "../charts/dataConstrainedChart.ts";
import { fill } from "../i18n/fill.ts";
import { formatCount, formatDecimal, formatPercent } from "../i18n/format.ts";
import type { Translate } from "../i18n/index.ts";
import type { Locale } from "../i18n/locales.ts";
import type { LegendItem } from "../islands/shared/Legend.tsx";
import { widgetStrings, type WidgetStrings } from "../islands/shared/widgetStrings.ts";
import type { DataConstrainedState, DataConstrainedView } from "./dataConstrained.ts";

/** Translated words the island needs; the Astro wrapper passes them in. */
export interface DataConstrainedStrings extends WidgetStrings {
  unique: string;
  epochs: string;
  params: string;
  tokens: string;
  effective: string;
  worth: string;
  marginal: string;
  loss: string;
  lossFresh: string;
  sentence: string;
  ruleOfThumb: string;
  lossNote: string;
  effectiveTitle: string;
  effectiveDescription: string;
  lossTitle: string;
  lossDescription: string;
  axisEpochs: string;
  axisEffective: string;
  axisLoss: string;
  legendRepeated: string;
  legendFresh: string;
  legendCeiling: string;
  error: string;
}

/** The island's words in the page's language. */
export function dataConstrainedStrings(t: Translate): DataConstrainedStrings {
  return {
    ...widgetStrings(t),
    unique: t("dataConstrained.unique"),
    epochs: t("dataConstrained.epochs"),
    params: t("dataConstrained.params"),
    tokens: t("dataConstrained.tokens"),
    effective: t("dataConstrained.effective"),
    worth: t("dataConstrained.worth"),
    marginal: t("dataConstrained.marginal"),
    loss: t("dataConstrained.loss"),
    lossFresh: t("dataConstrained.lossFresh"),
    sentence: t("dataConstrained.sentence"),
    ruleOfThumb: t("dataConstrained.ruleOfThumb"),
    lossNote: t("dataConstrained.lossNote"),
    effectiveTitle: t("dataConstrained.effectiveTitle"),
    effectiveDescription: t("dataConstrained.effectiveDescription"),
    lossTitle: t("dataConstrained.lossTitle"),
    lossDescription: t("dataConstrained.lossDescription"),
    axisEpochs: t("dataConstrained.axisEpochs"),
    axisEffective: t("dataConstrained.axisEffective"),
    axisLoss: t("dataConstrained.axisLoss"),
    legendRepeated: t("dataConstrained.legendRepeated"),
    legendFresh: t("dataConstrained.legendFresh"),
    legendCeiling: t("dataConstrained.legendCeiling"),
    error: t("dataConstrained.error"),
  };
}

const percent = (x: number, locale: Locale) => formatPercent(x, locale, { digits: 2 });
const loss4 = (x: number, locale: Locale) => formatDecimal(x, locale, { digits: 4 });

/** Labels and accessible descriptions of both charts for a state. */
export function chartTexts(strings: DataConstrainedStrings, state: DataConstrainedState, view: DataConstrainedView, locale: Locale) {
  const count = (x: number) => formatCount(x, locale);
  return {
    effectiveDescription: fill(strings.effectiveDescription, { unique: count(state.uniqueTokens) }),
    lossDescription: fill(strings.lossDescription, { unique: count(state.uniqueTokens), params: count(state.params) }),
    effectiveMarker: `${count(view.effective)} (${percent(view.worth, locale)})`,
    lossMarker: formatDecimal(view.loss, locale, { digits: 3 }),
  };
}

/** Options of the effective-data chart (`chart: "effective"`) or the loss chart (`"loss"`). */
export function dataConstrainedChartOptions(
  chart: "effective" | "loss",
  strings: DataConstrainedStrings,
  state: DataConstrainedState,
  view: DataConstrainedView,
  locale: Locale,
  width: number,
  document?: Document,
): DataConstrainedChartOptions {
  const texts = chartTexts(strings, state, view, locale);
  const effective = chart === "effective";
  return {
    width,
    locale,
    document,
    title: effective ? strings.effectiveTitle : strings.lossTitle,
    description: effective ? texts.effectiveDescription : texts.lossDescription,
    xLabel: strings.axisEpochs,
    yLabel: effective ? strings.axisEffective : strings.axisLoss,
    markerLabel: effective ? texts.effectiveMarker : texts.lossMarker,
  };
}

/** The legends: the effective-data chart also draws the ceiling U·(1 + R*). */
export function dataConstrainedLegend(strings: DataConstrainedStrings, chart: "effective" | "loss"): LegendItem[] {
  const lines: LegendItem[] = [
    { swatch: "line", color: DATA_COLORS.repeated, opacity: 1, label: strings.legendRepeated },
    { swatch: "dash", color: "currentColor", opacity: 0.75, label: strings.legendFresh },
  ];
  return chart === "effective" ? [...lines, { swatch: "dotted", color: DATA_COLORS.repeated, opacity: 0.75, label: strings.legendCeiling }] : lines;
}

/** The headline figures: what the repeated data is worth, then the two losses. */
export function dataConstrainedReadouts(strings: DataConstrainedStrings, view: DataConstrainedView, locale: Locale) {
  return {
    data: [
      { label: strings.effective, value: formatCount(view.effective, locale), testid: "data-constrained-effective" },
      { label: strings.worth, value: percent(view.worth, locale), testid: "data-constrained-worth" },
      { label: strings.marginal, value: percent(view.marginal, locale) },
    ],
    loss: [
      { label: strings.loss, value: loss4(view.loss, locale), testid: "data-constrained-loss" },
      { label: strings.lossFresh, value: loss4(view.lossFresh, locale) },
    ],
  };
}

/** The sentence under the readout: tokens trained on, what they are worth, what one more epoch adds. */
export function dataConstrainedSentence(strings: DataConstrainedStrings, state: DataConstrainedState, view: DataConstrainedView, locale: Locale): string {
  const count = (x: number) => formatCount(x, locale);
  return fill(strings.sentence, {
    tokens: count(view.tokens),
    epochs: formatDecimal(state.epochs, locale, { digits: 3 }),
    unique: count(state.uniqueTokens),
    effective: count(view.effective),
    worth: percent(view.worth, locale),
    marginal: percent(view.marginal, locale),
  });
}

/** The data table behind both charts: round numbers of epochs and the reader's. */
export function dataConstrainedTable(strings: DataConstrainedStrings, state: DataConstrainedState, view: DataConstrainedView, locale: Locale) {
  const texts = chartTexts(strings, state, view, locale);
  return {
    caption: `${texts.effectiveDescription} ${texts.lossDescription}`,
    columns: [strings.axisEpochs, strings.tokens, strings.axisEffective, strings.worth, strings.loss, strings.lossFresh],
    rows: view.table.map((p) => [
      formatDecimal(p.epochs, locale, { digits: 3 }),
      formatCount(p.fresh, locale),
      formatCount(p.effective, locale),
      percent(p.effective / p.fresh, locale),
      loss4(p.loss, locale),
      loss4(p.lossFresh, locale),
    ]),
  };
}
