import { useId } from "preact/hooks";

export interface ChoiceProps<V extends string> {
  label: string;
  value: V;
  options: { value: V; label: string }[];
  onChange(value: V): void;
}

/**
 * Two or more mutually exclusive choices as a row of toggle buttons (a switch): each is a Tab stop,
 * pressed with Enter or Space, and says whether it is on with `aria-pressed`.
 */
export function Choice<V extends string>({ label, value, options, onChange }: ChoiceProps<V>) {
  const id = useId();
  return (
    <div class="timeline-choice">
      <span class="timeline-choice-label" id={id}>
        {label}
      </span>
      <div class="timeline-choice-options" role="group" aria-labelledby={id}>
        {options.map((o) => (
          <button type="button" aria-pressed={o.value === value ? "true" : "false"} onClick={() => onChange(o.value)}>
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}
