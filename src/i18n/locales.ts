/** The site's languages, in the order the language switch lists them. `zh` is Simplified Chinese. */
export const LOCALES = ["en", "zh"] as const;

export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags for `<html lang>`, `hreflang` and `Intl`. */
export const LOCALE_TAGS: Record<Locale, string> = { en: "en", zh: "zh-CN" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
