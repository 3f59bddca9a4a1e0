import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import { RETURNS_COLORS, returnsChart } from "../charts/returnsChart.ts";
import { formatCount, formatDecimal, formatPercent, formatScientific } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import {
  AXES,
  DIMINISHING_RETURNS_FIELDS,
  DIMINISHING_RETURNS_ID,
  FIXED_PARAMS_RANGE,
  FIXED_TOKENS_RANGE,
  HOLDS,
  RETURNS_FITS,
  START_FLOPS_RANGE,
  START_PARAMS_RANGE,
  START_TOKENS_RANGE,
  diminishingReturnsCode,
  diminishingReturnsTex,
  diminishingReturnsView,
  type ClaimCheck,
  type Hold,
  type ReturnsFitName,
  type ScaleAxis,
} from "../widgets/diminishingReturns.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { QuantityField } from "./shared/QuantityField.tsx";
import { SelectField } from "./shared/SelectField.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

/** Translated words the island needs; the Astro wrapper passes them in. */
export interface DiminishingReturnsStrings extends WidgetStrings {
  axis: string;
  axes: Record<ScaleAxis, string>;
  start: Record<ScaleAxis, string>;
  fit: string;
  fits: Record<ReturnsFitName, string>;
  holdTokens: string;
  holdParams: string;
  holds: Record<Hold, string>;
  fixedTokens: string;
  fixedParams: string;
  computeNote: string;
  chartTitle: string;
  chartDescription: string;
  axisLoss: string;
  axisSize: Record<ScaleAxis, string>;
  irreducible: string;
  legendIrreducible: string;
  legendReducible: string;
  legendDrop: string;
  lossStart: string;
  lossEnd: string;
  removed: string;
  claimHeading: string;
  claimSmall: string;
  claimLarge: string;
  smallYes: string;
  smallNo: string;
  largeYes: string;
  largeNo: string;
  verdicts: Record<ClaimCheck["verdict"], string>;
  claimBasisOptimal: string;
  claimBasisFixed: string;
  colParams: string;
  colTokens: string;
  colLoss: string;
  colDrop: string;
  colRelDrop: string;
  error: string;
}

export interface DiminishingReturnsProps {
  locale: Locale;
  strings: DiminishingReturnsStrings;
  /** Server-rendered chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered formula of the default state (slot `work`). */
  work?: ComponentChildren;
}

/** Column labels: counts for parameters and tokens, powers of ten for FLOPs. */
export function sizeFormatter(axis: ScaleAxis, locale: Locale): (x: number) => string {
  return axis === "compute" ? (x) => formatScientific(x, { digits: 2 }) : (x) => formatCount(x, locale);
}

/** The relative fall of the loss as a readout, e.g. "27%" or "0.62%". */
export function percent(x: number, locale: Locale): string {
  return formatPercent(x, locale, { digits: 2 });
}

function Swatch({ color, opacity = 1 }: { color: string; opacity?: number }) {
  return (
    <svg width="14" height="12" viewBox="0 0 14 12" aria-hidden="true" class="legend-swatch">
      <rect x="1" y="1" width="12" height="10" fill={color} fill-opacity={opacity} />
    </svg>
  );
}

