import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import { moeChart, type MoeMetric } from "../charts/moeChart.ts";
import { formatCount, formatDecimal, formatPercent, formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import {
  MOE_DEFAULTS,
  MOE_FIELDS,
  MOE_ID,
  MOE_LIMITS,
  MOE_PRECISIONS,
  MOE_PRESETS,
  gigabytes,
  moeCode,
  moeTex,
  moeView,
  withOverrides,
  type MoePreset,
  type MoePrecision,
  type MoeView,
} from "../widgets/moe.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { NumberField } from "./shared/NumberField.tsx";
import { SelectField } from "./shared/SelectField.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

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

export interface MoeExplorerProps {
  locale: Locale;
  strings: MoeStrings;
  /** Server-rendered chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered formula of the default state (slot `work`). */
  work?: ComponentChildren;
}

/** Weight memory as people write it: `93.4 GB`. */
export function formatGb(bytes: number, locale: Locale): string {
  return `${formatDecimal(gigabytes(bytes), locale, { digits: 3 })} GB`;
}

/** The two bar names, numbers filled in. */
export function moeSeriesLabels(view: Pick<MoeView, "topK" | "shared">, strings: Pick<MoeStrings, "seriesAll" | "seriesRouted" | "seriesRoutedShared">) {
  return {
    all: strings.seriesAll,
    routed: fill(view.shared > 0 ? strings.seriesRoutedShared : strings.seriesRouted, { k: view.topK, shared: view.shared }),
  };
}

export default function MoeExplorer({ locale, strings, children, work }: MoeExplorerProps) {
  const url = useUrlState(MOE_ID, MOE_FIELDS);
  const { state, setState, fromUrl, isDefault } = url;
  const view = useMemo(() => moeView(state), [state.model, state.experts, state.topK, state.expertWidth, state.shared, state.precision]);
  const live = fromUrl || !isDefault;
  const values = { experts: view.experts, topK: view.topK, expertWidth: view.expertWidth, shared: view.shared };
  const update = (next: Partial<typeof values>) => {
    setState(withOverrides(state.model, state.precision, { ...values, ...next }));
  };
  const series = moeSeriesLabels(view, strings);
  const fraction = formatPercent(view.cost.activeFraction, locale, { digits: 3 });
  const format = (metric: MoeMetric, x: number) => (metric === "params" ? formatCount(x, locale) : metric === "flops" ? formatScientific(x) : formatGb(x, locale));

  return (
    <WidgetShell
      id={MOE_ID}
      strings={strings}
      url={url}
      controls={
        <>
      <div class="widget-controls">
        <SelectField<MoePreset>
          label={strings.model}
          value={state.model}
          options={MOE_PRESETS.map((id) => ({ value: id, label: MODEL_CONFIGS[id].label[locale] }))}
          onChange={(model) => setState({ ...MOE_DEFAULTS, model, precision: state.precision })}
        />
        <SelectField<MoePrecision>
          label={strings.precision}
          value={state.precision}
          options={MOE_PRECISIONS.map((p) => ({ value: p, label: p }))}
          onChange={(precision) => setState({ ...state, precision })}
        />
      </div>
      <p class="moe-shape">{fill(strings.shape, { layers: view.layers, moeLayers: view.moeLayers, hidden: view.hiddenSize })}</p>
      <div class="widget-controls moe-fields">
        <NumberField
          label={strings.experts}
          value={view.experts}
          min={Math.max(MOE_LIMITS.experts.min, view.topK)}
          max={MOE_LIMITS.experts.max}
          integer
          locale={locale}
          messages={strings}
          onChange={(experts) => update({ experts })}
        />
        <NumberField
          label={strings.topK}
          value={view.topK}
          min={MOE_LIMITS.topK.min}
          max={Math.min(MOE_LIMITS.topK.max, view.experts)}
          integer
          locale={locale}
          messages={strings}
          onChange={(topK) => update({ topK })}
        />
        <NumberField
          label={strings.expertWidth}
          value={view.expertWidth}
          min={MOE_LIMITS.expertWidth.min}
          max={MOE_LIMITS.expertWidth.max}
          integer
          locale={locale}
          messages={strings}
          onChange={(expertWidth) => update({ expertWidth })}
        />
        <NumberField
          label={strings.shared}
          value={view.shared}
          min={MOE_LIMITS.shared.min}
          max={MOE_LIMITS.shared.max}
          integer
          locale={locale}
          messages={strings}
          onChange={(shared) => update({ shared })}
        />
      </div>
        </>
      }
      work={{ tex: moeTex(view), code: moeCode(view), ssr: work, live }}
      tables={[{ caption: strings.chartDescription, columns: [strings.columnMetric, series.all, series.routed, strings.columnShare], rows: view.chart.rows.map((r) => [strings.metrics[r.metric], format(r.metric, r.all), format(r.metric, r.routed), formatPercent(r.routed / r.all, locale, { digits: 3 })]) }]}
    >
      {view.error && (
        <p class="field-error" role="alert">
          {fill(strings.badCombo, { model: view.preset.label[locale] })} <code>{view.error}</code>
        </p>
      )}
      <ChartSlot
        live={live}
        deps={[view, locale]}
        build={(width) =>
          moeChart(view.chart, {
            width,
            locale,
            title: strings.chartTitle,
            description: strings.chartDescription,
            metricLabels: strings.metrics,
            seriesLabels: series,
            xLabel: strings.axisShare,
          })
        }
      >
        {children}
      </ChartSlot>
      <dl class="readout" aria-live="polite">
        <div>
          <dt>{strings.total}</dt>
          <dd data-testid="moe-total">{formatCount(view.cost.totalParams, locale)}</dd>
        </div>
        <div>
          <dt>{strings.active}</dt>
          <dd data-testid="moe-active">{formatCount(view.cost.activeParams, locale)}</dd>
        </div>
        <div>
          <dt>{strings.flops}</dt>
          <dd data-testid="moe-flops">{formatScientific(view.cost.forwardFlopsPerToken)}</dd>
        </div>
        <div>
          <dt>{fill(strings.memory, { precision: view.precision })}</dt>
          <dd data-testid="moe-memory">{formatGb(view.cost.weightsBytes, locale)}</dd>
        </div>
      </dl>
      <p class="readout-sentence">
        {fill(strings.sentence, { fraction, total: formatCount(view.cost.totalParams, locale), memory: formatGb(view.cost.weightsBytes, locale) })}
      </p>
      <p class="moe-note">{strings.note}</p>
    </WidgetShell>
  );
}
