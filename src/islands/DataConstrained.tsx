import type { ComponentChildren } from "preact";
import { DATA_COLORS, effectiveDataChart, epochLossChart } from "../charts/dataConstrainedChart.ts";
import { formatCount, formatDecimal, formatPercent } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import {
  DATA_CONSTRAINED_FIELDS,
  DATA_CONSTRAINED_ID,
  EPOCHS_RANGE,
  PARAMS_RANGE,
  UNIQUE_RANGE,
  dataConstrainedCode,
  dataConstrainedTex,
  dataConstrainedView,
  type DataConstrainedState,
  type DataConstrainedView,
} from "../widgets/dataConstrained.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { QuantityField } from "./shared/QuantityField.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

/** Translated words the island needs; the Astro wrapper passes them in. */
export interface DataConstrainedStrings extends WidgetStrings {
  unique: string;
  epochs: string;
  params: string;
  tokens: string;
  effective: string;
  worth: string;
  marginal: string;
  loss: string;
  lossFresh: string;
  sentence: string;
  ruleOfThumb: string;
  lossNote: string;
  effectiveTitle: string;
  effectiveDescription: string;
  lossTitle: string;
  lossDescription: string;
  axisEpochs: string;
  axisEffective: string;
  axisLoss: string;
  legendRepeated: string;
  legendFresh: string;
  legendCeiling: string;
  error: string;
}

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

/** Labels and accessible descriptions of both charts for a state, shared by the island and the build. */
export function chartTexts(strings: DataConstrainedStrings, state: DataConstrainedState, view: DataConstrainedView, locale: Locale) {
  const count = (x: number) => formatCount(x, locale);
  return {
    effectiveDescription: fill(strings.effectiveDescription, { unique: count(state.uniqueTokens) }),
    lossDescription: fill(strings.lossDescription, { unique: count(state.uniqueTokens), params: count(state.params) }),
    effectiveMarker: `${count(view.effective)} (${formatPercent(view.worth, locale, { digits: 2 })})`,
    lossMarker: formatDecimal(view.loss, locale, { digits: 3 }),
  };
}

function Swatch({ kind, color }: { kind: "line" | "dash" | "dotted"; color: string }) {
  const dash = kind === "dash" ? "5,3" : kind === "dotted" ? "1,3" : undefined;
  return (
    <svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true" class="legend-swatch">
      <line x1="1" y1="6" x2="17" y2="6" stroke={color} stroke-width={kind === "line" ? 2.5 : 1.5} stroke-dasharray={dash} stroke-opacity={kind === "line" ? 1 : 0.75} />
    </svg>
  );
}

export default function DataConstrained({ locale, strings, children, loss: lossSsr, work }: DataConstrainedProps) {
  const url = useUrlState(DATA_CONSTRAINED_ID, DATA_CONSTRAINED_FIELDS);
  const { state, setState, fromUrl, isDefault } = url;
  const view = dataConstrainedView(state);
  const live = fromUrl || !isDefault;
  const count = (x: number) => formatCount(x, locale);
  const pct = (x: number) => formatPercent(x, locale, { digits: 2 });
  const d4 = (x: number) => formatDecimal(x, locale, { digits: 4 });
  const texts = chartTexts(strings, state, view, locale);
  const deps = [state.uniqueTokens, state.epochs, state.params, locale];

  return (
    <WidgetShell
      id={DATA_CONSTRAINED_ID}
      strings={strings}
      url={url}
      failed={view.failed && strings.error}
      controls={
        <>
      <div class="widget-controls">
        <QuantityField
          label={strings.unique}
          value={state.uniqueTokens}
          range={UNIQUE_RANGE}
          locale={locale}
          messages={strings}
          onChange={(uniqueTokens) => setState({ ...state, uniqueTokens })}
        />
        <QuantityField
          label={strings.epochs}
          value={state.epochs}
          range={EPOCHS_RANGE}
          locale={locale}
          messages={strings}
          onChange={(epochs) => setState({ ...state, epochs })}
        />
        <QuantityField
          label={strings.params}
          value={state.params}
          range={PARAMS_RANGE}
          locale={locale}
          messages={strings}
          onChange={(params) => setState({ ...state, params })}
        />
      </div>
        </>
      }
      work={{ tex: dataConstrainedTex(state), code: dataConstrainedCode(state), ssr: work, live }}
      tables={[{ caption: `${texts.effectiveDescription} ${texts.lossDescription}`, columns: [strings.axisEpochs, strings.tokens, strings.axisEffective, strings.worth, strings.loss, strings.lossFresh], rows: view.table.map((p) => [
          formatDecimal(p.epochs, locale, { digits: 3 }),
          count(p.fresh),
          count(p.effective),
          pct(p.effective / p.fresh),
          d4(p.loss),
          d4(p.lossFresh),
        ]) }]}
    >
      <dl class="readout" aria-live="polite">
        <div>
          <dt>{strings.effective}</dt>
          <dd data-testid="data-constrained-effective">{count(view.effective)}</dd>
        </div>
        <div>
          <dt>{strings.worth}</dt>
          <dd data-testid="data-constrained-worth">{pct(view.worth)}</dd>
        </div>
        <div>
          <dt>{strings.marginal}</dt>
          <dd>{pct(view.marginal)}</dd>
        </div>
      </dl>
      <p class="readout-sentence">
        {fill(strings.sentence, {
          tokens: count(view.tokens),
          epochs: formatDecimal(state.epochs, locale, { digits: 3 }),
          unique: count(state.uniqueTokens),
          effective: count(view.effective),
          worth: pct(view.worth),
          marginal: pct(view.marginal),
        })}
      </p>
      <ChartSlot
        live={live}
        deps={deps}
        build={(width) =>
          effectiveDataChart(view.chart, {
            width,
            locale,
            title: strings.effectiveTitle,
            description: texts.effectiveDescription,
            xLabel: strings.axisEpochs,
            yLabel: strings.axisEffective,
            markerLabel: texts.effectiveMarker,
          })
        }
      >
        {children}
      </ChartSlot>
      <ul class="dc-legend">
        <li>
          <Swatch kind="line" color={DATA_COLORS.repeated} /> {strings.legendRepeated}
        </li>
        <li>
          <Swatch kind="dash" color="currentColor" /> {strings.legendFresh}
        </li>
        <li>
          <Swatch kind="dotted" color={DATA_COLORS.repeated} /> {strings.legendCeiling}
        </li>
      </ul>
      <p class="dc-note">{strings.ruleOfThumb}</p>
      <dl class="readout" aria-live="polite">
        <div>
          <dt>{strings.loss}</dt>
          <dd data-testid="data-constrained-loss">{d4(view.loss)}</dd>
        </div>
        <div>
          <dt>{strings.lossFresh}</dt>
          <dd>{d4(view.lossFresh)}</dd>
        </div>
      </dl>
      <ChartSlot
        live={live}
        deps={deps}
        build={(width) =>
          epochLossChart(view.chart, {
            width,
            locale,
            title: strings.lossTitle,
            description: texts.lossDescription,
            xLabel: strings.axisEpochs,
            yLabel: strings.axisLoss,
            markerLabel: texts.lossMarker,
          })
        }
      >
        {lossSsr}
      </ChartSlot>
      <ul class="dc-legend">
        <li>
          <Swatch kind="line" color={DATA_COLORS.repeated} /> {strings.legendRepeated}
        </li>
        <li>
          <Swatch kind="dash" color="currentColor" /> {strings.legendFresh}
        </li>
      </ul>
      <p class="dc-note">{strings.lossNote}</p>
    </WidgetShell>
  );
}
