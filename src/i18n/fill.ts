import { closeCjkGaps } from "./cjkSpacing.ts";

/** A `{name}` placeholder: a word between braces. `{ a: 1 }` (spaces, a colon) is text, not a placeholder. */
const PLACEHOLDER = /\{(\w+)\}/g;

/** The names of a template's placeholders, sorted and each once: `placeholders("{b} of {a} and {b}")` is `["a", "b"]`. */
export function placeholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]))].sort();
}

/**
 * Fills the `{name}` placeholders of a translated string in one pass (braces inside a value stay as they
 * are). A placeholder with no value throws, naming it, instead of showing a reader `{name}`; a value no
 * placeholder asks for is ignored. The result follows the Chinese spacing rule (cjkSpacing.ts: no space
 * between two Han characters, so `{n} 个 token` with `1.51万亿` gives `1.51万亿个 token`).
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return closeCjkGaps(
    template.replace(PLACEHOLDER, (_, name: string) => {
      const value = Object.hasOwn(values, name) ? values[name] : undefined;
      if (value === undefined) throw new Error(`invalid values: no {${name}} for ${JSON.stringify(template)}`);
      return String(value);
    }),
  );
}
