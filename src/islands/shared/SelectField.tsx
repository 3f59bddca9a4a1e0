import { useId } from "preact/hooks";

export interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  /** Options with translated labels. */
  options: { value: V; label: string }[];
  onChange(value: V): void;
}

/** A labelled `<select>`, keyboard operable as the platform makes it. */
export function SelectField<V extends string>({ label, value, options, onChange }: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div class="select-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as V)}>
        {options.map((o) => (
          <option value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}
