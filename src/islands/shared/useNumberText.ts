import { useEffect, useState } from "preact/hooks";
import { parseQuantity } from "../../i18n/parseQuantity.ts";

export interface NumberTextOptions {
  /** The value the widget holds now. */
  value: number;
  /** How the value is written in the field (`70B`, `2048`). */
  show(value: number): string;
  /** Why a parsed number cannot be taken (a translated message), or `null` when it can; `null` input is text that is no number. */
  problem(parsed: number | null, text: string): string | null;
  onChange(value: number): void;
}

/**
 * The text field beside a number: what the reader typed, and the message next to it when that is not a
 * number or is out of range, in which case the value stays as it was (never NaN). The text follows the
 * value when it changes from elsewhere (a slider, the URL, Reset), unless it already reads as that value.
 * Shared by `QuantityField` and `NumberField`.
 */
export function useNumberText({ value, show, problem, onChange }: NumberTextOptions) {
  const [text, setText] = useState(show(value));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (parseQuantity(text) !== value) setText(show(value));
  }, [value]);

  const onText = (next: string) => {
    setText(next);
    const parsed = parseQuantity(next);
    const message = problem(parsed, next);
    setError(message);
    if (message === null && parsed !== null) onChange(parsed);
  };

  return { text, setText, error, setError, onText };
}
