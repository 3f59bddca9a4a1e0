import type { ComponentChildren } from "preact";
import { lossCurveChart } from "../charts/lossCurveChart.ts";
import { formatCount, formatDecimal } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { PARAMS_RANGE, POWER_LAW_FIELDS, POWER_LAW_ID, powerLawCode, powerLawTex, powerLawView } from "../widgets/powerLaw.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { CopyLink } from "./shared/CopyLink.tsx";
import { DataTable } from "./shared/DataTable.tsx";
import { QuantityField } from "./shared/QuantityField.tsx";
import { ShowWork } from "./shared/ShowWork.tsx";
import { WidgetNotes } from "./shared/WidgetNotes.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

/** Translated words the island needs; the Astro wrapper passes them in. */
export interface PowerLawStrings extends WidgetStrings {
  title: string;
  description: string;
  params: string;
  loss: string;
  tenX: string;
  axisParams: string;
  axisLoss: string;
}

export interface PowerLawExplorerProps {
  locale: Locale;
  strings: PowerLawStrings;
  /** Server-rendered chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered formula of the default state (slot `work`). */
  work?: ComponentChildren;
}

export default function PowerLawExplorer({ locale, strings, children, work }: PowerLawExplorerProps) {
  const { state, setState, reset, fallbacks, fromUrl, isDefault } = useUrlState(POWER_LAW_ID, POWER_LAW_FIELDS);
  const view = powerLawView(state);
  const live = fromUrl || !isDefault;
  const d3 = (x: number) => formatDecimal(x, locale, { digits: 3 });

  return (
    <div class="widget-body">
      <div class="widget-controls">
        <QuantityField
          label={strings.params}
          value={state.params}
          range={PARAMS_RANGE}
          locale={locale}
          messages={strings}
          onChange={(params) => setState({ params })}
        />
      </div>
      <WidgetNotes fallbacks={fallbacks} template={strings.urlFallback} />
      <ChartSlot
        live={live}
        deps={[state.params, locale]}
        build={(width) =>
          lossCurveChart(view.chart, {
            width,
            locale,
            title: strings.title,
            description: strings.description,
            xLabel: strings.axisParams,
            yLabel: strings.axisLoss,
            markerLabel: formatCount(state.params, locale),
          })
        }
      >
        {children}
      </ChartSlot>
      <dl class="readout" aria-live="polite">
        <div>
          <dt>{strings.loss}</dt>
          <dd data-testid="power-law-loss">{formatDecimal(view.loss, locale, { digits: 4 })}</dd>
        </div>
      </dl>
      <p class="readout-sentence">{fill(strings.tenX, { factor: d3(view.tenXFactor), from: d3(view.loss), to: d3(view.lossAtTenX) })}</p>
      <ShowWork summary={strings.showWork} tex={powerLawTex(state)} code={powerLawCode(state)} ssr={work} live={live} />
      <DataTable
        summary={strings.dataTable}
        caption={strings.description}
        columns={[strings.axisParams, strings.axisLoss]}
        rows={view.chart.curve.filter((_, i) => i % 5 === 0).map((p) => [formatCount(p.x, locale), formatDecimal(p.loss, locale, { digits: 4 })])}
      />
      <div class="widget-actions">
        <CopyLink label={strings.copyLink} done={strings.linkCopied} anchor={`widget-${POWER_LAW_ID}`} />
        {!isDefault && (
          <button type="button" class="widget-button" onClick={reset}>
            {strings.reset}
          </button>
        )}
      </div>
    </div>
  );
}
