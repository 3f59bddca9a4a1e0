import type { ComponentChildren } from "preact";
import { costChart, type CostChartData } from "../charts/costChart.ts";
import { formatCount, formatDecimal, formatFlops, formatPercent } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { ACCELERATORS, US_HOUSEHOLD_KWH_PER_YEAR, type AcceleratorName, type TrainingRun } from "../lib/scaling/index.ts";
import {
  ACCELERATOR_NAMES,
  CARBON_RANGE,
  CNY_PER_USD,
  CNY_PER_USD_YEAR,
  COST_METRICS,
  COUNT_RANGE,
  MFU_PERCENT_RANGE,
  PARAMS_RANGE,
  PRICE_RANGE,
  PUE_RANGE,
  TOKENS_RANGE,
  TRAINING_COST_FIELDS,
  TRAINING_COST_ID,
  applyPreset,
  convert,
  matchingPreset,
  metricValue,
  presetById,
  presetRuns,
  printedDigits,
  publishedComparison,
  trainingCostCode,
  trainingCostTex,
  trainingCostView,
  type CostMetric,
  type Currency,
  type PublishedReason,
  type TrainingCostState,
} from "../widgets/trainingCost.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { NumberField } from "./shared/NumberField.tsx";
import { QuantityField } from "./shared/QuantityField.tsx";
import { SelectField } from "./shared/SelectField.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

/** Keys under `trainingCost.` in the dictionaries that the island needs. */
export const TRAINING_COST_KEYS = [
  "title", "description", "preset", "presetCustom", "params", "tokens", "accelerator", "count", "mfu", "price",
  "currency", "currencyUSD", "currencyCNY", "unitUSD", "unitCNY", "moneyUSD", "moneyCNY", "pue", "carbon", "carbonUnit",
  "metric", "metricCost", "metricHours", "metricDays", "metricEnergy", "metricCo2", "axisCost", "axisHours", "axisDays",
  "axisEnergy", "axisCo2", "days", "mwh", "tonnes", "readDays", "readHours", "readCost", "readEnergy", "readCo2",
  "compute", "households", "presetNote", "assumed", "assumedCount", "assumedPrice", "assumedPue", "assumedCarbon",
  "listSeparator", "rateNote", "energyNote", "readerBar", "columnRun", "error", "publishedHeading", "columnEstimate",
  "columnPublished", "publishedWhy", "whyPower", "whyPue", "whyPueNone", "whyCarbon", "whyCarbonImplied", "publishedAgree",
] as const;

export type TrainingCostStrings = WidgetStrings & Record<(typeof TRAINING_COST_KEYS)[number], string>;

const METRIC_LABEL: Record<CostMetric, (typeof TRAINING_COST_KEYS)[number]> = {
  cost: "metricCost", hours: "metricHours", days: "metricDays", energy: "metricEnergy", co2: "metricCo2",
};
const METRIC_AXIS: Record<CostMetric, (typeof TRAINING_COST_KEYS)[number]> = {
  cost: "axisCost", hours: "axisHours", days: "axisDays", energy: "axisEnergy", co2: "axisCo2",
};

/** Localized formatters for each figure of a run (pure; also used at build time). */
export function costFormats(strings: TrainingCostStrings, locale: Locale, currency: Currency) {
  const money = (x: number) => fill(currency === "USD" ? strings.moneyUSD : strings.moneyCNY, { value: formatCount(x, locale) });
  const days = (x: number) => fill(strings.days, { value: formatDecimal(x, locale) });
  const hours = (x: number) => formatCount(x, locale);
  const mwh = (x: number) => fill(strings.mwh, { value: formatDecimal(x, locale) });
  const tonnes = (x: number) => fill(strings.tonnes, { value: formatDecimal(x, locale) });
  /** Bare numbers for the chart's ticks and bar ends (the axis label carries the unit). */
  const bare: Record<CostMetric, (x: number) => string> = {
    cost: money,
    hours,
    days: (x) => formatDecimal(x, locale),
    energy: (x) => formatDecimal(x, locale),
    co2: (x) => formatDecimal(x, locale),
  };
  return { money, days, hours, mwh, tonnes, bare };
}

