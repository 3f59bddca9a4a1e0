import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import { isoFlopChart, modelAllocationChart } from "../charts/isoFlopChart.ts";
import type { Locale } from "../i18n/locales.ts";
import { COMPUTE_OPTIMAL_DEFAULTS, COMPUTE_OPTIMAL_FIELDS, COMPUTE_OPTIMAL_ID, computeOptimalCode, computeOptimalTex, computeOptimalView, type DatasetModel } from "../widgets/computeOptimal.ts";
import {
  computeOptimalSentences,
  computeOptimalTables,
  isoChartOptions,
  isoLegend,
  modelsChartOptions,
  modelsLegend,
  optimumReadout,
  type ComputeOptimalStrings,
} from "../widgets/computeOptimalText.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { Legend } from "./shared/Legend.tsx";
import { Readout } from "./shared/Readout.tsx";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";

export interface ComputeOptimalProps {
  locale: Locale;
  strings: ComputeOptimalStrings;
  /** Models from the dataset with parameters and tokens (selected at build time, so zod stays out of the bundle). */
  dataset: DatasetModel[];
  /** Server-rendered isoFLOP chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered companion chart of the default state (slot `models`). */
  models?: ComponentChildren;
  /** Server-rendered formula of the default state (slot `work`). */
  work?: ComponentChildren;
}

export default function ComputeOptimal({ locale, strings, dataset, children, models: modelsSsr, work }: ComputeOptimalProps) {
  const url = useUrlState(COMPUTE_OPTIMAL_ID, COMPUTE_OPTIMAL_FIELDS);
  const { state, fromUrl, isDefault } = url;
  // Once per state, not per render (a render that changes nothing else, e.g. a URL note, reuses it).
  const view = useMemo(() => computeOptimalView(state, dataset), [state.flops, state.rule, dataset]);
  // When the state failed, the view is the default's: the words must describe that.
  const shown = view.failed ? COMPUTE_OPTIMAL_DEFAULTS : state;
  const live = fromUrl || !isDefault;
  const field = fieldRenderer(url, strings, locale);
  const sentences = computeOptimalSentences(strings, locale, shown, view);
  const deps = [state.flops, state.rule, locale];

  return (
    <WidgetShell
      id={COMPUTE_OPTIMAL_ID}
      strings={strings}
      url={url}
      failed={view.failed && strings.error}
      controls={
        <div class="widget-controls">
          {field("flops", { label: strings.budget })}
          {field("rule", { optionLabel: (rule) => strings.rules[rule] })}
        </div>
      }
      work={{ tex: computeOptimalTex(shown), code: computeOptimalCode(shown), ssr: work, live }}
      tables={computeOptimalTables(strings, locale, shown.flops, view)}
    >
      <ChartSlot live={live} deps={deps} build={(width) => isoFlopChart(view.iso, isoChartOptions(strings, locale, shown.flops, view, width))}>
        {children}
      </ChartSlot>
      <Legend class="co-legend" items={isoLegend(strings, locale, shown.flops, view)} />
      <Readout items={optimumReadout(strings, locale, view)} />
      <p class="readout-sentence">{sentences.optimum}</p>
      {sentences.fitNote !== null && <p class="co-note">{sentences.fitNote}</p>}
      <ChartSlot live={live} deps={deps} build={(width) => modelAllocationChart(view.models, modelsChartOptions(strings, locale, width))}>
        {modelsSsr}
      </ChartSlot>
      <Legend class="co-legend" items={modelsLegend(strings)} />
      <p class="readout-sentence" data-testid="compute-optimal-counts">
        {sentences.counts}
      </p>
    </WidgetShell>
  );
}
