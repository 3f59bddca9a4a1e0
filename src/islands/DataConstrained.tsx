import type { ComponentChildren } from "preact";
import { effectiveDataChart, epochLossChart } from "../charts/dataConstrainedChart.ts";
import type { Locale } from "../i18n/locales.ts";
import { DATA_CONSTRAINED_FIELDS, DATA_CONSTRAINED_ID, dataConstrainedCode, dataConstrainedTex, dataConstrainedView } from "../widgets/dataConstrained.ts";
import {
  dataConstrainedChartOptions,
  dataConstrainedLegend,
  dataConstrainedReadouts,
  dataConstrainedSentence,
  dataConstrainedTable,
  type DataConstrainedStrings,
} from "../widgets/dataConstrainedText.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { Legend } from "./shared/Legend.tsx";
import { Readout } from "./shared/Readout.tsx";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";

export interface DataConstrainedProps {
  locale: Locale;
  strings: DataConstrainedStrings;
  /** Server-rendered effective-data chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered loss chart of the default state (slot `loss`). */
  loss?: ComponentChildren;
  /** Server-rendered formula of the default state (slot `work`). */
  work?: ComponentChildren;
}

export default function DataConstrained({ locale, strings, children, loss: lossSsr, work }: DataConstrainedProps) {
  const url = useUrlState(DATA_CONSTRAINED_ID, DATA_CONSTRAINED_FIELDS);
  const { state, fromUrl, isDefault } = url;
  const view = dataConstrainedView(state);
  const live = fromUrl || !isDefault;
  const field = fieldRenderer(url, strings, locale);
  const readouts = dataConstrainedReadouts(strings, view, locale);
  const options = (chart: "effective" | "loss", width: number) => dataConstrainedChartOptions(chart, strings, state, view, locale, width);
  const deps = [state.uniqueTokens, state.epochs, state.params, locale];

  return (
    <WidgetShell
      id={DATA_CONSTRAINED_ID}
      strings={strings}
      url={url}
      failed={view.failed && strings.error}
      controls={
        <div class="widget-controls">
          {field("uniqueTokens", { label: strings.unique })}
          {field("epochs")}
          {field("params")}
        </div>
      }
      work={{ tex: dataConstrainedTex(state), code: dataConstrainedCode(state), ssr: work, live }}
      tables={[dataConstrainedTable(strings, state, view, locale)]}
    >
      <Readout items={readouts.data} />
      <p class="readout-sentence">{dataConstrainedSentence(strings, state, view, locale)}</p>
      <ChartSlot live={live} deps={deps} build={(width) => effectiveDataChart(view.chart, options("effective", width))}>
        {children}
      </ChartSlot>
      <Legend class="dc-legend" items={dataConstrainedLegend(strings, "effective")} />
      <p class="dc-note">{strings.ruleOfThumb}</p>
      <Readout items={readouts.loss} />
      <ChartSlot live={live} deps={deps} build={(width) => epochLossChart(view.chart, options("loss", width))}>
        {lossSsr}
      </ChartSlot>
      <Legend class="dc-legend" items={dataConstrainedLegend(strings, "loss")} />
      <p class="dc-note">{strings.lossNote}</p>
    </WidgetShell>
  );
}
