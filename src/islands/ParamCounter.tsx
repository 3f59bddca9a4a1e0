import type { ComponentChildren } from "preact";
import { useId, useMemo, useState } from "preact/hooks";
import { paramBreakdownChart, type ParamPart } from "../charts/paramBreakdownChart.ts";
import { formatCount, formatPercent } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import {
  PARAM_COUNTER_FIELDS,
  PARAM_COUNTER_ID,
  PARAM_COUNTER_PRESETS,
  paramCounterCode,
  paramCounterTex,
  paramCounterView,
  pastedConfigView,
  type PasteError,
  type ParamCounterView,
} from "../widgets/paramCounter.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { SelectField } from "./shared/SelectField.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

/** Translated words the island needs; the Astro wrapper passes them in. */
export interface ParamCounterStrings extends WidgetStrings {
  title: string;
  model: string;
  pasteLabel: string;
  pasteCount: string;
  pasteClear: string;
  pasteNote: string;
  pasted: string;
  showing: string;
  badJson: string;
  badConfig: string;
  tooLarge: string;
  total: string;
  active: string;
  nonEmbedding: string;
  reported: string;
  reportedActive: string;
  source: string;
  mtp: string;
  noReported: string;
  chartTitle: string;
  chartDescription: string;
  axisParams: string;
  parts: Record<ParamPart, string>;
  legendActive: string;
  legendIdle: string;
  columnPart: string;
  columnShare: string;
}

export interface ParamCounterProps {
  locale: Locale;
  strings: ParamCounterStrings;
  /** Server-rendered chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered formula of the default state (slot `work`). */
  work?: ComponentChildren;
}

/** A signed percentage: +0.35%, −0.11%. */
export function signedPercent(x: number, locale: Locale): string {
  const text = formatPercent(Math.abs(x), locale, { digits: 2 });
  return x > 0 ? `+${text}` : x < 0 ? `−${text}` : text;
}

/** The name a view is shown under: the preset's label, or "your config (llama)". */
export function viewName(view: ParamCounterView, locale: Locale, pastedTemplate: string): string {
  return view.preset ? view.preset.label[locale] : fill(pastedTemplate, { family: view.family });
}

export default function ParamCounter({ locale, strings, children, work }: ParamCounterProps) {
  const url = useUrlState(PARAM_COUNTER_ID, PARAM_COUNTER_FIELDS);
  const { state, setState, fromUrl, isDefault } = url;
  const [text, setText] = useState("");
  const [pasted, setPasted] = useState<ParamCounterView | null>(null);
  const [pasteError, setPasteError] = useState<PasteError | null>(null);
  const presetView = useMemo(() => paramCounterView(state), [state.model]);
  const view = pasted ?? presetView;
  const live = fromUrl || !isDefault || pasted !== null;
  const name = viewName(view, locale, strings.pasted);
  const textareaId = useId();
  const c = view.count;

  const count = () => {
    const result = pastedConfigView(text);
    if (result.ok) {
      setPasted(result.view);
      setPasteError(null);
    } else {
      setPasteError(result.error);
    }
  };
  const clearPaste = () => {
    setPasted(null);
    setPasteError(null);
  };
  const errorLine = pasteError && (pasteError.kind === "json" ? strings.badJson : pasteError.kind === "config" ? strings.badConfig : strings.tooLarge);
  const rows = view.chart.rows.map((r) => ({ ...r, value: r.active + r.idle }));
  // Sentences run on with a space in English, none after Chinese full stops.
  const sep = locale === "zh" ? "" : " ";

  return (
    <WidgetShell
      id={PARAM_COUNTER_ID}
      strings={strings}
      url={{ ...url, isDefault: isDefault && pasted === null, reset: () => { clearPaste(); url.reset(); } }}
      controls={
        <>
      <div class="widget-controls">
        <SelectField
          label={strings.model}
          value={state.model}
          options={PARAM_COUNTER_PRESETS.map((p) => ({ value: p.id, label: p.label[locale] }))}
          onChange={(model) => {
            clearPaste();
            setState({ model });
          }}
        />
      </div>
        </>
      }
      work={{ tex: paramCounterTex(view), code: paramCounterCode(view), ssr: work, live }}
      tables={[{ caption: fill(strings.chartTitle, { name }), columns: [strings.columnPart, strings.axisParams, strings.columnShare], rows: rows.map((r) => [strings.parts[r.part], formatCount(r.value, locale), formatPercent(r.value / c.total, locale, { digits: 2 })]) }]}
    >
      <details class="param-paste" open={pasted !== null || pasteError !== null}>
        <summary>{strings.pasteLabel}</summary>
        <label for={textareaId} class="visually-hidden">
          {strings.pasteLabel}
        </label>
        <textarea
          id={textareaId}
          rows={6}
          spellcheck={false}
          autoComplete="off"
          placeholder='{ "model_type": "llama", "hidden_size": 4096, … }'
          value={text}
          aria-invalid={pasteError ? "true" : undefined}
          aria-describedby={pasteError ? `${textareaId}-error` : `${textareaId}-note`}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <div class="param-paste-actions">
          <button type="button" class="widget-button" onClick={count} disabled={text.trim() === ""}>
            {strings.pasteCount}
          </button>
          {pasted !== null && (
            <button type="button" class="widget-button" onClick={clearPaste}>
              {strings.pasteClear}
            </button>
          )}
        </div>
        {pasteError && (
          <p id={`${textareaId}-error`} class="field-error" role="alert">
            {errorLine} <code>{pasteError.message}</code>
          </p>
        )}
        <p id={`${textareaId}-note`} class="param-paste-note">
          {strings.pasteNote}
        </p>
      </details>
      <ChartSlot
        live={live}
        deps={[view, locale]}
        build={(width) =>
          paramBreakdownChart(view.chart, {
            width,
            locale,
            title: fill(strings.chartTitle, { name }),
            description: strings.chartDescription,
            partLabels: strings.parts,
            xLabel: strings.axisParams,
            legend: { active: strings.legendActive, idle: strings.legendIdle },
          })
        }
      >
        {children}
      </ChartSlot>
      <p class="param-showing" aria-live="polite">
        {fill(strings.showing, { name })}
      </p>
      <dl class="readout" aria-live="polite">
        <div>
          <dt>{strings.total}</dt>
          <dd data-testid="param-counter-total">{formatCount(c.total, locale)}</dd>
        </div>
        <div>
          <dt>{strings.active}</dt>
          <dd data-testid="param-counter-active">{formatCount(c.active, locale)}</dd>
        </div>
        <div>
          <dt>{strings.nonEmbedding}</dt>
          <dd data-testid="param-counter-non-embedding">{formatCount(c.nonEmbedding, locale)}</dd>
        </div>
      </dl>
      {view.reported ? (
        <p class="readout-sentence" data-testid="param-counter-reported">
          {fill(strings.reported, { reported: formatCount(view.reported.total, locale), diff: signedPercent(view.reported.totalDiff, locale) })}
          {view.reported.active !== null && view.reported.activeDiff !== null && (
            <>{sep}{fill(strings.reportedActive, { reported: formatCount(view.reported.active, locale), diff: signedPercent(view.reported.activeDiff, locale) })}</>
          )}
          {sep}
          <a href={view.reported.source} rel="noopener">
            {strings.source}
          </a>
        </p>
      ) : (
        <p class="readout-sentence">{strings.noReported}</p>
      )}
      {c.mtp > 0 && <p class="param-mtp">{fill(strings.mtp, { mtp: formatCount(c.mtp, locale) })}</p>}
    </WidgetShell>
  );
}
