import type { ComponentChildren } from "preact";
import { useEffect, useId, useMemo, useState } from "preact/hooks";
import { timelineChart } from "../charts/timelineChart.ts";
import type { Locale } from "../i18n/locales.ts";
import {
  ALL_ORGANISATIONS,
  TIMELINE_COLORS,
  TIMELINE_ID,
  TIMELINE_METRICS,
  organisations,
  timelineCode,
  timelineFields,
  timelineTex,
  timelineView,
} from "../widgets/timeline.ts";
import { TIMELINE_MODELS } from "../widgets/timelineModels.ts";
import {
  timelineChartData,
  timelineChartText,
  timelineMissing,
  timelineReadout,
  timelineSentence,
  timelineTable,
  type TimelineStrings,
} from "../widgets/timelineText.ts";
import { ChartSlot } from "./shared/ChartSlot.tsx";
import { fieldRenderer } from "./shared/fields.tsx";
import { Readout } from "./shared/Readout.tsx";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";
import { Choice } from "./timeline/Choice.tsx";

const FIELDS = timelineFields(TIMELINE_MODELS);

export type { TimelineStrings };

export interface ModelTimelineProps {
  locale: Locale;
  strings: TimelineStrings;
  /** Server-rendered chart of the default state. */
  children?: ComponentChildren;
  /** Server-rendered formula (slot `work`). */
  work?: ComponentChildren;
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
  const field = fieldRenderer(url, s, locale);
  const sentence = timelineSentence(view, state, locale, s);
  const missing = timelineMissing(view, locale, s);
  const metricLabels = { params: s.metricParams, compute: s.metricCompute };
  const colorLabels = { country: s.colorCountry, open: s.colorOpen };

  return (
    <WidgetShell
      class="timeline-widget"
      id={TIMELINE_ID}
      strings={s}
      url={url}
      controls={
        <div class="widget-controls">
          <Choice
            label={s.metric}
            value={state.metric}
            options={TIMELINE_METRICS.map((m) => ({ value: m, label: metricLabels[m] }))}
            onChange={(metric) => setState({ ...state, metric })}
          />
          <Choice
            label={s.colorBy}
            value={state.color}
            options={TIMELINE_COLORS.map((c) => ({ value: c, label: colorLabels[c] }))}
            onChange={(color) => setState({ ...state, color })}
          />
          {field("org", { label: s.organisation, options: [{ value: ALL_ORGANISATIONS, label: s.allOrganisations }, ...orgs.map((o) => ({ value: o, label: o }))] })}
          <div class="timeline-check">
            <input id={checkboxId} type="checkbox" checked={state.openOnly} onChange={(e) => setState({ ...state, openOnly: e.currentTarget.checked })} />
            <label for={checkboxId}>{s.openOnly}</label>
          </div>
        </div>
      }
      work={{ tex: timelineTex(view), code: timelineCode(view), ssr: work, live: mounted && !isDefault }}
      tables={[timelineTable(view, state, locale, s)]}
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
      {view.fit && <Readout items={timelineReadout(view, locale, s)} />}
      {sentence !== null && <p class="readout-sentence">{sentence}</p>}
      {missing !== null && <p class="timeline-missing">{missing}</p>}
    </WidgetShell>
  );
}
