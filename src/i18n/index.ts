import { DictionarySchema, type Dictionary, type MessageKey } from "./schema.ts";
import en from "./en.json" with { type: "json" };
import zh from "./zh.json" with { type: "json" };
import type { Locale } from "./locales.ts";
import { closeCjkGaps } from "./cjkSpacing.ts";

export { LOCALES, LOCALE_TAGS, isLocale, type Locale } from "./locales.ts";
export type { Dictionary, MessageKey } from "./schema.ts";

/**
 * Both dictionaries, parsed once against the one schema. Importing this module with a missing or
 * extra key throws, so the build fails with zod's list of the keys at fault.
 */
export const DICTIONARIES: Record<Locale, Dictionary> = {
  en: parseDictionary("en", en),
  zh: parseDictionary("zh", zh),
};

export function parseDictionary(locale: string, data: unknown): Dictionary {
  const result = DictionarySchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new Error(`src/i18n/${locale}.json does not match the dictionary schema: ${problems}`);
  }
  return result.data;
}

/** Translator for one locale: `t("essay.readingTime", { minutes: 7 })`; the result follows the Chinese spacing rule (cjkSpacing.ts). */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, values) =>
    closeCjkGaps(dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole)));
}
