import { lineColumn } from "./mdx.ts";

/** A number `<Num>` rendered in a built page: `<span class="num" data-value="…">text</span>`. */
export interface RenderedNum {
  value: string;
  text: string;
  line: number;
  column: number;
}

/** Every `<Num>` output in `html`, in order. */
export function renderedNums(html: string): RenderedNum[] {
  return [...html.matchAll(/<span class="num(?:\s[^"]*)?"[^>]*?data-value="([^"]+)"[^>]*>([^<]*)<\/span>/g)].map((m) => ({
    value: m[1],
    text: m[2],
    ...lineColumn(html, m.index),
  }));
}

/**
 * The significant digits a rendered number shows, as a string: `27.6%` → `276`, `1750亿` → `175`,
 * `3.14 × 10²³` → `314`, `10²⁴` → `1`, `0.4981` → `4981`.
 */
export function shownDigits(text: string): string {
  const mantissa = text.replace(/\s*×\s*10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+/, "").replace(/^10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+/, "1");
  return mantissa.replace(/\D/g, "").replace(/^0+/, "").replace(/0+$/, "") || "0";
}

/**
 * `num-rendered-precision`, on a built page: the same computed number (`data-value`) shown with other
 * significant digits than where it first appears, whatever expressions produced it. This sees what
 * `num-precision` (which compares expression text in the source) cannot — `mixtral.activeFraction` shown as
 * 27.6% and `moe(id).activeFraction` as 28% — but cannot point at the source line, nor read opt-out markers,
 * so it warns and never fails the build. Returns one message per differing occurrence.
 */
export function renderedPrecision(html: string): Array<RenderedNum & { first: RenderedNum }> {
  const first = new Map<string, RenderedNum>();
  const out: Array<RenderedNum & { first: RenderedNum }> = [];
  for (const n of renderedNums(html)) {
    const seen = first.get(n.value);
    if (!seen) first.set(n.value, n);
    else if (shownDigits(seen.text) !== shownDigits(n.text)) out.push({ ...n, first: seen });
  }
  return out;
}
