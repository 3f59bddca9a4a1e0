/**
 * The training-cost widget's words and figures in the reader's language: formatters, chart options, the
 * data table, the notes under the chart and the published-figures comparison. Pure, so the island and the
 * Astro wrapper (which renders the default chart at build time) say the same thing.
 */
import { formatCount, formatDecimal, formatFlops, formatPercent } from "../i18n/format.ts";
import { fill } from "../i18n/fill.ts";
import type { Locale } from "../i18n/locales.ts";
import { ACCELERATORS, US_HOUSEHOLD_KWH_PER_YEAR, type TrainingRun } from "../lib/scaling/index.ts";
import type { WidgetStrings } from "../islands/shared/widgetStrings.ts";
import {
  CNY_PER_USD,
  CNY_PER_USD_YEAR,
  convert,
  matchingPreset,
  metricValue,
  presetById,
  presetRuns,
  type CostMetric,
  type Currency,
  type PublishedReason,
  type RunPreset,
  type TrainingCostState,
  type TrainingCostView,
} from "./trainingCost.ts";

/** Keys under `trainingCost.` in the dictionaries that the island needs. */
export const TRAINING_COST_KEYS = [
  "title", "description", "preset", "presetCustom", "params", "tokens", "accelerator", "count", "mfu", "price",
  "currency", "currencyUSD", "currencyCNY", "unitUSD", "unitCNY", "moneyUSD", "moneyCNY", "pue", "carbon", "carbonUnit",
  "metric", "metricCost", "metricHours", "metricDays", "metricEnergy", "metricCo2", "axisCost", "axisHours", "axisDays",
  "axisEnergy", "axisCo2", "days", "mwh", "tonnes", "readDays", "readHours", "readCost", "readEnergy", "readCo2",
  "compute", "households", "presetNote", "assumed", "assumedCount", "assumedPrice", "assumedPue", "assumedCarbon",
  "listSeparator", "rateNote", "energyNote", "readerBar", "columnRun", "error", "publishedHeading", "columnEstimate",
  "columnPublished", "publishedWhy", "whyPower", "whyPue", "whyPueNone", "whyCarbon", "whyCarbonImplied", "publishedAgree",
] as const;

type Key = (typeof TRAINING_COST_KEYS)[number];
export type TrainingCostStrings = WidgetStrings & Record<Key, string>;

/** The metric select's option labels. */
export const METRIC_LABEL: Record<CostMetric, Key> = {
  cost: "metricCost", hours: "metricHours", days: "metricDays", energy: "metricEnergy", co2: "metricCo2",
};
const METRIC_AXIS: Record<CostMetric, Key> = {
  cost: "axisCost", hours: "axisHours", days: "axisDays", energy: "axisEnergy", co2: "axisCo2",
};
/** The currency select's option labels, and the unit after the price box. */
export const CURRENCY_LABEL: Record<Currency, Key> = { USD: "currencyUSD", CNY: "currencyCNY" };
export const PRICE_UNIT: Record<Currency, Key> = { USD: "unitUSD", CNY: "unitCNY" };

/** Localized formatters for each figure of a run. */
export function costFormats(strings: TrainingCostStrings, locale: Locale, currency: Currency) {
  const money = (x: number) => fill(currency === "USD" ? strings.moneyUSD : strings.moneyCNY, { value: formatCount(x, locale) });
  const days = (x: number) => fill(strings.days, { value: formatDecimal(x, locale) });
  const hours = (x: number) => formatCount(x, locale);
  const mwh = (x: number) => fill(strings.mwh, { value: formatDecimal(x, locale) });
  const tonnes = (x: number) => fill(strings.tonnes, { value: formatDecimal(x, locale) });
  /** Bare numbers for the chart's ticks and bar ends (the axis label carries the unit). */
  const bare: Record<CostMetric, (x: number) => string> = {
    cost: money,
    hours,
    days: (x) => formatDecimal(x, locale),
    energy: (x) => formatDecimal(x, locale),
    co2: (x) => formatDecimal(x, locale),
  };
  return { money, days, hours, mwh, tonnes, bare };
}

/** Chart options for a state (shared by the island and the Astro wrapper). */
export function costChartOptions(strings: TrainingCostStrings, locale: Locale, state: TrainingCostState, width: number, document?: Document) {
  const f = costFormats(strings, locale, state.currency);
  return {
    width,
    locale,
    document,
    title: `${strings.title}: ${strings[METRIC_LABEL[state.metric]]}`,
    description: strings.description,
    xLabel: fill(strings[METRIC_AXIS[state.metric]], { currency: state.currency }),
    format: f.bare[state.metric],
  };
}

/** The preset select: "custom" only while the fields match no preset, then the published runs, newest first. */
export function presetOptions(strings: TrainingCostStrings, preset: RunPreset | undefined): { value: string; label: string }[] {
  return [
    ...(preset ? [] : [{ value: "custom", label: strings.presetCustom }]),
    ...(["deepseek_v3", "llama3_405b", "llama2_7b", "gpt3"] as const).map((id) => ({ value: id, label: presetById(id)!.run.model })),
  ];
}