export default function DiminishingReturns({ locale, strings, children, work }: DiminishingReturnsProps) {
  const url = useUrlState(DIMINISHING_RETURNS_ID, DIMINISHING_RETURNS_FIELDS);
  const { state, setState, fromUrl, isDefault } = url;
  const view = diminishingReturnsView(state);
  const live = fromUrl || !isDefault;
  const fmtX = sizeFormatter(state.axis, locale);
  const d4 = (x: number) => formatDecimal(x, locale, { digits: 4 });
  const { claim } = view;
  const startField = {
    params: { range: START_PARAMS_RANGE, value: state.startParams, set: (startParams: number) => setState({ ...state, startParams }) },
    tokens: { range: START_TOKENS_RANGE, value: state.startTokens, set: (startTokens: number) => setState({ ...state, startTokens }) },
    compute: { range: START_FLOPS_RANGE, value: state.startFlops, set: (startFlops: number) => setState({ ...state, startFlops }) },
  }[state.axis];
  const claimId = useId();
  // Chinese sentences follow each other without a space.
  const gap = locale === "zh" ? "" : " ";
  const first = view.points[0];
  const last = view.points[view.points.length - 1];

  return (
    <WidgetShell
      id={DIMINISHING_RETURNS_ID}
      strings={strings}
      url={url}
      failed={view.failed && strings.error}
      controls={
        <>
      <div class="widget-controls">
        <SelectField
          label={strings.axis}
          value={state.axis}
          options={AXES.map((a) => ({ value: a, label: strings.axes[a] }))}
          onChange={(axis) => setState({ ...state, axis })}
        />
        <QuantityField
          key={state.axis}
          label={strings.start[state.axis]}
          value={startField.value}
          range={startField.range}
          locale={locale}
          messages={strings}
          onChange={startField.set}
        />
      </div>
      <div class="widget-controls">
        <SelectField
          label={strings.fit}
          value={state.fit}
          options={RETURNS_FITS.map((f) => ({ value: f, label: strings.fits[f] }))}
          onChange={(fit) => setState({ ...state, fit })}
        />
        <SelectField
          label={state.axis === "tokens" ? strings.holdParams : strings.holdTokens}
          value={state.hold}
          options={HOLDS.map((h) => ({ value: h, label: strings.holds[h] }))}
          onChange={(hold) => setState({ ...state, hold })}
        />
        {state.hold === "fixed" && state.axis === "tokens" && (
          <QuantityField
            label={strings.fixedParams}
            value={state.fixedParams}
            range={FIXED_PARAMS_RANGE}
            locale={locale}
            messages={strings}
            onChange={(fixedParams) => setState({ ...state, fixedParams })}
          />
        )}
        {/* The claim is checked along parameters, with these tokens, whatever the axis. */}
        {state.hold === "fixed" && (
          <QuantityField
            label={strings.fixedTokens}
            value={state.fixedTokens}
            range={FIXED_TOKENS_RANGE}
            locale={locale}
            messages={strings}
            onChange={(fixedTokens) => setState({ ...state, fixedTokens })}
          />
        )}
      </div>
      {state.axis === "compute" && <p class="dr-note">{strings.computeNote}</p>}
        </>
      }
      work={{ tex: diminishingReturnsTex(state), code: diminishingReturnsCode(state), ssr: work, live }}
      tables={[{ caption: strings.chartDescription, columns: [
          strings.axisSize[state.axis],
          ...(state.axis === "params" ? [] : [strings.colParams]),
          ...(state.axis === "tokens" ? [] : [strings.colTokens]),
          strings.colLoss,
          strings.colDrop,
          strings.colRelDrop,
        ], rows: view.points.map((p) => [
          fmtX(p.x),
          ...(state.axis === "params" ? [] : [formatCount(p.params, locale)]),
          ...(state.axis === "tokens" ? [] : [formatCount(p.tokens, locale)]),
          d4(p.loss),
          p.drop === null ? "—" : d4(p.drop),
          p.relativeDrop === null ? "—" : `−${percent(p.relativeDrop, locale)}`,
        ]) }]}
    >
      <ChartSlot
        live={live}
        deps={[JSON.stringify(state), locale]}
        build={(width) =>
          returnsChart(view.chart, {
            width,
            locale,
            title: strings.chartTitle,
            description: strings.chartDescription,
            formatX: fmtX,
            xLabel: strings.axisSize[state.axis],
            yLabel: strings.axisLoss,
            irreducibleLabel: fill(strings.irreducible, { value: formatDecimal(view.fit.E, locale, { digits: 3 }) }),
          })
        }
      >
        {children}
      </ChartSlot>
      <ul class="dr-legend">
        <li>
          <Swatch color={RETURNS_COLORS.irreducible} opacity={0.2} /> {strings.legendIrreducible}
        </li>
        <li>
          <Swatch color={RETURNS_COLORS.reducible} opacity={0.4} /> {strings.legendReducible}
        </li>
        <li>
          <Swatch color={RETURNS_COLORS.drop} /> {strings.legendDrop}
        </li>
      </ul>
      <dl class="readout" aria-live="polite">
        <div>
          <dt>{fill(strings.lossStart, { size: fmtX(first.x) })}</dt>
          <dd data-testid="diminishing-returns-start">{d4(first.loss)}</dd>
        </div>
        <div>
          <dt>{fill(strings.lossEnd, { size: fmtX(last.x) })}</dt>
          <dd data-testid="diminishing-returns-end">{d4(last.loss)}</dd>
        </div>
        <div>
          <dt>{strings.removed}</dt>
          <dd>{percent(view.reducibleRemoved, locale)}</dd>
        </div>
      </dl>
      <section class="dr-claim" aria-labelledby={claimId}>
        <p class="dr-claim-heading" id={claimId}>
          {strings.claimHeading}
        </p>
        <dl class="readout">
          <div>
            <dt>{strings.claimSmall}</dt>
            <dd data-testid="diminishing-returns-small">−{percent(claim.small, locale)}</dd>
          </div>
          <div>
            <dt>{strings.claimLarge}</dt>
            <dd data-testid="diminishing-returns-large">−{percent(claim.large, locale)}</dd>
          </div>
        </dl>
        <p class="readout-sentence" data-testid="diminishing-returns-verdict" aria-live="polite">
          <strong>{strings.verdicts[claim.verdict]}</strong>
          {gap}
          {fill(claim.smallHolds ? strings.smallYes : strings.smallNo, { value: percent(claim.small, locale) })}
          {gap}
          {fill(claim.largeHolds ? strings.largeYes : strings.largeNo, { value: percent(claim.large, locale) })}
        </p>
        <p class="dr-note">
          {state.hold === "fixed" ? fill(strings.claimBasisFixed, { tokens: formatCount(state.fixedTokens, locale) }) : strings.claimBasisOptimal}
        </p>
      </section>
    </WidgetShell>
  );
}
