import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import { formatCount, formatDecimal } from "../i18n/format.ts";
import type { Locale } from "../i18n/locales.ts";
import { LAB_CORPORA, LAB_DEFAULTS, LAB_EXPERIMENTS, LAB_FIELDS, LAB_ID, labView, planKey } from "../widgets/lab.ts";
import { besirogluRatio, labFindings, type LabRecord } from "../widgets/labCharts.ts";
import { safeView } from "../widgets/safeView.ts";
import { LAB_PRESET_NAMES } from "../lab/presets.ts";
import { Downloads } from "./lab/Downloads.tsx";
import { Findings } from "./lab/Findings.tsx";
import { LabFigures } from "./lab/LabFigures.tsx";
import type { LabStrings } from "./lab/labStrings.ts";
import { ListField } from "./lab/ListField.tsx";
import { RunPanel } from "./lab/RunPanel.tsx";
import { useLabWorker } from "./lab/useLabWorker.ts";
import { fieldRenderer } from "./shared/fields.tsx";
import { useUrlState } from "./shared/useUrlState.ts";
import { WidgetShell } from "./shared/WidgetShell.tsx";

export interface LabProps {
  locale: Locale;
  strings: LabStrings;
  /** Server-rendered reference run of experiment 1 (charts, caption, finding): shown before Start. */
  children?: ComponentChildren;
  /** The same for experiment 2 (slot `budget`). */
  budget?: ComponentChildren;
}

const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

/** The lab: train a family of small models here, watch the loss fall, and fit a scaling law to the runs. */
export default function Lab({ locale, strings: s, children, budget }: LabProps) {
  const url = useUrlState(LAB_ID, LAB_FIELDS);
  const { state, setState } = url;
  const view = useMemo(() => safeView(labView, state, LAB_DEFAULTS), [JSON.stringify(state)]);
  const key = planKey(view.failed ? LAB_DEFAULTS : state);
  const lab = useLabWorker(view.runs, key, view.settings.corpus);
  const experiment = view.settings.experiment;
  const records = view.runs.map((run) => lab.records[run.id]).filter((r): r is LabRecord => r !== undefined);
  const findings = useMemo(() => labFindings(experiment, records), [experiment, records.map((r) => r.id).join()]);
  const budgets = experiment === "budget" ? [...new Set(view.runs.map((r) => Number(r.group)))] : [];
  const besiroglu = budgets.length ? besirogluRatio(Math.sqrt(Math.min(...budgets) * Math.max(...budgets))) : null;
  const active = lab.status === "running" || lab.status === "cancelling";
  const live = lab.status !== "idle" || records.length > 0;
  const field = fieldRenderer(url, s, locale);
  const d = (x: number) => formatDecimal(x, locale, { digits: 4 });

  return (
    <WidgetShell
      class="lab-widget"
      id={LAB_ID}
      strings={s}
      url={url}
      failed={view.failed && s.failed}
      controls={
        <fieldset class="lab-settings" disabled={active}>
          <div class="widget-controls">
            {field("preset", { options: LAB_PRESET_NAMES.map((p) => ({ value: p, label: s[`preset${cap(p)}` as "presetQuick"] })) })}
            {field("experiment", { options: LAB_EXPERIMENTS.map((e) => ({ value: e, label: e === "size" ? s.experimentSize : s.experimentBudget })) })}
            {field("corpus", { options: LAB_CORPORA.map((c) => ({ value: c, label: s[`corpus${cap(c)}` as "corpusEn"] })) })}
            {field("seed")}
            {experiment === "size" ? (
              <ListField label={s.widths} hint={s.widthsHint} value={state.widths} integer badNumber={s.badNumber} onChange={(widths) => setState({ ...state, widths })} />
            ) : (
              <ListField label={s.budgets} hint={s.budgetsHint} value={state.budgets} badNumber={s.badNumber} onChange={(budgets) => setState({ ...state, budgets })} />
            )}
          </div>
        </fieldset>
      }
      work={{
        tex: experiment === "size" ? "L(N) = c\\,N^{-\\alpha}" : "C = 6ND,\\quad L(\\ln N) \\approx a(\\ln N)^2 + b\\ln N + c",
        code: experiment === "size" ? "scaling.fitPowerLaw(runs.map((r) => r.N), runs.map((r) => r.loss))" : "scaling.computeOptimal(budget, scaling.FITS.besiroglu2024)",
        live: true,
      }}
      tables={
        records.length
          ? [
              {
                caption: s.tableCaption,
                columns: [s.colRun, s.colParams, s.colTokens, s.colLoss, s.colSeconds],
                rows: records.map((r) => [r.id, formatCount(r.nonEmbeddingParams, locale), formatCount(r.tokens, locale), d(r.finalLoss), formatDecimal(r.seconds, locale, { digits: 2 })]),
              },
            ]
          : []
      }
    >
      <RunPanel view={view} lab={lab} strings={s} locale={locale} />
      {live ? (
        <>
          <LabFigures experiment={experiment} records={records} partial={lab.partial} findings={findings} besiroglu={besiroglu} strings={s} locale={locale} />
          <Findings experiment={experiment} findings={findings} besiroglu={besiroglu} strings={s} locale={locale} />
          {records.length > 0 && !active && <Downloads experiment={experiment} records={records} strings={s} locale={locale} />}
        </>
      ) : (
        <div class="lab-reference">{experiment === "size" ? children : budget}</div>
      )}
    </WidgetShell>
  );
}