/** Chart options for a state (shared by the island and the Astro wrapper). */
export function costChartOptions(strings: TrainingCostStrings, locale: Locale, state: TrainingCostState, width: number, document?: Document) {
  const f = costFormats(strings, locale, state.currency);
  return {
    width,
    locale,
    document,
    title: `${strings.title}: ${strings[METRIC_LABEL[state.metric]]}`,
    description: strings.description,
    xLabel: fill(strings[METRIC_AXIS[state.metric]], { currency: state.currency }),
    format: f.bare[state.metric],
  };
}

export interface TrainingCostProps {
  locale: Locale;
  strings: TrainingCostStrings;
  children?: ComponentChildren;
  work?: ComponentChildren;
}

export default function TrainingCost({ locale, strings, children, work }: TrainingCostProps) {
  const url = useUrlState(TRAINING_COST_ID, TRAINING_COST_FIELDS);
  const { state, setState, fromUrl, isDefault } = url;
  const view = trainingCostView(state, strings.readerBar);
  const live = fromUrl || !isDefault;
  const f = costFormats(strings, locale, state.currency);
  const set = (patch: Partial<TrainingCostState>) => setState({ ...state, ...patch });
  const preset = matchingPreset(state);
  const chip = ACCELERATORS[state.accelerator];
  const run = view.run;
  const chartData: CostChartData = view.chart;
  const tableRuns: { label: string; run: TrainingRun }[] = [
    ...presetRuns(state.currency).map(({ preset: p, run: r }) => ({ label: p.run.model, run: r })),
    ...(run ? [{ label: strings.readerBar, run }] : []),
  ];
  const nums = { badNumber: strings.badNumber, outOfRange: strings.outOfRange };

  return (
    <WidgetShell
      class="training-cost"
      id={TRAINING_COST_ID}
      strings={strings}
      url={url}
      controls={
        <>
      <div class="widget-controls">
        <SelectField
          label={strings.preset}
          value={preset?.id ?? "custom"}
          options={[
            ...(preset ? [] : [{ value: "custom", label: strings.presetCustom }]),
            ...(["deepseek_v3", "llama3_405b", "llama2_7b", "gpt3"] as const).map((id) => ({ value: id, label: presetById(id)!.run.model })),
          ]}
          onChange={(id) => {
            const p = presetById(id);
            if (p) setState(applyPreset(p, state));
          }}
        />
      </div>
      <div class="widget-controls">
        <QuantityField label={strings.params} value={state.params} range={PARAMS_RANGE} locale={locale} messages={nums} onChange={(params) => set({ params })} />
        <QuantityField label={strings.tokens} value={state.tokens} range={TOKENS_RANGE} locale={locale} messages={nums} onChange={(tokens) => set({ tokens })} />
      </div>
      <div class="widget-controls">
        <SelectField
          label={strings.accelerator}
          value={state.accelerator}
          options={ACCELERATOR_NAMES.map((name) => ({ value: name, label: name }))}
          onChange={(accelerator: AcceleratorName) => set({ accelerator })}
        />
        <NumberField label={strings.count} value={state.count} min={COUNT_RANGE.min} max={COUNT_RANGE.max} integer locale={locale} messages={nums} onChange={(count) => set({ count })} />
        <NumberField
          label={strings.mfu}
          value={Number((state.mfu * 100).toPrecision(10))}
          min={MFU_PERCENT_RANGE.min}
          max={MFU_PERCENT_RANGE.max}
          unit="%"
          locale={locale}
          messages={nums}
          onChange={(percent) => set({ mfu: Number((percent / 100).toPrecision(10)) })}
        />
      </div>
      <div class="widget-controls">
        <NumberField
          label={strings.price}
          value={state.price}
          min={PRICE_RANGE.min}
          max={PRICE_RANGE.max}
          unit={state.currency === "USD" ? strings.unitUSD : strings.unitCNY}
          locale={locale}
          messages={nums}
          onChange={(price) => set({ price })}
        />
        <SelectField
          label={strings.currency}
          value={state.currency}
          options={[
            { value: "USD", label: strings.currencyUSD },
            { value: "CNY", label: strings.currencyCNY },
          ]}
          onChange={(currency: Currency) => set({ currency, price: Number(convert(state.price, state.currency, currency).toPrecision(6)) })}
        />
        <NumberField label={strings.pue} value={state.pue} min={PUE_RANGE.min} max={PUE_RANGE.max} locale={locale} messages={nums} onChange={(pue) => set({ pue })} />
        <NumberField
          label={strings.carbon}
          value={state.carbon}
          min={CARBON_RANGE.min}
          max={CARBON_RANGE.max}
          unit={strings.carbonUnit}
          locale={locale}
          messages={nums}
          onChange={(carbon) => set({ carbon })}
        />
      </div>
        </>
      }
      work={{ tex: trainingCostTex(state), code: trainingCostCode(state), ssr: work, live }}
      tables={[{ caption: strings.description, columns: [strings.columnRun, strings.readDays, strings.readHours, locale === "zh" ? `${strings.readCost}（${state.currency}）` : `${strings.readCost} (${state.currency})`, strings.readEnergy, strings.readCo2], rows: tableRuns.map(({ label, run: r }) => [
          label,
          f.days(r.wallClockDays),
          f.hours(r.acceleratorHours),
          f.money(metricValue(r, "cost", state.currency)),
          f.mwh(r.energyMwh),
          f.tonnes(r.emissionsTonnesCo2),
        ]) }]}
    >
      {view.error || !run ? (
        <p class="field-error" role="alert">
          {fill(strings.error, { detail: view.error ?? "" })}
        </p>
      ) : (
        <>
          <dl class="readout" aria-live="polite">
            <div>
              <dt>{strings.readDays}</dt>
              <dd data-testid="training-cost-days">{f.days(run.wallClockDays)}</dd>
            </div>
            <div>
              <dt>{strings.readHours}</dt>
              <dd data-testid="training-cost-hours">{f.hours(run.acceleratorHours)}</dd>
            </div>
            <div>
              <dt>{strings.readCost}</dt>
              <dd data-testid="training-cost-cost">{f.money(view.cost)}</dd>
            </div>
            <div>
              <dt>{strings.readEnergy}</dt>
              <dd data-testid="training-cost-energy">{f.mwh(run.energyMwh)}</dd>
            </div>
            <div>
              <dt>{strings.readCo2}</dt>
              <dd data-testid="training-cost-co2">{f.tonnes(run.emissionsTonnesCo2)}</dd>
            </div>
          </dl>
          <p class="readout-sentence">
            {fill(strings.compute, { flops: formatFlops(run.flops, locale) })}
            {locale === "zh" ? "" : " "}
            {fill(strings.households, { homes: formatCount(view.households, locale), kwh: formatDecimal(US_HOUSEHOLD_KWH_PER_YEAR, locale, { digits: 5 }) })}
          </p>
        </>
      )}
      <div class="widget-controls chart-controls">
        <SelectField
          label={strings.metric}
          value={state.metric}
          options={COST_METRICS.map((m) => ({ value: m, label: strings[METRIC_LABEL[m]] }))}
          onChange={(metric: CostMetric) => set({ metric })}
        />
      </div>
      <ChartSlot live={live} deps={[JSON.stringify(state), locale]} build={(width) => costChart(chartData, costChartOptions(strings, locale, state, width))}>
        {children}
      </ChartSlot>
      <TrainingCostNotes strings={strings} locale={locale} state={state} />
      <PublishedFigures strings={strings} locale={locale} state={state} />
      <p class="widget-footnote">{fill(strings.energyNote, { chip: state.accelerator, watts: formatDecimal(chip.powerWatts, locale, { digits: 4 }) })}</p>
    </WidgetShell>
  );
}

