import type { ComponentChildren } from "preact";
import { memoryChart } from "../charts/memoryChart.ts";
import { formatCount, formatDecimal } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { ACCELERATORS, BYTES_PER_GB } from "../lib/scaling/index.ts";
import { MEMORY_FIELDS, MEMORY_ID, memoryCode, memoryTex, withMode } from "../widgets/memory.ts";
import {
  MODE_LABEL, OPTIMIZER_LABEL, PRECISION_LABEL, RECOMPUTE_LABEL, formatGb, localizedMemoryView, memoryChartOptions, memorySentence, memoryTable, modelOptions, stageOptions, type MemoryStrings,
} from "../widgets/memoryText.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { Readout } from "./shared/Readout.tsx";
import { SelectField } from "./shared/SelectField.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";

export interface MemoryCalculatorProps {
  locale: Locale;
  strings: MemoryStrings;
  children?: ComponentChildren;
  work?: ComponentChildren;
}

export default function MemoryCalculator({ locale, strings, children, work }: MemoryCalculatorProps) {
  const url = useUrlState(MEMORY_ID, MEMORY_FIELDS);
  const { state, setState } = url;
  const view = localizedMemoryView(state, strings);
  const live = url.fromUrl || !url.isDefault;
  const field = fieldRenderer(url, strings, locale);
  const gb = (bytes: number) => formatGb(strings, locale, bytes / BYTES_PER_GB);
  const training = state.mode === "training";
  const custom = state.model === "custom";

  return (
    <WidgetShell
      class="memory"
      id={MEMORY_ID}
      strings={strings}
      url={url}
      controls={
        <>
          <div class="widget-controls">
            {field("mode", { optionLabel: (mode) => strings[MODE_LABEL[mode]], onChange: (mode) => setState(withMode(state, mode)) })}
            {field("model", { options: modelOptions(strings, locale) })}
            {field("accelerator", { optionLabel: (name) => `${name} (${gb(ACCELERATORS[name].memoryBytes)})` })}
          </div>
          {custom ? (
            <div class="widget-controls">{field("params")}</div>
          ) : (
            <p class="widget-footnote">{fill(strings.paramsFromModel, { params: formatCount(view.params, locale, { digits: 4 }) })}</p>
          )}
          {training ? (
            <>
              <div class="widget-controls">
                {field("precision", { optionLabel: (p) => strings[PRECISION_LABEL[p]] })}
                {field("optimizer", { optionLabel: (o) => strings[OPTIMIZER_LABEL[o]] })}
                {/* The stage is a number in the state; the select's values are its text. */}
                <SelectField label={strings.stage} value={String(state.stage)} options={stageOptions(strings)} onChange={(stage) => setState({ ...state, stage: Number(stage) })} />
                {field("devices")}
              </div>
              {!custom && (
                <div class="widget-controls">
                  {field("sequence")}
                  {field("microBatch")}
                  {field("recompute", { optionLabel: (r) => strings[RECOMPUTE_LABEL[r]] })}
                </div>
              )}
            </>
          ) : (
            <div class="widget-controls">
              {field("quantization", { optionLabel: (q) => q.toUpperCase() })}
              {/* The slider moves in fractions of a token. */}
              {field("context", { onChange: (context) => setState({ ...state, context: Math.round(context) }) })}
              {field("batch")}
            </div>
          )}
        </>
      }
      work={{ tex: memoryTex(state), code: memoryCode(state), ssr: work, live }}
      tables={[memoryTable(strings, locale, state, view)]}
    >
      {view.error ? (
        <p class="field-error" role="alert">
          {fill(strings.error, { detail: view.error })}
        </p>
      ) : (
        <>
          <Readout
            items={[
              { label: training ? strings.readTotal : strings.columnTotal, value: gb(view.totalBytes), testid: "memory-total" },
              {
                label: fill(training ? strings.readDevices : strings.readNeeded, { chip: state.accelerator }),
                value: view.needed === null ? strings.never : formatDecimal(view.needed, locale, { digits: 7 }),
                testid: "memory-needed",
              },
            ]}
          />
          <p class="readout-sentence">{memorySentence(strings, locale, state, view)}</p>
        </>
      )}
      <ChartSlot live={live} deps={[JSON.stringify(state), locale]} build={(width) => memoryChart(view.chart, memoryChartOptions(strings, locale, state, width))}>
        {children}
      </ChartSlot>
      {training && custom && <p class="widget-footnote">{strings.activationsNote}</p>}
      {!training && custom && <p class="widget-footnote">{strings.kvNote}</p>}
      {!training && <p class="widget-footnote">{strings.kvPrecisionNote}</p>}
      <p class="widget-footnote">{strings.leftOut}</p>
    </WidgetShell>
  );
}
