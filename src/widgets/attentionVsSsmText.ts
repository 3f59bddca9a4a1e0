/**
 * The attention-vs-SSM widget's words and formatted figures: option labels, chart options, readouts,
 * sentences and the data table for a state, shared by the island and the Astro wrapper's build-time render.
 */
import type { SequenceCostChartOptions } from "../charts/sequenceCostChart.ts";
import { fill } from "../i18n/fill.ts";
import { formatCount, formatDecimal, formatScientific } from "../i18n/format.ts";
import type { MessageKey, Translate } from "../i18n/index.ts";
import type { Locale } from "../i18n/locales.ts";
import { widgetStrings, type WidgetStrings } from "../islands/shared/widgetStrings.ts";
import type { Architecture } from "../lib/scaling/index.ts";
import { ARCHITECTURES, MODEL_SIZES, type AttentionVsSsmState, type AttentionVsSsmView, type KvLayout, type ModelSize, type SequenceMetric } from "./attentionVsSsm.ts";

/** Keys under `attentionVsSsm.` in the dictionaries that the island needs. */
export const ATTENTION_VS_SSM_KEYS = [
  "title", "description", "size", "sizeOption", "kv", "kvMha", "kvGqa4", "kvGqa8", "metric", "metricMemory", "metricFlops",
  "context", "axisContext", "axisMemory", "axisFlops", "crossoverLabel", "atContext", "gb", "ratioMemory", "ratioFlops",
  "crossoverMemory", "crossoverFlops", "sameSize", "axisNote", "columnContext", "error",
] as const;

export type AttentionVsSsmStrings = WidgetStrings & Record<(typeof ATTENTION_VS_SSM_KEYS)[number], string>;

/** The island's words in the page's language. */
export function attentionVsSsmStrings(t: Translate): AttentionVsSsmStrings {
  return { ...widgetStrings(t), ...Object.fromEntries(ATTENTION_VS_SSM_KEYS.map((k) => [k, t(`attentionVsSsm.${k}` as MessageKey)])) } as AttentionVsSsmStrings;
}

/** Names of the architectures (the same in both languages). */
export const ARCHITECTURE_NAMES: Record<Architecture, string> = { transformer: "Transformer", mamba: "Mamba", retnet: "RetNet" };

const SIZE_NAMES: Record<ModelSize, string> = { "125m": "125M", "350m": "350M", "1.3b": "1.3B", "2.7b": "2.7B", "6.7b": "6.7B", "13b": "13B", "175b": "175B" };

/** The selects' option labels: a size with its width and depth, a KV layout, a metric. */
export function optionLabels(strings: AttentionVsSsmStrings) {
  const kv: Record<KvLayout, string> = { mha: strings.kvMha, gqa4: strings.kvGqa4, gqa8: strings.kvGqa8 };
  return {
    size: (id: ModelSize) => fill(strings.sizeOption, { name: SIZE_NAMES[id], d: MODEL_SIZES[id].dModel, layers: MODEL_SIZES[id].layers }),
    kv: (id: KvLayout) => kv[id],
    metric: (m: SequenceMetric) => (m === "memory" ? strings.metricMemory : strings.metricFlops),
  };
}

/** A value of the chosen metric, localized: "41.9 GB" or "4.7 × 10¹⁰ FLOPs". */
export function formatMetric(strings: AttentionVsSsmStrings, locale: Locale, metric: SequenceMetric, value: number): string {
  if (metric === "flops") return `${formatScientific(value)} FLOPs`;
  return fill(strings.gb, { value: formatDecimal(value, locale) });
}

/** Chart options for a state. */
export function sequenceChartOptions(strings: AttentionVsSsmStrings, locale: Locale, state: AttentionVsSsmState, width: number, document?: Document): SequenceCostChartOptions {
  return {
    width,
    locale,
    document,
    title: `${strings.title}: ${state.metric === "memory" ? strings.metricMemory : strings.metricFlops}`,
    description: strings.description,
    xLabel: strings.axisContext,
    yLabel: state.metric === "memory" ? strings.axisMemory : strings.axisFlops,
    seriesLabels: ARCHITECTURE_NAMES,
    crossoverLabel: (c: { against: "mamba" | "retnet"; x: number }) => fill(strings.crossoverLabel, { name: ARCHITECTURE_NAMES[c.against], n: formatCount(c.x, locale) }),
    yFormat: state.metric === "memory" ? (y: number) => formatDecimal(y, locale) : (y: number) => formatScientific(y),
  };
}

/** What the readouts say: the heading, each architecture's cost at the context, the ratios and the crossovers. */
export function attentionVsSsmReadout(strings: AttentionVsSsmStrings, locale: Locale, state: AttentionVsSsmState, view: AttentionVsSsmView) {
  const ratio = (x: number) => formatDecimal(x, locale, { digits: x >= 100 ? 4 : 3 });
  const cross = view.crossover[state.metric];
  const memory = state.metric === "memory";
  return {
    heading: fill(strings.atContext, { n: formatCount(state.context, locale) }),
    items: ARCHITECTURES.map((a) => ({ label: ARCHITECTURE_NAMES[a], value: formatMetric(strings, locale, state.metric, view.at[a]), testid: `attention-vs-ssm-${a}` })),
    ratio: fill(memory ? strings.ratioMemory : strings.ratioFlops, {
      mamba: ratio(view.at.transformer / view.at.mamba),
      retnet: ratio(view.at.transformer / view.at.retnet),
    }),
    crossover: fill(memory ? strings.crossoverMemory : strings.crossoverFlops, {
      mamba: formatDecimal(cross.mamba, locale, { digits: 7 }),
      retnet: formatDecimal(cross.retnet, locale, { digits: 7 }),
    }),
  };
}

/** The footnote under the chart: the shape all three share, and how to read the axes. */
export function attentionVsSsmFootnote(strings: AttentionVsSsmStrings, locale: Locale, view: AttentionVsSsmView): string {
  const s = view.shape;
  const shape = fill(strings.sameSize, { params: formatCount(s.params, locale), d: s.dModel, layers: s.layers, heads: s.heads, dv: s.valueDim });
  // Chinese sentences follow each other without a space.
  return `${shape}${locale === "zh" ? "" : " "}${strings.axisNote}`;
}

/** The data table: every sixth context length of the chart, each architecture's value there. */
export function attentionVsSsmTable(strings: AttentionVsSsmStrings, locale: Locale, state: AttentionVsSsmState, view: AttentionVsSsmView) {
  const series = view.chart.series;
  return {
    caption: strings.description,
    columns: [strings.columnContext, ...ARCHITECTURES.map((a) => ARCHITECTURE_NAMES[a])],
    rows: (series[0]?.points ?? [])
      .map((p, i) => ({ p, i }))
      .filter(({ i }) => i % 6 === 0)
      .map(({ p, i }) => [formatCount(p.x, locale), ...series.map((s) => formatMetric(strings, locale, state.metric, s.points[i].y))]),
  };
}
