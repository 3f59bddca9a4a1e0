import type { VNode } from "preact";
import type { Locale } from "../../i18n/locales.ts";
import type { FieldSpecs } from "../../widgets/urlState.ts";
import { NumberField } from "./NumberField.tsx";
import { QuantityField } from "./QuantityField.tsx";
import { SelectField } from "./SelectField.tsx";
import type { WidgetStrings } from "./widgetStrings.ts";

/** What an island may say about one field beyond its spec. */
export interface FieldOptions<V> {
  /** The label; by default the widget's string named like the field (`strings.params`). */
  label?: string;
  /** A unit after a number box (`%`, `USD/h`). */
  unit?: string;
  /** A choice's options with translated labels; by default every keyword, labelled by `optionLabel` or itself. */
  options?: { value: string; label: string }[];
  optionLabel?(value: V): string;
  /** Instead of `{ ...state, [name]: value }`: a change that moves other fields too (a preset, a currency). */
  onChange?(value: V): void;
  /** Preact key: a new key remounts the field (its text box forgets what the reader typed). */
  key?: string;
}

interface UrlFields<S> {
  specs: FieldSpecs<S>;
  state: S;
  setState(next: S): void;
}

/**
 * Draws a widget's fields from their `FieldSpec.control`: `field("params")` is the labelled slider, number
 * box or select, wired to the URL state. Bad text gets the shared localized messages beside the field.
 */
export function fieldRenderer<S>(url: UrlFields<S>, strings: WidgetStrings, locale: Locale) {
  const words = strings as unknown as Record<string, string | undefined>;
  const messages = { badNumber: strings.badNumber, outOfRange: strings.outOfRange };

  return function field<K extends keyof S & string>(name: K, options: FieldOptions<S[K]> = {}): VNode {
    const spec = url.specs[name];
    const control = spec.control;
    const label = options.label ?? words[name];
    if (!control) throw new Error(`field ${name} has no control in its FieldSpec`);
    if (label === undefined) throw new Error(`field ${name} has no label: pass one or add strings.${name}`);
    const set = options.onChange ?? ((value: S[K]) => url.setState({ ...url.state, [name]: value }));
    const value = url.state[name];

    if (control.kind === "choice") {
      const choices = options.options ?? control.options.map((v) => ({ value: v, label: options.optionLabel?.(v as S[K]) ?? v }));
      return <SelectField key={options.key} label={label} value={value as string} options={choices} onChange={(v) => set(v as S[K])} />;
    }
    if (control.kind === "quantity") {
      return <QuantityField key={options.key} label={label} value={value as number} range={control.range} digits={control.digits} locale={locale} messages={messages} onChange={(v) => set(v as S[K])} />;
    }
    const scale = control.scale ?? 1;
    // toPrecision(10) keeps 0.4 × 100 reading 40, not 40.00000000000001, and back.
    return (
      <NumberField
        key={options.key}
        label={label}
        value={scale === 1 ? (value as number) : Number(((value as number) * scale).toPrecision(10))}
        min={control.min}
        max={control.max}
        integer={control.integer}
        unit={options.unit}
        locale={locale}
        messages={messages}
        onChange={(v) => set((scale === 1 ? v : Number((v / scale).toPrecision(10))) as S[K])}
      />
    );
  };
}
