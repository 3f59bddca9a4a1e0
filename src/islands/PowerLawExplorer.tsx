import type { ComponentChildren } from "preact";
import { lossCurveChart } from "../charts/lossCurveChart.ts";
import { KAPLAN_2020 } from "../lib/scaling/index.ts";
import { formatCount, formatDecimal, formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { PARAMS_RANGE, POWER_LAW_FIELDS, POWER_LAW_ID, powerLawView } from "../widgets/powerLaw.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { QuantityField } from "./shared/QuantityField.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";

/** Translated words the island needs; the Astro wrapper passes them in. */
export interface PowerLawStrings {
  title: string;
  description: string;
  params: string;
  loss: string;
  tenX: string;
  axisParams: string;
  axisLoss: string;
  badNumber: string;
  outOfRange: string;
  urlFallback: string;
  reset: string;
  showWork: string;
}

export interface PowerLawExplorerProps {
  locale: Locale;
  strings: PowerLawStrings;
  /** Server-rendered chart of the default state. */
  children?: ComponentChildren;
}

export default function PowerLawExplorer({ locale, strings, children }: PowerLawExplorerProps) {
  const { state, setState, reset, fallbacks, fromUrl, isDefault } = useUrlState(POWER_LAW_ID, POWER_LAW_FIELDS);
  const view = powerLawView(state);
  const n = formatCount(state.params, locale);

  return (
    <div class="widget-body">
      <div class="widget-controls">
        <QuantityField
          label={strings.params}
          value={state.params}
          range={PARAMS_RANGE}
          locale={locale}
          messages={{ badNumber: strings.badNumber, outOfRange: strings.outOfRange }}
          onChange={(params) => setState({ params })}
        />
        {!isDefault && (
          <button type="button" class="widget-reset" onClick={reset}>
            {strings.reset}
          </button>
        )}
      </div>
      {fallbacks.map((f) => (
        <p class="widget-note" role="status">
          {fill(strings.urlFallback, { field: f.field, value: f.value })}
        </p>
      ))}
      <ChartSlot
        live={fromUrl || !isDefault}
        deps={[state.params, locale]}
        build={(width) =>
          lossCurveChart(view.chart, {
            width,
            locale,
            title: strings.title,
            description: strings.description,
            xLabel: strings.axisParams,
            yLabel: strings.axisLoss,
            markerLabel: n,
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
      <p class="readout-sentence">
        {fill(strings.tenX, {
          factor: formatDecimal(view.tenXFactor, locale, { digits: 3 }),
          from: formatDecimal(view.loss, locale, { digits: 3 }),
          to: formatDecimal(view.lossAtTenX, locale, { digits: 3 }),
        })}
      </p>
      <details class="show-work">
        <summary>{strings.showWork}</summary>
        <p>
          L(N) = (N<sub>c</sub> / N)<sup>α<sub>N</sub></sup> = ({formatScientific(KAPLAN_2020.paramsScale)} / {n})<sup>{KAPLAN_2020.alphaN}</sup> ={" "}
          {formatDecimal(view.loss, locale, { digits: 4 })}
        </p>
        <pre>
          <code>{`scaling.kaplanLoss({ params: ${POWER_LAW_FIELDS.params.format(state.params)} })`}</code>
        </pre>
      </details>
    </div>
  );
}
