import { useId, useState } from "preact/hooks";
import { pastedConfigView, type ParamCounterView, type PasteError } from "../../widgets/paramCounter.ts";
import { pasteErrorLine, type ParamCounterWords } from "../../widgets/paramCounterText.ts";

/** A pasted config.json and what came of counting it. It never reaches the URL: it would make the link too long. */
export function usePastedConfig() {
  const [text, setText] = useState("");
  const [view, setView] = useState<ParamCounterView | null>(null);
  const [error, setError] = useState<PasteError | null>(null);
  const count = () => {
    const result = pastedConfigView(text);
    if (result.ok) {
      setView(result.view);
      setError(null);
    } else {
      setError(result.error);
    }
  };
  const clear = () => {
    setView(null);
    setError(null);
  };
  return { text, setText, view, error, count, clear };
}

export type PastedConfig = ReturnType<typeof usePastedConfig>;

/** "Or paste a config.json from Hugging Face": a disclosure with the text box, its buttons and its error. */
export function PastePanel({ paste, strings }: { paste: PastedConfig; strings: ParamCounterWords }) {
  const { text, view, error } = paste;
  const textareaId = useId();
  return (
    <details class="param-paste" open={view !== null || error !== null}>
      <summary>{strings.pasteLabel}</summary>
      <label for={textareaId} class="visually-hidden">
        {strings.pasteLabel}
      </label>
      <textarea
        id={textareaId}
        rows={6}
        spellcheck={false}
        autoComplete="off"
        placeholder='{ "model_type": "llama", "hidden_size": 4096, … }'
        value={text}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={error ? `${textareaId}-error` : `${textareaId}-note`}
        onInput={(e) => paste.setText(e.currentTarget.value)}
      />
      <div class="param-paste-actions">
        <button type="button" class="widget-button" onClick={paste.count} disabled={text.trim() === ""}>
          {strings.pasteCount}
        </button>
        {view !== null && (
          <button type="button" class="widget-button" onClick={paste.clear}>
            {strings.pasteClear}
          </button>
        )}
      </div>
      {error && (
        <p id={`${textareaId}-error`} class="field-error" role="alert">
          {pasteErrorLine(error, strings)} <code>{error.message}</code>
        </p>
      )}
      <p id={`${textareaId}-note`} class="param-paste-note">
        {strings.pasteNote}
      </p>
    </details>
  );
}
