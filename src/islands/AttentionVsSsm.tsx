import type { ComponentChildren } from "preact";
import { sequenceCostChart } from "../charts/sequenceCostChart.ts";
import type { Locale } from "../i18n/locales.ts";
import { ATTENTION_VS_SSM_FIELDS, ATTENTION_VS_SSM_ID, attentionVsSsmCode, attentionVsSsmTex, attentionVsSsmView } from "../widgets/attentionVsSsm.ts";
import {
  attentionVsSsmFootnote,
  attentionVsSsmReadout,
  attentionVsSsmTable,
  optionLabels,
  sequenceChartOptions,
  type AttentionVsSsmStrings,
} from "../widgets/attentionVsSsmText.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { fill } from "./shared/fill.ts";
import { Readout } from "./shared/Readout.tsx";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";

export interface AttentionVsSsmProps {
  locale: Locale;
  strings: AttentionVsSsmStrings;
  children?: ComponentChildren;
  work?: ComponentChildren;
}

export default function AttentionVsSsm({ locale, strings, children, work }: AttentionVsSsmProps) {
  const url = useUrlState(ATTENTION_VS_SSM_ID, ATTENTION_VS_SSM_FIELDS);
  const { state, setState, fromUrl, isDefault } = url;
  const view = attentionVsSsmView(state);
  const live = fromUrl || !isDefault;
  const field = fieldRenderer(url, strings, locale);
  const labels = optionLabels(strings);
  const readout = attentionVsSsmReadout(strings, locale, state, view);

  return (
    <WidgetShell
      class="attention-vs-ssm"
      id={ATTENTION_VS_SSM_ID}
      strings={strings}
      url={url}
      controls={
        <>
          <div class="widget-controls">
            {field("size", { optionLabel: labels.size })}
            {field("kv", { optionLabel: labels.kv })}
            {field("metric", { optionLabel: labels.metric })}
          </div>
          <div class="widget-controls">
            {/* The slider moves in hundredths of a decade; the context is whole tokens. */}
            {field("context", { onChange: (context) => setState({ ...state, context: Math.round(context) }) })}
          </div>
        </>
      }
      work={{ tex: attentionVsSsmTex(state), code: attentionVsSsmCode(state), ssr: work, live }}
      tables={[attentionVsSsmTable(strings, locale, state, view)]}
    >
      {view.error ? (
        <p class="field-error" role="alert">
          {fill(strings.error, { detail: view.error })}
        </p>
      ) : (
        <>
          <p class="readout-heading">{readout.heading}</p>
          <Readout items={readout.items} />
          <p class="readout-sentence">{readout.ratio}</p>
          <p class="readout-sentence" data-testid="attention-vs-ssm-crossover">
            {readout.crossover}
          </p>
        </>
      )}
      <ChartSlot live={live} deps={[JSON.stringify(state), locale]} build={(width) => sequenceCostChart(view.chart, sequenceChartOptions(strings, locale, state, width))}>
        {children}
      </ChartSlot>
      <p class="widget-footnote">{attentionVsSsmFootnote(strings, locale, view)}</p>
    </WidgetShell>
  );
}
