import type { ComponentChildren } from "preact";
import { parallelismChart } from "../charts/parallelismChart.ts";
import { formatCount, formatDecimal, formatPercent } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { ACCELERATORS } from "../lib/scaling/index.ts";
import { MODEL_CONFIGS } from "../../content/data/models/index.ts";
import { PARALLELISM_FIELDS, PARALLELISM_ID, parallelismCode, parallelismTex, parallelismView, type ParallelismState } from "../widgets/parallelism.ts";
import {
  formatGb, formatSeconds, formatTokens, mismatchText, parallelismChartOptions, parallelismTables, reasonText, type ParallelismStrings,
} from "../widgets/parallelismText.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { fill } from "./shared/fill.ts";
import { Readout } from "./shared/Readout.tsx";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";

export interface ParallelismProps {
  locale: Locale;
  strings: ParallelismStrings;
  /** Server-rendered chart of the default layout. */
  children?: ComponentChildren;
  /** Server-rendered formula of the default layout (slot `work`). */
  work?: ComponentChildren;
}

export default function Parallelism({ locale, strings, children, work }: ParallelismProps) {
  const url = useUrlState(PARALLELISM_ID, PARALLELISM_FIELDS);
  const { state, setState } = url;
  const set = (patch: Partial<ParallelismState>) => setState({ ...state, ...patch });
  const view = parallelismView(state);
  const l = view.layout;
  const live = url.fromUrl || !url.isDefault;
  const field = fieldRenderer(url, strings, locale);
  const gb = (bytes: number) => formatGb(strings, locale, bytes);
  const custom = state.model === "custom";
  const models = Object.values(MODEL_CONFIGS)
    .map((m) => ({ value: m.id, label: m.label[locale] }))
    .sort((a, b) => a.label.localeCompare(b.label, "en"));
  const wrong = view.mismatch;
  const fits = view.reasons.length === 0;

  return (
    <WidgetShell
      class="parallelism"
      id={PARALLELISM_ID}
      strings={strings}
      url={url}
      failed={view.failed && (wrong ? strings.mismatchFailed : strings.failed)}
      controls={
        <>
          <div class="widget-controls">
            {field("model", { options: [{ value: "custom", label: strings.modelCustom }, ...models] })}
            {custom && field("params")}
            {field("accelerator", { optionLabel: (name) => `${name} (${gb(ACCELERATORS[name].memoryBytes)})` })}
          </div>
          {view.shape && (
            <p class="widget-footnote">{fill(strings.paramsFromModel, { params: formatCount(view.params, locale, { digits: 4 }), layers: view.shape.layers, heads: view.shape.heads })}</p>
          )}
          <div class="widget-controls parallelism-degrees">
            {field("gpus")}
            {field("dp")}
            {field("tp")}
            {field("pp")}
          </div>
          {wrong && (
            <div class="parallelism-mismatch" role="alert" data-testid="parallelism-mismatch">
              <p class="field-error">{mismatchText(strings, locale, state, wrong)}</p>
              {wrong.dp !== null && (
                <button type="button" class="widget-button" onClick={() => set({ dp: wrong.dp! })}>
                  {fill(strings.mismatchFix, { dp: formatDecimal(wrong.dp, locale, { digits: 7 }) })}
                </button>
              )}
            </div>
          )}
          <div class="widget-controls">
            {field("zero", { optionLabel: (stage) => fill(strings.zeroOption, { stage }) })}
            {field("recompute", { optionLabel: (r) => strings[r === "none" ? "recomputeNone" : r === "full" ? "recomputeFull" : "recomputeSelective"] })}
            {field("microBatchTokens")}
            {field("microBatches")}
          </div>
        </>
      }
      work={{ tex: parallelismTex(state), code: parallelismCode(state), ssr: work, live }}
      tables={parallelismTables(strings, locale, view)}
    >
      <Readout
        items={[
          { label: strings.readMemory, value: gb(l.memory.totalBytes), testid: "parallelism-memory" },
          { label: strings.readStep, value: formatSeconds(strings, locale, l.stepSeconds), testid: "parallelism-step" },
          { label: strings.readMfu, value: formatPercent(l.mfu, locale, { digits: 2 }), testid: "parallelism-mfu" },
          { label: strings.readBubble, value: formatPercent(l.bubble, locale, { digits: 2 }), testid: "parallelism-bubble" },
          { label: strings.readTokens, value: formatTokens(locale, l.tokensPerStep), testid: "parallelism-tokens" },
        ]}
      />
      <p class={fits ? "readout-sentence" : "readout-sentence parallelism-misfit"} data-testid="parallelism-fits">
        {fits
          ? fill(strings.fits, { need: gb(l.memory.totalBytes), chip: view.accelerator, have: gb(l.deviceMemoryBytes) })
          : view.reasons.map((r) => reasonText(strings, locale, view.accelerator, r)).join(" ")}
      </p>
      <ChartSlot live={live} deps={[JSON.stringify(state), locale]} build={(width) => parallelismChart(view.chart, parallelismChartOptions(strings, locale, view.accelerator, width))}>
        {children}
      </ChartSlot>
      <p class="widget-footnote">{custom ? `${strings.customNote} ${strings.note}` : strings.note}</p>
    </WidgetShell>
  );
}
