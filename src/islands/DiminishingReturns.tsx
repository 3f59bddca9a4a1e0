import type { ComponentChildren } from "preact";
import { returnsChart } from "../charts/returnsChart.ts";
import type { Locale } from "../i18n/locales.ts";
import {
  DIMINISHING_RETURNS_FIELDS,
  DIMINISHING_RETURNS_ID,
  START_FIELD,
  diminishingReturnsCode,
  diminishingReturnsTex,
  diminishingReturnsView,
} from "../widgets/diminishingReturns.ts";
import { lossReadouts, returnsChartLabels, returnsTable, type DiminishingReturnsStrings } from "../widgets/diminishingReturnsText.ts";
import { ClaimPanel } from "./diminishingReturns/ClaimPanel.tsx";
import { ReturnsLegend } from "./diminishingReturns/ReturnsLegend.tsx";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { Readout } from "./shared/Readout.tsx";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";

export interface DiminishingReturnsProps {
  locale: Locale;
  strings: DiminishingReturnsStrings;
  /** Server-rendered chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered formula of the default state (slot `work`). */
  work?: ComponentChildren;
}

export default function DiminishingReturns({ locale, strings, children, work }: DiminishingReturnsProps) {
  const url = useUrlState(DIMINISHING_RETURNS_ID, DIMINISHING_RETURNS_FIELDS);
  const { state, fromUrl, isDefault } = url;
  const view = diminishingReturnsView(state);
  const live = fromUrl || !isDefault;
  const field = fieldRenderer(url, strings, locale);

  return (
    <WidgetShell
      id={DIMINISHING_RETURNS_ID}
      strings={strings}
      url={url}
      failed={view.failed && strings.error}
      controls={
        <>
          <div class="widget-controls">
            {field("axis", { optionLabel: (a) => strings.axes[a] })}
            {field(START_FIELD[state.axis], { key: state.axis, label: strings.start[state.axis] })}
          </div>
          <div class="widget-controls">
            {field("fit", { optionLabel: (f) => strings.fits[f] })}
            {field("hold", { label: state.axis === "tokens" ? strings.holdParams : strings.holdTokens, optionLabel: (h) => strings.holds[h] })}
            {state.hold === "fixed" && state.axis === "tokens" && field("fixedParams")}
            {/* The claim is checked along parameters, with these tokens, whatever the axis. */}
            {state.hold === "fixed" && field("fixedTokens")}
          </div>
          {state.axis === "compute" && <p class="dr-note">{strings.computeNote}</p>}
        </>
      }
      work={{ tex: diminishingReturnsTex(state), code: diminishingReturnsCode(state), ssr: work, live }}
      tables={[returnsTable(state, view, strings, locale)]}
    >
      <ChartSlot
        live={live}
        deps={[JSON.stringify(state), locale]}
        build={(width) => returnsChart(view.chart, { width, locale, ...returnsChartLabels(state.axis, view, strings, locale) })}
      >
        {children}
      </ChartSlot>
      <ReturnsLegend strings={strings} />
      <Readout items={lossReadouts(state.axis, view, strings, locale)} />
      <ClaimPanel state={state} claim={view.claim} strings={strings} locale={locale} />
    </WidgetShell>
  );
}
