import type { ChinchillaFit } from "../lib/scaling/index.ts";
import { fill } from "../i18n/fill.ts";
import { formatCount, formatDecimal, formatFlops, formatPercent, formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/schema.ts";
import { DEFAULT_DROPPED, PUBLISHED_FIT, type ChinchillaResult, type FitView, type PowerLawResult } from "./fit.ts";
import type { FitDataError } from "./fitData.ts";
import { DEFAULT_RUNS, DEFAULT_RUNS_TOTAL } from "./fitDefaultRuns.ts";

/**
 * The words of "fit it yourself" around its numbers: chart labels, readouts, sentences, the data table
 * and the messages for a CSV that could not be read. Pure, so the island and the build-time chart share it.
 */

/** The `fit.*` keys of the dictionary, without the prefix. */
export type FitStringKey = MessageKey extends infer K ? (K extends `fit.${infer R}` ? R : never) : never;

/** The widget's own translated words (every `fit.*` key, unprefixed). */
export type FitWords = Record<FitStringKey, string>;

/** Rows listed in the data table: all of the default 240, the first 500 of a long paste (rendering thousands would stall the page). */
export const TABLE_ROWS = 500;

const d3 = (x: number, locale: Locale) => formatDecimal(x, locale, { digits: 3 });
const d4 = (x: number, locale: Locale) => formatDecimal(x, locale, { digits: 4 });

/** The localized message for a CSV that could not be read, naming the line. */
export function dataErrorMessage(error: FitDataError, s: FitWords): string {
  switch (error.code) {
    case "empty":
      return s.errorEmpty;
    case "header":
      return fill(s.errorHeader, { line: error.line, value: error.value });
    case "columns":
      return fill(s.errorColumns, { line: error.line, found: error.found, expected: error.expected });
    case "value":
      return fill(s.errorValue, { line: error.line, value: error.value });
    case "tooFew":
      return fill(s.errorTooFew, { count: error.count, min: error.min });
    case "tooMany":
      return fill(s.errorTooMany, { count: error.count, max: error.max });
  }
}

/** The main chart's words: runs are loss against FLOPs, pairs are plain y against x. */
export function fitChartText(view: FitView, s: FitWords) {
  const runs = view.kind === "runs";
  return {
    title: s.chartTitle,
    description: view.model === "chinchilla" ? s.chartDescription : s.chartDescriptionPowerLaw,
    xLabel: runs ? s.axisFlops : s.axisX,
    yLabel: runs ? s.axisLoss : s.axisY,
    yFormat: runs ? ("loss" as const) : ("count" as const),
    legendTitle: s.legendSizes,
    frontierLabel: s.legendFrontier,
    fitLabel: s.legendFit,
    markerLabel: s.legendBudget,
  };
}

/** The residual chart's words. */
export function residualChartText(view: FitView, s: FitWords) {
  return { title: s.residualsTitle, description: s.residualsDescription, xLabel: view.kind === "runs" ? s.axisFlops : s.axisX, yLabel: s.axisResidual };
}

/**
 * Where the data come from. `built`: the constants shown are the ones fitted when the page was built,
 * which the line then says (only under the Chinchilla form, where they are shown).
 */
export function fitSource(view: FitView, s: FitWords, locale: Locale, { pasted, built }: { pasted: boolean; built: boolean }): string {
  if (pasted) return fill(view.kind === "runs" ? s.sourcePastedRuns : s.sourcePastedPairs, { count: view.rows.length });
  const line = fill(s.sourceDefault, { runs: DEFAULT_RUNS.length, total: DEFAULT_RUNS_TOTAL, dropped: DEFAULT_DROPPED });
  // Sentences run on with a space in English, none after Chinese full stops.
  return view.chinchilla && built ? line + (locale === "zh" ? "" : " ") + s.sourceBuilt : line;
}

/** The data table: each run (or pair) with the fitted value and residual, "—" before a fit exists. */
export function fitTable(view: FitView, s: FitWords, locale: Locale) {
  const runs = view.kind === "runs";
  return {
    caption: s.tableCaption,
    columns: runs ? [s.colParams, s.colTokens, s.colFlops, s.colLoss, s.colFitted, s.colResidual] : [s.axisX, s.axisY, s.colFitted, s.colResidual],
    rows: view.rows.slice(0, TABLE_ROWS).map((r) => {
      const tail = [Number.isFinite(r.predicted) ? d4(r.predicted, locale) : "—", Number.isFinite(r.residual) ? formatPercent(r.residual, locale, { digits: 2 }) : "—"];
      return runs ? [formatCount(r.params!, locale), formatCount(r.tokens!, locale), formatScientific(r.x), d4(r.y, locale), ...tail] : [d4(r.x, locale), d4(r.y, locale), ...tail];
    }),
  };
}

/** The note under the table when it lists only the first `TABLE_ROWS`, or `null`. */
export function truncatedNote(view: FitView, s: FitWords): string | null {
  return view.rows.length > TABLE_ROWS ? fill(s.tableTruncated, { shown: TABLE_ROWS, count: view.rows.length }) : null;
}

/** The compute-optimal split under the reader's fit. */
export function chinchillaReadout({ optimal }: ChinchillaResult, s: FitWords, locale: Locale) {
  return [
    { label: s.params, value: formatCount(optimal.params, locale), testid: "fit-params" },
    { label: s.tokens, value: formatCount(optimal.tokens, locale), testid: "fit-tokens" },
    { label: s.ratio, value: d3(optimal.tokensPerParam, locale), testid: "fit-ratio" },
    { label: s.loss, value: d4(optimal.loss, locale) },
  ];
}

/** The split in a sentence, beside the one the published constants give. */
export function optimalSentence({ optimal, publishedOptimal }: ChinchillaResult, budget: number, s: FitWords, locale: Locale): string {
  return fill(s.optimalSentence, {
    budget: formatFlops(budget, locale),
    params: formatCount(optimal.params, locale),
    tokens: formatCount(optimal.tokens, locale),
    ratio: d3(optimal.tokensPerParam, locale),
    pubParams: formatCount(publishedOptimal.params, locale),
    pubTokens: formatCount(publishedOptimal.tokens, locale),
  });
}

/** The five constants as the table shows them: symbol, key (for the test id), this fit's and the published value. */
export function constantRows(fit: ChinchillaFit, locale: Locale) {
  const constants: [string, "E" | "A" | "B" | "alpha" | "beta"][] = [["E", "E"], ["A", "A"], ["B", "B"], ["α", "alpha"], ["β", "beta"]];
  return constants.map(([name, key]) => ({ name, key, value: d4(fit[key], locale), published: d4(PUBLISHED_FIT[key], locale) }));
}

/** The power law's exponent, coefficient, R² and, for runs, its loss at the budget. */
export function powerLawReadout(pl: PowerLawResult, s: FitWords, locale: Locale) {
  const c = pl.fit.coefficient;
  const items = [
    { label: s.exponent, value: d4(pl.fit.exponent, locale), testid: "fit-exponent" },
    // The coefficient spans many orders of magnitude (loss at 1 FLOP), so large and tiny ones go scientific.
    { label: s.coefficient, value: c >= 1e4 || c < 1e-3 ? formatScientific(c) : d4(c, locale) },
    { label: s.r2, value: d4(pl.fit.r2, locale) },
  ];
  if (pl.atBudget !== undefined && Number.isFinite(pl.atBudget)) items.push({ label: s.atBudget, value: d4(pl.atBudget, locale) });
  return items;
}

/** What the power law was fitted to. */
export function powerLawSentence(pl: PowerLawResult, s: FitWords): string {
  return fill(pl.on === "frontier" ? s.powerLawFrontier : s.powerLawPairs, { count: pl.count });
}
