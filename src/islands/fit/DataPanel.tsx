import { useId } from "preact/hooks";
import type { FitWords } from "../../widgets/fitText.ts";
import type { FitDataState } from "./useFitData.ts";

/** "Your own data": paste CSV or open a file, fit it, or go back to the Chinchilla runs. */
export function DataPanel({ fitting, strings: s }: { fitting: FitDataState; strings: FitWords }) {
  const { text, dataError } = fitting;
  const ids = useId();
  return (
    <fieldset class="fit-data">
      <legend>{s.dataHeading}</legend>
      <label for={`${ids}-csv`}>{s.dataLabel}</label>
      <textarea
        id={`${ids}-csv`}
        rows={5}
        spellcheck={false}
        autoComplete="off"
        placeholder={"N,D,loss\n70B,1.4T,1.94\n1e9,2e10,2.61\n…"}
        value={text}
        aria-invalid={dataError ? "true" : undefined}
        aria-describedby={`${ids}-hint${dataError ? ` ${ids}-error` : ""}`}
        onInput={(e) => fitting.setText(e.currentTarget.value)}
      />
      <p id={`${ids}-hint`} class="fit-hint">
        {s.dataHint}
      </p>
      {dataError && (
        <p id={`${ids}-error`} class="field-error" role="alert">
          {dataError}
        </p>
      )}
      <div class="widget-actions">
        <button type="button" class="widget-button fit-primary" onClick={() => fitting.apply(text)} disabled={fitting.status === "fitting"}>
          {s.fitButton}
        </button>
        <label class="widget-button fit-upload">
          {s.upload}
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            class="visually-hidden"
            onChange={(e) => {
              void fitting.openFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = "";
            }}
          />
        </label>
        {fitting.pasted && (
          <button type="button" class="widget-button" onClick={fitting.restoreDefault}>
            {s.useDefault}
          </button>
        )}
      </div>
    </fieldset>
  );
}
