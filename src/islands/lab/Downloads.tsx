import type { Locale } from "../../i18n/locales.ts";
import type { LabExperiment } from "../../lab/protocol.ts";
import { localePath } from "../../site/paths.ts";
import { curvesCsv, fitWidgetCsv, runsCsv, type LabRecord } from "../../widgets/labCharts.ts";
import { labNotebook } from "../../widgets/labNotebook.ts";
import type { LabStrings } from "./labStrings.ts";

/** Read once by the fit widget's `useFitData` when it mounts (the same literal is there). */
const FIT_HANDOFF_KEY = "fit.handoff";

function save(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV of runs and curves, a Notebook Kit file that refits them, and the runs handed to the fit widget. */
export function Downloads({ experiment, records, strings: s, locale }: { experiment: LabExperiment; records: LabRecord[]; strings: LabStrings; locale: Locale }) {
  const base = `lab-${experiment}`;
  const notebook = async () => {
    // The notebook exporter parses cells (acorn): loaded only when asked for, not in the island's chunk.
    const { toNotebookKitHtml } = await import("../../notebook/notebookFile.ts");
    save(`${base}.html`, toNotebookKitHtml(labNotebook(experiment, records, { title: s.notebookTitle, intro: s.notebookIntro })), "text/html");
  };
  const model = experiment === "size" ? "powerlaw" : "chinchilla";
  return (
    <div class="widget-actions lab-downloads">
      <button type="button" class="widget-button" onClick={() => save(`${base}-runs.csv`, runsCsv(records), "text/csv")}>{s.downloadRuns}</button>
      <button type="button" class="widget-button" onClick={() => save(`${base}-curves.csv`, curvesCsv(records), "text/csv")}>{s.downloadCurves}</button>
      <button type="button" class="widget-button" onClick={() => void notebook()}>{s.downloadNotebook}</button>
      <a
        class="widget-button"
        href={`${localePath(locale, "compute-optimal")}?fit.model=${model}#widget-fit`}
        target="_top"
        data-testid="lab-fit-link"
        onClick={() => {
          try {
            sessionStorage.setItem(FIT_HANDOFF_KEY, fitWidgetCsv(experiment, records));
          } catch {
            // Without storage the fit widget opens with its own runs; the CSV download still has ours.
          }
        }}
      >
        {s.fitThese}
      </a>
    </div>
  );
}