/** Where a preset's numbers come from, and how yuan are converted. Pure; the Astro wrapper renders it too. */
export function TrainingCostNotes({ strings, locale, state }: { strings: TrainingCostStrings; locale: Locale; state: TrainingCostState }) {
  const preset = matchingPreset(state);
  const f = costFormats(strings, locale, state.currency);
  const assumed = preset
    ? preset.assumed.map((item) => {
        switch (item) {
          case "count":
            return fill(strings.assumedCount, { count: formatDecimal(preset.count, locale, { digits: 6 }) });
          case "price":
            return fill(strings.assumedPrice, { price: f.money(convert(preset.priceUsd, "USD", state.currency)) });
          case "pue":
            return fill(strings.assumedPue, { pue: formatDecimal(preset.pue, locale) });
          case "carbon":
            return fill(strings.assumedCarbon, { value: formatDecimal(preset.carbon, locale) });
        }
      })
    : [];
  return (
    <>
      {preset && (
        <p class="widget-footnote" data-testid="training-cost-preset-note">
          {fill(strings.presetNote, { model: preset.run.model, mfu: formatPercent(preset.mfu, locale, { digits: 4 }), hours: formatCount(preset.run.acceleratorHours, locale, { digits: 4 }) })}
          {assumed.length > 0 && `${locale === "zh" ? "" : " "}${fill(strings.assumed, { items: assumed.join(strings.listSeparator) })}`}
        </p>
      )}
      {state.currency === "CNY" && (
        <p class="widget-footnote">{fill(strings.rateNote, { rate: formatDecimal(CNY_PER_USD, locale, { digits: 5 }), year: CNY_PER_USD_YEAR })}</p>
      )}
    </>
  );
}

