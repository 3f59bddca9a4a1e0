/**
 * The mixture-of-experts widget's words: the translated strings it needs, and the labels, readouts and
 * data table built from them. Shared by the island and its Astro wrapper (which renders the default chart).
 */
import type { MoeChartOptions, MoeMetric } from "../charts/moeChart.ts";
import { fill } from "../i18n/fill.ts";
import { formatCount, formatDecimal, formatPercent, formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { WidgetStrings } from "../islands/shared/widgetStrings.ts";
import { gigabytes, type MoeView } from "./moe.ts";

/** Translated words the island needs; the Astro wrapper passes them in. */
export interface MoeStrings extends WidgetStrings {
  model: string;
  shape: string;
  experts: string;
  topK: string;
  expertWidth: string;
  shared: string;
  precision: string;
  total: string;
  active: string;
  flops: string;
  memory: string;
  sentence: string;
  badCombo: string;
  note: string;
  chartTitle: string;
  chartDescription: string;
  metrics: Record<MoeMetric, string>;
  seriesAll: string;
  seriesRouted: string;
  seriesRoutedShared: string;
  axisShare: string;
  columnMetric: string;
  columnShare: string;
}

/** Weight memory as people write it: `93.4 GB`. */
export function formatGb(bytes: number, locale: Locale): string {
  return `${formatDecimal(gigabytes(bytes), locale, { digits: 3 })} GB`;
}

/** One metric's value: parameters as a count, FLOPs as a power of ten, memory in GB. */
export function formatMetric(metric: MoeMetric, x: number, locale: Locale): string {
  return metric === "params" ? formatCount(x, locale) : metric === "flops" ? formatScientific(x) : formatGb(x, locale);
}

/** The two bar names, numbers filled in. */
export function moeSeriesLabels(view: Pick<MoeView, "topK" | "shared">, strings: Pick<MoeStrings, "seriesAll" | "seriesRouted" | "seriesRoutedShared">) {
  return {
    all: strings.seriesAll,
    routed: fill(view.shared > 0 ? strings.seriesRoutedShared : strings.seriesRouted, { k: view.topK, shared: view.shared }),
  };
}

/** The chart's words (everything but width, locale and document). */
export function moeChartLabels(view: Pick<MoeView, "topK" | "shared">, strings: MoeStrings): Omit<MoeChartOptions, "width" | "locale" | "document"> {
  return {
    title: strings.chartTitle,
    description: strings.chartDescription,
    metricLabels: strings.metrics,
    seriesLabels: moeSeriesLabels(view, strings),
    xLabel: strings.axisShare,
  };
}

/** The data table: each metric for the whole model and for what one token runs through, and their ratio. */
export function moeTable(view: Pick<MoeView, "topK" | "shared" | "chart">, strings: MoeStrings, locale: Locale) {
  const series = moeSeriesLabels(view, strings);
  return {
    caption: strings.chartDescription,
    columns: [strings.columnMetric, series.all, series.routed, strings.columnShare],
    rows: view.chart.rows.map((r) => [
      strings.metrics[r.metric],
      formatMetric(r.metric, r.all, locale),
      formatMetric(r.metric, r.routed, locale),
      formatPercent(r.routed / r.all, locale, { digits: 3 }),
    ]),
  };
}

/** Total and active parameters, FLOPs per token and weight memory, for `<Readout>`. */
export function moeReadouts(view: Pick<MoeView, "cost" | "precision">, strings: MoeStrings, locale: Locale) {
  const { cost } = view;
  return [
    { label: strings.total, value: formatCount(cost.totalParams, locale), testid: "moe-total" },
    { label: strings.active, value: formatCount(cost.activeParams, locale), testid: "moe-active" },
    { label: strings.flops, value: formatScientific(cost.forwardFlopsPerToken), testid: "moe-flops" },
    { label: fill(strings.memory, { precision: view.precision }), value: formatGb(cost.weightsBytes, locale), testid: "moe-memory" },
  ];
}

/** What sparsity buys and what it does not, with the reader's numbers. */
export function moeSentence(view: Pick<MoeView, "cost">, strings: MoeStrings, locale: Locale): string {
  const { cost } = view;
  return fill(strings.sentence, {
    fraction: formatPercent(cost.activeFraction, locale, { digits: 3 }),
    total: formatCount(cost.totalParams, locale),
    memory: formatGb(cost.weightsBytes, locale),
  });
}
