import type { ComponentChildren } from "preact";
import { useEffect, useId, useMemo, useState } from "preact/hooks";
import { timelineChart, type TimelineChartData } from "../charts/timelineChart.ts";
import { formatCount, formatDecimal, formatFlops } from "../i18n/format.ts";
import { LOCALE_TAGS, type Locale } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/schema.ts";
import {
  ALL_ORGANISATIONS,
  TIMELINE_ID,
  countries,
  organisations,
  pointTitle,
  shortUrl,
  timelineCode,
  timelineFields,
  timelineTex,
  timelineView,
  type TimelineColor,
  type TimelineMetric,
  type TimelineState,
  type TimelineView,
} from "../widgets/timeline.ts";
import { TIMELINE_MODELS } from "../widgets/timelineModels.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { SelectField } from "./shared/SelectField.tsx";
import { fill } from "./shared/fill.ts";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import type { WidgetStrings } from "./shared/widgetStrings.ts";

const FIELDS = timelineFields(TIMELINE_MODELS);

/** The `modelTimeline.*` keys of the dictionary, without the prefix. */
export type TimelineStringKey = MessageKey extends infer K ? (K extends `modelTimeline.${infer R}` ? R : never) : never;

/** Translated words the island needs (every `modelTimeline.*` key, unprefixed). */
export type TimelineStrings = WidgetStrings & Record<TimelineStringKey, string>;

export interface ModelTimelineProps {
  locale: Locale;
  strings: TimelineStrings;
  /** Server-rendered chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered formula (slot `work`). */
  work?: ComponentChildren;
}

/** Country names in the reader's language (Intl), and the open/closed labels. */
export function groupLabels(view: TimelineView, locale: Locale, s: TimelineStrings): Record<string, string> {
  const names = new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: "region" });
  const labels: Record<string, string> = { open: s.open, closed: s.closed };
  for (const c of [...countries(TIMELINE_MODELS), ...view.groups]) if (/^[A-Z]{2}$/.test(c)) labels[c] = names.of(c) ?? c;
  return labels;
}

/** What the chart builder needs for a state: points with translated tooltips, trend, groups. */
export function timelineChartData(view: TimelineView, metric: TimelineMetric, locale: Locale, s: TimelineStrings): TimelineChartData {
  const words = { active: s.active, estimated: s.estimated, source: s.source };
  return {
    points: view.points.map((p) => ({ year: p.year, value: p.value, group: p.group, title: pointTitle(p, metric, locale, words) })),
    trend: view.trend,
    groups: view.groups,
  };
}

/** The chart's words for a state. */
export function timelineChartText(view: TimelineView, state: TimelineState, locale: Locale, s: TimelineStrings) {
  const metric = state.metric === "params" ? s.metricParams : s.metricCompute;
  return {
    title: fill(s.chartTitle, { metric }),
    description: s.chartDescription,
    xLabel: s.axisDate,
    yLabel: state.metric === "params" ? s.axisParams : s.axisCompute,
    groupLabels: groupLabels(view, locale, s),
    trendLabel: s.legendTrend,
  };
}

/**
 * Two or more mutually exclusive choices as a row of toggle buttons (a switch): each is a Tab stop,
 * pressed with Enter or Space, and says whether it is on with `aria-pressed`.
 */
