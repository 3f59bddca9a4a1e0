/**
 * Reads a number the way people write it: `70B`, `1.4T`, `7e10`, `3.14e23`, `175,000,000`, `700亿`,
 * `1.4万亿`, `7千`, `1.5k`, `2 × 10^23`. Returns `null` for anything else (the caller shows a localized
 * message beside the field); never `NaN`. Suffixes are case-insensitive and short-scale
 * (K = 10³, M = 10⁶, B/G = 10⁹, T = 10¹², P = 10¹⁵).
 */
const SUFFIX: Record<string, number> = {
  k: 1e3, m: 1e6, b: 1e9, g: 1e9, t: 1e12, p: 1e15,
  千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12, 兆: 1e12,
};

const PATTERN = /^([-+−]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?)\s*(?:(?:[×x*]\s*10\s*\^\s*([-+−]?\d+))|(万亿|[kmbgtp千万亿兆]))?$/i;

const SUPERSCRIPT_DIGITS: Record<string, string> = { "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁻": "-" };

export function parseQuantity(text: string): number | null {
  // `3.14 × 10²³` and `10²⁴` are how formatScientific writes numbers, so fields must read them back.
  const unsuperscripted = text.replace(/10([⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)/g, (_, sup: string) => `10^${[...sup].map((c) => SUPERSCRIPT_DIGITS[c]).join("")}`);
  const bare = /^\s*10\^/.test(unsuperscripted) ? `1 × ${unsuperscripted.trim()}` : unsuperscripted;
  const cleaned = bare.trim().replace(/[,，_\s](?=\d)/g, "").replace(/\s+/g, " ");
  const match = PATTERN.exec(cleaned);
  if (!match) return null;
  const mantissa = match[1].replace("−", "-");
  // `2 × 10^23` is read as the literal 2e23, which is exact where 2 * 10 ** 23 is not.
  const base = match[2] === undefined ? Number(mantissa) : Number(`${mantissa}e${match[2].replace("−", "-")}`);
  const suffix = match[3] === undefined ? 1 : SUFFIX[match[3].toLowerCase()] ?? SUFFIX[match[3]];
  const value = base * suffix;
  return Number.isFinite(value) ? value : null;
}
