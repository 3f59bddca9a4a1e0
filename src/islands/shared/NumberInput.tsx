/** The text box of a number field and the message under it, written once for `NumberField` and `QuantityField`. */

export interface NumberInputProps {
  id: string;
  /** The id of the field's error message, which the box points at while there is one. */
  errorId: string;
  text: string;
  error: string | null;
  onText(text: string): void;
}

/** A text box for numbers as people write them (`70B`, `1.4T`, `700亿`), marked invalid while its text is. */
export function NumberInput({ id, errorId, text, error, onText }: NumberInputProps) {
  return (
    <input
      id={id}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellcheck={false}
      value={text}
      aria-invalid={error ? "true" : undefined}
      aria-describedby={error ? errorId : undefined}
      onInput={(e) => onText(e.currentTarget.value)}
    />
  );
}

/** Why the text was not taken, announced as it appears. */
export function FieldError({ id, error }: { id: string; error: string | null }) {
  return error ? (
    <p id={id} class="field-error" role="alert">
      {error}
    </p>
  ) : null;
}
