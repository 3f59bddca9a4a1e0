import type { ComponentChildren } from "preact";
import { memoryChart, type MemoryPart } from "../charts/memoryChart.ts";
import { formatCount, formatDecimal } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { ACCELERATORS, BYTES_PER_GB, type AcceleratorName, type Optimizer, type Recompute, type TrainingPrecision } from "../lib/scaling/index.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import {
  ACCELERATOR_NAMES,
  BATCH_RANGE,
  CONTEXT_RANGE,
  DEVICES_RANGE,
  INFERENCE_MODEL,
  MEMORY_FIELDS,
  MEMORY_ID,
  MICRO_BATCH_RANGE,
  PARAMS_RANGE,
  QUANTIZATIONS,
  SEQUENCE_RANGE,
  memoryCode,
  memoryTex,
  memoryView,
  type MemoryMode,
  type MemoryState,
  type MemoryView,
  type Quantization,
} from "../widgets/memory.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { NumberField } from "./shared/NumberField.tsx";
import { QuantityField } from "./shared/QuantityField.tsx";
import { SelectField } from "./shared/SelectField.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

/** Keys under `memory.` in the dictionaries that the island needs. */
export const MEMORY_KEYS = [
  "title", "description", "mode", "modeTraining", "modeInference", "model", "modelCustom", "params", "paramsFromModel",
  "precision", "precisionBf16", "precisionFp16", "precisionFp32", "optimizer", "optimizerAdam", "optimizerSgdMomentum",
  "optimizerSgd", "stage", "stage0", "stage1", "stage2", "stage3", "stageShort", "devices", "sequence", "microBatch",
  "recompute", "recomputeNone", "recomputeSelective", "recomputeFull", "quantization", "context", "batch", "accelerator",
  "partWeights", "partGradients", "partOptimizer", "partActivations", "partKvCache", "axis", "gb", "capacity", "readTotal",
  "readNeeded", "readDevices", "never", "trainingFits", "trainingNever", "inferenceFits", "activationsNote", "kvNote",
  "kvPrecisionNote", "leftOut", "columnBar", "columnTotal", "error",
] as const;

export type MemoryStrings = WidgetStrings & Record<(typeof MEMORY_KEYS)[number], string>;

/** GB (10⁹ bytes), localized: "120 GB", "1.88 GB". */
export function formatGb(strings: MemoryStrings, locale: Locale, gb: number): string {
  return fill(strings.gb, { value: formatDecimal(gb, locale, { digits: gb >= 1000 ? 4 : 3 }) });
}

/** The view with translated bar labels. */
export function localizedMemoryView(state: MemoryState, strings: MemoryStrings): MemoryView {
  return memoryView(state, { stage: (stage) => fill(strings.stageShort, { stage }), quantization: (q) => q.toUpperCase() });
}

/** Chart options for a state (shared by the island and the Astro wrapper). */
export function memoryChartOptions(strings: MemoryStrings, locale: Locale, state: MemoryState, width: number, document?: Document) {
  const partLabels: Record<MemoryPart, string> = {
    weights: strings.partWeights,
    gradients: strings.partGradients,
    optimizer: strings.partOptimizer,
    activations: strings.partActivations,
    kvCache: strings.partKvCache,
  };
  return {
    width,
    locale,
    document,
    title: `${strings.title}: ${state.mode === "training" ? strings.modeTraining : strings.modeInference}`,
    description: strings.description,
    yLabel: strings.axis,
    partLabels,
    capacityLabel: (line: { bytes: number; count: number }) =>
      fill(strings.capacity, { count: line.count, chip: state.accelerator, gb: formatGb(strings, locale, line.bytes / BYTES_PER_GB) }),
    formatGb: (gb: number) => formatDecimal(gb, locale),
  };
}

export interface MemoryCalculatorProps {
  locale: Locale;
  strings: MemoryStrings;
  children?: ComponentChildren;
  work?: ComponentChildren;
}

const PART_KEYS: Record<MemoryPart, (typeof MEMORY_KEYS)[number]> = {
  weights: "partWeights", gradients: "partGradients", optimizer: "partOptimizer", activations: "partActivations", kvCache: "partKvCache",
};

