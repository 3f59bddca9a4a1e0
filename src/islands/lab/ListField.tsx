import { useEffect, useId, useState } from "preact/hooks";
import { fill } from "../shared/fill.ts";
import { FieldError, NumberInput } from "../shared/NumberInput.tsx";
import { parseList } from "../../widgets/lab.ts";

export interface ListFieldProps {
  label: string;
  /** Under the box: what the list is and that empty means the preset's. */
  hint: string;
  value: number[];
  integer?: boolean;
  badNumber: string;
  onChange(value: number[]): void;
}

/**
 * A comma-separated list of numbers (model widths, FLOP budgets). Text that is not a list of positive
 * numbers leaves the state as it was and says so; numbers out of the lab's range are taken, and the
 * plan explains them (with the allowed range) before anything starts.
 */
export function ListField({ label, hint, value, integer = false, badNumber, onChange }: ListFieldProps) {
  const id = useId();
  const [text, setText] = useState(value.join(", "));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (JSON.stringify(parseList(text, integer)) !== JSON.stringify(value)) setText(value.join(", "));
  }, [value.join(",")]);
  const onText = (next: string) => {
    setText(next);
    const parsed = parseList(next, integer);
    setError(parsed === null ? fill(badNumber, { value: next }) : null);
    if (parsed !== null) onChange(parsed);
  };
  return (
    <div class="number-field lab-list-field">
      <label for={id}>{label}</label>
      <span class="number-inputs">
        <NumberInput id={id} errorId={`${id}-error`} text={text} error={error} onText={onText} />
      </span>
      <p class="field-hint">{hint}</p>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
