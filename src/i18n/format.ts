import { LOCALE_TAGS, type Locale } from "./locales.ts";

/**
 * Locale-aware number formatting, used everywhere numbers meet readers — prose, readouts and chart axes.
 * English uses short-scale words (175B, 1.4T); Chinese uses 万/亿/万亿 (1750亿, 1.4万亿). Never SI
 * prefixes such as `10G` for parameter counts. Counts past 10¹⁵ switch to scientific notation, which
 * both languages read the same way (3.14 × 10²³). Non-finite input never prints `NaN`: it gives `—`
 * (NaN) or `∞`.
 */

const SUPERSCRIPT: Record<string, string> = {
  "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻",
};
// Intl.NumberFormat is slow to construct and fast to use; a widget formats hundreds of numbers per redraw.
const formatCache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, style: "compact" | "decimal" | "percent", digits: number, fixed = false): Intl.NumberFormat {
  const key = `${locale}:${style}:${digits}:${fixed}`;
  let f = formatCache.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions = { maximumSignificantDigits: digits, ...(fixed ? { minimumSignificantDigits: digits } : {}) };
    if (style === "compact") options.notation = "compact";
    if (style === "percent") options.style = "percent";
    f = new Intl.NumberFormat(LOCALE_TAGS[locale], options);
    formatCache.set(key, f);
  }
  return f;
}

function nonFinite(x: number): string | null {
  if (Number.isNaN(x)) return "—";
  if (x === Infinity) return "∞";
  if (x === -Infinity) return "−∞";
  return null;
}

export interface FormatOptions {
  /** Significant digits, 3 unless said. */
  digits?: number;
  /** Keep trailing zeros (`26.0%` beside `25.9%`, as a table prints them); dropped unless said. */
  fixed?: boolean;
}

/** `3.14 × 10²³` (`style: "unicode"`, the default) or `3.14e23` (`"plain"`, for inputs and code). */
export function formatScientific(x: number, { digits = 3, style = "unicode" }: FormatOptions & { style?: "unicode" | "plain" } = {}): string {
  const special = nonFinite(x);
  if (special) return special;
  if (x === 0) return "0";
  const [mantissa, exponent] = x.toExponential(Math.max(0, digits - 1)).split("e");
  const m = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
  const e = Number(exponent);
  if (style === "plain") return `${m}e${e}`;
  const sup = String(e).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]);
  return m === "1" ? `10${sup}` : `${m.replace("-", "−")} × 10${sup}`;
}

/** A count with the locale's large-number words: en `175B`, `1.4T`; zh `1750亿`, `1.4万亿`. */
export function formatCount(x: number, locale: Locale, { digits = 3 }: FormatOptions = {}): string {
  const special = nonFinite(x);
  if (special) return special;
  if (Math.abs(x) >= 1e15) return formatScientific(x, { digits });
  return numberFormat(locale, "compact", digits).format(x).replace("-", "−");
}

/** A plain decimal in the locale's style, e.g. a loss `2.57` or a ratio `20`. */
export function formatDecimal(x: number, locale: Locale, { digits = 3, fixed = false }: FormatOptions = {}): string {
  const special = nonFinite(x);
  if (special) return special;
  return numberFormat(locale, "decimal", digits, fixed).format(x).replace("-", "−");
}

/** A percentage from a fraction: `0.462` → `46.2%`. */
export function formatPercent(fraction: number, locale: Locale, { digits = 3, fixed = false }: FormatOptions = {}): string {
  const special = nonFinite(fraction);
  if (special) return special;
  return numberFormat(locale, "percent", digits, fixed).format(fraction).replace("-", "−");
}

/** Parameters: en `175B parameters`, zh `1750亿参数`. */
export function formatParams(x: number, locale: Locale, options?: FormatOptions): string {
  const n = formatCount(x, locale, options);
  return locale === "zh" ? `${n}参数` : `${n} parameters`;
}

/** Tokens: en `1.4T tokens`, zh `1.4万亿 tokens` (token is kept as the term Chinese readers use; 词元 in the glossary). */
export function formatTokens(x: number, locale: Locale, options?: FormatOptions): string {
  return `${formatCount(x, locale, options)} tokens`;
}

/** Compute: `3.14 × 10²³ FLOPs` in both languages. */
export function formatFlops(x: number, _locale: Locale, options?: FormatOptions): string {
  return `${formatScientific(x, options)} FLOPs`;
}
