/** A number as TeX for "show your work": `7 \times 10^{10}`, `2.5`, `0.076`. */
export function texNumber(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return "\\text{—}";
  if (x !== 0 && (Math.abs(x) >= 1e5 || Math.abs(x) < 1e-3)) {
    const [m, e] = x.toExponential(digits - 1).split("e");
    const mantissa = m.includes(".") ? m.replace(/\.?0+$/, "") : m;
    const exponent = `10^{${Number(e)}}`;
    return mantissa === "1" ? exponent : `${mantissa} \\times ${exponent}`;
  }
  return String(Number(x.toPrecision(digits)));
}