/**
 * A preset's published energy, emissions or cost beside the estimate, and what makes them differ (power drawn
 * vs TDP, PUE, grid factor). The estimate keeps the readout's three digits; the published figure is shown as printed. Pure.
 */
export function PublishedFigures({ strings, locale, state }: { strings: TrainingCostStrings; locale: Locale; state: TrainingCostState }) {
  const comparison = publishedComparison(state);
  if (!comparison) return null;
  const label = { energy: strings.readEnergy, co2: strings.readCo2, cost: strings.readCost } as const;
  const show = (metric: "energy" | "co2" | "cost", x: number, digits: number) =>
    metric === "energy"
      ? fill(strings.mwh, { value: formatDecimal(x, locale, { digits }) })
      : metric === "co2"
        ? fill(strings.tonnes, { value: formatDecimal(x, locale, { digits }) })
        : fill(state.currency === "USD" ? strings.moneyUSD : strings.moneyCNY, { value: formatCount(x, locale, { digits }) });
  const d = (x: number) => formatDecimal(x, locale, { digits: 4 });
  const reason = (r: PublishedReason) => {
    switch (r.kind) {
      case "power":
        return fill(strings.whyPower, { estimate: d(r.estimate), published: d(r.published) });
      case "pue":
        return r.published === null ? fill(strings.whyPueNone, { estimate: d(r.estimate) }) : fill(strings.whyPue, { estimate: d(r.estimate), published: d(r.published) });
      case "carbon":
        return fill(r.implied ? strings.whyCarbonImplied : strings.whyCarbon, { estimate: d(r.estimate), published: d(r.published) });
    }
  };
  return (
    <div class="published-figures" data-testid="training-cost-published">
      <table class="published-table">
        <caption>{fill(strings.publishedHeading, { model: comparison.preset.run.model })}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{strings.columnEstimate}</th>
            <th scope="col">{strings.columnPublished}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => {
            const digits = printedDigits(row.metric === "cost" ? (comparison.preset.run.costUsd ?? row.published) : row.published);
            return (
              <tr key={row.metric} data-metric={row.metric}>
                <th scope="row">{label[row.metric]}</th>
                <td>{show(row.metric, row.estimate, 3)}</td>
                <td>{show(row.metric, row.published, digits)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {comparison.reasons.length > 0 ? (
        <>
          <p class="widget-footnote">{strings.publishedWhy}</p>
          <ul class="widget-footnote published-reasons">
            {comparison.reasons.map((r) => (
              <li key={r.kind}>{reason(r)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p class="widget-footnote">{strings.publishedAgree}</p>
      )}
    </div>
  );
}
