import type { ComponentChildren } from "preact";
import { useMemo, useRef } from "preact/hooks";
import { fitChart } from "../charts/fitChart.ts";
import { residualChart } from "../charts/residualChart.ts";
import type { Locale } from "../i18n/locales.ts";
import { FIT_FIELDS, FIT_ID, fitCode, fitTex, fitView, type DefaultFit } from "../widgets/fit.ts";
import { fitChartText, fitSource, fitTable, residualChartText, truncatedNote, type FitWords } from "../widgets/fitText.ts";
import { DataPanel } from "./fit/DataPanel.tsx";
import { FitResults } from "./fit/FitResults.tsx";
import { FitStatusNotes } from "./fit/FitStatusNotes.tsx";
import { useFitData } from "./fit/useFitData.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

/** Translated words the island needs (every `fit.*` key, unprefixed); the Astro wrapper passes them in. */
export type FitStrings = WidgetStrings & FitWords;

export interface FitYourselfProps {
  locale: Locale;
  strings: FitStrings;
  /** The Chinchilla fit of the default runs, computed when the page was built. */
  defaultFit: DefaultFit;
  /** Server-rendered main chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered residual chart (slot `residuals`). */
  residuals?: ComponentChildren;
  /** Server-rendered formula (slot `work`). */
  work?: ComponentChildren;
}

export default function FitYourself({ locale, strings: s, defaultFit, children, residuals, work }: FitYourselfProps) {
  const url = useUrlState(FIT_ID, FIT_FIELDS);
  const { state, fromUrl, isDefault } = url;
  const fitting = useFitData(state.model, defaultFit, s);
  const { data, pasted, fit } = fitting;
  const view = useMemo(() => fitView(data, state, fit), [data, state.model, state.budget, fit]);
  // The residuals and the table do not depend on the budget: the budget slider redraws only the main chart.
  const fitted = [data, state.model, fit, locale];
  const table = useMemo(() => fitTable(view, s, locale), fitted);
  // Once the live chart has replaced the server-rendered one it stays, so a reset redraws it too.
  const everLive = useRef(false);
  if (fromUrl || !isDefault || pasted) everLive.current = true;
  const live = everLive.current;
  const field = fieldRenderer(url, s, locale);
  const truncated = truncatedNote(view, s);

  return (
    <WidgetShell
      class="fit-widget"
      id={FIT_ID}
      strings={s}
      url={{ ...url, isDefault: isDefault && !pasted, reset: () => { url.reset(); fitting.restoreDefault(); } }}
      after={truncated !== null && <p class="fit-hint">{truncated}</p>}
      controls={
        <div class="widget-controls">
          {field("model", { optionLabel: (model) => (model === "chinchilla" ? s.modelChinchilla : s.modelPowerLaw) })}
          {data.kind === "runs" && field("budget")}
        </div>
      }
      work={{ tex: fitTex(view, state), code: fitCode(view, state), ssr: work, live }}
      tables={[table]}
    >
      <FitStatusNotes fitting={fitting} model={state.model} view={view} strings={s} />
      <ChartSlot live={live} deps={[view, locale]} build={(width) => fitChart(view.chart, { ...fitChartText(view, s), width, locale })}>
        {children}
      </ChartSlot>
      <p class="fit-source">{fitSource(view, s, locale, { pasted, built: fit === defaultFit })}</p>
      <FitResults view={view} budget={state.budget} strings={s} locale={locale} />
      {view.residuals.points.length > 0 && (
        <div class="fit-residuals">
          <p class="fit-subheading">{s.residualsTitle}</p>
          <ChartSlot live={live} deps={fitted} build={(width) => residualChart(view.residuals, { ...residualChartText(view, s), width, locale })}>
            {residuals}
          </ChartSlot>
        </div>
      )}
      <DataPanel fitting={fitting} strings={s} />
    </WidgetShell>
  );
}