function Choice<V extends string>({ label, value, options, onChange }: { label: string; value: V; options: { value: V; label: string }[]; onChange(v: V): void }) {
  const id = useId();
  return (
    <div class="timeline-choice">
      <span class="timeline-choice-label" id={id}>
        {label}
      </span>
      <div class="timeline-choice-options" role="group" aria-labelledby={id}>
        {options.map((o) => (
          <button type="button" aria-pressed={o.value === value ? "true" : "false"} onClick={() => onChange(o.value)}>
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}

export default function ModelTimeline({ locale, strings: s, children, work }: ModelTimelineProps) {
  const url = useUrlState(TIMELINE_ID, FIELDS);
  const { state, setState, isDefault } = url;
  const [mounted, setMounted] = useState(false);
  const checkboxId = useId();
  // Hydrated: draw the live chart at once, so hovering or tapping a dot shows Plot's tip.
  useEffect(() => setMounted(true), []);
  const view = useMemo(() => timelineView(state, TIMELINE_MODELS), [state.metric, state.color, state.org, state.openOnly]);
  const orgs = useMemo(() => organisations(TIMELINE_MODELS), []);
  const fit = view.fit;
  const months = (x: number) => formatDecimal(x, locale, { digits: 2 });
  const metricLower = state.metric === "params" ? s.metricParamsLower : s.metricComputeLower;
  const valueText = (x: number) => (state.metric === "params" ? formatCount(x, locale) : formatFlops(x, locale));
  const labels = groupLabels(view, locale, s);

  return (
    <WidgetShell
      class="timeline-widget"
      id={TIMELINE_ID}
      strings={s}
      url={url}
      controls={
        <>
      <div class="widget-controls">
        <Choice<TimelineMetric>
          label={s.metric}
          value={state.metric}
          options={[
            { value: "params", label: s.metricParams },
            { value: "compute", label: s.metricCompute },
          ]}
          onChange={(metric) => setState({ ...state, metric })}
        />
        <Choice<TimelineColor>
          label={s.colorBy}
          value={state.color}
          options={[
            { value: "country", label: s.colorCountry },
            { value: "open", label: s.colorOpen },
          ]}
          onChange={(color) => setState({ ...state, color })}
        />
        <SelectField
          label={s.organisation}
          value={state.org}
          options={[{ value: ALL_ORGANISATIONS, label: s.allOrganisations }, ...orgs.map((o) => ({ value: o, label: o }))]}
          onChange={(org) => setState({ ...state, org })}
        />
        <div class="timeline-check">
          <input id={checkboxId} type="checkbox" checked={state.openOnly} onChange={(e) => setState({ ...state, openOnly: e.currentTarget.checked })} />
          <label for={checkboxId}>{s.openOnly}</label>
        </div>
      </div>
        </>
      }
      work={{ tex: timelineTex(view), code: timelineCode(view), ssr: work, live: mounted && !isDefault }}
      tables={[{ caption: s.chartDescription, columns: [s.colModel, s.colOrganisation, s.colDate, s.colCountry, s.open, state.metric === "params" ? s.metricParams : s.metricCompute, s.colSource], rows: view.points.map((p) => [
          p.name,
          p.organisation,
          p.date,
          labels[p.country] ?? p.country,
          p.openWeights ? s.yes : s.no,
          valueText(p.value) + (p.estimated ? ` (${s.estimated})` : "") + (p.active !== null ? ` (${fill(s.active, { active: formatCount(p.active, locale) })})` : ""),
          shortUrl(p.source),
        ]) }]}
    >
      <ChartSlot
        live={mounted}
        deps={[view, locale]}
        build={(width) =>
          timelineChart(timelineChartData(view, state.metric, locale, s), { ...timelineChartText(view, state, locale, s), width, locale, interactive: true })
        }
      >
        {children}
      </ChartSlot>
      {view.points.length === 0 && (
        <p class="widget-note" role="status">
          {s.empty}
        </p>
      )}
      {fit ? (
        <>
          <dl class="readout" aria-live="polite">
            <div>
              <dt>{s.doubling}</dt>
              <dd data-testid="timeline-doubling">{fit.doublingMonths === null ? "—" : fill(s.months, { months: months(fit.doublingMonths) })}</dd>
            </div>
            <div>
              <dt>{s.perYear}</dt>
              <dd>{fill(s.times, { factor: formatDecimal(fit.factorPerYear, locale, { digits: 3 }) })}</dd>
            </div>
            <div>
              <dt>{s.count}</dt>
              <dd data-testid="timeline-count">{fit.count}</dd>
            </div>
            <div>
              <dt>{s.r2}</dt>
              <dd>{formatDecimal(fit.r2, locale, { digits: 2 })}</dd>
            </div>
          </dl>
          {fit.doublingMonths !== null ? (
            <p class="readout-sentence">
              {fill(s.trendSentence, {
                count: fit.count,
                from: fit.from,
                to: fit.to,
                metric: metricLower,
                factor: formatDecimal(fit.factorPerYear, locale, { digits: 3 }),
                months: months(fit.doublingMonths),
              })}
              {state.metric === "compute" && (locale === "zh" ? "" : " ") + s.twoYears}
            </p>
          ) : (
            <p class="readout-sentence">{s.noTrend}</p>
          )}
        </>
      ) : (
        view.points.length > 0 && <p class="readout-sentence">{s.noTrend}</p>
      )}
      {view.missing.length > 0 && <p class="timeline-missing">{fill(s.missing, { names: view.missing.join(locale === "zh" ? "、" : ", ") })}</p>}
    </WidgetShell>
  );
}
