import { closeCjkGaps } from "../../i18n/cjkSpacing.ts";

/**
 * Fills `{name}` placeholders of an already translated string. The result follows the Chinese spacing
 * rule (no space between two Han characters: `{n} 个 token` with `1.51万亿` → `1.51万亿个 token`).
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return closeCjkGaps(template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)));
}
