import type { ComponentChildren } from "preact";
import { sequenceCostChart } from "../charts/sequenceCostChart.ts";
import { formatCount, formatDecimal, formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Architecture } from "../lib/scaling/index.ts";
import {
  ARCHITECTURES,
  ATTENTION_VS_SSM_FIELDS,
  ATTENTION_VS_SSM_ID,
  CONTEXT_RANGE,
  KV_LAYOUT_IDS,
  MODEL_SIZES,
  SEQUENCE_METRICS,
  SIZE_IDS,
  attentionVsSsmCode,
  attentionVsSsmTex,
  attentionVsSsmView,
  type AttentionVsSsmState,
  type AttentionVsSsmView,
  type KvLayout,
  type ModelSize,
  type SequenceMetric,
} from "../widgets/attentionVsSsm.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { QuantityField } from "./shared/QuantityField.tsx";
import { SelectField } from "./shared/SelectField.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

/** Keys under `attentionVsSsm.` in the dictionaries that the island needs. */
export const ATTENTION_VS_SSM_KEYS = [
  "title", "description", "size", "sizeOption", "kv", "kvMha", "kvGqa4", "kvGqa8", "metric", "metricMemory", "metricFlops",
  "context", "axisContext", "axisMemory", "axisFlops", "crossoverLabel", "atContext", "gb", "ratioMemory", "ratioFlops",
  "crossoverMemory", "crossoverFlops", "sameSize", "axisNote", "columnContext", "error",
] as const;

export type AttentionVsSsmStrings = WidgetStrings & Record<(typeof ATTENTION_VS_SSM_KEYS)[number], string>;

/** Names of the architectures (the same in both languages). */
export const ARCHITECTURE_NAMES: Record<Architecture, string> = { transformer: "Transformer", mamba: "Mamba", retnet: "RetNet" };

const SIZE_NAMES: Record<ModelSize, string> = { "125m": "125M", "350m": "350M", "1.3b": "1.3B", "2.7b": "2.7B", "6.7b": "6.7B", "13b": "13B", "175b": "175B" };

/** A value of the chosen metric, localized: "41.9 GB" or "4.7 × 10¹⁰ FLOPs". */
export function formatMetric(strings: AttentionVsSsmStrings, locale: Locale, metric: SequenceMetric, value: number): string {
  if (metric === "flops") return `${formatScientific(value)} FLOPs`;
  return fill(strings.gb, { value: formatDecimal(value, locale) });
}

/** Chart options for a state (shared by the island and the Astro wrapper). */
export function sequenceChartOptions(strings: AttentionVsSsmStrings, locale: Locale, state: AttentionVsSsmState, width: number, document?: Document) {
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

export interface AttentionVsSsmProps {
  locale: Locale;
  strings: AttentionVsSsmStrings;
  children?: ComponentChildren;
  work?: ComponentChildren;
}

export default function AttentionVsSsm({ locale, strings, children, work }: AttentionVsSsmProps) {
  const url = useUrlState(ATTENTION_VS_SSM_ID, ATTENTION_VS_SSM_FIELDS);
  const { state, setState, fromUrl, isDefault } = url;
  const view: AttentionVsSsmView = attentionVsSsmView(state);
  const live = fromUrl || !isDefault;
  const set = (patch: Partial<AttentionVsSsmState>) => setState({ ...state, ...patch });
  const value = (x: number) => formatMetric(strings, locale, state.metric, x);
  const ratio = (x: number) => formatDecimal(x, locale, { digits: x >= 100 ? 4 : 3 });
  const cross = view.crossover[state.metric];
  const s = view.shape;
  const kvLabel: Record<KvLayout, string> = { mha: strings.kvMha, gqa4: strings.kvGqa4, gqa8: strings.kvGqa8 };

  return (
    <WidgetShell
      class="attention-vs-ssm"
      id={ATTENTION_VS_SSM_ID}
      strings={strings}
      url={url}
      controls={
        <>
      <div class="widget-controls">
        <SelectField
          label={strings.size}
          value={state.size}
          options={SIZE_IDS.map((id) => ({ value: id, label: fill(strings.sizeOption, { name: SIZE_NAMES[id], d: MODEL_SIZES[id].dModel, layers: MODEL_SIZES[id].layers }) }))}
          onChange={(size: ModelSize) => set({ size })}
        />
        <SelectField label={strings.kv} value={state.kv} options={KV_LAYOUT_IDS.map((id) => ({ value: id, label: kvLabel[id] }))} onChange={(kv: KvLayout) => set({ kv })} />
        <SelectField
          label={strings.metric}
          value={state.metric}
          options={SEQUENCE_METRICS.map((m) => ({ value: m, label: m === "memory" ? strings.metricMemory : strings.metricFlops }))}
          onChange={(metric: SequenceMetric) => set({ metric })}
        />
      </div>
      <div class="widget-controls">
        <QuantityField label={strings.context} value={state.context} range={CONTEXT_RANGE} locale={locale} messages={strings} onChange={(context) => set({ context: Math.round(context) })} />
      </div>
        </>
      }
      work={{ tex: attentionVsSsmTex(state), code: attentionVsSsmCode(state), ssr: work, live }}
      tables={[{ caption: strings.description, columns: [strings.columnContext, ...ARCHITECTURES.map((a) => ARCHITECTURE_NAMES[a])], rows: (view.chart.series[0]?.points ?? [])
          .map((p, i) => ({ p, i }))
          .filter(({ i }) => i % 6 === 0)
          .map(({ p, i }) => [formatCount(p.x, locale), ...view.chart.series.map((series) => value(series.points[i].y))]) }]}
    >
      {view.error ? (
        <p class="field-error" role="alert">
          {fill(strings.error, { detail: view.error })}
        </p>
      ) : (
        <>
          <p class="readout-heading">{fill(strings.atContext, { n: formatCount(state.context, locale) })}</p>
          <dl class="readout" aria-live="polite">
            {ARCHITECTURES.map((a) => (
              <div>
                <dt>{ARCHITECTURE_NAMES[a]}</dt>
                <dd data-testid={`attention-vs-ssm-${a}`}>{value(view.at[a])}</dd>
              </div>
            ))}
          </dl>
          <p class="readout-sentence">
            {fill(state.metric === "memory" ? strings.ratioMemory : strings.ratioFlops, {
              mamba: ratio(view.at.transformer / view.at.mamba),
              retnet: ratio(view.at.transformer / view.at.retnet),
            })}
          </p>
          <p class="readout-sentence" data-testid="attention-vs-ssm-crossover">
            {fill(state.metric === "memory" ? strings.crossoverMemory : strings.crossoverFlops, {
              mamba: formatDecimal(cross.mamba, locale, { digits: 7 }),
              retnet: formatDecimal(cross.retnet, locale, { digits: 7 }),
            })}
          </p>
        </>
      )}
      <ChartSlot live={live} deps={[JSON.stringify(state), locale]} build={(width) => sequenceCostChart(view.chart, sequenceChartOptions(strings, locale, state, width))}>
        {children}
      </ChartSlot>
      <p class="widget-footnote">
        {fill(strings.sameSize, { params: formatCount(s.params, locale), d: s.dModel, layers: s.layers, heads: s.heads, dv: s.valueDim })}
        {locale === "zh" ? "" : " "}
        {strings.axisNote}
      </p>
    </WidgetShell>
  );
}
