import type { ComponentChildren } from "preact";
import { costChart } from "../charts/costChart.ts";
import type { Locale } from "../i18n/locales.ts";
import { TRAINING_COST_FIELDS, TRAINING_COST_ID, applyPreset, matchingPreset, presetById, trainingCostCode, trainingCostTex, trainingCostView, withCurrency } from "../widgets/trainingCost.ts";
import {
  CURRENCY_LABEL, METRIC_LABEL, PRICE_UNIT, computeSentence, costChartOptions, costFormats, costTable, energyNote, presetNote, presetOptions, rateNote, type TrainingCostStrings,
} from "../widgets/trainingCostText.ts";
import { PublishedFigures } from "./trainingCost/PublishedFigures.tsx";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { Readout } from "./shared/Readout.tsx";
import { SelectField } from "./shared/SelectField.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";

export interface TrainingCostProps {
  locale: Locale;
  strings: TrainingCostStrings;
  children?: ComponentChildren;
  work?: ComponentChildren;
}

export default function TrainingCost({ locale, strings, children, work }: TrainingCostProps) {
  const url = useUrlState(TRAINING_COST_ID, TRAINING_COST_FIELDS);
  const { state, setState } = url;
  const view = trainingCostView(state, strings.readerBar);
  const live = url.fromUrl || !url.isDefault;
  const f = costFormats(strings, locale, state.currency);
  const field = fieldRenderer(url, strings, locale);
  const run = view.run;
  const preset = matchingPreset(state);
  const note = presetNote(strings, locale, state);
  const rate = rateNote(strings, locale, state);

  return (
    <WidgetShell
      class="training-cost"
      id={TRAINING_COST_ID}
      strings={strings}
      url={url}
      controls={
        <>
          <div class="widget-controls">
            {/* Not a URL field: a preset sets several fields, and shows while they all match it. */}
            <SelectField
              label={strings.preset}
              value={preset?.id ?? "custom"}
              options={presetOptions(strings, preset)}
              onChange={(id) => {
                const p = presetById(id);
                if (p) setState(applyPreset(p, state));
              }}
            />
          </div>
          <div class="widget-controls">
            {field("params")}
            {field("tokens")}
          </div>
          <div class="widget-controls">
            {field("accelerator")}
            {field("count")}
            {field("mfu", { unit: "%" })}
          </div>
          <div class="widget-controls">
            {field("price", { unit: strings[PRICE_UNIT[state.currency]] })}
            {field("currency", { optionLabel: (c) => strings[CURRENCY_LABEL[c]], onChange: (currency) => setState(withCurrency(state, currency)) })}
            {field("pue")}
            {field("carbon", { unit: strings.carbonUnit })}
          </div>
        </>
      }
      work={{ tex: trainingCostTex(state), code: trainingCostCode(state), ssr: work, live }}
      tables={[costTable(strings, locale, state, run)]}
    >
      {view.error || !run ? (
        <p class="field-error" role="alert">
          {fill(strings.error, { detail: view.error ?? "" })}
        </p>
      ) : (
        <>
          <Readout
            items={[
              { label: strings.readDays, value: f.days(run.wallClockDays), testid: "training-cost-days" },
              { label: strings.readHours, value: f.hours(run.acceleratorHours), testid: "training-cost-hours" },
              { label: strings.readCost, value: f.money(view.cost), testid: "training-cost-cost" },
              { label: strings.readEnergy, value: f.mwh(run.energyMwh), testid: "training-cost-energy" },
              { label: strings.readCo2, value: f.tonnes(run.emissionsTonnesCo2), testid: "training-cost-co2" },
            ]}
          />
          <p class="readout-sentence">{computeSentence(strings, locale, run, view)}</p>
        </>
      )}
      <div class="widget-controls chart-controls">{field("metric", { optionLabel: (m) => strings[METRIC_LABEL[m]] })}</div>
      <ChartSlot live={live} deps={[JSON.stringify(state), locale]} build={(width) => costChart(view.chart, costChartOptions(strings, locale, state, width))}>
        {children}
      </ChartSlot>
      {note && (
        <p class="widget-footnote" data-testid="training-cost-preset-note">
          {note}
        </p>
      )}
      {rate && <p class="widget-footnote">{rate}</p>}
      <PublishedFigures strings={strings} locale={locale} state={state} />
      <p class="widget-footnote">{energyNote(strings, locale, state)}</p>
    </WidgetShell>
  );
}
