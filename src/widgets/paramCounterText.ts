import type { ParamPart } from "../charts/paramBreakdownChart.ts";
import { fill } from "../i18n/fill.ts";
import { formatCount, formatPercent } from "../i18n/format.ts";
import type { Translate } from "../i18n/index.ts";
import type { Locale } from "../i18n/locales.ts";
import type { ParamCounterView, PasteError } from "./paramCounter.ts";

/** The parameter counter's own translated words (the Astro wrapper translates them; the island adds the shared ones). */
export interface ParamCounterWords {
  title: string;
  model: string;
  pasteLabel: string;
  pasteCount: string;
  pasteClear: string;
  pasteNote: string;
  pasted: string;
  showing: string;
  badJson: string;
  badConfig: string;
  tooLarge: string;
  total: string;
  active: string;
  nonEmbedding: string;
  reported: string;
  reportedActive: string;
  source: string;
  mtp: string;
  noReported: string;
  chartTitle: string;
  chartDescription: string;
  axisParams: string;
  parts: Record<ParamPart, string>;
  legendActive: string;
  legendIdle: string;
  columnPart: string;
  columnShare: string;
}

/** The words translated for one locale (the wrapper adds the shared `widgetStrings`). */
export function paramCounterWords(t: Translate): ParamCounterWords {
  return {
    title: t("paramCounter.title"),
    model: t("paramCounter.model"),
    pasteLabel: t("paramCounter.pasteLabel"),
    pasteCount: t("paramCounter.pasteCount"),
    pasteClear: t("paramCounter.pasteClear"),
    pasteNote: t("paramCounter.pasteNote"),
    pasted: t("paramCounter.pasted"),
    showing: t("paramCounter.showing"),
    badJson: t("paramCounter.badJson"),
    badConfig: t("paramCounter.badConfig"),
    tooLarge: t("paramCounter.tooLarge"),
    total: t("paramCounter.total"),
    active: t("paramCounter.active"),
    nonEmbedding: t("paramCounter.nonEmbedding"),
    reported: t("paramCounter.reported"),
    reportedActive: t("paramCounter.reportedActive"),
    source: t("paramCounter.source"),
    mtp: t("paramCounter.mtp"),
    noReported: t("paramCounter.noReported"),
    chartTitle: t("paramCounter.chartTitle"),
    chartDescription: t("paramCounter.chartDescription"),
    axisParams: t("paramCounter.axisParams"),
    parts: {
      embedding: t("paramCounter.partEmbedding"),
      attention: t("paramCounter.partAttention"),
      mlp: t("paramCounter.partMlp"),
      sharedExperts: t("paramCounter.partSharedExperts"),
      router: t("paramCounter.partRouter"),
      norms: t("paramCounter.partNorms"),
      outputHead: t("paramCounter.partOutputHead"),
    },
    legendActive: t("paramCounter.legendActive"),
    legendIdle: t("paramCounter.legendIdle"),
    columnPart: t("paramCounter.columnPart"),
    columnShare: t("paramCounter.columnShare"),
  };
}

/** A signed percentage: +0.35%, −0.11%. */
export function signedPercent(x: number, locale: Locale): string {
  const text = formatPercent(Math.abs(x), locale, { digits: 2 });
  return x > 0 ? `+${text}` : x < 0 ? `−${text}` : text;
}

/** The name a view is shown under: the preset's label, or "your config (llama)". */
export function viewName(view: ParamCounterView, locale: Locale, pastedTemplate: string): string {
  return view.preset ? view.preset.label[locale] : fill(pastedTemplate, { family: view.family });
}

/** The localized line above the parser's own message for a paste that could not be counted. */
export function pasteErrorLine(error: PasteError, s: ParamCounterWords): string {
  return error.kind === "json" ? s.badJson : error.kind === "config" ? s.badConfig : s.tooLarge;
}

/** The three headline counts, in the readout's order. */
export function countReadout(view: ParamCounterView, s: ParamCounterWords, locale: Locale) {
  const c = view.count;
  return [
    { label: s.total, value: formatCount(c.total, locale), testid: "param-counter-total" },
    { label: s.active, value: formatCount(c.active, locale), testid: "param-counter-active" },
    { label: s.nonEmbedding, value: formatCount(c.nonEmbedding, locale), testid: "param-counter-non-embedding" },
  ];
}

/**
 * The comparison with the authors' count, up to the source link that follows it ("Reported: 8.03B. This
 * count differs by +0.00%. "), or `null` for a pasted config. Sentences run on with a space in English,
 * none after Chinese full stops.
 */
export function reportedText(view: ParamCounterView, s: ParamCounterWords, locale: Locale): string | null {
  const r = view.reported;
  if (!r) return null;
  const sep = locale === "zh" ? "" : " ";
  const total = fill(s.reported, { reported: formatCount(r.total, locale), diff: signedPercent(r.totalDiff, locale) });
  const active = r.active !== null && r.activeDiff !== null ? sep + fill(s.reportedActive, { reported: formatCount(r.active, locale), diff: signedPercent(r.activeDiff, locale) }) : "";
  return total + active + sep;
}

/** The data table behind the chart: each part's parameters and share of the total. */
export function paramTable(view: ParamCounterView, s: ParamCounterWords, locale: Locale, name: string) {
  return {
    caption: fill(s.chartTitle, { name }),
    columns: [s.columnPart, s.axisParams, s.columnShare],
    rows: view.chart.rows.map((r) => {
      const value = r.active + r.idle;
      return [s.parts[r.part], formatCount(value, locale), formatPercent(value / view.count.total, locale, { digits: 2 })];
    }),
  };
}

/** The breakdown chart's words, for the island and for the build-time chart alike. */
export function breakdownChartText(s: ParamCounterWords, name: string) {
  return {
    title: fill(s.chartTitle, { name }),
    description: s.chartDescription,
    partLabels: s.parts,
    xLabel: s.axisParams,
    legend: { active: s.legendActive, idle: s.legendIdle },
  };
}
