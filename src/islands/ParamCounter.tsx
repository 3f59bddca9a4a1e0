import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import { paramBreakdownChart } from "../charts/paramBreakdownChart.ts";
import { formatCount } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { PARAM_COUNTER_FIELDS, PARAM_COUNTER_ID, PARAM_COUNTER_PRESETS, paramCounterCode, paramCounterTex, paramCounterView } from "../widgets/paramCounter.ts";
import { breakdownChartText, countReadout, paramTable, reportedText, viewName, type ParamCounterWords } from "../widgets/paramCounterText.ts";
import { PastePanel, usePastedConfig } from "./paramCounter/PastePanel.tsx";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { fill } from "./shared/fill.ts";
import { Readout } from "./shared/Readout.tsx";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

/** Translated words the island needs; the Astro wrapper passes them in. */
export interface ParamCounterStrings extends WidgetStrings, ParamCounterWords {}

export interface ParamCounterProps {
  locale: Locale;
  strings: ParamCounterStrings;
  /** Server-rendered chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered formula of the default state (slot `work`). */
  work?: ComponentChildren;
}

export default function ParamCounter({ locale, strings, children, work }: ParamCounterProps) {
  const url = useUrlState(PARAM_COUNTER_ID, PARAM_COUNTER_FIELDS);
  const { state, setState, fromUrl, isDefault } = url;
  const paste = usePastedConfig();
  const presetView = useMemo(() => paramCounterView(state), [state.model]);
  const view = paste.view ?? presetView;
  const live = fromUrl || !isDefault || paste.view !== null;
  const name = viewName(view, locale, strings.pasted);
  const field = fieldRenderer(url, strings, locale);
  const reported = reportedText(view, strings, locale);

  return (
    <WidgetShell
      id={PARAM_COUNTER_ID}
      strings={strings}
      url={{ ...url, isDefault: isDefault && paste.view === null, reset: () => { paste.clear(); url.reset(); } }}
      controls={
        <div class="widget-controls">
          {field("model", {
            options: PARAM_COUNTER_PRESETS.map((p) => ({ value: p.id, label: p.label[locale] })),
            onChange: (model) => {
              paste.clear();
              setState({ model });
            },
          })}
        </div>
      }
      work={{ tex: paramCounterTex(view), code: paramCounterCode(view), ssr: work, live }}
      tables={[paramTable(view, strings, locale, name)]}
    >
      <PastePanel paste={paste} strings={strings} />
      <ChartSlot
        live={live}
        deps={[view, locale]}
        build={(width) => paramBreakdownChart(view.chart, { ...breakdownChartText(strings, name), width, locale })}
      >
        {children}
      </ChartSlot>
      <p class="param-showing" aria-live="polite">
        {fill(strings.showing, { name })}
      </p>
      <Readout items={countReadout(view, strings, locale)} />
      {view.reported ? (
        <p class="readout-sentence" data-testid="param-counter-reported">
          {reported}
          <a href={view.reported.source} rel="noopener">
            {strings.source}
          </a>
        </p>
      ) : (
        <p class="readout-sentence">{strings.noReported}</p>
      )}
      {view.count.mtp > 0 && <p class="param-mtp">{fill(strings.mtp, { mtp: formatCount(view.count.mtp, locale) })}</p>}
    </WidgetShell>
  );
}