export default function MemoryCalculator({ locale, strings, children, work }: MemoryCalculatorProps) {
  const url = useUrlState(MEMORY_ID, MEMORY_FIELDS);
  const { state, setState, fromUrl, isDefault } = url;
  const view = localizedMemoryView(state, strings);
  const live = fromUrl || !isDefault;
  const set = (patch: Partial<MemoryState>) => setState({ ...state, ...patch });
  const gb = (bytes: number) => formatGb(strings, locale, bytes / BYTES_PER_GB);
  const nums = { badNumber: strings.badNumber, outOfRange: strings.outOfRange };
  const chipGb = gb(ACCELERATORS[state.accelerator].memoryBytes);
  const training = state.mode === "training";
  const custom = state.model === "custom";
  const models = Object.values(MODEL_CONFIGS)
    .map((m) => ({ value: m.id, label: m.label[locale] }))
    .sort((a, b) => a.label.localeCompare(b.label, "en"));
  const parts = (training ? ["weights", "gradients", "optimizer", "activations"] : ["weights", "kvCache"]) as MemoryPart[];

  return (
    <WidgetShell
      class="memory"
      id={MEMORY_ID}
      strings={strings}
      url={url}
      controls={
        <>
      <div class="widget-controls">
        <SelectField
          label={strings.mode}
          value={state.mode}
          options={[
            { value: "training", label: strings.modeTraining },
            { value: "inference", label: strings.modeInference },
          ]}
          onChange={(mode: MemoryMode) => set({ mode, ...(mode === "inference" && custom ? { model: INFERENCE_MODEL } : {}) })}
        />
        <SelectField
          label={strings.model}
          value={state.model}
          options={[{ value: "custom", label: strings.modelCustom }, ...models]}
          onChange={(model) => set({ model })}
        />
        <SelectField
          label={strings.accelerator}
          value={state.accelerator}
          options={ACCELERATOR_NAMES.map((name) => ({ value: name, label: `${name} (${gb(ACCELERATORS[name].memoryBytes)})` }))}
          onChange={(accelerator: AcceleratorName) => set({ accelerator })}
        />
      </div>
      {custom ? (
        <div class="widget-controls">
          <QuantityField label={strings.params} value={state.params} range={PARAMS_RANGE} locale={locale} messages={nums} onChange={(params) => set({ params })} />
        </div>
      ) : (
        <p class="widget-footnote">{fill(strings.paramsFromModel, { params: formatCount(view.params, locale, { digits: 4 }) })}</p>
      )}
      {training ? (
        <>
          <div class="widget-controls">
            <SelectField
              label={strings.precision}
              value={state.precision}
              options={[
                { value: "bf16", label: strings.precisionBf16 },
                { value: "fp16", label: strings.precisionFp16 },
                { value: "fp32", label: strings.precisionFp32 },
              ]}
              onChange={(precision: TrainingPrecision) => set({ precision })}
            />
            <SelectField
              label={strings.optimizer}
              value={state.optimizer}
              options={[
                { value: "adam", label: strings.optimizerAdam },
                { value: "sgd-momentum", label: strings.optimizerSgdMomentum },
                { value: "sgd", label: strings.optimizerSgd },
              ]}
              onChange={(optimizer: Optimizer) => set({ optimizer })}
            />
            <SelectField
              label={strings.stage}
              value={String(state.stage)}
              options={[0, 1, 2, 3].map((s) => ({ value: String(s), label: strings[`stage${s}` as "stage0"] }))}
              onChange={(stage) => set({ stage: Number(stage) })}
            />
            <NumberField label={strings.devices} value={state.devices} min={DEVICES_RANGE.min} max={DEVICES_RANGE.max} integer locale={locale} messages={nums} onChange={(devices) => set({ devices })} />
          </div>
          {!custom && (
            <div class="widget-controls">
              <NumberField label={strings.sequence} value={state.sequence} min={SEQUENCE_RANGE.min} max={SEQUENCE_RANGE.max} integer locale={locale} messages={nums} onChange={(sequence) => set({ sequence })} />
              <NumberField label={strings.microBatch} value={state.microBatch} min={MICRO_BATCH_RANGE.min} max={MICRO_BATCH_RANGE.max} integer locale={locale} messages={nums} onChange={(microBatch) => set({ microBatch })} />
              <SelectField
                label={strings.recompute}
                value={state.recompute}
                options={[
                  { value: "none", label: strings.recomputeNone },
                  { value: "selective", label: strings.recomputeSelective },
                  { value: "full", label: strings.recomputeFull },
                ]}
                onChange={(recompute: Recompute) => set({ recompute })}
              />
            </div>
          )}
        </>
      ) : (
        <div class="widget-controls">
          <SelectField
            label={strings.quantization}
            value={state.quantization}
            options={QUANTIZATIONS.map((q) => ({ value: q, label: q.toUpperCase() }))}
            onChange={(quantization: Quantization) => set({ quantization })}
          />
          <QuantityField label={strings.context} value={state.context} range={CONTEXT_RANGE} locale={locale} messages={nums} onChange={(context) => set({ context: Math.round(context) })} />
          <NumberField label={strings.batch} value={state.batch} min={BATCH_RANGE.min} max={BATCH_RANGE.max} integer locale={locale} messages={nums} onChange={(batch) => set({ batch })} />
        </div>
      )}
        </>
      }
      work={{ tex: memoryTex(state), code: memoryCode(state), ssr: work, live }}
      tables={[{ caption: strings.description, columns: [strings.columnBar, ...parts.map((p) => strings[PART_KEYS[p]]), strings.columnTotal], rows: view.chart.bars.map((bar) => {
          const bytes = (part: MemoryPart) => bar.segments.find((s) => s.part === part)?.bytes ?? 0;
          return [bar.label, ...parts.map((p) => gb(bytes(p))), gb(bar.segments.reduce((s, x) => s + x.bytes, 0))];
        }) }]}
    >
      {view.error ? (
        <p class="field-error" role="alert">
          {fill(strings.error, { detail: view.error })}
        </p>
      ) : (
        <>
          <dl class="readout" aria-live="polite">
            <div>
              <dt>{training ? strings.readTotal : strings.columnTotal}</dt>
              <dd data-testid="memory-total">{gb(view.totalBytes)}</dd>
            </div>
            <div>
              <dt>{fill(training ? strings.readDevices : strings.readNeeded, { chip: state.accelerator })}</dt>
              <dd data-testid="memory-needed">{view.needed === null ? strings.never : formatDecimal(view.needed, locale, { digits: 7 })}</dd>
            </div>
          </dl>
          <p class="readout-sentence">
            {training
              ? fill(view.needed === null ? strings.trainingNever : strings.trainingFits, { stage: state.stage, chip: state.accelerator, gb: chipGb, n: formatDecimal(view.needed ?? 0, locale, { digits: 7 }) })
              : fill(strings.inferenceFits, { n: formatDecimal(view.needed ?? 0, locale, { digits: 7 }), chip: state.accelerator, gb: chipGb })}
          </p>
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
