/**
 * The compute-optimal widget's words and formatted figures: chart options, legends, readouts, sentences
 * and data tables for a state, shared by the island and the Astro wrapper's build-time render.
 */
import { VERDICT_COLORS, type IsoFlopChartOptions, type ModelAllocationChartOptions, type ModelVerdict } from "../charts/isoFlopChart.ts";
import { fill } from "../i18n/fill.ts";
import { formatCount, formatDecimal, formatFlops, formatScientific } from "../i18n/format.ts";
import type { Translate } from "../i18n/index.ts";
import type { Locale } from "../i18n/locales.ts";
import type { LegendItem } from "../islands/shared/Legend.tsx";
import { widgetStrings, type WidgetStrings } from "../islands/shared/widgetStrings.ts";
import { LABELLED_NARROW, LABELLED_WIDE, type ComputeOptimalState, type ComputeOptimalView, type RuleName } from "./computeOptimal.ts";

/** Translated words the island needs; the Astro wrapper passes them in. */
export interface ComputeOptimalStrings extends WidgetStrings {
  budget: string;
  rule: string;
  rules: Record<RuleName, string>;
  params: string;
  tokens: string;
  tokensPerParam: string;
  loss: string;
  sentence: string;
  fitNote: string;
  isoTitle: string;
  isoDescription: string;
  modelsTitle: string;
  modelsDescription: string;
  axisParams: string;
  axisLoss: string;
  axisTokens: string;
  legendRuleOptimum: string;
  legendFitMinimum: string;
  legendOptimal: string;
  legendBudget: string;
  legendTwenty: string;
  legendOver: string;
  legendNear: string;
  legendUnder: string;
  legendMoe: string;
  counts: string;
  colModel: string;
  colBudget: string;
  colOptimalTokens: string;
  colVerdict: string;
  verdicts: Record<ModelVerdict, string>;
  error: string;
}

/** The island's words in the page's language. */
export function computeOptimalStrings(t: Translate): ComputeOptimalStrings {
  return {
    ...widgetStrings(t),
    budget: t("computeOptimal.budget"),
    rule: t("computeOptimal.rule"),
    rules: {
      kaplan2020: t("computeOptimal.ruleKaplan2020"),
      hoffmann2022Approach1: t("computeOptimal.ruleApproach1"),
      hoffmann2022Approach2: t("computeOptimal.ruleApproach2"),
      hoffmann2022Approach3: t("computeOptimal.ruleApproach3"),
      besiroglu2024: t("computeOptimal.ruleBesiroglu2024"),
    },
    params: t("computeOptimal.params"),
    tokens: t("computeOptimal.tokens"),
    tokensPerParam: t("computeOptimal.tokensPerParam"),
    loss: t("computeOptimal.loss"),
    sentence: t("computeOptimal.sentence"),
    fitNote: t("computeOptimal.fitNote"),
    isoTitle: t("computeOptimal.isoTitle"),
    isoDescription: t("computeOptimal.isoDescription"),
    modelsTitle: t("computeOptimal.modelsTitle"),
    modelsDescription: t("computeOptimal.modelsDescription"),
    axisParams: t("computeOptimal.axisParams"),
    axisLoss: t("computeOptimal.axisLoss"),
    axisTokens: t("computeOptimal.axisTokens"),
    legendRuleOptimum: t("computeOptimal.legendRuleOptimum"),
    legendFitMinimum: t("computeOptimal.legendFitMinimum"),
    legendOptimal: t("computeOptimal.legendOptimal"),
    legendBudget: t("computeOptimal.legendBudget"),
    legendTwenty: t("computeOptimal.legendTwenty"),
    legendOver: t("computeOptimal.legendOver"),
    legendNear: t("computeOptimal.legendNear"),
    legendUnder: t("computeOptimal.legendUnder"),
    legendMoe: t("computeOptimal.legendMoe"),
    counts: t("computeOptimal.counts"),
    colModel: t("computeOptimal.colModel"),
    colBudget: t("computeOptimal.colBudget"),
    colOptimalTokens: t("computeOptimal.colOptimalTokens"),
    colVerdict: t("computeOptimal.colVerdict"),
    verdicts: { over: t("computeOptimal.verdictOver"), near: t("computeOptimal.verdictNear"), under: t("computeOptimal.verdictUnder") },
    error: t("computeOptimal.error"),
  };
}

type View = Pick<ComputeOptimalView, "optimum" | "fitMinimum" | "iso" | "models">;

/** The isoFLOP chart's accessible description for a budget. */
export function isoDescription(strings: Pick<ComputeOptimalStrings, "isoDescription">, flops: number, locale: Locale): string {
  return fill(strings.isoDescription, { budget: formatFlops(flops, locale) });
}

/** Whether the loss formula's own minimum is far enough from the rule's optimum to mention. */
export function fitDisagrees(view: Pick<ComputeOptimalView, "optimum" | "fitMinimum">): boolean {
  return Math.abs(Math.log10(view.fitMinimum.params / view.optimum.params)) > 0.05;
}

/** The isoFLOP chart's options; `flops` is the budget shown (the default's when the state failed). */
export function isoChartOptions(strings: ComputeOptimalStrings, locale: Locale, flops: number, view: View, width: number, document?: Document): IsoFlopChartOptions {
  return {
    width,
    locale,
    document,
    title: strings.isoTitle,
    description: isoDescription(strings, flops, locale),
    xLabel: strings.axisParams,
    yLabel: strings.axisLoss,
    optimumLabel: formatCount(view.optimum.params, locale),
  };
}

