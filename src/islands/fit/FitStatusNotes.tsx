import type { FitModel, FitView } from "../../widgets/fit.ts";
import type { FitWords } from "../../widgets/fitText.ts";
import { fill } from "../shared/fill.ts";
import type { FitDataState } from "./useFitData.ts";

interface FitStatusNotesProps {
  fitting: FitDataState;
  /** The form asked for (the view may show another: pairs only take a power law). */
  model: FitModel;
  view: FitView;
  strings: FitWords;
}

/** How the fit stands, announced as it changes: fitting (with Cancel), cancelled (with Fit again), failed, or a caveat on the result. */
export function FitStatusNotes({ fitting, model, view, strings: s }: FitStatusNotesProps) {
  const { status, data, fit } = fitting;
  const runs = data.kind === "runs";
  return (
    <div class="fit-status" role="status" aria-live="polite">
      {status === "fitting" && (
        <p class="fit-busy">
          <span class="fit-spinner" aria-hidden="true" />
          {fill(s.fitting, { runs: runs ? data.runs.length : 0 })}
          <button type="button" class="widget-button" onClick={fitting.cancel}>
            {s.cancel}
          </button>
        </p>
      )}
      {status === "cancelled" && model === "chinchilla" && runs && (
        <p class="widget-note">
          {s.cancelled}{" "}
          <button type="button" class="widget-button" onClick={fitting.refit}>
            {s.fitAgain}
          </button>
        </p>
      )}
      {status === "failed" && model === "chinchilla" && runs && <p class="widget-note">{s.fitFailed}</p>}
      {view.needsRuns && <p class="widget-note">{s.needsRuns}</p>}
      {view.problem && <p class="widget-note">{s.problem}</p>}
      {view.chinchilla && fit && fit.converged === false && <p class="widget-note">{s.notConverged}</p>}
    </div>
  );
}
