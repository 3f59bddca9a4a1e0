import { blocks, lineColumn, proseOnly } from "../mdx.ts";
import type { ReferenceValue, Rule } from "../types.ts";

const SUFFIX: Record<string, number> = {
  K: 1e3, M: 1e6, B: 1e9, T: 1e12, 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12,
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * A number as written in prose: `1,287`, `174.6`, `175B`, `175 billion`, `1.75-billion`, `1.4T`,
 * `1750亿`, `1750 亿`, `1.4万亿`, `46.2%`, `3.8 × 10^{25}` / `3.8 \times 10^{25}` / `3.8 × 10²⁵`,
 * `3.14e23`. Not part of a name or identifier (`GPT-3`, `V100`, `Qwen2.5-72B`, `arXiv:2005.14165`, `§3.3`).
 */
const NUMBER =
  /(?<![\w.\-/:#^_§\\])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:(\s*(?:×|\\times|\\cdot|·)\s*10\s*(?:\^\s*\{?\s*([−-]?\d+)\s*\}?|([⁰¹²³⁴⁵⁶⁷⁸⁹⁻−]+)))|(e[-+]?\d+)|\s?(万亿|[千万亿])|([KMBT])(?![A-Za-z])|[\s-](thousand|million|billion|trillion)\b|(%))?(?![A-Za-z\d])/g;

/** A number found in prose, with its value and how many significant digits it was written with. */
export interface ProseNumber {
  text: string;
  offset: number;
  value: number;
  /** Significant digits as written; trailing zeros of an integer do not count (`10,000` has 1). */
  digits: number;
  /** Digits as written, leading zeros excepted (`70B` has 2, `1.0B` has 2, `10,000` has 5). */
  written: number;
  /** Written with its magnitude: a suffix (`B`, `亿`, `billion`) or a power of ten. */
  scaled: boolean;
  /** Written as a percentage (`value` is then the fraction). */
  percent: boolean;
}

/** Every number in `prose` (the output of `proseOnly`). */
export function proseNumbers(prose: string): ProseNumber[] {
  const out: ProseNumber[] = [];
  for (const m of prose.matchAll(NUMBER)) {
    const [text, int, frac = "", sci, exp, supExp, eExp, zhSuffix, enSuffix, word, percent] = m;
    const intDigits = int.replace(/,/g, "");
    const mantissa = Number(intDigits + frac);
    let value = mantissa;
    if (sci) {
      const e = exp ?? [...(supExp ?? "")].map((c) => (SUPERSCRIPT.includes(c) ? String(SUPERSCRIPT.indexOf(c)) : "-")).join("");
      value = mantissa * 10 ** Number(e.replace("−", "-"));
    } else if (eExp) value = Number(intDigits + frac + eExp);
    else if (zhSuffix || enSuffix || word) value = mantissa * SUFFIX[zhSuffix ?? enSuffix ?? word];
    else if (percent) value = mantissa / 100;
    const all = (intDigits + frac.slice(1)).replace(/^0+/, "");
    const digits = (frac ? all : all.replace(/0+$/, "")).length;
    const scaled = Boolean(sci || eExp || zhSuffix || enSuffix || word);
    out.push({ text, offset: m.index, value, digits: Math.max(digits, 1), written: Math.max(all.length, 1), scaled, percent: Boolean(percent) });
  }
  return out;
}

/** `x`'s significant digits, normalized to [1, 10) and rounded to `digits`. */
function mantissa(x: number, digits: number): number {
  const e = Math.floor(Math.log10(Math.abs(x)));
  return Number((Math.abs(x) / 10 ** e).toPrecision(digits));
}

/**
 * Whether prose number `n` shows `reference`.
 * - A percentage matches only references marked `percent` (a reported MFU), at its scale.
 * - A number written with its magnitude (`175B`, `1750亿`, `3.8 × 10²⁵`) matches a reference that
 *   rounds to it; with 2 significant digits (`70B`) the reference must be exactly it (`1.0B` does not
 *   show 1.03 × 10⁹); a single digit (`1T`, `2%`) is too round to tell a table number from a round one.
 * - A bare number with 3 or more significant digits matches on its digits alone, whatever the unit
 *   (`1,287 MWh`, `989 TFLOP/s`, `174.6`); bare numbers with fewer digits are not compared.
 */
export function shows(n: ProseNumber, reference: ReferenceValue): boolean {
  const r = reference.value;
  if (!Number.isFinite(r) || r === 0 || n.value === 0) return false;
  if (n.percent !== Boolean(reference.percent)) return false;
  if (n.scaled || n.percent) {
    const rounded = Number(r.toPrecision(n.digits));
    if (n.digits < 3 && (n.written < 2 || rounded !== r)) return false;
    return Math.abs(rounded - n.value) <= Math.abs(n.value) * 1e-9;
  }
  return n.digits >= 3 && mantissa(n.value, n.digits) === mantissa(r, n.digits);
}

/** A model name ends here: `Llama 3.1 405B`, `GPT-3 175B`, `Chinchilla (70B)`; group 1 is the name's first word. */
const NAME_BEFORE = /([A-Z][\w.-]*)(?:[ -]\d+(?:\.\d+)?)?\s?[(（]?\s*$/;

/** The letters a name starts with: `GPT-3` → `GPT`, `Qwen2.5` → `Qwen`. */
export const nameStem = (word: string) => /^[A-Za-z]+/.exec(word)?.[0] ?? "";

/** Whether the size at `offset` follows a model's name (a word whose stem is in `names`, or any capitalised word without `names`). */
function afterName(prose: string, offset: number, names: ReadonlySet<string> | undefined): boolean {
  const m = NAME_BEFORE.exec(prose.slice(Math.max(0, offset - 40), offset).replace(/\n/g, " "));
  return m !== null && (names === undefined || names.has(nameStem(m[1])));
}

/**
 * `typed-number`: a number in prose (or math) that equals a value the site holds — in `PUBLISHED_RUNS`,
 * `REPORTED_MFU`, `ACCELERATORS`, `FITS`, `content/data/models.json`, the model-config fixtures (see
 * `referenceValues`) — is either computed with `<Num>` or sits in a paragraph with a `<Cite>` (a display
 * formula may take its `<Cite>` from the paragraph that introduces it). Otherwise a reader cannot tell
 * whether it was copied from a table, and it will not follow when the data is corrected.
 *
 * To keep false positives low, only numbers written with 3+ significant digits, or with a magnitude
 * (`70B`, `3.8 × 10²⁵`, `46.2%`), are looked at; years (1900–2099), numbers inside names and identifiers
 * (`GPT-3`, `H100`, and a size after a model's name, `Llama 3.1 405B`, whose first word's stem is one of
 * `context.modelNames`) and anything in code, attributes or `{…}` are not.
 * Opt out with `{/* check-ignore typed-number: <reason> *\/}` in the paragraph.
 */
export const typedNumber: Rule = (source, context = {}) => {
  const references = context.references ?? [];
  if (references.length === 0) return [];
  const prose = proseOnly(source);
  const paragraphs = blocks(source);
  const paragraphOf = (offset: number) => paragraphs.findIndex(([s, e]) => offset >= s && offset < e);
  const cites = (i: number) => i >= 0 && /<Cite\b/.test(source.slice(...paragraphs[i]));
  const out: ReturnType<Rule> = [];
  for (const n of proseNumbers(prose)) {
    if (/^(19|20)\d\d$/.test(n.text)) continue;
    if (/[KMBT]$/.test(n.text) && afterName(prose, n.offset, context.modelNames)) continue;
    const matches = references.filter((r) => shows(n, r));
    if (matches.length === 0) continue;
    const p = paragraphOf(n.offset);
    if (cites(p)) continue;
    if (p > 0 && source.slice(...paragraphs[p]).trimStart().startsWith("$$") && cites(p - 1)) continue;
    const labels = matches.slice(0, 2).map((r) => `${r.label} (${r.value})`).join(", ") + (matches.length > 2 ? `, +${matches.length - 2} more` : "");
    out.push({
      ...lineColumn(source, n.offset),
      ruleId: "typed-number",
      message: `"${n.text}" is typed but equals ${labels}: compute it with <Num> or cite its source in this paragraph`,
      offset: n.offset,
    });
  }
  return out;
};
