import { DictionarySchema, type Dictionary, type MessageKey } from "./schema.ts";
import en from "./en.json" with { type: "json" };
import zh from "./zh.json" with { type: "json" };
import type { Locale } from "./locales.ts";
import { closeCjkGaps } from "./cjkSpacing.ts";
import { fill } from "./fill.ts";

export { LOCALES, LOCALE_TAGS, isLocale, type Locale } from "./locales.ts";
export type { Dictionary, MessageKey } from "./schema.ts";

/**
 * Both dictionaries, parsed once against the schema derived from `en.json`. Importing this module with a
 * missing or extra key, an empty string or a placeholder that differs from English throws, so the build
 * fails with the keys at fault.
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
  return result.data as Dictionary;
}

/**
 * Translator for one locale: `t("essay.readingTime", { minutes: 7 })` fills every placeholder and throws,
 * naming the key, on one without a value; `t("paramCounter.showing")`, with no values, gives the template
 * itself for an island to fill later (`islands/shared/fill.ts`). Either way the result follows the Chinese
 * spacing rule (cjkSpacing.ts).
 */
export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

export function translator(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale];
  return (key, values) => {
    if (values === undefined) return closeCjkGaps(dictionary[key]);
    try {
      return fill(dictionary[key], values);
    } catch (error) {
      throw new Error(`${key} (${locale}): ${(error as Error).message}`, { cause: error });
    }
  };
}
