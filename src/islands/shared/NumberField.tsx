import { useId } from "preact/hooks";
import { formatDecimal } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import { fill } from "./fill.ts";
import { FieldError, NumberInput } from "./NumberInput.tsx";
import { useNumberText } from "./useNumberText.ts";

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Only whole numbers (device counts, layers). */
  integer?: boolean;
  /** Unit shown after the field, e.g. `%` or `USD/h`. */
  unit?: string;
  locale: Locale;
  /** Translated messages: `badNumber` with `{value}`, `outOfRange` with `{min}`, `{max}`. */
  messages: { badNumber: string; outOfRange: string };
  onChange(value: number): void;
}

/**
 * A linear number with a text field (reads `0.4`, `2,048`, `1.5k`); bad text or a value out of range
 * leaves the state unchanged and shows a localized message beside the field.
 */
export function NumberField({ label, value, min, max, integer = false, unit, locale, messages, onChange }: NumberFieldProps) {
  const id = useId();
  const show = (x: number) => formatDecimal(x, locale, { digits: 6 }).replace(/,/g, "");
  const { text, error, onText } = useNumberText({
    value,
    show,
    problem: (parsed, next) =>
      parsed === null || (integer && !Number.isInteger(parsed))
        ? fill(messages.badNumber, { value: next })
        : parsed < min || parsed > max
          ? fill(messages.outOfRange, { min: show(min), max: show(max) })
          : null,
    onChange,
  });

  return (
    <div class="number-field">
      <label for={id}>{label}</label>
      <span class="number-inputs">
        <NumberInput id={id} errorId={`${id}-error`} text={text} error={error} onText={onText} />
        {unit && <span class="unit">{unit}</span>}
      </span>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