/** The data table: each preset's run and the reader's, every figure in the readout's format. */
export function costTable(strings: TrainingCostStrings, locale: Locale, state: TrainingCostState, run: TrainingRun | null) {
  const f = costFormats(strings, locale, state.currency);
  const runs: { label: string; run: TrainingRun }[] = [
    ...presetRuns(state.currency).map(({ preset: p, run: r }) => ({ label: p.run.model, run: r })),
    ...(run ? [{ label: strings.readerBar, run }] : []),
  ];
  const cost = locale === "zh" ? `${strings.readCost}（${state.currency}）` : `${strings.readCost} (${state.currency})`;
  return {
    caption: strings.description,
    columns: [strings.columnRun, strings.readDays, strings.readHours, cost, strings.readEnergy, strings.readCo2],
    rows: runs.map(({ label, run: r }) => [
      label,
      f.days(r.wallClockDays),
      f.hours(r.acceleratorHours),
      f.money(metricValue(r, "cost", state.currency)),
      f.mwh(r.energyMwh),
      f.tonnes(r.emissionsTonnesCo2),
    ]),
  };
}

/** Under the readout: the run's compute and how many US homes its electricity would supply for a year. */
export function computeSentence(strings: TrainingCostStrings, locale: Locale, run: TrainingRun, view: Pick<TrainingCostView, "households">): string {
  const compute = fill(strings.compute, { flops: formatFlops(run.flops, locale) });
  const homes = fill(strings.households, { homes: formatCount(view.households, locale), kwh: formatDecimal(US_HOUSEHOLD_KWH_PER_YEAR, locale, { digits: 5 }) });
  return `${compute}${locale === "zh" ? "" : " "}${homes}`;
}

/** Where a matching preset's MFU comes from and which of its inputs the paper did not publish; `null` for custom settings. */
export function presetNote(strings: TrainingCostStrings, locale: Locale, state: TrainingCostState): string | null {
  const preset = matchingPreset(state);
  if (!preset) return null;
  const f = costFormats(strings, locale, state.currency);
  const assumed = preset.assumed.map((item) => {
    switch (item) {
      case "count":
        return fill(strings.assumedCount, { count: formatDecimal(preset.count, locale, { digits: 6 }) });
      case "price":
        return fill(strings.assumedPrice, { price: f.money(convert(preset.priceUsd, "USD", state.currency)) });
      case "pue":
        return fill(strings.assumedPue, { pue: formatDecimal(preset.pue, locale) });
      case "carbon":
        return fill(strings.assumedCarbon, { value: formatDecimal(preset.carbon, locale) });
    }
  });
  const note = fill(strings.presetNote, { model: preset.run.model, mfu: formatPercent(preset.mfu, locale, { digits: 4 }), hours: formatCount(preset.run.acceleratorHours, locale, { digits: 4 }) });
  return assumed.length > 0 ? `${note}${locale === "zh" ? "" : " "}${fill(strings.assumed, { items: assumed.join(strings.listSeparator) })}` : note;
}

/** How yuan are converted, shown only while the widget counts in yuan. */
export function rateNote(strings: TrainingCostStrings, locale: Locale, state: TrainingCostState): string | null {
  return state.currency === "CNY" ? fill(strings.rateNote, { rate: formatDecimal(CNY_PER_USD, locale, { digits: 5 }), year: CNY_PER_USD_YEAR }) : null;
}

/** What the electricity estimate counts: the chip's rated power, times PUE. */
export function energyNote(strings: TrainingCostStrings, locale: Locale, state: TrainingCostState): string {
  return fill(strings.energyNote, { chip: state.accelerator, watts: formatDecimal(ACCELERATORS[state.accelerator].powerWatts, locale, { digits: 4 }) });
}

/** A published figure or its estimate with `digits` significant digits, in the readout's units. */
export function publishedFigure(strings: TrainingCostStrings, locale: Locale, currency: Currency, metric: "energy" | "co2" | "cost", x: number, digits: number): string {
  if (metric === "energy") return fill(strings.mwh, { value: formatDecimal(x, locale, { digits }) });
  if (metric === "co2") return fill(strings.tonnes, { value: formatDecimal(x, locale, { digits }) });
  return fill(currency === "USD" ? strings.moneyUSD : strings.moneyCNY, { value: formatCount(x, locale, { digits }) });
}

/** Why an estimate differs from the published figure: one input, the widget's value and the authors'. */
export function reasonText(strings: TrainingCostStrings, locale: Locale, r: PublishedReason): string {
  const d = (x: number) => formatDecimal(x, locale, { digits: 4 });
  switch (r.kind) {
    case "power":
      return fill(strings.whyPower, { estimate: d(r.estimate), published: d(r.published) });
    case "pue":
      return r.published === null ? fill(strings.whyPueNone, { estimate: d(r.estimate) }) : fill(strings.whyPue, { estimate: d(r.estimate), published: d(r.published) });
    case "carbon":
      return fill(r.implied ? strings.whyCarbonImplied : strings.whyCarbon, { estimate: d(r.estimate), published: d(r.published) });
  }
}
