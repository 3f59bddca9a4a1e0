import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import { memoryFitChart, throughputChart, INFERENCE_COLORS } from "../charts/inferenceChart.ts";
import { formatDecimal } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { ACCELERATORS } from "../lib/scaling/index.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import { INFERENCE_FIELDS, INFERENCE_ID, gptFastCheck, inferenceCode, inferenceTex, inferenceView } from "../widgets/inference.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { fill } from "./shared/fill.ts";
import { Readout } from "./shared/Readout.tsx";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import { inferenceText, type InferenceStrings } from "../widgets/inferenceText.ts";

export interface InferenceProps {
  locale: Locale;
  strings: InferenceStrings;
  /** Server-rendered throughput chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered memory chart (slot `memory`) and formula (slot `work`). */
  memory?: ComponentChildren;
  work?: ComponentChildren;
}

// The model list and gpt-fast's check do not change with the state: built once, not on every slider step.
const modelOptions = (locale: Locale) =>
  Object.values(MODEL_CONFIGS).map((m) => ({ value: m.id, label: m.label[locale] })).sort((a, b) => a.label.localeCompare(b.label, "en"));
const modelsByLocale = new Map<Locale, ReturnType<typeof modelOptions>>();
let fastCheck: ReturnType<typeof gptFastCheck> | undefined;

const swatch = (color: string, dash?: string) => (
  <svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true" class="legend-swatch">
    <line x1="1" y1="6" x2="17" y2="6" stroke={color} stroke-width={dash ? 1.5 : 6} stroke-dasharray={dash} stroke-opacity={dash ? 1 : 0.6} />
  </svg>
);

export default function Inference({ locale, strings, children, memory, work }: InferenceProps) {
  const url = useUrlState(INFERENCE_ID, INFERENCE_FIELDS);
  const { state, setState } = url;
  const key = JSON.stringify(state);
  const view = useMemo(() => inferenceView(state), [key]);
  const live = url.fromUrl || !url.isDefault;
  const field = fieldRenderer(url, strings, locale);
  const text = inferenceText(strings, locale, state, view);
  if (!modelsByLocale.has(locale)) modelsByLocale.set(locale, modelOptions(locale));
  const models = modelsByLocale.get(locale)!;
  const deps = [key, locale];
  const s = view.step;
  const check = (fastCheck ??= gptFastCheck());

  return (
    <WidgetShell
      class="inference"
      id={INFERENCE_ID}
      strings={strings}
      url={url}
      failed={view.failed && strings.error}
      controls={
        <>
          <div class="widget-controls">
            {field("model", { options: models })}
            {field("accelerator", { options: Object.keys(ACCELERATORS).map((name) => ({ value: name, label: `${name} (${text.gb(ACCELERATORS[name as keyof typeof ACCELERATORS].memoryBytes)})` })) })}
            {field("precision", { optionLabel: (p) => p.toUpperCase() })}
            {field("gpus")}
          </div>
          <div class="widget-controls">
            {field("batch", { onChange: (batch) => setState({ ...state, batch: Math.max(1, Math.round(batch)) }) })}
            {field("context")}
            {field("price", { unit: strings.priceUnit })}
          </div>
        </>
      }
      work={{ tex: inferenceTex(state), code: inferenceCode(state), ssr: work, live }}
      tables={[{ caption: `${text.throughput.description} ${text.memory.description}`, columns: [strings.axisBatch, strings.throughput, strings.perSequence, strings.cost, strings.axisGb, strings.columnFits], rows: view.table.map((p) => [
        formatDecimal(p.batch, locale, { digits: 4 }), text.count(p.tokensPerSecond), formatDecimal(p.perSequence, locale), text.usd(p.costPerMillion), text.gb(p.weightsBytes + p.kvBytes), p.fits ? strings.yes : strings.no,
      ]) }]}
    >
      <Readout items={[
        { label: strings.throughput, value: text.count(s.tokensPerSecond), testid: "inference-throughput" },
        { label: strings.perSequence, value: formatDecimal(s.tokensPerSecondPerSequence, locale), testid: "inference-per-sequence" },
        { label: strings.cost, value: text.usd(view.costPerMillion), testid: "inference-cost" },
        { label: strings.critical, value: formatDecimal(view.criticalBatch, locale), testid: "inference-critical" },
        { label: strings.memoryBatch, value: view.memoryBatch >= 1 ? formatDecimal(view.memoryBatch, locale, { digits: 7 }) : strings.none, testid: "inference-memory-batch" },
      ]} />
      <p class="readout-sentence" data-testid="inference-sentence">
        {fill(s.bound === "memory" ? strings.sentenceMemory : strings.sentenceCompute, {
          batch: state.batch, context: formatDecimal(state.context, locale, { digits: 7 }), weights: text.gb(s.weightBytes), kv: text.gb(s.kvCacheBytes),
          compute: formatDecimal((100 * s.computeSeconds) / s.seconds, locale, { digits: 2 }), memory: formatDecimal((100 * s.memorySeconds) / s.seconds, locale, { digits: 2 }),
        })}
      </p>
      {!view.fits && <p class="inference-warning" role="status">{fill(strings.noFit, { total: text.gb(view.totalBytes), capacity: text.gb(view.capacityBytes) })}</p>}
      {state.context > view.maxContext && <p class="inference-note">{fill(strings.beyondContext, { context: text.count(state.context), max: text.count(view.maxContext) })}</p>}
      <ChartSlot live={live} deps={deps} build={(width) => throughputChart(view.chart, { width, ...text.throughput })}>{children}</ChartSlot>
      <ChartSlot live={live} deps={deps} build={(width) => memoryFitChart(view.chart, { width, ...text.memory })}>{memory}</ChartSlot>
      <ul class="inference-legend">
        <li>{swatch(INFERENCE_COLORS.line)} {strings.legendWeights}</li>
        <li>{swatch(INFERENCE_COLORS.kv)} {strings.legendKv}</li>
        <li>{swatch(INFERENCE_COLORS.line, "5,4")} {strings.legendOver}</li>
      </ul>
      <p class="inference-note">{fill(strings.note, { measured: formatDecimal(check.measured, locale, { digits: 4 }), roofline: formatDecimal(check.roofline, locale, { digits: 3 }), ratio: formatDecimal(check.ratio, locale, { digits: 3 }) })}</p>
    </WidgetShell>
  );
}
