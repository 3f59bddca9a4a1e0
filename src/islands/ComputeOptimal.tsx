import type { ComponentChildren } from "preact";
import { isoFlopChart, modelAllocationChart, VERDICT_COLORS, type ModelVerdict } from "../charts/isoFlopChart.ts";
import { formatCount, formatDecimal, formatFlops, formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import {
  COMPUTE_OPTIMAL_FIELDS,
  COMPUTE_OPTIMAL_ID,
  FLOPS_RANGE,
  LABELLED_NARROW,
  LABELLED_WIDE,
  RULES,
  computeOptimalCode,
  computeOptimalTex,
  computeOptimalView,
  type ComputeOptimalView,
  type DatasetModel,
  type RuleName,
} from "../widgets/computeOptimal.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { QuantityField } from "./shared/QuantityField.tsx";
import { SelectField } from "./shared/SelectField.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

/** Translated words the island needs; the Astro wrapper passes them in. */
export interface ComputeOptimalStrings extends WidgetStrings {
  budget: string;
  rule: string;
  rules: Record<RuleName, string>;
  params: string;
  tokens: string;
  tokensPerParam: string;
  loss: string;
  sentence: string;
  fitNote: string;
  isoTitle: string;
  isoDescription: string;
  modelsTitle: string;
  modelsDescription: string;
  axisParams: string;
  axisLoss: string;
  axisTokens: string;
  legendRuleOptimum: string;
  legendFitMinimum: string;
  legendOptimal: string;
  legendBudget: string;
  legendTwenty: string;
  legendOver: string;
  legendNear: string;
  legendUnder: string;
  legendMoe: string;
  counts: string;
  colModel: string;
  colBudget: string;
  colOptimalTokens: string;
  colVerdict: string;
  verdicts: Record<ModelVerdict, string>;
  error: string;
}

export interface ComputeOptimalProps {
  locale: Locale;
  strings: ComputeOptimalStrings;
  /** Models from the dataset with parameters and tokens (selected at build time, so zod stays out of the bundle). */
  dataset: DatasetModel[];
  /** Server-rendered isoFLOP chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered companion chart of the default state (slot `models`). */
  models?: ComponentChildren;
  /** Server-rendered formula of the default state (slot `work`). */
  work?: ComponentChildren;
}

/** The isoFLOP chart's accessible description for a view. */
export function isoDescription(strings: Pick<ComputeOptimalStrings, "isoDescription">, flops: number, locale: Locale): string {
  return fill(strings.isoDescription, { budget: formatFlops(flops, locale) });
}

/** Whether the loss formula's own minimum is far enough from the rule's optimum to mention. */
export function fitDisagrees(view: Pick<ComputeOptimalView, "optimum" | "fitMinimum">): boolean {
  return Math.abs(Math.log10(view.fitMinimum.params / view.optimum.params)) > 0.05;
}

/** A legend swatch: a dot (filled or hollow), a line (solid, dashed or dotted) or a star. */
export function Swatch({ kind, color }: { kind: "dot" | "hollow" | "ring" | "line" | "dash" | "dotted" | "star"; color: string }) {
  return (
    <svg width="18" height="12" viewBox="0 0 18 12" aria-hidden="true" class="legend-swatch">
      {kind === "dot" && <circle cx="9" cy="6" r="4.5" fill={color} />}
      {kind === "hollow" && <circle cx="9" cy="6" r="4" fill="none" stroke={color} stroke-width="1.8" />}
      {kind === "ring" && <circle cx="9" cy="6" r="4" fill="var(--bg, white)" stroke={color} stroke-width="1.8" />}
      {kind === "line" && <line x1="1" y1="6" x2="17" y2="6" stroke={color} stroke-width="2.5" />}
      {kind === "dash" && <line x1="1" y1="6" x2="17" y2="6" stroke={color} stroke-width="1.5" stroke-dasharray="5,3" stroke-opacity="0.7" />}
      {kind === "dotted" && <line x1="1" y1="6" x2="17" y2="6" stroke={color} stroke-width="1.5" stroke-dasharray="1,3" stroke-opacity="0.8" />}
      {kind === "star" && <path d="M9 0.8l1.6 3.4 3.7.4-2.8 2.5.8 3.7L9 8.9l-3.3 1.9.8-3.7-2.8-2.5 3.7-.4z" fill={color} />}
    </svg>
  );
}

export default function ComputeOptimal({ locale, strings, dataset, children, models: modelsSsr, work }: ComputeOptimalProps) {
  const url = useUrlState(COMPUTE_OPTIMAL_ID, COMPUTE_OPTIMAL_FIELDS);
  const { state, setState, fromUrl, isDefault } = url;
  const view = computeOptimalView(state, dataset);
  const shown = view.failed ? { flops: COMPUTE_OPTIMAL_FIELDS.flops.default, rule: COMPUTE_OPTIMAL_FIELDS.rule.default } : state;
  const live = fromUrl || !isDefault;
  const count = (x: number) => formatCount(x, locale);
  const d3 = (x: number) => formatDecimal(x, locale, { digits: 3 });
  const points = view.models.models;
  const over = points.filter((m) => m.verdict === "over").length;
  const under = points.filter((m) => m.verdict === "under").length;
  const chosenCurve = view.iso.curves.find((c) => c.chosen);
  const colon = locale === "zh" ? "：" : ": ";

  return (
    <WidgetShell
      id={COMPUTE_OPTIMAL_ID}
      strings={strings}
      url={url}
      failed={view.failed && strings.error}
      controls={
        <>
      <div class="widget-controls">
        <QuantityField
          label={strings.budget}
          value={state.flops}
          range={FLOPS_RANGE}
          locale={locale}
          messages={strings}
          onChange={(flops) => setState({ ...state, flops })}
        />
        <SelectField
          label={strings.rule}
          value={state.rule}
          options={RULES.map((r) => ({ value: r, label: strings.rules[r] }))}
          onChange={(rule) => setState({ ...state, rule })}
        />
      </div>
        </>
      }
      work={{ tex: computeOptimalTex(shown), code: computeOptimalCode(shown), ssr: work, live }}
      tables={[{ summary: `${strings.dataTable}${colon}${strings.isoTitle}`, caption: isoDescription(strings, shown.flops, locale), columns: [strings.colBudget, strings.axisParams, strings.axisTokens, strings.axisLoss], rows: (chosenCurve?.points ?? [])
          .filter((_, i) => i % 5 === 0)
          .map((p) => [
            formatScientific(shown.flops),
            count(p.params),
            count(shown.flops / (6 * p.params)),
            formatDecimal(p.loss, locale, { digits: 4 }),
          ]) }, { summary: `${strings.dataTable}${colon}${strings.modelsTitle}`, caption: strings.modelsDescription, columns: [strings.colModel, strings.axisParams, strings.axisTokens, strings.tokensPerParam, strings.colOptimalTokens, strings.colVerdict], rows: points.map((m) => [
          m.name,
          count(m.params) + (m.moe ? " (MoE)" : ""),
          count(m.tokens),
          d3(m.tokensPerParam),
          count(m.optimalTokens),
          strings.verdicts[m.verdict],
        ]) }]}
    >
      <ChartSlot
        live={live}
        deps={[state.flops, state.rule, locale]}
        build={(width) =>
          isoFlopChart(view.iso, {
            width,
            locale,
            title: strings.isoTitle,
            description: isoDescription(strings, shown.flops, locale),
            xLabel: strings.axisParams,
            yLabel: strings.axisLoss,
            optimumLabel: count(view.optimum.params),
          })
        }
      >
        {children}
      </ChartSlot>
      <ul class="co-legend">
        <li>
          <Swatch kind="line" color="var(--chart-1)" /> {formatFlops(shown.flops, locale)}
        </li>
        <li>
          <Swatch kind="dot" color="var(--chart-accent)" /> {strings.legendRuleOptimum}
        </li>
        {fitDisagrees(view) && (
          <li>
            <Swatch kind="ring" color="var(--chart-1)" /> {strings.legendFitMinimum}
          </li>
        )}
      </ul>
      <dl class="readout" aria-live="polite">
        <div>
          <dt>{strings.params}</dt>
          <dd data-testid="compute-optimal-params">{count(view.optimum.params)}</dd>
        </div>
        <div>
          <dt>{strings.tokens}</dt>
          <dd data-testid="compute-optimal-tokens">{count(view.optimum.tokens)}</dd>
        </div>
        <div>
          <dt>{strings.tokensPerParam}</dt>
          <dd data-testid="compute-optimal-ratio">{d3(view.optimum.tokensPerParam)}</dd>
        </div>
        <div>
          <dt>{strings.loss}</dt>
          <dd data-testid="compute-optimal-loss">{formatDecimal(view.optimum.loss, locale, { digits: 4 })}</dd>
        </div>
      </dl>
      <p class="readout-sentence">
        {fill(strings.sentence, {
          budget: formatFlops(shown.flops, locale),
          rule: strings.rules[shown.rule],
          params: count(view.optimum.params),
          tokens: count(view.optimum.tokens),
          ratio: d3(view.optimum.tokensPerParam),
        })}
      </p>
      {fitDisagrees(view) && (
        <p class="co-note">{fill(strings.fitNote, { params: count(view.fitMinimum.params), optimum: count(view.optimum.params) })}</p>
      )}
      <ChartSlot
        live={live}
        deps={[state.flops, state.rule, locale]}
        build={(width) =>
          modelAllocationChart(view.models, {
            width,
            locale,
            title: strings.modelsTitle,
            description: strings.modelsDescription,
            xLabel: strings.axisParams,
            yLabel: strings.axisTokens,
            labelled: width < 480 ? LABELLED_NARROW : LABELLED_WIDE,
          })
        }
      >
        {modelsSsr}
      </ChartSlot>
      <ul class="co-legend">
        <li>
          <Swatch kind="line" color="currentColor" /> {strings.legendOptimal}
        </li>
        <li>
          <Swatch kind="dash" color="currentColor" /> {strings.legendBudget}
        </li>
        <li>
          <Swatch kind="star" color="currentColor" /> {strings.legendRuleOptimum}
        </li>
        <li>
          <Swatch kind="dotted" color="currentColor" /> {strings.legendTwenty}
        </li>
        <li>
          <Swatch kind="dot" color={VERDICT_COLORS.over} /> {strings.legendOver}
        </li>
        <li>
          <Swatch kind="dot" color={VERDICT_COLORS.near} /> {strings.legendNear}
        </li>
        <li>
          <Swatch kind="dot" color={VERDICT_COLORS.under} /> {strings.legendUnder}
        </li>
        <li>
          <Swatch kind="hollow" color="currentColor" /> {strings.legendMoe}
        </li>
      </ul>
      <p class="readout-sentence" data-testid="compute-optimal-counts">
        {fill(strings.counts, { total: points.length, over, under })}
      </p>
    </WidgetShell>
  );
}
