/**
 * The three kinds of URL field every widget uses, each with the control that draws it. Parsing is
 * strict (a value out of range or of the wrong kind is `null`, so `readState` falls back and reports it);
 * formatting round-trips through the parse.
 */
import { parseQuantity } from "../i18n/parseQuantity.ts";
import { formatScientific } from "../i18n/format.ts";
import { inRange, type LogRange } from "./logSlider.ts";
import type { FieldSpec } from "./urlState.ts";

/** One of `allowed`, written as itself (`?memory.mode=serving`); drawn as a select. */
export function keywordField<K extends string>(key: string, fallback: K, allowed: readonly K[]): FieldSpec<K> {
  return {
    key,
    default: fallback,
    parse: (text) => ((allowed as readonly string[]).includes(text) ? (text as K) : null),
    format: (x) => x,
    control: { kind: "choice", options: allowed },
  };
}

export interface QuantityFieldOptions {
  /** Only whole numbers (tokens of context). */
  integer?: boolean;
  /** Value → query text; by default three significant digits, `1.26e9`. */
  format?(value: number): string;
  /** Significant digits the text box shows (3 unless said: 4,096 reads `4.1K`); 7 keeps shapes like 14,336 whole. */
  digits?: number;
}

/** A quantity in `range` (reads `70B`, `7e10`, `700亿`); drawn as a log slider with a text box. */
export function quantityField(key: string, fallback: number, range: LogRange, options: QuantityFieldOptions = {}): FieldSpec<number> {
  const { integer = false, format = (x: number) => formatScientific(x, { style: "plain", digits: 3 }), digits } = options;
  return {
    key,
    default: fallback,
    parse: (text) => {
      const x = parseQuantity(text);
      return x !== null && inRange(x, range) && (!integer || Number.isInteger(x)) ? x : null;
    },
    format,
    control: { kind: "quantity", range, ...(digits === undefined ? {} : { digits }) },
  };
}

export interface NumberFieldOptions {
  /** Bounds in stored units. */
  min: number;
  max: number;
  /** Only whole numbers (device counts, layers). */
  integer?: boolean;
  /** Display = stored × scale (100 for a fraction shown as a percent); the bounds are still stored units. */
  scale?: number;
}

/** A number in `[min, max]`, written plainly (`?training-cost.count=2048`); drawn as a text box. */
export function numberField(key: string, fallback: number, { min, max, integer = false, scale = 1 }: NumberFieldOptions): FieldSpec<number> {
  return {
    key,
    default: fallback,
    parse: (text) => {
      const x = parseQuantity(text);
      return x !== null && Number.isFinite(x) && x >= min && x <= max && (!integer || Number.isInteger(x)) ? x : null;
    },
    format: (x) => String(x),
    control: { kind: "number", min: min * scale, max: max * scale, integer, scale },
  };
}
