/**
 * The model timeline's words for a view: what the chart, the readout, the sentence and the data table
 * say, in the reader's language. Pure, shared by the Astro wrapper (build time) and the island.
 */
import type { TimelineChartData } from "../charts/timelineChart.ts";
import { fill } from "../i18n/fill.ts";
import { formatCount, formatDecimal, formatFlops } from "../i18n/format.ts";
import { LOCALE_TAGS, type Locale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/schema.ts";
import type { WidgetStrings } from "../islands/shared/widgetStrings.ts";
import { countries, pointTitle, shortUrl, type TimelineMetric, type TimelineState, type TimelineView } from "./timeline.ts";
import { TIMELINE_MODELS } from "./timelineModels.ts";
import { intervalEnds } from "./trendInterval.ts";

/** The `modelTimeline.*` keys of the dictionary, without the prefix. */
export type TimelineStringKey = MessageKey extends infer K ? (K extends `modelTimeline.${infer R}` ? R : never) : never;

/** Translated words the island needs (every `modelTimeline.*` key, unprefixed). */
export type TimelineStrings = WidgetStrings & Record<TimelineStringKey, string>;

/** Country names in the reader's language (Intl), and the open/closed labels. */
export function groupLabels(view: TimelineView, locale: Locale, s: TimelineStrings): Record<string, string> {
  const names = new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: "region" });
  const labels: Record<string, string> = { open: s.open, closed: s.closed };
  for (const c of [...countries(TIMELINE_MODELS), ...view.groups]) if (/^[A-Z]{2}$/.test(c)) labels[c] = names.of(c) ?? c;
  return labels;
}

/** What the chart builder needs for a state: points with translated tooltips, trend, groups. */
export function timelineChartData(view: TimelineView, metric: TimelineMetric, locale: Locale, s: TimelineStrings): TimelineChartData {
  const words = { active: s.active, estimated: s.estimated, source: s.source };
  return {
    points: view.points.map((p) => ({ year: p.year, value: p.value, group: p.group, title: pointTitle(p, metric, locale, words) })),
    trend: view.trend,
    band: view.band,
    groups: view.groups,
  };
}

/** The chart's words for a state. */
export function timelineChartText(view: TimelineView, state: TimelineState, locale: Locale, s: TimelineStrings) {
  const metric = state.metric === "params" ? s.metricParams : s.metricCompute;
  return {
    title: fill(s.chartTitle, { metric }),
    description: s.chartDescription,
    xLabel: s.axisDate,
    yLabel: state.metric === "params" ? s.axisParams : s.axisCompute,
    groupLabels: groupLabels(view, locale, s),
    trendLabel: s.legendTrend,
    bandLabel: s.legendBand,
  };
}

const months = (x: number, locale: Locale) => formatDecimal(x, locale, { digits: 2 });

/** The readout under the chart: doubling time, factor a year and its 90% interval, models fitted, R²; empty without a fit. */
export function timelineReadout(view: TimelineView, locale: Locale, s: TimelineStrings): { label: string; value: string; testid?: string }[] {
  const fit = view.fit;
  if (fit === null) return [];
  return [
    { label: s.doubling, value: fit.doublingMonths === null ? "—" : fill(s.months, { months: months(fit.doublingMonths, locale) }), testid: "timeline-doubling" },
    { label: s.perYear, value: fill(s.times, { factor: formatDecimal(fit.factorPerYear, locale, { digits: 3 }) }) },
    { label: s.interval, value: fill(s.timesRange, intervalEnds(fit.interval.factorPerYear, locale)), testid: "timeline-interval" },
    { label: s.count, value: String(fit.count), testid: "timeline-count" },
    { label: s.r2, value: formatDecimal(fit.r2, locale, { digits: 2 }) },
  ];
}

/**
 * The sentence that quotes the trend with its 90% interval ("Over the 34 models shown (2019–2025), training
 * compute grew ×1.78 a year (90% interval ×1.45–2.13): …"), or the no-trend note; null when there is
 * nothing to say (no points at all). When the interval reaches no growth, the doubling time has no upper
 * end and the sentence says so instead.
 */
export function timelineSentence(view: TimelineView, state: TimelineState, locale: Locale, s: TimelineStrings): string | null {
  const fit = view.fit;
  if (fit === null) return view.points.length > 0 ? s.noTrend : null;
  if (fit.doublingMonths === null) return s.noTrend;
  const [fast, slow] = fit.interval.doublingMonths;
  const values = {
    count: fit.count,
    from: fit.from,
    to: fit.to,
    metric: state.metric === "params" ? s.metricParamsLower : s.metricComputeLower,
    factor: formatDecimal(fit.factorPerYear, locale, { digits: 3 }),
    ...intervalEnds(fit.interval.factorPerYear, locale),
    months: months(fit.doublingMonths, locale),
  };
  const sentence =
    fast === null || slow === null
      ? fill(s.trendSentenceFlat, values)
      : fill(s.trendSentence, { ...values, monthsLow: months(fast, locale), monthsHigh: months(slow, locale) });
  return state.metric === "compute" ? sentence + (locale === "zh" ? "" : " ") + s.twoYears : sentence;
}

/** The data table: every plotted model with its organisation, month, country, openness, value and source. */
export function timelineTable(view: TimelineView, state: TimelineState, locale: Locale, s: TimelineStrings) {
  const labels = groupLabels(view, locale, s);
  const valueText = (x: number) => (state.metric === "params" ? formatCount(x, locale) : formatFlops(x, locale));
  return {
    caption: s.chartDescription,
    columns: [s.colModel, s.colOrganisation, s.colDate, s.colCountry, s.open, state.metric === "params" ? s.metricParams : s.metricCompute, s.colSource],
    rows: view.points.map((p) => [
      p.name,
      p.organisation,
      p.date,
      labels[p.country] ?? p.country,
      p.openWeights ? s.yes : s.no,
      valueText(p.value) + (p.estimated ? ` (${s.estimated})` : "") + (p.active !== null ? ` (${fill(s.active, { active: formatCount(p.active, locale) })})` : ""),
      shortUrl(p.source),
    ]),
  };
}

/** The models the filters keep that have no published figure for the metric, or null when there are none. */
export function timelineMissing(view: TimelineView, locale: Locale, s: TimelineStrings): string | null {
  return view.missing.length > 0 ? fill(s.missing, { names: view.missing.join(locale === "zh" ? "、" : ", ") }) : null;
}
