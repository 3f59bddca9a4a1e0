import { useId } from "preact/hooks";
import { formatCount, formatDecimal } from "../../i18n/format.ts";
import type { Locale } from "../../i18n/locales.ts";
import { fromSlider, inRange, toSlider, type LogRange } from "../../widgets/logSlider.ts";
import { fill } from "./fill.ts";
import { FieldError, NumberInput } from "./NumberInput.tsx";
import { useNumberText } from "./useNumberText.ts";

export interface QuantityFieldProps {
  label: string;
  value: number;
  range: LogRange;
  /** Significant digits the text shows (3 unless said). */
  digits?: number;
  locale: Locale;
  /** Translated messages: `badNumber` with `{value}`, `outOfRange` with `{min}`, `{max}`. */
  messages: { badNumber: string; outOfRange: string };
  onChange(value: number): void;
}

/**
 * A quantity on a log slider with a text field beside it that reads `70B`, `1.4T`, `7e10`, `700亿`.
 * Text that is not a number, or is out of range, leaves the value unchanged and shows a localized
 * message next to the field (linked with `aria-describedby`), never NaN.
 */
export function QuantityField({ label, value, range, digits, locale, messages, onChange }: QuantityFieldProps) {
  const id = useId();
  // With `digits`, a whole number under a million reads in full (4,096, not 4.096K); larger ones compact.
  const show = (x: number) =>
    digits !== undefined && Number.isInteger(x) && Math.abs(x) < 1e6 ? formatDecimal(x, locale, { digits }) : formatCount(x, locale, { digits });
  const { text, setText, error, setError, onText } = useNumberText({
    value,
    show,
    problem: (parsed, next) =>
      parsed === null
        ? fill(messages.badNumber, { value: next })
        : inRange(parsed, range)
          ? null
          : fill(messages.outOfRange, { min: formatCount(range.min, locale), max: formatCount(range.max, locale) }),
    onChange,
  });

  return (
    <div class="quantity-field">
      <label for={`${id}-text`}>{label}</label>
      <div class="quantity-inputs">
        <input
          type="range"
          aria-label={label}
          min={Math.log10(range.min)}
          max={Math.log10(range.max)}
          step={range.step}
          value={toSlider(value, range)}
          aria-valuetext={show(value)}
          onInput={(e) => {
            setError(null);
            const next = fromSlider(Number(e.currentTarget.value), range);
            setText(show(next));
            onChange(next);
          }}
        />
        <NumberInput id={`${id}-text`} errorId={`${id}-error`} text={text} error={error} onText={onText} />
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
