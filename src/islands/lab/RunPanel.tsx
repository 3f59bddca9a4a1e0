import type { Locale } from "../../i18n/locales.ts";
import { fill } from "../shared/fill.ts";
import { Readout } from "../shared/Readout.tsx";
import type { LabView } from "../../widgets/lab.ts";
import { labProgress } from "../../widgets/labProgress.ts";
import { backendSentence, errorMessage, estimateSentence, problemMessage, progressReadouts } from "../../widgets/labText.ts";
import { formatScientific } from "../../i18n/format.ts";
import type { LabStrings } from "./labStrings.ts";
import type { LabWorkerState } from "./useLabWorker.ts";

/**
 * Start, Cancel, Resume and Restart; what the plan would cost and what is wrong with it; the progress
 * of a running experiment with what the reader's machine achieves; and what went wrong, if anything.
 */
export function RunPanel({ view, lab, strings: s, locale }: { view: LabView; lab: LabWorkerState; strings: LabStrings; locale: Locale }) {
  const { status, records, ready, error } = lab;
  const active = status === "running" || status === "cancelling";
  const kept = view.runs.filter((run) => records[run.id]).length;
  const missing = view.runs.length - kept;
  const progress = labProgress({
    plan: view.runs.map((run) => ({ id: run.id, flops: view.work.get(run.id) ?? 0 })),
    finished: new Set(Object.keys(records)),
    finishedThisSession: lab.sessionDone,
    current: lab.current,
    elapsedSeconds: lab.elapsedSeconds,
    peakFlopsPerSecond: ready?.peakFlopsPerSecond ?? null,
  });
  const r = progressReadouts(progress, locale);
  const statusText =
    status === "running" ? s.statusRunning
    : status === "cancelling" ? s.statusCancelling
    : status === "cancelled" ? fill(s.statusCancelled, { kept, total: view.runs.length })
    : status === "finished" ? fill(s.statusFinished, { time: r.elapsed })
    : kept > 0 ? fill(s.statusKept, { kept, total: view.runs.length })
    : "";

  return (
    <div class="lab-run">
      {view.problems.map((p) => (
        <p class="widget-note lab-problem" role="alert">{problemMessage(p, s, locale)}</p>
      ))}
      {!active && <p class="lab-estimate" data-testid="lab-estimate">{estimateSentence(view.estimatedSeconds, view.runs.length, s, locale)}</p>}
      <div class="widget-actions lab-buttons">
        {!active && missing > 0 && kept === 0 && (
          <button type="button" class="widget-button lab-primary" disabled={!view.canStart} onClick={lab.start}>{s.start}</button>
        )}
        {!active && missing > 0 && kept > 0 && (
          <button type="button" class="widget-button lab-primary" disabled={!view.canStart} onClick={lab.start}>{s.resume}</button>
        )}
        {!active && kept > 0 && (
          <button type="button" class="widget-button" disabled={!view.canStart} onClick={lab.restart}>{s.restart}</button>
        )}
        {active && (
          <button type="button" class="widget-button" disabled={status === "cancelling"} onClick={lab.cancel}>{s.cancel}</button>
        )}
      </div>
      <p class="lab-status" role="status" data-testid="lab-status">{statusText}</p>
      {error && (
        <div class="widget-note lab-error" role="alert">
          <p>{errorMessage(error.kind, s)}</p>
          <details><summary>{s.errorDetails}</summary><code>{error.message}</code></details>
        </div>
      )}
      {active && lab.background && <p class="widget-note">{s.background}</p>}
      {status !== "idle" && (
        <>
          <progress class="lab-progress" max={1} value={progress.fraction} aria-label={s.progress} />
          <Readout
            live={false}
            items={[
              { label: s.progress, value: r.percent, testid: "lab-percent" },
              { label: s.elapsed, value: r.elapsed },
              { label: s.eta, value: r.eta, testid: "lab-eta" },
              { label: s.tokensPerSecond, value: r.tokensPerSecond },
              { label: s.flopsPerSecond, value: r.flopsPerSecond },
              { label: s.mfu, value: r.mfu, testid: "lab-mfu" },
            ]}
          />
        </>
      )}
      {ready && (
        <p class="lab-backend" data-testid="lab-backend">
          {backendSentence(ready.backend, ready.fallbacks, s)} {fill(s.peak, { peak: formatScientific(ready.peakFlopsPerSecond) })}
        </p>
      )}
    </div>
  );
}