/** The models chart's options: fewer names at phone width, so they do not collide. */
export function modelsChartOptions(strings: ComputeOptimalStrings, locale: Locale, width: number, document?: Document): ModelAllocationChartOptions {
  return {
    width,
    locale,
    document,
    title: strings.modelsTitle,
    description: strings.modelsDescription,
    xLabel: strings.axisParams,
    yLabel: strings.axisTokens,
    labelled: width < 480 ? LABELLED_NARROW : LABELLED_WIDE,
  };
}

/** The isoFLOP chart's legend; the fit's own minimum only when it is drawn apart from the optimum. */
export function isoLegend(strings: ComputeOptimalStrings, locale: Locale, flops: number, view: View): (LegendItem | false)[] {
  return [
    { swatch: "line", color: "var(--chart-1)", label: formatFlops(flops, locale) },
    { swatch: "dot", color: "var(--chart-accent)", label: strings.legendRuleOptimum },
    fitDisagrees(view) && { swatch: "ring", color: "var(--chart-1)", label: strings.legendFitMinimum },
  ];
}

/** The models chart's legend: the lines and marks, then the verdict colours. */
export function modelsLegend(strings: ComputeOptimalStrings): LegendItem[] {
  return [
    { swatch: "line", color: "currentColor", label: strings.legendOptimal },
    { swatch: "dash", color: "currentColor", label: strings.legendBudget },
    { swatch: "star", color: "currentColor", label: strings.legendRuleOptimum },
    { swatch: "dotted", color: "currentColor", label: strings.legendTwenty },
    { swatch: "dot", color: VERDICT_COLORS.over, label: strings.legendOver },
    { swatch: "dot", color: VERDICT_COLORS.near, label: strings.legendNear },
    { swatch: "dot", color: VERDICT_COLORS.under, label: strings.legendUnder },
    { swatch: "hollow", color: "currentColor", label: strings.legendMoe },
  ];
}

/** The headline figures of the rule's optimum. */
export function optimumReadout(strings: ComputeOptimalStrings, locale: Locale, view: View) {
  const o = view.optimum;
  return [
    { label: strings.params, value: formatCount(o.params, locale), testid: "compute-optimal-params" },
    { label: strings.tokens, value: formatCount(o.tokens, locale), testid: "compute-optimal-tokens" },
    { label: strings.tokensPerParam, value: formatDecimal(o.tokensPerParam, locale, { digits: 3 }), testid: "compute-optimal-ratio" },
    { label: strings.loss, value: formatDecimal(o.loss, locale, { digits: 4 }), testid: "compute-optimal-loss" },
  ];
}

/** The sentences under the readout and the models chart; `fitNote` is null when the fit agrees with the rule. */
export function computeOptimalSentences(strings: ComputeOptimalStrings, locale: Locale, shown: ComputeOptimalState, view: View) {
  const count = (x: number) => formatCount(x, locale);
  const points = view.models.models;
  return {
    optimum: fill(strings.sentence, {
      budget: formatFlops(shown.flops, locale),
      rule: strings.rules[shown.rule],
      params: count(view.optimum.params),
      tokens: count(view.optimum.tokens),
      ratio: formatDecimal(view.optimum.tokensPerParam, locale, { digits: 3 }),
    }),
    fitNote: fitDisagrees(view) ? fill(strings.fitNote, { params: count(view.fitMinimum.params), optimum: count(view.optimum.params) }) : null,
    counts: fill(strings.counts, {
      total: points.length,
      over: points.filter((m) => m.verdict === "over").length,
      under: points.filter((m) => m.verdict === "under").length,
    }),
  };
}

/** The two data tables: every fifth point of the chosen isoFLOP curve, and every model against the rule. */
export function computeOptimalTables(strings: ComputeOptimalStrings, locale: Locale, flops: number, view: View) {
  const count = (x: number) => formatCount(x, locale);
  const colon = locale === "zh" ? "：" : ": ";
  const chosen = view.iso.curves.find((c) => c.chosen);
  return [
    {
      summary: `${strings.dataTable}${colon}${strings.isoTitle}`,
      caption: isoDescription(strings, flops, locale),
      columns: [strings.colBudget, strings.axisParams, strings.axisTokens, strings.axisLoss],
      rows: (chosen?.points ?? [])
        .filter((_, i) => i % 5 === 0)
        .map((p) => [formatScientific(flops), count(p.params), count(flops / (6 * p.params)), formatDecimal(p.loss, locale, { digits: 4 })]),
    },
    {
      summary: `${strings.dataTable}${colon}${strings.modelsTitle}`,
      caption: strings.modelsDescription,
      columns: [strings.colModel, strings.axisParams, strings.axisTokens, strings.tokensPerParam, strings.colOptimalTokens, strings.colVerdict],
      rows: view.models.models.map((m) => [
        m.name,
        count(m.params) + (m.moe ? " (MoE)" : ""),
        count(m.tokens),
        formatDecimal(m.tokensPerParam, locale, { digits: 3 }),
        count(m.optimalTokens),
        strings.verdicts[m.verdict],
      ]),
    },
  ];
}
